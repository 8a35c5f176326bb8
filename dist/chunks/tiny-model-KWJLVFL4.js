import {
  TINY_BOS,
  TINY_EMBD,
  TINY_EOS,
  TINY_VOCAB,
  bigramPerplexity,
  buildTinyModel,
  estimateBigram,
  generateTinyModel,
  gpt2ByteToUnicode,
  tinyTokenize
} from "./chunk-N2O4IDLG.js";
import "./chunk-24LWVRXC.js";
import "./chunk-PLDNTDOW.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  TINY_BOS,
  TINY_EMBD,
  TINY_EOS,
  TINY_VOCAB,
  bigramPerplexity,
  buildTinyModel,
  estimateBigram,
  generateTinyModel,
  gpt2ByteToUnicode,
  tinyTokenize
};
