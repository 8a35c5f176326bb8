import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);

// src/ops/stages.ts
async function defaultHooks() {
  let { storeStageHooks } = await import("./fetch-ZVSJHT5U.js"), store = storeStageHooks(), { gateStageHooks } = await import("./gate-SGJJM5UX.js");
  return { ...store, ...gateStageHooks(store.download) };
}

export {
  defaultHooks
};
