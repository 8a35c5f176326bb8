import {
  TINY_BOS,
  TINY_EMBD,
  TINY_EOS,
  TINY_VOCAB,
  bigramPerplexity,
  buildTinyModel,
  estimateBigram,
  extraTokenMass,
  generateTinyModel,
  gpt2ByteToUnicode,
  tinyTokenize
} from "./chunk-DB5BFL2Q.js";
import "./chunk-YUVSAILZ.js";
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
  extraTokenMass,
  generateTinyModel,
  gpt2ByteToUnicode,
  tinyTokenize
};
