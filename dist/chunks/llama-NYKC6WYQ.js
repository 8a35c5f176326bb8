import {
  LlamaBackend,
  perplexityBatched,
  perplexityTokenByToken,
  perplexityTokens,
  threadsFor
} from "./chunk-V5JPAR3T.js";
import "./chunk-OAA5WMXH.js";
import "./chunk-IBUV5275.js";
import "./chunk-OH7KX6YS.js";
import "./chunk-6XFSSTIM.js";
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
