import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  ArtifactCache,
  quantizationsOf,
  readArtifact,
  readRegistry,
  withArtifacts
} from "./chunk-MTRDMWH7.js";
import "./chunk-KCLQK2KD.js";
import "./chunk-WWEGL7SL.js";
import "./chunk-2MGFNKLJ.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  ArtifactCache,
  quantizationsOf,
  readArtifact,
  readRegistry,
  withArtifacts
};
