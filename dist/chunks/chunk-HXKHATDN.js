import {
  reportFailure,
  runCommand,
  setFailed
} from "./chunk-2WUHZ6PT.js";

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
