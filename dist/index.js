import {
  startAgent,
  startServe
} from "./chunks/chunk-MJXEP2QC.js";
import "./chunks/chunk-OZ7MY6PY.js";
import {
  compareVersions
} from "./chunks/chunk-LTGZRGGD.js";
import {
  audit,
  history,
  status
} from "./chunks/chunk-XLVUSCI6.js";
import {
  Pipeline,
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunks/chunk-ZDHW74F3.js";
import {
  gateVersion,
  runGate,
  runSmoke
} from "./chunks/chunk-7Y3PIUNR.js";
import {
  decidePaired,
  medianInterval,
  mulberry32
} from "./chunks/chunk-YUVSAILZ.js";
import {
  DEFAULT_QUANTIZATION_ALLOWANCE,
  decideGate
} from "./chunks/chunk-YLWCWBCQ.js";
import "./chunks/chunk-5N6ICVYC.js";
import "./chunks/chunk-XBTEKOGQ.js";
import {
  defaultHooks
} from "./chunks/chunk-75YGRBYM.js";
import {
  initRepository
} from "./chunks/chunk-3NDLTZQY.js";
import {
  publishArtifact,
  verifyStore
} from "./chunks/chunk-E5KLBDP2.js";
import {
  fetchById
} from "./chunks/chunk-YF7VWKF3.js";
import {
  registerArtifact
} from "./chunks/chunk-ZQWKLJ2L.js";
import "./chunks/chunk-ZHWFVG5Q.js";
import "./chunks/chunk-ZWRIHBYV.js";
import "./chunks/chunk-OQXABIHW.js";
import {
  openStore
} from "./chunks/chunk-CCCON3DT.js";
import "./chunks/chunk-QCKMG6X6.js";
import "./chunks/chunk-PLDNTDOW.js";
import "./chunks/chunk-7FQMINFJ.js";
import "./chunks/chunk-LKVCAJ3Z.js";
import {
  blockArtifact
} from "./chunks/chunk-LOI5NDTT.js";
import "./chunks/chunk-KM72Q6QD.js";
import "./chunks/chunk-UZUIZI6D.js";
import {
  listArtifacts,
  showArtifact
} from "./chunks/chunk-2YB33XP5.js";
import {
  readArtifact,
  readRegistry
} from "./chunks/chunk-UROFRS5E.js";
import "./chunks/chunk-NLDSUV7B.js";
import {
  validateRepository
} from "./chunks/chunk-GMAGG4T7.js";
import {
  settingsFromEnv
} from "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-SBIHGHJX.js";
import "./chunks/chunk-ZWFAIWQW.js";
import "./chunks/chunk-3F3EF5DZ.js";
import {
  RefusedWithNextStep,
  checkDeployable,
  liveEntry,
  previousEnvironment
} from "./chunks/chunk-QXFYG55Z.js";
import "./chunks/chunk-XTZAVCCL.js";
import {
  formatArtifactId,
  parseArtifactId,
  quantizationFamily
} from "./chunks/chunk-6XFSSTIM.js";
import {
  openContext,
  silentLogger
} from "./chunks/chunk-ONPGCSSF.js";
import "./chunks/chunk-DMM3Y673.js";
import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  MODELS_DIR,
  REGISTRY_FILE,
  loadConfig
} from "./chunks/chunk-IAQKOIK6.js";
import {
  checkDocument,
  parseDocument,
  parseMetadata
} from "./chunks/chunk-CCPQCK47.js";
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
