/**
 * The data model. JSON files use snake_case (the deployment table's column names); these types mirror the
 * files exactly so that what is read is what is written back, byte for byte where nothing changed.
 */

export type ArtifactKind = 'gguf' | 'lora' | 'full';
export type ArtifactStatus = 'active' | 'superseded' | 'blocked';
export type HistoryAction = 'deploy' | 'promote' | 'rollback' | 'canary' | 'canary-promote' | 'canary-abort';

export interface ArtifactFile {
  /** Where the bytes are, e.g. `s3://models/llama3/v2.1.0/llama3-v2.1.0-q4km.gguf` or `file:///...`. */
  uri: string;
  sha256: string;
  size: number;
}

/** `registry/models/<model>/<id>.json` and the JSON beside the artifact in the store. */
export interface ArtifactMetadata {
  version: string;
  base_model: string;
  quantization: string;
  benchmark_score: number | null;
  created_at: string;
  parent_version: string | null;
  /** The model name (the `{model}` part of the id). */
  model: string;
  kind: ArtifactKind;
  status: ArtifactStatus;
  artifact: ArtifactFile;
  /** Full fine-tunes with several files: every file, the first being the main one. */
  files?: ArtifactFile[];
  /** LoRA adapters: the base artifact they apply to, pinned by sha256. */
  base?: { id: string; sha256: string };
  blocked_reason?: string;
  description?: string;
}

export interface Pointer {
  model: string;
  version: string;
  quantization: string;
  /** The history entry that made this pointer. */
  history_id: number;
  /** A version of the same model running beside the stable one on a share of the fleet. */
  canary?: CanaryPointer;
}

/** The canary beside an environment's stable version (same model; `percent` of the instances). */
export interface CanaryPointer {
  version: string;
  quantization: string;
  /** The history entry that started the canary or last moved its percent. */
  history_id: number;
  /** 1..99: the share of instances whose role is canary (100 is a promotion). */
  percent: number;
  started_at: string;
}

/** What an analysis of canary against stable found, recorded with the step, promotion or abort it led to. */
export interface CanaryAnalysisRecord {
  checks: Array<{
    name: string;
    query: string;
    canary: number | null;
    stable: number | null;
    interval: [number, number] | null;
    threshold: number;
    verdict: 'pass' | 'fail' | 'inconclusive';
  }>;
  requests: { canary: number; stable: number };
  window_s: number;
}

export type Metrics = Record<string, number | null>;

export interface HistoryEntry {
  id: number;
  env: string;
  model: string;
  version: string;
  quantization: string;
  deployed_at: string;
  rolled_back: boolean;
  metrics: Metrics | null;
  action: HistoryAction;
  actor: string;
  reason: string | null;
  previous_version: string | null;
  previous_quantization?: string | null;
  gate?: 'pass' | 'fail' | 'inconclusive' | 'skipped' | 'not-configured';
  /** The history entry whose gate run gave this entry its verdict and metrics (a promotion carries its source's). */
  gated_by?: number;
  /** Where a promotion came from. */
  from_env?: string;
  /** A rollback to a version named explicitly (`rollback --to`): what it left is not judged bad. */
  explicit_target?: boolean;
  /** A canary entry: the share of instances the canary runs on from this entry on. */
  canary_percent?: number;
  /** The analysis behind a canary step, promotion or abort, when one decided it. */
  analysis?: CanaryAnalysisRecord;
}

/** One file of archived history (registry/history/), as registry.json lists it. */
export interface HistorySegment {
  /** Relative to registry/: `history/FIRST-LAST.json`, ids zero-padded to 10 digits. */
  file: string;
  first_id: number;
  last_id: number;
  entries: number;
  sha256: string;
}

/**
 * registry.json. In memory, `history` is a suffix of the whole history: the recent entries the
 * file holds, plus as many archived ones as were loaded (see core/history.ts).
 */
export interface Registry {
  schema_version: 1;
  environments: Record<string, Pointer | null>;
  /** Archived history files, oldest first; absent while all history lives in registry.json. */
  archive?: HistorySegment[];
  history: HistoryEntry[];
}

export interface GateThreshold {
  /** Which way is better. */
  direction: 'lower' | 'higher';
  /** Largest allowed relative degradation, 0.05 = 5%. */
  max_regression: number;
  /** Absolute floor/ceiling, applied even without a comparable baseline. */
  absolute?: number;
  /** Quality metrics compare only within a quantization family; the rest only on the same hardware. */
  quality?: boolean;
}

export interface RegistryConfig {
  schema_version: 1;
  /** `file:///abs/path`, a plain path (relative to the repository root) or `s3://bucket/prefix`. */
  store: string;
  s3?: { endpoint?: string; region?: string; force_path_style?: boolean };
  /** Promotion order, first is where a merge deploys. */
  environments: string[];
  gate: {
    enabled: boolean;
    suite: string;
    backend: 'llama' | 'openai' | 'command';
    openai_url?: string;
    command?: string[];
    default_max_regression: number;
    /**
     * What an inconclusive gate (a spread wider than the threshold) does to a deploy: block it
     * (the default), or let it through with the verdict recorded in the history and the commit.
     */
    inconclusive?: 'block' | 'allow';
    /** Time budget of the paired performance sampling, seconds (default 30). */
    budget_s?: number;
    /** Most candidate/baseline pairs the performance sampling takes (default 1200). */
    max_pairs?: number;
    /** Overall confidence of a performance verdict across all looks (default 0.95). */
    confidence?: number;
    /** Expected perplexity increase per quantization family relative to f16; overrides the defaults. */
    quantization_allowance?: Record<string, number>;
    metrics: Record<string, GateThreshold>;
  };
  smoke: { enabled: boolean; timeout_ms: number; prompts?: string[] };
  cache: { dir: string; keep: number };
  /** How a fleet takes up a new version: downloads spread over `spread_s` seconds (default 0). */
  rollout?: { spread_s: number };
  download: { part_size_mb: number; concurrency: number };
  push: { retries: number };
  /** How `mreg canary check|watch` analyses a canary (defaults in src/state/config.ts). */
  canary?: Partial<CanaryConfigDocument>;
}

/** registry/config.json `canary`. */
export interface CanaryConfigDocument {
  /** Canary percents in order; passing the last one promotes. */
  steps: number[];
  /** Seconds a step runs before it may pass. */
  soak_s: number;
  /** Seconds between looks of `mreg canary watch`. */
  interval_s: number;
  /** Requests each side must have answered in the window before any verdict. */
  min_requests: number;
  /** Overall confidence of a step's verdict, across all its looks. */
  confidence: number;
  checks: CanaryCheckConfig[];
}

export interface CanaryCheckConfig {
  name: string;
  /** error_rate: the most the canary's error rate may exceed stable's (absolute, 0.01 = one point). */
  max_increase?: number;
  /** Other checks: the largest relative regression allowed (0.1 = 10% worse). */
  max_regression?: number;
  /** A custom check's PromQL; $version, $role, $environment, $model and $window are replaced. */
  query?: string;
  /** A custom check: is a lower value better (latency) or a higher one (throughput)? */
  direction?: 'lower' | 'higher';
}
