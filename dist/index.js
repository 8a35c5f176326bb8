import {
  audit,
  history,
  status
} from "./chunks/chunk-2XWVYLHL.js";
import {
  startAgent,
  startServe
} from "./chunks/chunk-GNQXMD5G.js";
import "./chunks/chunk-7KEGIGEW.js";
import {
  publishArtifact,
  verifyStore
} from "./chunks/chunk-V6ASQ7FD.js";
import {
  compareVersions
} from "./chunks/chunk-A7ERWY2I.js";
import {
  Pipeline,
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunks/chunk-DOLSZSKH.js";
import "./chunks/chunk-CPGNCF2V.js";
import "./chunks/chunk-MR24QVH3.js";
import {
  gateVersion,
  runGate,
  runSmoke
} from "./chunks/chunk-MYQEMW7D.js";
import {
  decidePaired,
  medianInterval,
  mulberry32
} from "./chunks/chunk-YUVSAILZ.js";
import {
  DEFAULT_QUANTIZATION_ALLOWANCE,
  decideGate
} from "./chunks/chunk-YLWCWBCQ.js";
import {
  fetchById
} from "./chunks/chunk-AWBNWAMW.js";
import "./chunks/chunk-TCI3XVNR.js";
import "./chunks/chunk-WQTWNQAW.js";
import {
  defaultHooks
} from "./chunks/chunk-F3NKB7HU.js";
import {
  initRepository
} from "./chunks/chunk-G4BU3UNM.js";
import {
  registerArtifact
} from "./chunks/chunk-LMNZ2NYI.js";
import "./chunks/chunk-ZHWFVG5Q.js";
import "./chunks/chunk-GY6KO52W.js";
import "./chunks/chunk-OQXABIHW.js";
import {
  openStore
} from "./chunks/chunk-CCCON3DT.js";
import "./chunks/chunk-QCKMG6X6.js";
import "./chunks/chunk-PLDNTDOW.js";
import "./chunks/chunk-F74CIAXH.js";
import "./chunks/chunk-LKVCAJ3Z.js";
import {
  blockArtifact
} from "./chunks/chunk-2LBCH35H.js";
import "./chunks/chunk-DUFEKFER.js";
import "./chunks/chunk-2H5MXFYS.js";
import {
  listArtifacts,
  showArtifact
} from "./chunks/chunk-NBYJXYBY.js";
import {
  readArtifact,
  readRegistry
} from "./chunks/chunk-OHTCOEWW.js";
import "./chunks/chunk-NLDSUV7B.js";
import {
  validateRepository
} from "./chunks/chunk-YIMCU5MQ.js";
import {
  settingsFromEnv
} from "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-SBIHGHJX.js";
import "./chunks/chunk-ZWFAIWQW.js";
import "./chunks/chunk-NYS7MAU6.js";
import {
  RefusedWithNextStep,
  checkDeployable,
  liveEntry,
  previousEnvironment
} from "./chunks/chunk-S2HYHD6V.js";
import "./chunks/chunk-XTZAVCCL.js";
import {
  formatArtifactId,
  parseArtifactId,
  quantizationFamily
} from "./chunks/chunk-6XFSSTIM.js";
import {
  openContext,
  silentLogger
} from "./chunks/chunk-6H27HLM7.js";
import "./chunks/chunk-VAERPLCN.js";
import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  MODELS_DIR,
  REGISTRY_FILE,
  loadConfig
} from "./chunks/chunk-OO3URZX7.js";
import {
  checkDocument,
  parseDocument,
  parseMetadata
} from "./chunks/chunk-PG5BPKIX.js";
import "./chunks/chunk-VFSO6U6C.js";
import "./chunks/chunk-GUPMF7TG.js";
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
