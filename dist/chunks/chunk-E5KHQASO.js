import {
  reportFailure,
  runCommand,
  setFailed
} from "./chunk-NM7LTUA3.js";

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
