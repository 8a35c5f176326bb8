#!/usr/bin/env node
import module from 'node:module';
import { runCli } from './run.js';

// Node 22.1+ can keep V8's compiled code of the modules a command loads (in the system's temp
// folder), so that later runs of the CLI skip compiling them; Node 20 has no such cache. Only the
// CLI asks for it: the Action runs once per fresh runner, where writing a cache would only cost.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// The bin entry: wire the process to the CLI. Ctrl-C / SIGTERM abort long-running commands
// (serve, agent, demo) so they can stop their servers and clean up before exiting.
const controller = new AbortController();
let stopping = false;
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    if (stopping) process.exit(130);
    stopping = true;
    controller.abort(new Error(`received ${sig}`));
  });
}

const code = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal,
});
process.exitCode = code;
// Long-lived handles (a model, a server) must not keep a finished command alive.
if (!process.env.MREG_NO_EXIT) setImmediate(() => process.exit(code));
