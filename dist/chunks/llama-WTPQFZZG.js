import {
  LlamaBackend,
  perplexity,
  perplexityBatched,
  perplexityNative,
  perplexityTokenByToken,
  perplexityTokens
} from "./chunk-R6KNFTBF.js";
import "./chunk-XIRHHIFP.js";
import "./chunk-QCKMG6X6.js";
import "./chunk-PLDNTDOW.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-VFSO6U6C.js";
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
