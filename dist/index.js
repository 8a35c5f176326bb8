import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  audit,
  history,
  status
} from "./chunks/chunk-EDIOILTL.js";
import {
  startAgent,
  startServe
} from "./chunks/chunk-LCZT5PDL.js";
import "./chunks/chunk-DVYSCOMF.js";
import {
  gateVersion,
  runGate,
  runSmoke
} from "./chunks/chunk-UN4Q7A2A.js";
import "./chunks/chunk-U55CA5QA.js";
import "./chunks/chunk-PBQ66HXW.js";
import {
  initRepository
} from "./chunks/chunk-PSTYBBPD.js";
import {
  publishArtifact,
  verifyStore
} from "./chunks/chunk-SGS4GBHN.js";
import {
  fetchById
} from "./chunks/chunk-TJEMTFPG.js";
import {
  registerArtifact
} from "./chunks/chunk-6E22JPMX.js";
import {
  openStore
} from "./chunks/chunk-L6NR6QRB.js";
import "./chunks/chunk-C7BNMAAA.js";
import {
  defaultHooks
} from "./chunks/chunk-JKVI27RA.js";
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
import "./chunks/chunk-B5LIY4HE.js";
import "./chunks/chunk-BCIC6KYI.js";
import "./chunks/chunk-CDORPB5K.js";
import {
  Pipeline,
  PipelineError,
  deployVersion,
  promoteVersion,
  rollbackVersion
} from "./chunks/chunk-UBQHA23B.js";
import {
  blockArtifact
} from "./chunks/chunk-AGDXX6FR.js";
import "./chunks/chunk-GB67JUJQ.js";
import "./chunks/chunk-IAOOZ73I.js";
import {
  readArtifact,
  readRegistry
} from "./chunks/chunk-P7BUS6ZD.js";
import "./chunks/chunk-M7D42G3J.js";
import {
  validateRepository
} from "./chunks/chunk-YS6HG6EN.js";
import {
  settingsFromEnv
} from "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-O6FURJ7S.js";
import {
  checkDeployable,
  liveEntry,
  previousEnvironment
} from "./chunks/chunk-CBZLATV5.js";
import "./chunks/chunk-B6KPDHNR.js";
import {
  formatArtifactId,
  parseArtifactId
} from "./chunks/chunk-R7MA5WMG.js";
import {
  openContext,
  silentLogger
} from "./chunks/chunk-5KAFH76O.js";
import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  MODELS_DIR,
  REGISTRY_FILE,
  checkDocument,
  loadConfig,
  parseDocument,
  parseMetadata
} from "./chunks/chunk-JXHO6IE3.js";
import "./chunks/chunk-XNN4BKHL.js";
import "./chunks/chunk-ESMVFMX4.js";
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
