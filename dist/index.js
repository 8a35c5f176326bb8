import {
  startAgent,
  startServe
} from "./chunks/chunk-JCN7GBQJ.js";
import "./chunks/chunk-K4XHQG6B.js";
import {
  compareVersions
} from "./chunks/chunk-NVCP4GAC.js";
import {
  audit,
  history,
  status
} from "./chunks/chunk-55JT7XZT.js";
import {
  Pipeline,
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunks/chunk-K2Q7VQPS.js";
import {
  gateVersion,
  runGate,
  runSmoke
} from "./chunks/chunk-U5AULVPB.js";
import {
  decidePaired,
  medianInterval,
  mulberry32
} from "./chunks/chunk-EFQV65ZR.js";
import {
  DEFAULT_QUANTIZATION_ALLOWANCE,
  decideGate
} from "./chunks/chunk-OQVTSMRL.js";
import "./chunks/chunk-JOBM2TIE.js";
import "./chunks/chunk-KGNB6N34.js";
import {
  defaultHooks
} from "./chunks/chunk-QZGFB3AN.js";
import {
  initRepository
} from "./chunks/chunk-VRJIMKQM.js";
import {
  publishArtifact,
  verifyStore
} from "./chunks/chunk-GOTGCS6R.js";
import {
  fetchById
} from "./chunks/chunk-6LYGQH2I.js";
import {
  registerArtifact
} from "./chunks/chunk-AXI5LWIX.js";
import "./chunks/chunk-X7UMDTLJ.js";
import "./chunks/chunk-5RSFKHBM.js";
import "./chunks/chunk-GQKT6QDE.js";
import {
  openStore
} from "./chunks/chunk-LYVQZEVO.js";
import "./chunks/chunk-2EI7A7T6.js";
import "./chunks/chunk-PLDNTDOW.js";
import "./chunks/chunk-ZD5CGMTZ.js";
import "./chunks/chunk-LKVCAJ3Z.js";
import {
  blockArtifact
} from "./chunks/chunk-FN5PL2LP.js";
import "./chunks/chunk-RR7BT3PG.js";
import "./chunks/chunk-SJ6KSARP.js";
import {
  listArtifacts,
  showArtifact
} from "./chunks/chunk-LMZY4WCX.js";
import {
  readArtifact,
  readRegistry
} from "./chunks/chunk-GZ34NKCK.js";
import "./chunks/chunk-NLDSUV7B.js";
import {
  validateRepository
} from "./chunks/chunk-UVDCS6JK.js";
import {
  settingsFromEnv
} from "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-SBIHGHJX.js";
import "./chunks/chunk-NTUAMXYV.js";
import "./chunks/chunk-NSOFLWCF.js";
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
} from "./chunks/chunk-Q3EAIZXT.js";
import "./chunks/chunk-L7F5A6BY.js";
import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  MODELS_DIR,
  REGISTRY_FILE,
  loadConfig
} from "./chunks/chunk-JCGVZRV7.js";
import {
  checkDocument,
  parseDocument,
  parseMetadata
} from "./chunks/chunk-LJ634PKH.js";
import "./chunks/chunk-6SJ4G2FB.js";
import "./chunks/chunk-GFX6LF7J.js";
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
