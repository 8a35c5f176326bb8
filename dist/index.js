import {
  startAgent,
  startServe
} from "./chunks/chunk-SNAFMEIZ.js";
import "./chunks/chunk-J4AF6CXW.js";
import {
  compareVersions
} from "./chunks/chunk-6KHA5KA6.js";
import {
  audit,
  history,
  status
} from "./chunks/chunk-OM4WVDLR.js";
import {
  Pipeline,
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunks/chunk-L57TUXVD.js";
import {
  gateVersion,
  runGate,
  runSmoke
} from "./chunks/chunk-NBE3LIRF.js";
import {
  DEFAULT_QUANTIZATION_ALLOWANCE,
  decideGate
} from "./chunks/chunk-KSIDFVOJ.js";
import {
  decidePaired,
  medianInterval,
  mulberry32
} from "./chunks/chunk-24LWVRXC.js";
import "./chunks/chunk-DLTMKEFQ.js";
import "./chunks/chunk-LGKEVIRE.js";
import {
  defaultHooks
} from "./chunks/chunk-BXKWY3VA.js";
import {
  initRepository
} from "./chunks/chunk-T6ESOYH4.js";
import {
  publishArtifact,
  verifyStore
} from "./chunks/chunk-MBWZDHPW.js";
import {
  fetchById
} from "./chunks/chunk-4VS5K37W.js";
import {
  registerArtifact
} from "./chunks/chunk-3CJXXS64.js";
import "./chunks/chunk-TY4NFBHH.js";
import "./chunks/chunk-XXGXYWBT.js";
import "./chunks/chunk-HANO7OMU.js";
import {
  openStore
} from "./chunks/chunk-LYVQZEVO.js";
import "./chunks/chunk-E6HOBVIS.js";
import "./chunks/chunk-PLDNTDOW.js";
import "./chunks/chunk-ADPBWOZ6.js";
import "./chunks/chunk-LKVCAJ3Z.js";
import "./chunks/chunk-CDORPB5K.js";
import {
  blockArtifact
} from "./chunks/chunk-LMCDH6WX.js";
import "./chunks/chunk-RR7BT3PG.js";
import "./chunks/chunk-QE4YMO2F.js";
import {
  listArtifacts,
  showArtifact
} from "./chunks/chunk-QTWUZGAS.js";
import {
  readArtifact,
  readRegistry
} from "./chunks/chunk-MRMKOF2C.js";
import "./chunks/chunk-NLDSUV7B.js";
import {
  validateRepository
} from "./chunks/chunk-D36RGZAZ.js";
import {
  settingsFromEnv
} from "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-SBIHGHJX.js";
import "./chunks/chunk-AZ7DXTCV.js";
import {
  RefusedWithNextStep,
  checkDeployable,
  liveEntry,
  previousEnvironment
} from "./chunks/chunk-ECI3MMRM.js";
import "./chunks/chunk-XTZAVCCL.js";
import {
  formatArtifactId,
  parseArtifactId,
  quantizationFamily
} from "./chunks/chunk-6XFSSTIM.js";
import {
  openContext,
  silentLogger
} from "./chunks/chunk-DVO4EVYL.js";
import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  MODELS_DIR,
  REGISTRY_FILE,
  checkDocument,
  loadConfig,
  parseDocument,
  parseMetadata
} from "./chunks/chunk-ZH5I36EU.js";
import "./chunks/chunk-LHVX64TL.js";
import "./chunks/chunk-TMRBYA4Y.js";
import {
  MregError
} from "./chunks/chunk-J65ZUYIW.js";
import "./chunks/chunk-SE6IUDCK.js";
export {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  DEFAULT_QUANTIZATION_ALLOWANCE,
  MODELS_DIR,
  MregError,
  Pipeline,
  PipelineError,
  REGISTRY_FILE,
  RefusedWithNextStep,
  audit,
  blockArtifact,
  checkDeployable,
  checkDocument,
  compareVersions,
  decideGate,
  decidePaired,
  defaultHooks,
  deployVersion,
  fetchById,
  formatArtifactId,
  gateVersion,
  history,
  initRepository,
  listArtifacts,
  liveEntry,
  loadConfig,
  medianInterval,
  mulberry32,
  openContext,
  openStore,
  parseArtifactId,
  parseDocument,
  parseMetadata,
  previousEnvironment,
  promoteVersion,
  publishArtifact,
  quantizationFamily,
  readArtifact,
  readRegistry,
  registerArtifact,
  rollbackVersion,
  runGate,
  runSmoke,
  settingsFromEnv,
  showArtifact,
  silentLogger,
  startAgent,
  startServe,
  status,
  validateRepository,
  verifyStore
};
