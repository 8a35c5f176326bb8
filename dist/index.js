import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  audit,
  history,
  status
} from "./chunks/chunk-45EM5HNC.js";
import {
  startAgent,
  startServe
} from "./chunks/chunk-QJ7NPRHU.js";
import "./chunks/chunk-QLMXQYJU.js";
import {
  gateVersion,
  runGate,
  runSmoke
} from "./chunks/chunk-CYXKUZR6.js";
import {
  decidePaired,
  medianInterval,
  mulberry32
} from "./chunks/chunk-24LWVRXC.js";
import "./chunks/chunk-P64T5I2W.js";
import "./chunks/chunk-PBQ66HXW.js";
import {
  initRepository
} from "./chunks/chunk-LP3H3FS6.js";
import {
  publishArtifact,
  verifyStore
} from "./chunks/chunk-IYFXJXAO.js";
import {
  fetchById
} from "./chunks/chunk-NG5VGQZK.js";
import {
  registerArtifact
} from "./chunks/chunk-V4VHYYXJ.js";
import {
  openStore
} from "./chunks/chunk-PHNLOJJ4.js";
import "./chunks/chunk-C7BNMAAA.js";
import "./chunks/chunk-YDOM2S6Q.js";
import {
  DEFAULT_QUANTIZATION_ALLOWANCE,
  decideGate,
  quantizationFamily
} from "./chunks/chunk-LBDB5AKG.js";
import {
  Pipeline,
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunks/chunk-4SFLHHWX.js";
import {
  defaultHooks
} from "./chunks/chunk-5HVDEGA4.js";
import "./chunks/chunk-Y52MQDP2.js";
import "./chunks/chunk-EMH3PIMT.js";
import "./chunks/chunk-LKVCAJ3Z.js";
import "./chunks/chunk-CDORPB5K.js";
import {
  blockArtifact
} from "./chunks/chunk-BSRG7JL7.js";
import "./chunks/chunk-MRXDLYI4.js";
import "./chunks/chunk-JTLBDFZO.js";
import {
  readArtifact,
  readRegistry
} from "./chunks/chunk-CHKTWHVJ.js";
import "./chunks/chunk-G6XMIB2X.js";
import {
  validateRepository
} from "./chunks/chunk-BVUDG4QF.js";
import {
  settingsFromEnv
} from "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-O6FURJ7S.js";
import {
  checkDeployable,
  liveEntry,
  previousEnvironment
} from "./chunks/chunk-X3R43V5G.js";
import {
  formatArtifactId,
  parseArtifactId
} from "./chunks/chunk-R7MA5WMG.js";
import {
  openContext,
  silentLogger
} from "./chunks/chunk-D4UB2G7R.js";
import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  MODELS_DIR,
  REGISTRY_FILE,
  checkDocument,
  loadConfig,
  parseDocument,
  parseMetadata
} from "./chunks/chunk-QVPENZBI.js";
import "./chunks/chunk-GBMLMKAT.js";
import "./chunks/chunk-A3HGIDUV.js";
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
