import type { StageHooks } from './pipeline.js';
/**
 * The stage implementations this build ships: the artifact store (presence check, download) and
 * the benchmark gate and smoke test. Kept in one place so that the CLI and the action run the
 * same pipeline. The gate's code (and with it llama.cpp) is loaded only when a gate or smoke test
 * actually runs: a rollback, or a deploy with both disabled, never pays for it.
 */
export declare function defaultHooks(): Promise<StageHooks>;
