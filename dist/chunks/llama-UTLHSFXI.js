import {
  LlamaBackend,
  perplexity,
  perplexityBatched,
  perplexityNative,
  perplexityTokenByToken,
  perplexityTokens
} from "./chunk-QUPBOIGL.js";
import "./chunk-DHT5G356.js";
import "./chunk-IBUV5275.js";
import "./chunk-OH7KX6YS.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-64GSZUE7.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  LlamaBackend,
  perplexity,
  perplexityBatched,
  perplexityNative,
  perplexityTokenByToken,
  perplexityTokens
};
