import { MregError } from '../core/errors.js';
import { formatArtifactId, parseArtifactId } from '../core/naming.js';
import type { ArtifactMetadata, HistoryEntry } from '../core/documents.js';
import type { BackendName } from '../eval/suite-metrics.js';
import type { OpsContext } from '../state/context.js';
import { readArtifact } from '../state/read.js';
import { notRegistered } from './catalog.js';
import { storeStageHooks } from './fetch.js';
import type { GateReport } from './gate.js';

export interface CompareOptions {
  /** The reference: what the candidate is measured against. */
  baseline: string;
  candidate: string;
  suitePath?: string;
  backend?: BackendName;
}

/** The name that stands for "no environment" in the gate's report and notes. */
export const COMPARE_ENV = 'compare';

/**
 * Two registered versions measured against each other by the gate, exactly as a deploy would
 * measure a candidate against its baseline (the same suite, thresholds, paired sampling and
 * quantization allowances), without reading or moving any environment's pointer: the baseline is
 * given, not found in a history, and nothing is committed.
 */
export async function compareVersions(ctx: OpsContext, o: CompareOptions): Promise<GateReport> {
  const [baseline, candidate] = await Promise.all([registered(ctx, o.baseline), registered(ctx, o.candidate)]);
  if (formatArtifactId(baseline) === formatArtifactId(candidate))
    throw new MregError('USAGE', `compare needs two different artifacts, got ${o.candidate} twice`);
  for (const m of [baseline, candidate]) {
    if (m.kind === 'lora')
      throw new MregError(
        'USAGE',
        `${formatArtifactId(m)} is a LoRA adapter: adapters are compared on their base by the gate of an environment (mreg gate)`,
      );
  }
  const store = storeStageHooks();
  const backend = o.backend ?? ctx.config.gate.backend;
  const fetch = async (m: ArtifactMetadata) => {
    ctx.logger.info(`fetching ${formatArtifactId(m)} from ${m.artifact.uri}`);
    return (await store.download!(ctx, m)).path;
  };
  // openai measures at a server that serves the candidate: nothing local to fetch.
  const [baselinePath, candidatePath] =
    backend === 'openai' ? [null, ''] : [await fetch(baseline), await fetch(candidate)];
  const entry = asEntry(baseline, ctx.now());
  const { runGate } = await import('./gate.js');
  const s = ctx.settings;
  return runGate({
    candidatePath,
    candidateId: formatArtifactId(candidate),
    candidateQuantization: candidate.quantization,
    baselinePath,
    baselineEntry: entry,
    history: [entry],
    env: COMPARE_ENV,
    config: ctx.config,
    repoRoot: ctx.root,
    suitePath: o.suitePath,
    backend: o.backend,
    backendOptions: {
      ...(s.gpu !== undefined ? { gpu: s.gpu } : {}),
      ...(s.threads !== undefined ? { threads: s.threads } : {}),
    },
    fetchBaseline: async () => baselinePath,
    onProgress: (m) => ctx.logger.info(`compare: ${m}`),
  });
}

async function registered(ctx: OpsContext, id: string): Promise<ArtifactMetadata> {
  const ref = parseArtifactId(id);
  const meta = await readArtifact(ctx.root, ref);
  if (!meta) throw await notRegistered(ctx.root, ref);
  return meta;
}

/**
 * The baseline as the gate takes it: a history entry that was never recorded (id 0, in no
 * environment's history), so that the gate re-measures it side by side with the candidate.
 */
function asEntry(m: ArtifactMetadata, now: string): HistoryEntry {
  return {
    id: 0,
    env: COMPARE_ENV,
    model: m.model,
    version: m.version,
    quantization: m.quantization,
    deployed_at: now,
    rolled_back: false,
    metrics: null,
    action: 'deploy',
    actor: 'compare',
    reason: null,
    previous_version: null,
  };
}
