import {
  audit,
  history,
  status
} from "./chunks/chunk-BEXV2VE7.js";
import {
  startAgent,
  startServe
} from "./chunks/chunk-2BVGKSOA.js";
import "./chunks/chunk-6RUUFZAH.js";
import {
  gateVersion,
  runGate,
  runSmoke
} from "./chunks/chunk-FROGXMVW.js";
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
} from "./chunks/chunk-6OJKJRBI.js";
import {
  publishArtifact,
  verifyStore
} from "./chunks/chunk-BGP5SFMZ.js";
import {
  fetchById
} from "./chunks/chunk-FV7MBTWY.js";
import {
  registerArtifact
} from "./chunks/chunk-WNYRB7BQ.js";
import {
  Pipeline,
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunks/chunk-55DS4YLB.js";
import {
  defaultHooks
} from "./chunks/chunk-WNNDBU6D.js";
import "./chunks/chunk-7HSRB5BG.js";
import "./chunks/chunk-LKVCAJ3Z.js";
import "./chunks/chunk-CDORPB5K.js";
import {
  blockArtifact
} from "./chunks/chunk-LVIQ7HZ4.js";
import "./chunks/chunk-5MNZ4I4V.js";
import "./chunks/chunk-DES3UGZR.js";
import {
  readArtifact,
  readRegistry
} from "./chunks/chunk-7ZSERUCK.js";
import "./chunks/chunk-D7BBNTB6.js";
import {
  openStore
} from "./chunks/chunk-LYVQZEVO.js";
import "./chunks/chunk-IBUV5275.js";
import "./chunks/chunk-OH7KX6YS.js";
import "./chunks/chunk-M7D42G3J.js";
import {
  validateRepository
} from "./chunks/chunk-OSZBXSH6.js";
import {
  settingsFromEnv
} from "./chunks/chunk-QBDP4CLO.js";
import {
  checkDeployable,
  liveEntry,
  previousEnvironment
} from "./chunks/chunk-7RXUQSNX.js";
import "./chunks/chunk-FVKG4KE6.js";
import "./chunks/chunk-SBIHGHJX.js";
import {
  formatArtifactId,
  parseArtifactId,
  quantizationFamily
} from "./chunks/chunk-6XFSSTIM.js";
import {
  openContext,
  silentLogger
} from "./chunks/chunk-57I7QJFD.js";
import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  MODELS_DIR,
  REGISTRY_FILE,
  checkDocument,
  loadConfig,
  parseDocument,
  parseMetadata
} from "./chunks/chunk-4AKSAZZ6.js";
import "./chunks/chunk-XXDYKEZD.js";
import "./chunks/chunk-TXQE7KTN.js";
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
