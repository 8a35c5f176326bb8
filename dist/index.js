import {
  audit,
  history,
  status
} from "./chunks/chunk-FSKEXSRJ.js";
import {
  startAgent,
  startServe
} from "./chunks/chunk-HNFTC3CM.js";
import "./chunks/chunk-AFJ3H26W.js";
import {
  gateVersion,
  runGate,
  runSmoke
} from "./chunks/chunk-TWQZDJOL.js";
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
} from "./chunks/chunk-LJKBFGNV.js";
import {
  publishArtifact,
  verifyStore
} from "./chunks/chunk-S3EUA2QZ.js";
import {
  fetchById
} from "./chunks/chunk-KXGCNA4V.js";
import {
  registerArtifact
} from "./chunks/chunk-2H3MVAMG.js";
import {
  Pipeline,
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunks/chunk-QTQP6EL3.js";
import {
  defaultHooks
} from "./chunks/chunk-MDPLEUNE.js";
import "./chunks/chunk-INXMD6KN.js";
import "./chunks/chunk-LKVCAJ3Z.js";
import "./chunks/chunk-CDORPB5K.js";
import {
  blockArtifact
} from "./chunks/chunk-BQCQUP7O.js";
import "./chunks/chunk-ZKM4D2F5.js";
import "./chunks/chunk-DWQBFGMD.js";
import {
  readArtifact,
  readRegistry
} from "./chunks/chunk-MZDJHGEJ.js";
import "./chunks/chunk-D7BBNTB6.js";
import {
  openStore
} from "./chunks/chunk-LYVQZEVO.js";
import "./chunks/chunk-IBUV5275.js";
import "./chunks/chunk-OH7KX6YS.js";
import "./chunks/chunk-M7D42G3J.js";
import {
  validateRepository
} from "./chunks/chunk-GM3OU3NT.js";
import {
  settingsFromEnv
} from "./chunks/chunk-QBDP4CLO.js";
import {
  checkDeployable,
  liveEntry,
  previousEnvironment
} from "./chunks/chunk-CLSXH6WR.js";
import "./chunks/chunk-VNR7K2JQ.js";
import "./chunks/chunk-SBIHGHJX.js";
import {
  formatArtifactId,
  parseArtifactId,
  quantizationFamily
} from "./chunks/chunk-6XFSSTIM.js";
import {
  openContext,
  silentLogger
} from "./chunks/chunk-4B32YKUG.js";
import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  MODELS_DIR,
  REGISTRY_FILE,
  checkDocument,
  loadConfig,
  parseDocument,
  parseMetadata
} from "./chunks/chunk-MOAMLXGA.js";
import "./chunks/chunk-XXDYKEZD.js";
import "./chunks/chunk-6MOYWGOY.js";
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
