import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
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
} from "./chunk-6Z2FCZZY.js";
import "./chunk-24LWVRXC.js";
import "./chunk-YDOM2S6Q.js";
import "./chunk-LBDB5AKG.js";
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
