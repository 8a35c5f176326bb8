import {
  audit,
  history,
  status
} from "./chunks/chunk-ULOBBB7O.js";
import {
  startAgent,
  startServe
} from "./chunks/chunk-VPO73OO4.js";
import "./chunks/chunk-EEKLWUOQ.js";
import {
  gateVersion,
  runGate,
  runSmoke
} from "./chunks/chunk-EJKORX3H.js";
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
} from "./chunks/chunk-72SNMTL7.js";
import {
  publishArtifact,
  verifyStore
} from "./chunks/chunk-33EYSQ72.js";
import {
  fetchById
} from "./chunks/chunk-I2KVHGAT.js";
import {
  registerArtifact
} from "./chunks/chunk-LKZEPXWP.js";
import {
  Pipeline,
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunks/chunk-GIIZDR36.js";
import {
  defaultHooks
} from "./chunks/chunk-6UAM6SUJ.js";
import "./chunks/chunk-I5MXIC4P.js";
import "./chunks/chunk-LKVCAJ3Z.js";
import "./chunks/chunk-CDORPB5K.js";
import {
  blockArtifact
} from "./chunks/chunk-EBR7W5DW.js";
import "./chunks/chunk-SBVS3T7J.js";
import "./chunks/chunk-QQBB4RFX.js";
import {
  readArtifact,
  readRegistry
} from "./chunks/chunk-OP2T2O7A.js";
import "./chunks/chunk-D7BBNTB6.js";
import {
  openStore
} from "./chunks/chunk-LYVQZEVO.js";
import "./chunks/chunk-IBUV5275.js";
import "./chunks/chunk-OH7KX6YS.js";
import "./chunks/chunk-M7D42G3J.js";
import {
  validateRepository
} from "./chunks/chunk-BEOYILQH.js";
import {
  settingsFromEnv
} from "./chunks/chunk-QBDP4CLO.js";
import {
  checkDeployable,
  liveEntry,
  previousEnvironment
} from "./chunks/chunk-PUVGRFMM.js";
import "./chunks/chunk-F7HHPZHK.js";
import "./chunks/chunk-SBIHGHJX.js";
import {
  formatArtifactId,
  parseArtifactId,
  quantizationFamily
} from "./chunks/chunk-6XFSSTIM.js";
import {
  openContext,
  silentLogger
} from "./chunks/chunk-4GTDNHXH.js";
import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  MODELS_DIR,
  REGISTRY_FILE,
  checkDocument,
  loadConfig,
  parseDocument,
  parseMetadata
} from "./chunks/chunk-AHHIFKQX.js";
import "./chunks/chunk-XXDYKEZD.js";
import "./chunks/chunk-CVN2NFGO.js";
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
