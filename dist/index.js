import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  audit,
  history,
  status
} from "./chunks/chunk-YAK4LXWH.js";
import {
  startAgent,
  startServe
} from "./chunks/chunk-BIHBERQG.js";
import "./chunks/chunk-ZUYWKFJU.js";
import {
  gateVersion,
  runGate,
  runSmoke
} from "./chunks/chunk-3XXLG73L.js";
import "./chunks/chunk-AL5DA2G3.js";
import "./chunks/chunk-PBQ66HXW.js";
import {
  initRepository
} from "./chunks/chunk-NHNWA5VG.js";
import {
  publishArtifact,
  verifyStore
} from "./chunks/chunk-ROMQNWNQ.js";
import {
  fetchById
} from "./chunks/chunk-OF7VZIU6.js";
import {
  registerArtifact
} from "./chunks/chunk-EIPWYFBN.js";
import {
  openStore
} from "./chunks/chunk-G7YEVJWP.js";
import "./chunks/chunk-C7BNMAAA.js";
import {
  defaultHooks
} from "./chunks/chunk-XPN7G4YM.js";
import {
  decidePaired,
  medianInterval,
  mulberry32
} from "./chunks/chunk-24LWVRXC.js";
import "./chunks/chunk-YDOM2S6Q.js";
import {
  DEFAULT_QUANTIZATION_ALLOWANCE,
  decideGate,
  quantizationFamily
} from "./chunks/chunk-LBDB5AKG.js";
import "./chunks/chunk-VMCDZE75.js";
import "./chunks/chunk-LKVCAJ3Z.js";
import "./chunks/chunk-CDORPB5K.js";
import {
  Pipeline,
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunks/chunk-HQ7P756C.js";
import {
  blockArtifact
} from "./chunks/chunk-OCAOFT6Z.js";
import "./chunks/chunk-M7RWC4UU.js";
import "./chunks/chunk-LOOVM3HE.js";
import {
  readArtifact,
  readRegistry
} from "./chunks/chunk-RWBE42P4.js";
import "./chunks/chunk-M7D42G3J.js";
import {
  validateRepository
} from "./chunks/chunk-EBTPTYE5.js";
import {
  settingsFromEnv
} from "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-O6FURJ7S.js";
import {
  checkDeployable,
  liveEntry,
  previousEnvironment
} from "./chunks/chunk-QIJQTKPU.js";
import "./chunks/chunk-MRNG3GI2.js";
import {
  formatArtifactId,
  parseArtifactId
} from "./chunks/chunk-R7MA5WMG.js";
import {
  openContext,
  silentLogger
} from "./chunks/chunk-3MQLPOAX.js";
import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  MODELS_DIR,
  REGISTRY_FILE,
  checkDocument,
  loadConfig,
  parseDocument,
  parseMetadata
} from "./chunks/chunk-HBCMGWHK.js";
import "./chunks/chunk-XXDYKEZD.js";
import "./chunks/chunk-LSSFZVQY.js";
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
