import type { StageHooks } from './pipeline.js';

/**
 * The stage implementations this build ships: the artifact store (presence check, download) and
 * the benchmark gate and smoke test. Kept in one place so that the CLI and the action run the
 * same pipeline. The gate's code (and with it llama.cpp) is loaded only when a gate or smoke test
 * actually runs: a rollback, or a deploy with both disabled, never pays for it.
 */
export async function defaultHooks(): Promise<StageHooks> {
  const { storeStageHooks } = await import('./fetch.js');
  const store = storeStageHooks();
  const gateHooks = async () => (await import('./gate.js')).gateStageHooks(store.download);
  return {
    ...store,
    gate: async (ctx, args) => (await gateHooks()).gate!(ctx, args),
    smoke: async (ctx, modelPath, meta) => (await gateHooks()).smoke!(ctx, modelPath, meta),
  };
}
