import {
  reportFailure,
  runCommand,
  setFailed
} from "./chunk-H6ZZA5RZ.js";

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
