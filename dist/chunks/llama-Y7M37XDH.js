import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  LlamaBackend,
  perplexityBatched,
  perplexityTokenByToken,
  perplexityTokens,
  threadsFor
} from "./chunk-TAD57GM5.js";
import "./chunk-MNSMOL6R.js";
import "./chunk-XMMONWD7.js";
import "./chunk-YURNJ2VT.js";
import "./chunk-ESAPJNBD.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  LlamaBackend,
  perplexityBatched,
  perplexityTokenByToken,
  perplexityTokens,
  threadsFor
};
