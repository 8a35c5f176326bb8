import {
  startAgent,
  startServe
} from "./chunks/chunk-JD7ZGTQ5.js";
import "./chunks/chunk-NQAYGMFJ.js";
import {
  compareVersions
} from "./chunks/chunk-PBP7VYL6.js";
import {
  audit,
  history,
  status
} from "./chunks/chunk-IE5O7GH4.js";
import {
  gateVersion,
  runGate,
  runSmoke
} from "./chunks/chunk-XTXZN3YT.js";
import {
  DEFAULT_QUANTIZATION_ALLOWANCE,
  decideGate
} from "./chunks/chunk-KSIDFVOJ.js";
import {
  decidePaired,
  medianInterval,
  mulberry32
} from "./chunks/chunk-24LWVRXC.js";
import "./chunks/chunk-S54RUPTV.js";
import "./chunks/chunk-OAA5WMXH.js";
import {
  initRepository
} from "./chunks/chunk-HZVD66XU.js";
import {
  publishArtifact,
  verifyStore
} from "./chunks/chunk-C4RPY6M6.js";
import {
  fetchById
} from "./chunks/chunk-NABYLDUD.js";
import {
  registerArtifact
} from "./chunks/chunk-YDLZSVIZ.js";
import "./chunks/chunk-5SCA3WXZ.js";
import {
  Pipeline,
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunks/chunk-XI4KPT7X.js";
import {
  defaultHooks
} from "./chunks/chunk-NDBXGOWL.js";
import "./chunks/chunk-ZXMK3T5C.js";
import "./chunks/chunk-WWXZN2QU.js";
import "./chunks/chunk-LKVCAJ3Z.js";
import "./chunks/chunk-CDORPB5K.js";
import {
  blockArtifact
} from "./chunks/chunk-XC73UDDP.js";
import "./chunks/chunk-RR7BT3PG.js";
import "./chunks/chunk-ZCJTQB6Q.js";
import {
  listArtifacts,
  showArtifact
} from "./chunks/chunk-BK7DNCPO.js";
import {
  readArtifact,
  readRegistry
} from "./chunks/chunk-3Y6ADQKO.js";
import "./chunks/chunk-D7BBNTB6.js";
import {
  openStore
} from "./chunks/chunk-LYVQZEVO.js";
import "./chunks/chunk-IBUV5275.js";
import "./chunks/chunk-OH7KX6YS.js";
import "./chunks/chunk-M7D42G3J.js";
import {
  validateRepository
} from "./chunks/chunk-HKDPQ5RF.js";
import {
  settingsFromEnv
} from "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-IGJGLJ3H.js";
import "./chunks/chunk-SBIHGHJX.js";
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
} from "./chunks/chunk-5M7PUB3B.js";
import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  MODELS_DIR,
  REGISTRY_FILE,
  checkDocument,
  loadConfig,
  parseDocument,
  parseMetadata
} from "./chunks/chunk-YNJ47U2A.js";
import "./chunks/chunk-64GSZUE7.js";
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
