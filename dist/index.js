import {
  startAgent,
  startServe
} from "./chunks/chunk-Q7CGGCUR.js";
import "./chunks/chunk-4KRZDFPW.js";
import {
  compareVersions
} from "./chunks/chunk-MFWH7O6V.js";
import {
  audit,
  history,
  status
} from "./chunks/chunk-GT2PN6EW.js";
import {
  Pipeline,
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunks/chunk-GIRB5PFL.js";
import {
  gateVersion,
  runGate,
  runSmoke
} from "./chunks/chunk-MSAJFMPS.js";
import {
  DEFAULT_QUANTIZATION_ALLOWANCE,
  decideGate
} from "./chunks/chunk-KSIDFVOJ.js";
import {
  decidePaired,
  medianInterval,
  mulberry32
} from "./chunks/chunk-24LWVRXC.js";
import "./chunks/chunk-EJWCNECY.js";
import "./chunks/chunk-LGKEVIRE.js";
import {
  defaultHooks
} from "./chunks/chunk-NDT46SZD.js";
import {
  initRepository
} from "./chunks/chunk-ZBDJBK4F.js";
import {
  publishArtifact,
  verifyStore
} from "./chunks/chunk-VXTEHEBH.js";
import {
  fetchById
} from "./chunks/chunk-TYQL2A5L.js";
import {
  registerArtifact
} from "./chunks/chunk-GYL37MPS.js";
import "./chunks/chunk-TY4NFBHH.js";
import "./chunks/chunk-UIVBH4NL.js";
import "./chunks/chunk-GQKT6QDE.js";
import {
  openStore
} from "./chunks/chunk-LYVQZEVO.js";
import "./chunks/chunk-E6HOBVIS.js";
import "./chunks/chunk-PLDNTDOW.js";
import "./chunks/chunk-CCLMLPP2.js";
import "./chunks/chunk-LKVCAJ3Z.js";
import "./chunks/chunk-CDORPB5K.js";
import {
  blockArtifact
} from "./chunks/chunk-BB5ZD2EZ.js";
import "./chunks/chunk-RR7BT3PG.js";
import "./chunks/chunk-SGJNNYMJ.js";
import {
  listArtifacts,
  showArtifact
} from "./chunks/chunk-YZTB6DXD.js";
import {
  readArtifact,
  readRegistry
} from "./chunks/chunk-FIOKRTYX.js";
import "./chunks/chunk-NLDSUV7B.js";
import {
  validateRepository
} from "./chunks/chunk-EQV6KZ3Q.js";
import {
  settingsFromEnv
} from "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-SBIHGHJX.js";
import "./chunks/chunk-LUBWSIGI.js";
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
} from "./chunks/chunk-L73SPP5G.js";
import "./chunks/chunk-G4C73WAK.js";
import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  MODELS_DIR,
  REGISTRY_FILE,
  checkDocument,
  loadConfig,
  parseDocument,
  parseMetadata
} from "./chunks/chunk-ODTUJOAO.js";
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
