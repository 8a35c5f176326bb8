import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);

// src/ops/stages.ts
async function defaultHooks() {
  let { storeStageHooks } = await import("./fetch-7AYMX6HA.js");
  return { ...storeStageHooks() };
}

export {
  defaultHooks
};
