import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  startAgent,
  startServe
} from "./chunks/chunk-U2MNEFU6.js";
import {
  decidePaired,
  gateVersion,
  medianInterval,
  runGate,
  runSmoke
} from "./chunks/chunk-V2BICVFR.js";
import "./chunks/chunk-TAD57GM5.js";
import "./chunks/chunk-MNSMOL6R.js";
import {
  defaultHooks
} from "./chunks/chunk-DHV7R44E.js";
import {
  audit,
  history,
  status
} from "./chunks/chunk-KC7N6CPV.js";
import {
  initRepository
} from "./chunks/chunk-LRHZRVQS.js";
import "./chunks/chunk-CDORPB5K.js";
import {
  publishArtifact,
  verifyStore
} from "./chunks/chunk-ZZHYT2SU.js";
import "./chunks/chunk-XMMONWD7.js";
import {
  DEFAULT_QUANTIZATION_ALLOWANCE,
  decideGate,
  quantizationFamily
} from "./chunks/chunk-YURNJ2VT.js";
import {
  registerArtifact
} from "./chunks/chunk-2PKV6GUC.js";
import {
  fetchById
} from "./chunks/chunk-XUSSJPFU.js";
import {
  openStore
} from "./chunks/chunk-SF5CSOE7.js";
import {
  Pipeline,
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunks/chunk-AERWAR3R.js";
import "./chunks/chunk-HY7DINBG.js";
import {
  validateRepository
} from "./chunks/chunk-K4AKNWT4.js";
import {
  settingsFromEnv
} from "./chunks/chunk-QBDP4CLO.js";
import {
  openContext,
  silentLogger
} from "./chunks/chunk-4GQNFB6A.js";
import {
  blockArtifact
} from "./chunks/chunk-EY7PSCHO.js";
import "./chunks/chunk-ZDDHGKC2.js";
import "./chunks/chunk-PVF64SQJ.js";
import {
  checkDeployable,
  liveEntry,
  previousEnvironment
} from "./chunks/chunk-CBYRQUNI.js";
import "./chunks/chunk-HLSFVDC7.js";
import "./chunks/chunk-Y52MQDP2.js";
import {
  readArtifact,
  readRegistry
} from "./chunks/chunk-JAQS6HLS.js";
import {
  formatArtifactId,
  parseArtifactId
} from "./chunks/chunk-TNIQPWLS.js";
import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  MODELS_DIR,
  REGISTRY_FILE,
  checkDocument,
  loadConfig,
  parseDocument,
  parseMetadata
} from "./chunks/chunk-HQUBCJ6J.js";
import "./chunks/chunk-ESAPJNBD.js";
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
