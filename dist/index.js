import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  audit,
  history,
  status
} from "./chunks/chunk-JBAJXRIQ.js";
import {
  startAgent,
  startServe
} from "./chunks/chunk-EMLL7T6H.js";
import "./chunks/chunk-6IMCK23P.js";
import {
  gateVersion,
  runGate,
  runSmoke
} from "./chunks/chunk-35X6RD6F.js";
import "./chunks/chunk-AL5DA2G3.js";
import "./chunks/chunk-PBQ66HXW.js";
import {
  initRepository
} from "./chunks/chunk-UG5DKZE7.js";
import {
  publishArtifact,
  verifyStore
} from "./chunks/chunk-XPQV43M3.js";
import {
  fetchById
} from "./chunks/chunk-ONVSBDHB.js";
import {
  registerArtifact
} from "./chunks/chunk-OYA5JXXI.js";
import {
  openStore
} from "./chunks/chunk-G7YEVJWP.js";
import "./chunks/chunk-C7BNMAAA.js";
import {
  defaultHooks
} from "./chunks/chunk-33TSO6UH.js";
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
import "./chunks/chunk-C4EOD2Q2.js";
import "./chunks/chunk-LKVCAJ3Z.js";
import "./chunks/chunk-CDORPB5K.js";
import {
  Pipeline,
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunks/chunk-RQ66X5NS.js";
import {
  blockArtifact
} from "./chunks/chunk-KKNE45TL.js";
import "./chunks/chunk-7A4WPG3U.js";
import "./chunks/chunk-ZDKZRO7X.js";
import {
  readArtifact,
  readRegistry
} from "./chunks/chunk-WGNFNZKT.js";
import "./chunks/chunk-M7D42G3J.js";
import {
  validateRepository
} from "./chunks/chunk-VVMW4D3R.js";
import {
  settingsFromEnv
} from "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-O6FURJ7S.js";
import {
  checkDeployable,
  liveEntry,
  previousEnvironment
} from "./chunks/chunk-J6H67WSJ.js";
import "./chunks/chunk-V2JYVROK.js";
import {
  formatArtifactId,
  parseArtifactId
} from "./chunks/chunk-R7MA5WMG.js";
import {
  openContext,
  silentLogger
} from "./chunks/chunk-Q3ZFWJF5.js";
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
