import {
  LlamaBackend,
  perplexityBatched,
  perplexityTokenByToken,
  perplexityTokens,
  threadsFor
} from "./chunk-5LX2R2O2.js";
import "./chunk-OAA5WMXH.js";
import "./chunk-IBUV5275.js";
import "./chunk-OH7KX6YS.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-2KQUPK52.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  LlamaBackend,
  perplexityBatched,
  perplexityTokenByToken,
  perplexityTokens,
  threadsFor
};
