import {
  startAgent,
  startServe
} from "./chunks/chunk-Z73WB7AR.js";
import {
  compareVersions
} from "./chunks/chunk-2GFNRBD5.js";
import {
  audit,
  history,
  status
} from "./chunks/chunk-P4YMVZSO.js";
import {
  publishArtifact,
  verifyStore
} from "./chunks/chunk-OO5PUAWR.js";
import "./chunks/chunk-MSUMXUZ5.js";
import {
  Pipeline,
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunks/chunk-IV45DCAH.js";
import "./chunks/chunk-PPZBBYQD.js";
import {
  gateVersion,
  runGate,
  runSmoke
} from "./chunks/chunk-JZPMPGAM.js";
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
} from "./chunks/chunk-SFJKREPF.js";
import "./chunks/chunk-R6KNFTBF.js";
import "./chunks/chunk-XIRHHIFP.js";
import {
  defaultHooks
} from "./chunks/chunk-GSBNDWUF.js";
import {
  initRepository
} from "./chunks/chunk-HN6NULSL.js";
import {
  registerArtifact
} from "./chunks/chunk-IYJDDIKT.js";
import "./chunks/chunk-ZHWFVG5Q.js";
import "./chunks/chunk-NZM3GUM3.js";
import "./chunks/chunk-OQXABIHW.js";
import {
  openStore
} from "./chunks/chunk-CCCON3DT.js";
import "./chunks/chunk-QCKMG6X6.js";
import "./chunks/chunk-PLDNTDOW.js";
import "./chunks/chunk-IEOM54UU.js";
import "./chunks/chunk-LKVCAJ3Z.js";
import {
  blockArtifact
} from "./chunks/chunk-AZWLCOPS.js";
import "./chunks/chunk-YXUU4W6Y.js";
import {
  listArtifacts,
  showArtifact
} from "./chunks/chunk-7N75Y2IP.js";
import {
  readArtifact,
  readRegistry
} from "./chunks/chunk-ZLBD6LEX.js";
import "./chunks/chunk-NLDSUV7B.js";
import "./chunks/chunk-OUA4VDMS.js";
import {
  validateRepository
} from "./chunks/chunk-PGZGKWIN.js";
import {
  settingsFromEnv
} from "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-SBIHGHJX.js";
import "./chunks/chunk-ZWFAIWQW.js";
import "./chunks/chunk-OKGDWLLR.js";
import "./chunks/chunk-RFVOFJFX.js";
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
} from "./chunks/chunk-57RGRDFE.js";
import "./chunks/chunk-OKBEP5SG.js";
import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  MODELS_DIR,
  REGISTRY_FILE,
  loadConfig
} from "./chunks/chunk-GMYYM25C.js";
import {
  checkDocument,
  parseDocument,
  parseMetadata
} from "./chunks/chunk-NJIZENZ6.js";
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
