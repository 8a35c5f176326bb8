import {
  audit,
  history,
  status
} from "./chunks/chunk-VSUAIY7F.js";
import {
  startAgent,
  startServe
} from "./chunks/chunk-N3Y66P2L.js";
import "./chunks/chunk-J4AF6CXW.js";
import {
  Pipeline,
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunks/chunk-HBUCM35I.js";
import {
  gateVersion,
  runGate,
  runSmoke
} from "./chunks/chunk-CDJCMZFN.js";
import {
  DEFAULT_QUANTIZATION_ALLOWANCE,
  decideGate
} from "./chunks/chunk-KSIDFVOJ.js";
import {
  decidePaired,
  medianInterval,
  mulberry32
} from "./chunks/chunk-24LWVRXC.js";
import "./chunks/chunk-O4V3EQJT.js";
import "./chunks/chunk-NCGTKCFO.js";
import {
  defaultHooks
} from "./chunks/chunk-QPERCWEM.js";
import {
  initRepository
} from "./chunks/chunk-JHGRWXUW.js";
import {
  publishArtifact,
  verifyStore
} from "./chunks/chunk-BQLUSXDN.js";
import {
  fetchById
} from "./chunks/chunk-XARQSGTF.js";
import {
  registerArtifact
} from "./chunks/chunk-656MBRGK.js";
import "./chunks/chunk-X7UMDTLJ.js";
import {
  openStore
} from "./chunks/chunk-LYVQZEVO.js";
import "./chunks/chunk-2EI7A7T6.js";
import "./chunks/chunk-PLDNTDOW.js";
import "./chunks/chunk-RYJ4YFIG.js";
import "./chunks/chunk-CDORPB5K.js";
import "./chunks/chunk-LKVCAJ3Z.js";
import {
  blockArtifact
} from "./chunks/chunk-XLTCPR7J.js";
import "./chunks/chunk-ZJESOS6Z.js";
import "./chunks/chunk-ZHX6IGTP.js";
import {
  readArtifact,
  readRegistry
} from "./chunks/chunk-3STNEGGF.js";
import "./chunks/chunk-NLDSUV7B.js";
import {
  validateRepository
} from "./chunks/chunk-GBW6Y7UG.js";
import {
  settingsFromEnv
} from "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-SBIHGHJX.js";
import {
  checkDeployable,
  liveEntry,
  previousEnvironment
} from "./chunks/chunk-4OLZEBR4.js";
import "./chunks/chunk-JWV5LIOH.js";
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
  audit,
  blockArtifact,
  checkDeployable,
  checkDocument,
  decideGate,
  decidePaired,
  defaultHooks,
  deployVersion,
  fetchById,
  formatArtifactId,
  gateVersion,
  history,
  initRepository,
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
  silentLogger,
  startAgent,
  startServe,
  status,
  validateRepository,
  verifyStore
};
