// The action's logic as one function, `run()`, exported from the bundle (dist/action-run.js) so
// that tools which import an action and call it, such as @github/local-action and the in-process
// tests, can run it. dist/action.js (index.ts) is the one-line entry GitHub starts.
import * as core from '@actions/core';
import { reportFailure, runCommand } from './run.js';

/** Runs the command the inputs name; a failure fails the step (it never throws). */
export async function run(): Promise<void> {
  try {
    await runCommand();
  } catch (err) {
    core.setFailed(reportFailure(err));
  }
}
