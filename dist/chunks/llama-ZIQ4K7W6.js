import {
  LlamaBackend,
  perplexity,
  perplexityBatched,
  perplexityNative,
  perplexityTokenByToken,
  perplexityTokens
} from "./chunk-JOBM2TIE.js";
import "./chunk-KGNB6N34.js";
import "./chunk-2EI7A7T6.js";
import "./chunk-PLDNTDOW.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-6SJ4G2FB.js";
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
