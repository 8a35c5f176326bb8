/**
 * The library face of gitops-model-registry: the same operations the `mreg` CLI and the GitHub
 * Action call, for scripts and services of your own.
 *
 *   import { openContext, deployVersion, defaultHooks } from 'gitops-model-registry';
 *   const ctx = await openContext({ repo: '/path/to/registry-repo', actor: 'release-bot' });
 *   const r = await deployVersion(ctx, { env: 'staging', model: 'llama3', version: '2.1.0' }, await defaultHooks());
 *
 * The MREG_* settings the CLI and the action read from their environment come in here as options
 * (`settings`, see `settingsFromEnv`); credentials for git, S3 and Kubernetes follow those tools'
 * own conventions.
 */

// The repository: context, config, reads, and the compare-and-swap transaction under every write.
export { openContext, silentLogger, type Logger, type OpsContext, type OpsOptions } from './state/context.js';
export { CONFIG_FILE, DEFAULT_CONFIG, MODELS_DIR, REGISTRY_FILE, loadConfig } from './state/config.js';
export { settingsFromEnv, type Settings } from './state/settings.js';
export { readArtifact, readRegistry } from './state/read.js';
export type { CommitOutcome } from './state/transaction.js';

// Use cases.
export { initRepository, type InitOptions, type InitResult } from './ops/init.js';
export { publishArtifact, type PublishOptions, type PublishResult } from './ops/publish.js';
export { registerArtifact } from './ops/register.js';
export { validateRepository, type ValidationReport } from './ops/validate.js';
export { verifyStore, type VerifyStoreReport } from './ops/verify-store.js';
export {
  deployVersion,
  promoteVersion,
  rollbackVersion,
  type DeployOptions,
  type PointerResult,
  type PromoteOptions,
} from './ops/deploy.js';
export { blockArtifact, type PointerChange, type PointerOutcome } from './ops/registry-ops.js';
export {
  gateVersion,
  runGate,
  runSmoke,
  type GateReport,
  type GateReportJson,
  type GateVersionOptions,
} from './ops/gate.js';
export { audit, history, status, type StatusReport } from './ops/info.js';
export { listArtifacts, showArtifact, type ArtifactDetails, type CatalogRow } from './ops/catalog.js';
export { compareVersions, type CompareOptions } from './ops/compare.js';
export { fetchById } from './ops/fetch.js';
export { defaultHooks } from './ops/stages.js';
export { Pipeline, PipelineError, type GateOutcome, type StageHooks, type StageReport } from './ops/pipeline.js';

// The domain: names, documents, rules, the gate's decision and its statistics.
export { MregError, type Problem } from './core/errors.js';
export { formatArtifactId, parseArtifactId, type ArtifactRef } from './core/naming.js';
export { checkDocument, parseDocument, parseMetadata } from './core/schema.js';
export { RefusedWithNextStep, checkDeployable, liveEntry, previousEnvironment, type NextStep } from './core/rules.js';
export {
  DEFAULT_QUANTIZATION_ALLOWANCE,
  decideGate,
  quantizationFamily,
  type GateDecision,
  type GateVerdict,
} from './core/gate-decision.js';
export { decidePaired, medianInterval, mulberry32 } from './core/stats.js';
export type { ArtifactMetadata, HistoryEntry, Pointer, Registry, RegistryConfig } from './core/documents.js';

// The artifact store and the serving side.
export { openStore, type ArtifactStore } from './store/index.js';
export { startAgent, startServe } from './serve/index.js';
