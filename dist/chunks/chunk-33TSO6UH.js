import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);

// src/ops/stages.ts
async function defaultHooks() {
  let { storeStageHooks } = await import("./fetch-AENH5E5U.js"), store = storeStageHooks(), gateHooks = async () => (await import("./gate-ZFGS4CVN.js")).gateStageHooks(store.download);
  return {
    ...store,
    gate: async (ctx, args) => (await gateHooks()).gate(ctx, args),
    smoke: async (ctx, modelPath, meta) => (await gateHooks()).smoke(ctx, modelPath, meta)
  };
}

export {
  defaultHooks
};
