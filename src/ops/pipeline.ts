import type { ArtifactMetadata, HistoryEntry, Metrics } from '../core/types.js';
import type { OpsContext } from './context.js';

/**
 * The deploy pipeline's stages, in this order: download, validate (the gate), smoke
 * test, then the registry update. Each stage reports what it did; a stage the installation cannot
 * run says so ("not configured") instead of pretending it passed.
 */
export type StageName = 'check-store' | 'download' | 'gate' | 'smoke' | 'update-registry';
export type StageStatus = 'ok' | 'failed' | 'skipped' | 'not-configured';

export interface StageReport {
  name: StageName;
  status: StageStatus;
  detail: string;
  ms: number;
}

export interface GateOutcome {
  verdict: 'pass' | 'fail' | 'inconclusive';
  metrics: Metrics;
  markdown: string;
  json: unknown;
}

export interface StageHooks {
  /** HEAD the artifact in the store with its expected size; throws when it is missing. */
  checkPresent?(ctx: OpsContext, meta: ArtifactMetadata): Promise<void>;
  /** Download into the cache (staging + verify + atomic rename); returns the local path. */
  download?(ctx: OpsContext, meta: ArtifactMetadata): Promise<{ path: string; downloaded: boolean }>;
  gate?(
    ctx: OpsContext,
    args: {
      env: string;
      candidate: ArtifactMetadata;
      candidatePath: string;
      baseline: ArtifactMetadata | null;
      baselineEntry: HistoryEntry | null;
      history: HistoryEntry[];
    },
  ): Promise<GateOutcome>;
  smoke?(ctx: OpsContext, modelPath: string): Promise<{ ok: boolean; detail: string }>;
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t = performance.now();
  const value = await fn();
  return { value, ms: Math.round(performance.now() - t) };
}
