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
} from "./chunk-TF4NAPW6.js";
import "./chunk-EFQV65ZR.js";
import "./chunk-OH7KX6YS.js";
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
