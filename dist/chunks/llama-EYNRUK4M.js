import {
  LlamaBackend,
  perplexityBatched,
  perplexityTokenByToken,
  perplexityTokens,
  threadsFor
} from "./chunk-DLTMKEFQ.js";
import "./chunk-LGKEVIRE.js";
import "./chunk-E6HOBVIS.js";
import "./chunk-PLDNTDOW.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-LHVX64TL.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  LlamaBackend,
  perplexityBatched,
  perplexityTokenByToken,
  perplexityTokens,
  threadsFor
};
