import {
  audit,
  history,
  status
} from "./chunks/chunk-2HUMOX7W.js";
import {
  startAgent,
  startServe
} from "./chunks/chunk-DBOVU3XF.js";
import "./chunks/chunk-SJNHG3IH.js";
import {
  gateVersion,
  runGate,
  runSmoke
} from "./chunks/chunk-A4FKHWLY.js";
import {
  DEFAULT_QUANTIZATION_ALLOWANCE,
  decideGate
} from "./chunks/chunk-4D5KOYID.js";
import {
  decidePaired,
  medianInterval,
  mulberry32
} from "./chunks/chunk-24LWVRXC.js";
import "./chunks/chunk-S54RUPTV.js";
import "./chunks/chunk-OAA5WMXH.js";
import {
  initRepository
} from "./chunks/chunk-G36DZK3P.js";
import {
  publishArtifact,
  verifyStore
} from "./chunks/chunk-L4SSXEAZ.js";
import {
  fetchById
} from "./chunks/chunk-TJ7BMHH4.js";
import {
  registerArtifact
} from "./chunks/chunk-EFYRGU7X.js";
import {
  Pipeline,
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunks/chunk-2IUYMT76.js";
import {
  defaultHooks
} from "./chunks/chunk-PHWCALJK.js";
import "./chunks/chunk-336VMUU4.js";
import "./chunks/chunk-LKVCAJ3Z.js";
import {
  blockArtifact
} from "./chunks/chunk-GVVAXNW2.js";
import "./chunks/chunk-3NPFRBIF.js";
import "./chunks/chunk-COXWBL2B.js";
import {
  readArtifact,
  readRegistry
} from "./chunks/chunk-5GGAVOLL.js";
import "./chunks/chunk-D7BBNTB6.js";
import {
  openStore
} from "./chunks/chunk-LYVQZEVO.js";
import "./chunks/chunk-IBUV5275.js";
import "./chunks/chunk-OH7KX6YS.js";
import "./chunks/chunk-M7D42G3J.js";
import {
  validateRepository
} from "./chunks/chunk-OTU6ZUY7.js";
import {
  settingsFromEnv
} from "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-NTUAMXYV.js";
import {
  checkDeployable,
  liveEntry,
  previousEnvironment
} from "./chunks/chunk-ZETSD2IK.js";
import "./chunks/chunk-XKDK3TQA.js";
import "./chunks/chunk-SBIHGHJX.js";
import {
  formatArtifactId,
  parseArtifactId,
  quantizationFamily
} from "./chunks/chunk-6XFSSTIM.js";
import {
  openContext,
  silentLogger
} from "./chunks/chunk-PX2YN6MY.js";
import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  MODELS_DIR,
  REGISTRY_FILE,
  loadConfig
} from "./chunks/chunk-UV2GFVBV.js";
import {
  checkDocument,
  parseDocument,
  parseMetadata
} from "./chunks/chunk-MR7FSY5S.js";
import "./chunks/chunk-64GSZUE7.js";
import "./chunks/chunk-TMRBYA4Y.js";
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
