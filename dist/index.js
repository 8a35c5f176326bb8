import {
  audit,
  history,
  status
} from "./chunks/chunk-JM4BBMTH.js";
import {
  startAgent,
  startServe
} from "./chunks/chunk-DDSK6R4F.js";
import "./chunks/chunk-NQAYGMFJ.js";
import {
  gateVersion,
  runGate,
  runSmoke
} from "./chunks/chunk-6ZMK5MWI.js";
import {
  decidePaired,
  medianInterval,
  mulberry32
} from "./chunks/chunk-EFQV65ZR.js";
import "./chunks/chunk-QUPBOIGL.js";
import "./chunks/chunk-DHT5G356.js";
import {
  initRepository
} from "./chunks/chunk-VZQFKHEH.js";
import {
  publishArtifact,
  verifyStore
} from "./chunks/chunk-SWSEM4F4.js";
import {
  fetchById
} from "./chunks/chunk-GQU2BJMH.js";
import {
  registerArtifact
} from "./chunks/chunk-3VTXYXUL.js";
import {
  Pipeline,
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunks/chunk-NIKL25JE.js";
import {
  DEFAULT_QUANTIZATION_ALLOWANCE,
  decideGate
} from "./chunks/chunk-3JCBYZB6.js";
import {
  defaultHooks
} from "./chunks/chunk-OKTQVJUZ.js";
import "./chunks/chunk-WWXZN2QU.js";
import "./chunks/chunk-LKVCAJ3Z.js";
import "./chunks/chunk-CDORPB5K.js";
import {
  blockArtifact
} from "./chunks/chunk-GUJ6STBA.js";
import "./chunks/chunk-AUTW7PWY.js";
import "./chunks/chunk-TEHUBAJ4.js";
import {
  readArtifact,
  readRegistry
} from "./chunks/chunk-F4PT7POB.js";
import "./chunks/chunk-D7BBNTB6.js";
import {
  openStore
} from "./chunks/chunk-LYVQZEVO.js";
import "./chunks/chunk-IBUV5275.js";
import "./chunks/chunk-OH7KX6YS.js";
import "./chunks/chunk-M7D42G3J.js";
import {
  validateRepository
} from "./chunks/chunk-C7G6ERMH.js";
import {
  settingsFromEnv
} from "./chunks/chunk-QBDP4CLO.js";
import {
  checkDeployable,
  liveEntry,
  previousEnvironment
} from "./chunks/chunk-QEMUCMJQ.js";
import "./chunks/chunk-LILVJVWO.js";
import "./chunks/chunk-SBIHGHJX.js";
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
