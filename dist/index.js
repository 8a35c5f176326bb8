import {
  audit,
  history,
  status
} from "./chunks/chunk-BNQ2TO7C.js";
import {
  startAgent,
  startServe
} from "./chunks/chunk-IIALHCKL.js";
import "./chunks/chunk-EM654OAO.js";
import {
  gateVersion,
  runGate,
  runSmoke
} from "./chunks/chunk-RFYT77VT.js";
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
} from "./chunks/chunk-2LO6TXJQ.js";
import {
  publishArtifact,
  verifyStore
} from "./chunks/chunk-YWMCUU7O.js";
import {
  fetchById
} from "./chunks/chunk-J2ZHWXLU.js";
import {
  registerArtifact
} from "./chunks/chunk-YC4RDFJ3.js";
import {
  Pipeline,
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunks/chunk-T7RASAFJ.js";
import {
  defaultHooks
} from "./chunks/chunk-CBBJYJQC.js";
import "./chunks/chunk-C4EOD2Q2.js";
import "./chunks/chunk-LKVCAJ3Z.js";
import "./chunks/chunk-CDORPB5K.js";
import {
  blockArtifact
} from "./chunks/chunk-3WGDSXSA.js";
import "./chunks/chunk-UJYOEFMX.js";
import "./chunks/chunk-PS5P44L2.js";
import {
  readArtifact,
  readRegistry
} from "./chunks/chunk-QYHXO4YS.js";
import "./chunks/chunk-D7BBNTB6.js";
import {
  openStore
} from "./chunks/chunk-LYVQZEVO.js";
import "./chunks/chunk-IBUV5275.js";
import "./chunks/chunk-OH7KX6YS.js";
import "./chunks/chunk-M7D42G3J.js";
import {
  validateRepository
} from "./chunks/chunk-4G2N5PZY.js";
import {
  settingsFromEnv
} from "./chunks/chunk-QBDP4CLO.js";
import {
  checkDeployable,
  liveEntry,
  previousEnvironment
} from "./chunks/chunk-OUKPZ6TG.js";
import "./chunks/chunk-V2JYVROK.js";
import "./chunks/chunk-SBIHGHJX.js";
import {
  formatArtifactId,
  parseArtifactId,
  quantizationFamily
} from "./chunks/chunk-6XFSSTIM.js";
import {
  openContext,
  silentLogger
} from "./chunks/chunk-ANAHZ27Z.js";
import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  MODELS_DIR,
  REGISTRY_FILE,
  checkDocument,
  loadConfig,
  parseDocument,
  parseMetadata
} from "./chunks/chunk-4DXTGPQC.js";
import "./chunks/chunk-XXDYKEZD.js";
import "./chunks/chunk-5I23GV63.js";
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
