import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-GIBULR4B.js";
import "./chunks/chunk-TYHCMG3L.js";
import "./chunks/chunk-AA5YT6P4.js";
import "./chunks/chunk-QBDP4CLO.js";
import "./chunks/chunk-O6FURJ7S.js";
import "./chunks/chunk-36SP2DDX.js";
import "./chunks/chunk-DJ3SR7IL.js";
import "./chunks/chunk-R7MA5WMG.js";
import "./chunks/chunk-6MLXUKOQ.js";
import "./chunks/chunk-MEVB5DBL.js";
import "./chunks/chunk-XXDYKEZD.js";
import "./chunks/chunk-ESMVFMX4.js";
import "./chunks/chunk-J65ZUYIW.js";
import "./chunks/chunk-SE6IUDCK.js";
export {
  run
};
