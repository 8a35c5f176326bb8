import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  ArtifactCache,
  quantizationsOf,
  readArtifact,
  readRegistry,
  withArtifacts
} from "./chunk-JAQS6HLS.js";
import "./chunk-TNIQPWLS.js";
import "./chunk-HQUBCJ6J.js";
import "./chunk-ESAPJNBD.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  ArtifactCache,
  quantizationsOf,
  readArtifact,
  readRegistry,
  withArtifacts
};
