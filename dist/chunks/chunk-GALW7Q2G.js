import {
  reportFailure,
  runCommand,
  setFailed
} from "./chunk-TKIUHSQV.js";

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
