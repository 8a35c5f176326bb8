import {
  startAgent,
  startServe
} from "./chunks/chunk-AZXT3I3J.js";
import "./chunks/chunk-GSJZESBB.js";
import {
  compareVersions
} from "./chunks/chunk-TO2VJZTA.js";
import {
  audit,
  history,
  status
} from "./chunks/chunk-EAXRGGXD.js";
import {
  Pipeline,
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunks/chunk-EQXSOLHV.js";
import {
  gateVersion,
  runGate,
  runSmoke
} from "./chunks/chunk-RIRAV6TO.js";
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
} from "./chunks/chunk-TOHNAR3X.js";
import {
  initRepository
} from "./chunks/chunk-UUL6U3JV.js";
import {
  publishArtifact,
  verifyStore
} from "./chunks/chunk-J3AYWJ5J.js";
import {
  fetchById
} from "./chunks/chunk-QNRRHJTD.js";
import {
  registerArtifact
} from "./chunks/chunk-6YEXQOPI.js";
import "./chunks/chunk-ZHWFVG5Q.js";
import "./chunks/chunk-SDULWZ5I.js";
import "./chunks/chunk-OQXABIHW.js";
import {
  openStore
} from "./chunks/chunk-CCCON3DT.js";
import "./chunks/chunk-QCKMG6X6.js";
import "./chunks/chunk-PLDNTDOW.js";
import "./chunks/chunk-5R44SLOY.js";
import "./chunks/chunk-LKVCAJ3Z.js";
import {
  blockArtifact
} from "./chunks/chunk-MWYSBSTA.js";
import "./chunks/chunk-KM72Q6QD.js";
import "./chunks/chunk-HKF6GIBF.js";
import "./chunks/chunk-5GS5A66R.js";
import {
  listArtifacts,
  showArtifact
} from "./chunks/chunk-LQVHZ4MD.js";
import {
  readArtifact,
  readRegistry
} from "./chunks/chunk-VP3VSPSA.js";
import "./chunks/chunk-NLDSUV7B.js";
import {
  validateRepository
} from "./chunks/chunk-LVSQA4T3.js";
import {
  settingsFromEnv
} from "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-SBIHGHJX.js";
import "./chunks/chunk-ZWFAIWQW.js";
import "./chunks/chunk-EWTBSM4O.js";
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
} from "./chunks/chunk-7SI27JD2.js";
import "./chunks/chunk-RXDTIBGW.js";
import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  MODELS_DIR,
  REGISTRY_FILE,
  loadConfig
} from "./chunks/chunk-AKMXPBBJ.js";
import {
  checkDocument,
  parseDocument,
  parseMetadata
} from "./chunks/chunk-CAGAAVCG.js";
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
