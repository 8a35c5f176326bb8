import {
  reportFailure,
  runCommand,
  setFailed
} from "./chunk-NC7ZEFPB.js";

// src/action/main.ts
async function run() {
  try {
    await runCommand();
  } catch (err) {
    setFailed(reportFailure(err));
  }
}

export {
  run
};
