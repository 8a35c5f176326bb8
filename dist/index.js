import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  startAgent,
  startServe
} from "./chunks/chunk-JP6FJSAO.js";
import {
  decidePaired,
  gateVersion,
  medianInterval,
  runGate,
  runSmoke
} from "./chunks/chunk-DUE7CSFX.js";
import "./chunks/chunk-CW574IFD.js";
import {
  defaultHooks
} from "./chunks/chunk-56BFPSWB.js";
import {
  audit,
  history,
  status
} from "./chunks/chunk-QLO3QO4L.js";
import {
  initRepository
} from "./chunks/chunk-2DGUW2DU.js";
import "./chunks/chunk-CDORPB5K.js";
import {
  publishArtifact,
  verifyStore
} from "./chunks/chunk-S4FCYYNM.js";
import {
  registerArtifact
} from "./chunks/chunk-3M3NBPG5.js";
import {
  fetchById
} from "./chunks/chunk-3UQO3K74.js";
import {
  openStore
} from "./chunks/chunk-NEX3MQQP.js";
import {
  Pipeline,
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunks/chunk-2DMOOAHH.js";
import "./chunks/chunk-5LXXJOGJ.js";
import {
  validateRepository
} from "./chunks/chunk-LFTE7ZWT.js";
import {
  settingsFromEnv
} from "./chunks/chunk-HUOZ6QSP.js";
import "./chunks/chunk-4ANLXEZX.js";
import {
  DEFAULT_QUANTIZATION_ALLOWANCE,
  decideGate,
  quantizationFamily
} from "./chunks/chunk-YURNJ2VT.js";
import {
  openContext,
  silentLogger
} from "./chunks/chunk-OAESQA3D.js";
import {
  blockArtifact
} from "./chunks/chunk-MWNH5QYH.js";
import {
  checkDeployable,
  liveEntry,
  previousEnvironment
} from "./chunks/chunk-FHE6NST3.js";
import "./chunks/chunk-WHKQJB7S.js";
import "./chunks/chunk-VON5DLUV.js";
import "./chunks/chunk-Y52MQDP2.js";
import {
  readArtifact,
  readRegistry
} from "./chunks/chunk-ASPIYCKD.js";
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
} from "./chunks/chunk-6I3EGILK.js";
import "./chunks/chunk-XVE2BRLB.js";
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
