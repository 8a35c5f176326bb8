
// src/ops/stages.ts
async function defaultHooks() {
  let { storeStageHooks } = await import("./fetch-WYIVC76G.js"), store = storeStageHooks(), gateHooks = async () => (await import("./gate-4HQQRAOC.js")).gateStageHooks(store.download);
  return {
    ...store,
    gate: async (ctx, args) => (await gateHooks()).gate(ctx, args),
    smoke: async (ctx, modelPath, meta) => (await gateHooks()).smoke(ctx, modelPath, meta)
  };
}

export {
  defaultHooks
};
