import {
  mulberry32
} from "./chunk-YUVSAILZ.js";
import {
  GGUF_DEFAULT_ALIGNMENT,
  GGUF_MAGIC,
  GGUF_VERSION
} from "./chunk-PLDNTDOW.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

// src/gguf/tiny-model.ts
import { createHash } from "node:crypto";

// src/gguf/writer.ts
import { mkdir, open, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
var TYPE_IDS = {
  uint8: 0 /* UINT8 */,
  int8: 1 /* INT8 */,
  uint16: 2 /* UINT16 */,
  int16: 3 /* INT16 */,
  uint32: 4 /* UINT32 */,
  int32: 5 /* INT32 */,
  float32: 6 /* FLOAT32 */,
  bool: 7 /* BOOL */,
  string: 8 /* STRING */,
  uint64: 10 /* UINT64 */,
  int64: 11 /* INT64 */,
  float64: 12 /* FLOAT64 */
}, ByteSink = class {
  buf = Buffer.alloc(65536);
  length = 0;
  ensure(n) {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length;
    for (; size < this.length + n; ) size *= 2;
    let next = Buffer.alloc(size);
    this.buf.copy(next, 0, 0, this.length), this.buf = next;
  }
  u8(v) {
    this.ensure(1), this.buf.writeUInt8(v, this.length), this.length += 1;
  }
  i8(v) {
    this.ensure(1), this.buf.writeInt8(v, this.length), this.length += 1;
  }
  u16(v) {
    this.ensure(2), this.buf.writeUInt16LE(v, this.length), this.length += 2;
  }
  i16(v) {
    this.ensure(2), this.buf.writeInt16LE(v, this.length), this.length += 2;
  }
  u32(v) {
    this.ensure(4), this.buf.writeUInt32LE(v, this.length), this.length += 4;
  }
  i32(v) {
    this.ensure(4), this.buf.writeInt32LE(v, this.length), this.length += 4;
  }
  f32(v) {
    this.ensure(4), this.buf.writeFloatLE(v, this.length), this.length += 4;
  }
  f64(v) {
    this.ensure(8), this.buf.writeDoubleLE(v, this.length), this.length += 8;
  }
  u64(v) {
    this.ensure(8), this.buf.writeBigUInt64LE(BigInt(v), this.length), this.length += 8;
  }
  i64(v) {
    this.ensure(8), this.buf.writeBigInt64LE(BigInt(v), this.length), this.length += 8;
  }
  bytes(b) {
    this.ensure(b.length), this.buf.set(b, this.length), this.length += b.length;
  }
  str(s) {
    let b = Buffer.from(s, "utf8");
    this.u64(b.length), this.bytes(b);
  }
  pad(alignment) {
    let rem = this.length % alignment;
    if (rem) {
      let n = alignment - rem;
      this.ensure(n), this.buf.fill(0, this.length, this.length + n), this.length += n;
    }
  }
  result() {
    return this.buf.subarray(0, this.length);
  }
};
function writeScalar(sink, type, value, key) {
  let bad = () => {
    throw new MregError("GGUF", `metadata ${key}: value ${String(value)} does not fit type ${type}`);
  };
  switch (type) {
    case "string":
      typeof value != "string" && bad(), sink.str(value);
      return;
    case "bool":
      typeof value != "boolean" && bad(), sink.u8(value ? 1 : 0);
      return;
    case "uint64":
      sink.u64(value);
      return;
    case "int64":
      sink.i64(value);
      return;
  }
  (typeof value != "number" || !Number.isFinite(value)) && bad();
  let v = value;
  switch (type) {
    case "uint8":
      sink.u8(v);
      return;
    case "int8":
      sink.i8(v);
      return;
    case "uint16":
      sink.u16(v);
      return;
    case "int16":
      sink.i16(v);
      return;
    case "uint32":
      sink.u32(v);
      return;
    case "int32":
      sink.i32(v);
      return;
    case "float32":
      sink.f32(v);
      return;
    case "float64":
      sink.f64(v);
      return;
  }
}
var f32buf = new Float32Array(1), u32view = new Uint32Array(f32buf.buffer);
function float32ToFloat16Bits(value) {
  f32buf[0] = value;
  let x = u32view[0], sign = x >>> 16 & 32768, exp = x >>> 23 & 255, mant = x & 8388607;
  if (exp === 255) return sign | 31744 | (mant ? 512 : 0);
  let e = exp - 127 + 15;
  if (e >= 31) return sign | 31744;
  if (e <= 0) {
    if (e < -10) return sign;
    mant |= 8388608;
    let shift = 14 - e, half2 = mant >>> shift, rem2 = mant & (1 << shift) - 1, halfway = 1 << shift - 1;
    return (rem2 > halfway || rem2 === halfway && half2 & 1) && (half2 += 1), sign | half2;
  }
  let half = e << 10 | mant >>> 13, rem = mant & 8191;
  return (rem > 4096 || rem === 4096 && half & 1) && (half += 1), sign | half;
}
var QK8_0 = 32;
function elementCount(dims) {
  return dims.reduce((a, b) => a * b, 1);
}
function encodedLength(t) {
  let n = elementCount(t.dims);
  switch (t.type) {
    case 0 /* F32 */:
      return n * 4;
    case 1 /* F16 */:
      return n * 2;
    case 8 /* Q8_0 */:
      if (t.dims[0] % QK8_0 !== 0)
        throw new MregError(
          "GGUF",
          `tensor ${t.name}: Q8_0 needs a row length divisible by ${QK8_0}, got ${t.dims[0]}`
        );
      return n / QK8_0 * 34;
    default:
      throw new MregError(
        "GGUF",
        `tensor ${t.name}: unsupported tensor type ${String(t.type)} (writer supports F32, F16, Q8_0)`
      );
  }
}
function encodeValues(type, data) {
  let n = data.length;
  switch (type) {
    case 0 /* F32 */: {
      let out = Buffer.alloc(n * 4);
      for (let i = 0; i < n; i++) out.writeFloatLE(data[i], i * 4);
      return out;
    }
    case 1 /* F16 */: {
      let out = Buffer.alloc(n * 2);
      for (let i = 0; i < n; i++) out.writeUInt16LE(float32ToFloat16Bits(data[i]), i * 2);
      return out;
    }
    default: {
      let blocks = n / QK8_0, out = Buffer.alloc(blocks * 34);
      for (let b = 0; b < blocks; b++) {
        let amax = 0;
        for (let j = 0; j < QK8_0; j++) amax = Math.max(amax, Math.abs(data[b * QK8_0 + j]));
        let d = amax / 127, id = d ? 1 / d : 0;
        out.writeUInt16LE(float32ToFloat16Bits(d), b * 34);
        for (let j = 0; j < QK8_0; j++) out.writeInt8(Math.round(data[b * QK8_0 + j] * id), b * 34 + 2 + j);
      }
      return out;
    }
  }
}
var SLICE_VALUES = 1 << 20;
function* encodeTensorSlices(t) {
  let n = elementCount(t.dims);
  encodedLength(t);
  let data = t.data;
  if (data instanceof Float32Array) {
    if (data.length !== n)
      throw new MregError(
        "GGUF",
        `tensor ${t.name}: ${data.length} values for dims [${t.dims.join(", ")}] (${n} expected)`
      );
    for (let i = 0; i < n; i += SLICE_VALUES)
      yield encodeValues(t.type, data.subarray(i, Math.min(n, i + SLICE_VALUES)));
    return;
  }
  let rowLength = t.dims[0] ?? 1, rows = n / rowLength, rowsPerSlice = Math.max(1, Math.floor(SLICE_VALUES / rowLength)), constant = typeof data == "number" ? encodeValues(t.type, new Float32Array(rowsPerSlice * rowLength).fill(data)) : null;
  for (let r = 0; r < rows; r += rowsPerSlice) {
    let count = Math.min(rowsPerSlice, rows - r);
    if (constant) {
      yield count === rowsPerSlice ? constant : constant.subarray(0, constant.length / rowsPerSlice * count);
      continue;
    }
    let slice = new Float32Array(count * rowLength);
    for (let k = 0; k < count; k++) {
      let row = data(r + k);
      if (row.length !== rowLength)
        throw new MregError("GGUF", `tensor ${t.name}: row ${r + k} has ${row.length} values (${rowLength} expected)`);
      slice.set(row, k * rowLength);
    }
    yield encodeValues(t.type, slice);
  }
}
function encodeHeader(input, alignment) {
  let sink = new ByteSink();
  sink.u32(GGUF_MAGIC), sink.u32(GGUF_VERSION), sink.u64(input.tensors.length);
  let metadata = [...input.metadata];
  alignment !== GGUF_DEFAULT_ALIGNMENT && !metadata.some(([k]) => k === "general.alignment") && metadata.push(["general.alignment", { type: "uint32", value: alignment }]), sink.u64(metadata.length);
  let seen = /* @__PURE__ */ new Set();
  for (let [key, kv] of metadata) {
    if (seen.has(key)) throw new MregError("GGUF", `duplicate metadata key ${key}`);
    if (seen.add(key), sink.str(key), kv.type === "array") {
      sink.u32(9 /* ARRAY */), sink.u32(TYPE_IDS[kv.itemType]), sink.u64(kv.value.length);
      for (let v of kv.value) writeScalar(sink, kv.itemType, v, key);
    } else
      sink.u32(TYPE_IDS[kv.type]), writeScalar(sink, kv.type, kv.value, key);
  }
  let offset = 0;
  for (let t of input.tensors) {
    sink.str(t.name), sink.u32(t.dims.length);
    for (let d of t.dims) sink.u64(d);
    sink.u32(t.type), sink.u64(offset), offset += encodedLength(t), offset += (alignment - offset % alignment) % alignment;
  }
  return sink.pad(alignment), sink.result();
}
function* encodeGgufSlices(input) {
  let alignment = input.alignment ?? GGUF_DEFAULT_ALIGNMENT;
  yield encodeHeader(input, alignment);
  for (let t of input.tensors) {
    let length = 0;
    for (let slice of encodeTensorSlices(t))
      length += slice.length, yield slice;
    let pad = (alignment - length % alignment) % alignment;
    pad && (yield Buffer.alloc(pad));
  }
}
async function writeGguf(path, input) {
  await mkdir(dirname(path), { recursive: !0 });
  let tmp = `${path}.tmp-${process.pid}-${Date.now()}`, bytes = 0;
  try {
    let fh = await open(tmp, "w");
    try {
      for (let slice of encodeGgufSlices(input))
        await fh.write(slice), bytes += slice.length;
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
  } catch (err) {
    throw await rm(tmp, { force: !0 }), err;
  }
  return { bytes };
}
function splitFileName(prefix, i, n) {
  return `${prefix}-${String(i + 1).padStart(5, "0")}-of-${String(n).padStart(5, "0")}.gguf`;
}
function splitGgufInput(input, n) {
  if (!Number.isInteger(n) || n < 2 || n > input.tensors.length)
    throw new MregError(
      "USAGE",
      `cannot split ${input.tensors.length} tensors into ${n} files: expected 2 to ${input.tensors.length}`
    );
  let per = Math.ceil(input.tensors.length / n);
  return Array.from({ length: n }, (_, i) => ({
    metadata: [
      ...i === 0 ? input.metadata : [],
      ["split.no", { type: "uint16", value: i }],
      ["split.count", { type: "uint16", value: n }],
      ["split.tensors.count", { type: "int32", value: input.tensors.length }]
    ],
    tensors: input.tensors.slice(i * per, (i + 1) * per),
    alignment: input.alignment
  }));
}

// src/gguf/tiny-model.ts
var TINY_BOS = 256, TINY_EOS = 257, TINY_VOCAB = 258, TINY_EMBD = 288, HEAD_DIM = 32, N_FF = 32, RMS_EPS = 1e-5, NEVER = -30, FILE_TYPES = { f32: 0, f16: 1, q8_0: 7 }, MATRIX_TYPES = { f32: 0 /* F32 */, f16: 1 /* F16 */, q8_0: 8 /* Q8_0 */ };
function gpt2ByteToUnicode() {
  let bs = [];
  for (let b = 33; b <= 126; b++) bs.push(b);
  for (let b = 161; b <= 172; b++) bs.push(b);
  for (let b = 174; b <= 255; b++) bs.push(b);
  let map = new Array(256);
  for (let b of bs) map[b] = String.fromCodePoint(b);
  let n = 0;
  for (let b = 0; b < 256; b++)
    map[b] === void 0 && (map[b] = String.fromCodePoint(256 + n++));
  return map;
}
function tinyTokenize(text) {
  return [...Buffer.from(text, "utf8")];
}
var prng = mulberry32;
function estimateBigram(tokens, smoothing) {
  let V = TINY_VOCAB, counts = new Float64Array(V * V);
  for (let seq of tokens) {
    let prev = TINY_BOS;
    for (let t of seq)
      counts[prev * V + t] += 1, prev = t;
    counts[prev * V + TINY_EOS] += 1;
  }
  let logProbs = new Float64Array(V * V);
  for (let i = 0; i < V; i++) {
    let total = 0;
    for (let j = 0; j < V; j++) j !== TINY_BOS && (total += counts[i * V + j] + smoothing);
    for (let j = 0; j < V; j++)
      logProbs[i * V + j] = j === TINY_BOS ? NEVER : Math.log((counts[i * V + j] + smoothing) / total);
  }
  return logProbs;
}
function extraTokenMass(vocab) {
  return Math.log1p((vocab - TINY_VOCAB) * Math.exp(NEVER));
}
function bigramPerplexity(logProbs, text, vocab = TINY_VOCAB) {
  let toks = tinyTokenize(text), prev = TINY_BOS, sum = 0;
  for (let t of toks)
    sum += logProbs[prev * TINY_VOCAB + t], prev = t;
  return Math.exp(-sum / toks.length + extraTokenMass(vocab));
}
function checkedShape(shape) {
  let s = {
    vocab: shape?.vocab ?? TINY_VOCAB,
    embd: shape?.embd ?? TINY_EMBD,
    layers: shape?.layers ?? 1,
    ff: shape?.ff ?? N_FF
  }, { vocab: V, embd: E, layers: L, ff: F } = s;
  if (E < TINY_EMBD || E % 32 || F < 32 || F % 32 || !(L >= 1 && L <= 256) || !(Number.isInteger(V) && V >= TINY_VOCAB && V <= 1 << 20))
    throw new MregError(
      "USAGE",
      `tiny model shape vocab ${V} / embd ${E} / ff ${F} / layers ${L}: ${TINY_VOCAB} <= vocab <= ${1 << 20}, embd >= ${TINY_EMBD} and ff >= 32 multiples of 32, 1 <= layers <= 256`
    );
  return s;
}
function bigramOf(corpus, smoothing, degrade, seed) {
  let rand = prng(seed), seq = tinyTokenize(corpus);
  if (degrade === "shuffle")
    for (let i = seq.length - 1; i > 0; i--) {
      let j = Math.floor(rand() * (i + 1));
      [seq[i], seq[j]] = [seq[j], seq[i]];
    }
  let logProbs = estimateBigram([seq], smoothing);
  if (degrade === "noise") {
    let V = TINY_VOCAB;
    for (let i = 0; i < V; i++) {
      let max = -1 / 0;
      for (let j = 0; j < V; j++) {
        if (j === TINY_BOS) continue;
        let g = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
        logProbs[i * V + j] += 2 * g, max = Math.max(max, logProbs[i * V + j]);
      }
      let z = 0;
      for (let j = 0; j < V; j++) j !== TINY_BOS && (z += Math.exp(logProbs[i * V + j] - max));
      let lse = max + Math.log(z);
      for (let j = 0; j < V; j++) j !== TINY_BOS && (logProbs[i * V + j] -= lse);
    }
  }
  return logProbs;
}
function tinyTensors(logProbs, shape, quantization) {
  let { vocab: V, embd: E, layers: L, ff: F } = shape, matrix = MATRIX_TYPES[quantization], tensor = (name, dims, data, type = matrix) => ({
    name,
    dims,
    type,
    data
  }), oneHot = (j) => {
    let row = new Float32Array(E);
    return j < TINY_VOCAB && (row[j] = 1), row;
  }, outputRow = (j) => {
    let row = new Float32Array(E);
    for (let i = 0; i < TINY_VOCAB; i++) row[i] = j < TINY_VOCAB ? logProbs[i * TINY_VOCAB + j] : NEVER;
    return row;
  }, block = (b) => [
    tensor(`blk.${b}.attn_norm.weight`, [E], 1, 0 /* F32 */),
    tensor(`blk.${b}.attn_q.weight`, [E, E], 0),
    tensor(`blk.${b}.attn_k.weight`, [E, E], 0),
    tensor(`blk.${b}.attn_v.weight`, [E, E], 0),
    tensor(`blk.${b}.attn_output.weight`, [E, E], 0),
    tensor(`blk.${b}.ffn_norm.weight`, [E], 1, 0 /* F32 */),
    tensor(`blk.${b}.ffn_gate.weight`, [E, F], 0),
    tensor(`blk.${b}.ffn_up.weight`, [E, F], 0),
    tensor(`blk.${b}.ffn_down.weight`, [F, E], 0)
  ];
  return [
    tensor("token_embd.weight", [E, V], oneHot),
    ...Array.from({ length: L }, (_, b) => block(b)).flat(),
    tensor("output_norm.weight", [E], Math.sqrt(1 / E + RMS_EPS), 0 /* F32 */),
    tensor("output.weight", [E, V], outputRow)
  ];
}
function tinyMetadata(opts, shape, quantization, smoothing, degrade, seed) {
  let byteMap = gpt2ByteToUnicode(), extra = Array.from({ length: shape.vocab - TINY_VOCAB }, (_, i) => `<extra_${i}>`), tokens = [...byteMap, "<s>", "</s>", ...extra], tokenTypes = [...new Array(256).fill(1), 3, 3, ...new Array(extra.length).fill(1)], corpusSha = createHash("sha256").update(opts.corpus).digest("hex"), u32 = (value) => ({ type: "uint32", value }), str = (value) => ({ type: "string", value }), nHead = shape.embd / HEAD_DIM;
  return [
    ["general.architecture", str("llama")],
    ["general.name", str(opts.name ?? "tiny-bigram")],
    [
      "general.description",
      str(
        `bigram model as a llama; corpus sha256 ${corpusSha}; smoothing ${smoothing}; degrade ${degrade}; seed ${seed}`
      )
    ],
    ["general.file_type", u32(FILE_TYPES[quantization])],
    ["general.quantization_version", u32(2)],
    ["llama.context_length", u32(opts.contextLength ?? 1024)],
    ["llama.embedding_length", u32(shape.embd)],
    ["llama.block_count", u32(shape.layers)],
    ["llama.feed_forward_length", u32(shape.ff)],
    ["llama.attention.head_count", u32(nHead)],
    ["llama.attention.head_count_kv", u32(nHead)],
    ["llama.rope.dimension_count", u32(HEAD_DIM)],
    ["llama.attention.layer_norm_rms_epsilon", { type: "float32", value: RMS_EPS }],
    ["llama.vocab_size", u32(shape.vocab)],
    ["tokenizer.ggml.model", str("gpt2")],
    ["tokenizer.ggml.pre", str("default")],
    ["tokenizer.ggml.tokens", { type: "array", itemType: "string", value: tokens }],
    ["tokenizer.ggml.token_type", { type: "array", itemType: "int32", value: tokenTypes }],
    // llama.cpp requires the key for BPE vocabularies; no merges keeps every byte its own token.
    ["tokenizer.ggml.merges", { type: "array", itemType: "string", value: [] }],
    ["tokenizer.ggml.bos_token_id", u32(TINY_BOS)],
    ["tokenizer.ggml.eos_token_id", u32(TINY_EOS)],
    ["tokenizer.ggml.add_bos_token", { type: "bool", value: !0 }],
    ["tokenizer.ggml.add_eos_token", { type: "bool", value: !1 }]
  ];
}
function buildTinyModel(opts) {
  let quantization = opts.quantization ?? "f32";
  if (!(quantization in FILE_TYPES))
    throw new MregError("USAGE", `tiny model quantization ${JSON.stringify(quantization)}: expected f32, f16 or q8_0`);
  let smoothing = opts.smoothing ?? 1;
  if (!(smoothing > 0) || !Number.isFinite(smoothing))
    throw new MregError("USAGE", `smoothing ${smoothing}: expected a positive number`);
  if (typeof opts.corpus != "string" || opts.corpus.trim().length === 0)
    throw new MregError("USAGE", "tiny model corpus is empty");
  let seed = opts.seed ?? 42, degrade = opts.degrade === !0 ? "shuffle" : opts.degrade || void 0, shape = checkedShape(opts.shape), logProbs = bigramOf(opts.corpus, smoothing, degrade, seed);
  return {
    gguf: { metadata: tinyMetadata(opts, shape, quantization, smoothing, degrade ?? "no", seed), tensors: tinyTensors(logProbs, shape, quantization) },
    logProbs,
    fileType: FILE_TYPES[quantization],
    quantization,
    vocab: shape.vocab
  };
}
async function generateTinyModel(opts) {
  let model = buildTinyModel(opts), common = {
    quantization: model.quantization,
    fileType: model.fileType,
    logProbs: model.logProbs,
    vocab: model.vocab
  };
  if (opts.split === void 0 || opts.split === 1) {
    let { bytes: bytes2 } = await writeGguf(opts.out, model.gguf);
    return { path: opts.out, paths: [opts.out], bytes: bytes2, ...common };
  }
  let parts = splitGgufInput(model.gguf, opts.split), prefix = opts.out.replace(/\.gguf$/i, ""), paths = parts.map((_, i) => splitFileName(prefix, i, parts.length)), bytes = 0;
  for (let [i, part] of parts.entries()) bytes += (await writeGguf(paths[i], part)).bytes;
  return { path: paths[0], paths, bytes, ...common };
}

export {
  writeGguf,
  TINY_BOS,
  TINY_EOS,
  TINY_VOCAB,
  TINY_EMBD,
  gpt2ByteToUnicode,
  tinyTokenize,
  estimateBigram,
  extraTokenMass,
  bigramPerplexity,
  buildTinyModel,
  generateTinyModel
};
