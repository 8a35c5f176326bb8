import {
  audit,
  history,
  status
} from "./chunks/chunk-NNEONJSO.js";
import {
  startAgent,
  startServe
} from "./chunks/chunk-XTFII5RC.js";
import "./chunks/chunk-DLEW3AVK.js";
import {
  gateVersion,
  runGate,
  runSmoke
} from "./chunks/chunk-UPFC2LHA.js";
import {
  DEFAULT_QUANTIZATION_ALLOWANCE,
  decideGate
} from "./chunks/chunk-KSIDFVOJ.js";
import {
  decidePaired,
  medianInterval,
  mulberry32
} from "./chunks/chunk-24LWVRXC.js";
import "./chunks/chunk-5LX2R2O2.js";
import "./chunks/chunk-OAA5WMXH.js";
import {
  initRepository
} from "./chunks/chunk-SDRNXAVN.js";
import {
  publishArtifact,
  verifyStore
} from "./chunks/chunk-F5RVCOV7.js";
import {
  fetchById
} from "./chunks/chunk-LJM5K27N.js";
import {
  registerArtifact
} from "./chunks/chunk-KUJQ66SO.js";
import {
  Pipeline,
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunks/chunk-3YWFFOME.js";
import {
  defaultHooks
} from "./chunks/chunk-CZ774JI7.js";
import "./chunks/chunk-RNJL2GPQ.js";
import "./chunks/chunk-LKVCAJ3Z.js";
import "./chunks/chunk-CDORPB5K.js";
import {
  blockArtifact
} from "./chunks/chunk-ZIUWDT4D.js";
import "./chunks/chunk-L46LFNU2.js";
import "./chunks/chunk-5GPUJLCM.js";
import {
  readArtifact,
  readRegistry
} from "./chunks/chunk-ZJQBQNZ6.js";
import "./chunks/chunk-D7BBNTB6.js";
import {
  openStore
} from "./chunks/chunk-LYVQZEVO.js";
import "./chunks/chunk-IBUV5275.js";
import "./chunks/chunk-OH7KX6YS.js";
import "./chunks/chunk-M7D42G3J.js";
import {
  validateRepository
} from "./chunks/chunk-J5QDQAMC.js";
import {
  settingsFromEnv
} from "./chunks/chunk-QBDP4CLO.js";
import {
  checkDeployable,
  liveEntry,
  previousEnvironment
} from "./chunks/chunk-A6PK2OFZ.js";
import "./chunks/chunk-QXEGSQVD.js";
import "./chunks/chunk-SBIHGHJX.js";
import {
  formatArtifactId,
  parseArtifactId,
  quantizationFamily
} from "./chunks/chunk-6XFSSTIM.js";
import {
  openContext,
  silentLogger
} from "./chunks/chunk-P2YXDKYJ.js";
import "./chunks/chunk-CDMNMC7U.js";
import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  MODELS_DIR,
  REGISTRY_FILE,
  checkDocument,
  loadConfig,
  parseDocument,
  parseMetadata
} from "./chunks/chunk-7DNWXUYK.js";
import "./chunks/chunk-2KQUPK52.js";
import "./chunks/chunk-GFX6LF7J.js";
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
