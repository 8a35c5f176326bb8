// The GitHub Action entry (bundled to dist/action.js). Kept tiny: everything is in run.ts.
import * as core from '@actions/core';
import { reportFailure, run } from './run.js';

try {
  await run();
} catch (err) {
  core.setFailed(reportFailure(err));
}
