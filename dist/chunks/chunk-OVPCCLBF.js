import {
  reportFailure,
  runCommand,
  setFailed
} from "./chunk-R3JEE3RF.js";

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
