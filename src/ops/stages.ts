import type { StageHooks } from './pipeline.js';

/**
 * The stage implementations this build ships: the artifact store (presence check, download) and
 * the benchmark gate and smoke test. Kept in one place so that the CLI and the action run the
 * same pipeline. Loaded on demand: the gate pulls in llama.cpp, which a rollback never needs.
 */
export async function defaultHooks(): Promise<StageHooks> {
  const { storeStageHooks } = await import('./fetch.js');
  const store = storeStageHooks();
  const { gateStageHooks } = await import('./gate.js');
  return { ...store, ...gateStageHooks(store.download) };
}
