import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  LlamaBackend,
  perplexityBatched,
  perplexityTokenByToken,
  perplexityTokens,
  threadsFor
} from "./chunk-AL5DA2G3.js";
import "./chunk-PBQ66HXW.js";
import "./chunk-C7BNMAAA.js";
import "./chunk-YDOM2S6Q.js";
import "./chunk-LBDB5AKG.js";
import "./chunk-XXDYKEZD.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  LlamaBackend,
  perplexityBatched,
  perplexityTokenByToken,
  perplexityTokens,
  threadsFor
};
