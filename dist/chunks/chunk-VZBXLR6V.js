import {
  reportFailure,
  runCommand,
  setFailed
} from "./chunk-V3MXCFQT.js";

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
