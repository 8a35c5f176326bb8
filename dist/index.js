import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  startAgent,
  startServe
} from "./chunks/chunk-SHRHNKWD.js";
import {
  initRepository
} from "./chunks/chunk-YCQHL3PE.js";
import "./chunks/chunk-CDORPB5K.js";
import {
  publishArtifact,
  verifyStore
} from "./chunks/chunk-CFWGJE6U.js";
import {
  registerArtifact
} from "./chunks/chunk-BFD4PWHF.js";
import {
  defaultHooks
} from "./chunks/chunk-6WWQV4JA.js";
import {
  audit,
  history,
  status
} from "./chunks/chunk-ADWJGNVE.js";
import {
  Pipeline,
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunks/chunk-S56G45F7.js";
import {
  gateVersion,
  runGate,
  runSmoke
} from "./chunks/chunk-SUCB2D5K.js";
import {
  decidePaired,
  medianInterval
} from "./chunks/chunk-24LWVRXC.js";
import {
  fetchById
} from "./chunks/chunk-C6EBIUA4.js";
import {
  openStore
} from "./chunks/chunk-3AUXDHT3.js";
import "./chunks/chunk-WBMMCL2D.js";
import "./chunks/chunk-LAGGCNNQ.js";
import "./chunks/chunk-JDHRQ3KM.js";
import {
  DEFAULT_QUANTIZATION_ALLOWANCE,
  decideGate,
  quantizationFamily
} from "./chunks/chunk-O77QO6VA.js";
import "./chunks/chunk-HY7DINBG.js";
import {
  validateRepository
} from "./chunks/chunk-DR4P4PRL.js";
import {
  settingsFromEnv
} from "./chunks/chunk-QBDP4CLO.js";
import {
  openContext,
  silentLogger
} from "./chunks/chunk-YN6QFH5V.js";
import {
  blockArtifact
} from "./chunks/chunk-OLWZ427Q.js";
import "./chunks/chunk-C5D57EJV.js";
import "./chunks/chunk-UB5SBNVL.js";
import {
  checkDeployable,
  liveEntry,
  previousEnvironment
} from "./chunks/chunk-QWVWUD3I.js";
import "./chunks/chunk-44UILN7A.js";
import "./chunks/chunk-Y52MQDP2.js";
import {
  readArtifact,
  readRegistry
} from "./chunks/chunk-MTRDMWH7.js";
import {
  formatArtifactId,
  parseArtifactId
} from "./chunks/chunk-KCLQK2KD.js";
import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  MODELS_DIR,
  REGISTRY_FILE,
  checkDocument,
  loadConfig,
  parseDocument,
  parseMetadata
} from "./chunks/chunk-WWEGL7SL.js";
import "./chunks/chunk-2MGFNKLJ.js";
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
