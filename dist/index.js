import {
  audit,
  history,
  status
} from "./chunks/chunk-33Z2WNKU.js";
import {
  startAgent,
  startServe
} from "./chunks/chunk-MFUS7UFH.js";
import "./chunks/chunk-BXFSDX36.js";
import {
  gateVersion,
  runGate,
  runSmoke
} from "./chunks/chunk-4WSXCDMM.js";
import {
  DEFAULT_QUANTIZATION_ALLOWANCE,
  decideGate
} from "./chunks/chunk-KSIDFVOJ.js";
import {
  decidePaired,
  medianInterval,
  mulberry32
} from "./chunks/chunk-24LWVRXC.js";
import "./chunks/chunk-V5JPAR3T.js";
import "./chunks/chunk-OAA5WMXH.js";
import {
  initRepository
} from "./chunks/chunk-VNGOE4WK.js";
import {
  publishArtifact,
  verifyStore
} from "./chunks/chunk-5L2TUGWP.js";
import {
  fetchById
} from "./chunks/chunk-UQWZ6F5Q.js";
import {
  registerArtifact
} from "./chunks/chunk-CODQFEMQ.js";
import {
  Pipeline,
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunks/chunk-TBCHVMKR.js";
import {
  defaultHooks
} from "./chunks/chunk-63JQ2324.js";
import "./chunks/chunk-L7U7OQWK.js";
import "./chunks/chunk-LKVCAJ3Z.js";
import "./chunks/chunk-CDORPB5K.js";
import {
  blockArtifact
} from "./chunks/chunk-YGQJTOV5.js";
import "./chunks/chunk-2T5CT356.js";
import "./chunks/chunk-YT3Q4PE7.js";
import {
  readArtifact,
  readRegistry
} from "./chunks/chunk-3QLYMGCN.js";
import "./chunks/chunk-D7BBNTB6.js";
import {
  openStore
} from "./chunks/chunk-LYVQZEVO.js";
import "./chunks/chunk-IBUV5275.js";
import "./chunks/chunk-OH7KX6YS.js";
import "./chunks/chunk-M7D42G3J.js";
import {
  validateRepository
} from "./chunks/chunk-IQXD6UCC.js";
import {
  settingsFromEnv
} from "./chunks/chunk-QBDP4CLO.js";
import {
  checkDeployable,
  liveEntry,
  previousEnvironment
} from "./chunks/chunk-Y635AUIR.js";
import "./chunks/chunk-SBJTIQWU.js";
import "./chunks/chunk-SBIHGHJX.js";
import {
  formatArtifactId,
  parseArtifactId,
  quantizationFamily
} from "./chunks/chunk-6XFSSTIM.js";
import {
  openContext,
  silentLogger
} from "./chunks/chunk-7UCORXBI.js";
import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  MODELS_DIR,
  REGISTRY_FILE,
  checkDocument,
  loadConfig,
  parseDocument,
  parseMetadata
} from "./chunks/chunk-X4HOINQT.js";
import "./chunks/chunk-XXDYKEZD.js";
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
