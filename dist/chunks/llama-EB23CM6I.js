import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  LlamaBackend,
  describeDevice,
  generateGreedy,
  getSharedLlama,
  gpuFromEnv,
  importNodeLlamaCpp,
  llamaCppBuild,
  loadLlamaModel,
  perplexityBatched,
  perplexityTokenByToken,
  perplexityTokens,
  threadsFor
} from "./chunk-B5AHL2K2.js";
import "./chunk-JYLEHFCV.js";
import "./chunk-BILUBZBG.js";
import "./chunk-XVE2BRLB.js";
import "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";
export {
  LlamaBackend,
  describeDevice,
  generateGreedy,
  getSharedLlama,
  gpuFromEnv,
  importNodeLlamaCpp,
  llamaCppBuild,
  loadLlamaModel,
  perplexityBatched,
  perplexityTokenByToken,
  perplexityTokens,
  threadsFor
};
