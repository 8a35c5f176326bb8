import {
  TINY_BOS,
  TINY_EMBD,
  TINY_VOCAB,
  buildTinyModel,
  tinyTokenize,
  writeGguf
} from "./chunk-DB5BFL2Q.js";
import "./chunk-YUVSAILZ.js";
import "./chunk-PLDNTDOW.js";
import "./chunk-6XFSSTIM.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";

// src/gguf/tiny-lora.ts
function buildTinyLora(opts) {
  let base = buildTinyModel(opts.base), t = opts.target, target = buildTinyModel({ corpus: t.corpus, smoothing: t.smoothing, degrade: t.degrade, seed: t.seed }), E = opts.base.shape?.embd ?? TINY_EMBD;
  if (E % 32) throw new MregError("USAGE", `tiny LoRA: base embd ${E} is not a multiple of 32`);
  let V = TINY_VOCAB, r = opts.rank ?? V;
  if (!Number.isInteger(r) || r < 1 || r > V)
    throw new MregError("USAGE", `tiny LoRA: rank ${r} is not an integer from 1 to ${V}`);
  let contexts = r === V ? Array.from({ length: V }, (_, k) => k) : frequentContexts(t.corpus, r), a = new Float32Array(E * r);
  for (let k = 0; k < r; k++) a[k * E + contexts[k]] = 1;
  let b = new Float32Array(r * V);
  for (let j = 0; j < V; j++)
    for (let k = 0; k < r; k++)
      b[j * r + k] = target.logProbs[contexts[k] * V + j] - base.logProbs[contexts[k] * V + j];
  let logProbs = Float64Array.from(base.logProbs);
  for (let c of contexts) logProbs.set(target.logProbs.subarray(c * V, (c + 1) * V), c * V);
  let alpha = r, str = (value) => ({ type: "string", value });
  return { gguf: {
    metadata: [
      ["general.architecture", str("llama")],
      ["general.type", str("adapter")],
      ["general.name", str(opts.name ?? "tiny-bigram-lora")],
      ["general.file_type", { type: "uint32", value: 0 }],
      ["adapter.type", str("lora")],
      // llama.cpp scales B·A by alpha / rank: alpha = rank makes the change exact at scale 1.
      ["adapter.lora.alpha", { type: "float32", value: alpha }]
    ],
    tensors: [
      { name: "output.weight.lora_a", dims: [E, r], type: 0 /* F32 */, data: a },
      { name: "output.weight.lora_b", dims: [r, V], type: 0 /* F32 */, data: b }
    ]
  }, logProbs, rank: r, alpha };
}
function frequentContexts(corpus, r) {
  let counts = new Array(TINY_VOCAB).fill(0), seq = [TINY_BOS, ...tinyTokenize(corpus)];
  for (let t of seq) counts[t]++;
  return counts.map((n, k) => [n, k]).sort((x, y) => y[0] - x[0] || x[1] - y[1]).slice(0, r).map(([, k]) => k);
}
async function generateTinyLora(opts) {
  let lora = buildTinyLora(opts), { bytes } = await writeGguf(opts.out, lora.gguf);
  return { path: opts.out, bytes, logProbs: lora.logProbs };
}
export {
  buildTinyLora,
  generateTinyLora
};
