import {
  LlamaBackend,
  perplexityBatched,
  perplexityTokenByToken,
  perplexityTokens,
  threadsFor
} from "./chunk-EJWCNECY.js";
import "./chunk-LGKEVIRE.js";
import "./chunk-E6HOBVIS.js";
import "./chunk-PLDNTDOW.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-6SJ4G2FB.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  LlamaBackend,
  perplexityBatched,
  perplexityTokenByToken,
  perplexityTokens,
  threadsFor
};
