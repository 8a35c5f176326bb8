import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  LlamaBackend,
  perplexityBatched,
  perplexityTokenByToken,
  perplexityTokens,
  threadsFor
} from "./chunk-CW574IFD.js";
import "./chunk-4ANLXEZX.js";
import "./chunk-YURNJ2VT.js";
import "./chunk-XVE2BRLB.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  LlamaBackend,
  perplexityBatched,
  perplexityTokenByToken,
  perplexityTokens,
  threadsFor
};
