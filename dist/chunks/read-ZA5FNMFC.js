import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  ArtifactCache,
  quantizationsOf,
  readArtifact,
  readRegistry,
  withArtifacts
} from "./chunk-ASPIYCKD.js";
import "./chunk-TNIQPWLS.js";
import "./chunk-6I3EGILK.js";
import "./chunk-XVE2BRLB.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  ArtifactCache,
  quantizationsOf,
  readArtifact,
  readRegistry,
  withArtifacts
};
