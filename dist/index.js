import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  audit,
  history,
  status
} from "./chunks/chunk-SQKFHDN5.js";
import {
  startAgent,
  startServe
} from "./chunks/chunk-2PQKMBPO.js";
import "./chunks/chunk-4HOMJQE4.js";
import {
  gateVersion,
  runGate,
  runSmoke
} from "./chunks/chunk-OTY2TUS3.js";
import "./chunks/chunk-AL5DA2G3.js";
import "./chunks/chunk-PBQ66HXW.js";
import {
  initRepository
} from "./chunks/chunk-4L4BKHO4.js";
import {
  publishArtifact,
  verifyStore
} from "./chunks/chunk-RIA2NIFS.js";
import {
  fetchById
} from "./chunks/chunk-WZXJBLER.js";
import {
  registerArtifact
} from "./chunks/chunk-D73S32SY.js";
import {
  openStore
} from "./chunks/chunk-G7YEVJWP.js";
import "./chunks/chunk-C7BNMAAA.js";
import {
  defaultHooks
} from "./chunks/chunk-Z7RANEWU.js";
import {
  decidePaired,
  medianInterval,
  mulberry32
} from "./chunks/chunk-24LWVRXC.js";
import "./chunks/chunk-YDOM2S6Q.js";
import {
  DEFAULT_QUANTIZATION_ALLOWANCE,
  decideGate,
  quantizationFamily
} from "./chunks/chunk-LBDB5AKG.js";
import "./chunks/chunk-SYCYMVM3.js";
import "./chunks/chunk-LKVCAJ3Z.js";
import "./chunks/chunk-CDORPB5K.js";
import {
  Pipeline,
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunks/chunk-ICBNIOSU.js";
import {
  blockArtifact
} from "./chunks/chunk-ZNVFW26V.js";
import "./chunks/chunk-DDJGILAZ.js";
import "./chunks/chunk-EKG3HRSE.js";
import {
  readArtifact,
  readRegistry
} from "./chunks/chunk-YZWUWTKL.js";
import "./chunks/chunk-M7D42G3J.js";
import {
  validateRepository
} from "./chunks/chunk-IZHY6A2N.js";
import {
  settingsFromEnv
} from "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-O6FURJ7S.js";
import {
  checkDeployable,
  liveEntry,
  previousEnvironment
} from "./chunks/chunk-7AN7IIIQ.js";
import "./chunks/chunk-T4NDIKYZ.js";
import {
  formatArtifactId,
  parseArtifactId
} from "./chunks/chunk-R7MA5WMG.js";
import {
  openContext,
  silentLogger
} from "./chunks/chunk-GHUZ3CCG.js";
import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  MODELS_DIR,
  REGISTRY_FILE,
  checkDocument,
  loadConfig,
  parseDocument,
  parseMetadata
} from "./chunks/chunk-MEVB5DBL.js";
import "./chunks/chunk-XXDYKEZD.js";
import "./chunks/chunk-TKITO2TM.js";
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
