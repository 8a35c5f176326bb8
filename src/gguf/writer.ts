/**
 * A small GGUF v3 writer: header, typed metadata, tensor infos and aligned tensor data.
 * The header is built in memory; tensors are encoded and written one slice at a time, so a model
 * of a real model's size (hundreds of MB) never sits in memory twice. The file is renamed into
 * place, so a reader never sees a half-written file. Output is byte-for-byte deterministic for
 * equal inputs.
 */
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { MregError } from '../core/errors.js';
import { GGUF_DEFAULT_ALIGNMENT, GGUF_MAGIC, GGUF_VERSION, GgmlType, GgufValueType } from './format.js';

export type GgufScalarTypeName =
  | 'uint8'
  | 'int8'
  | 'uint16'
  | 'int16'
  | 'uint32'
  | 'int32'
  | 'float32'
  | 'bool'
  | 'string'
  | 'uint64'
  | 'int64'
  | 'float64';

export type GgufScalar = number | bigint | boolean | string;

export type GgufKvValue =
  | { type: GgufScalarTypeName; value: GgufScalar }
  | { type: 'array'; itemType: GgufScalarTypeName; value: readonly GgufScalar[] };

export interface GgufTensorInput {
  name: string;
  /** Dimensions in ggml order: ne[0] is the innermost (row) length. */
  dims: number[];
  /** How to store it; the data is always given as f32 and converted here. */
  type: GgmlType;
  /**
   * The values: all of them, one value every element has (a zero matrix), or a function giving
   * row `r` (`dims[0]` values), so a large tensor is never held whole.
   */
  data: TensorData;
}

export type TensorData = Float32Array | number | ((row: number) => Float32Array);

export interface GgufFileInput {
  /** Written in this order (llama.cpp does not care, but a stable order keeps the bytes stable). */
  metadata: Array<[string, GgufKvValue]>;
  tensors: GgufTensorInput[];
  alignment?: number;
}

const TYPE_IDS: Record<GgufScalarTypeName, GgufValueType> = {
  uint8: GgufValueType.UINT8,
  int8: GgufValueType.INT8,
  uint16: GgufValueType.UINT16,
  int16: GgufValueType.INT16,
  uint32: GgufValueType.UINT32,
  int32: GgufValueType.INT32,
  float32: GgufValueType.FLOAT32,
  bool: GgufValueType.BOOL,
  string: GgufValueType.STRING,
  uint64: GgufValueType.UINT64,
  int64: GgufValueType.INT64,
  float64: GgufValueType.FLOAT64,
};

/** Growable little-endian byte buffer. */
class ByteSink {
  private buf = Buffer.alloc(1 << 16);
  length = 0;

  private ensure(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length;
    while (size < this.length + n) size *= 2;
    const next = Buffer.alloc(size);
    this.buf.copy(next, 0, 0, this.length);
    this.buf = next;
  }
  u8(v: number): void {
    this.ensure(1);
    this.buf.writeUInt8(v, this.length);
    this.length += 1;
  }
  i8(v: number): void {
    this.ensure(1);
    this.buf.writeInt8(v, this.length);
    this.length += 1;
  }
  u16(v: number): void {
    this.ensure(2);
    this.buf.writeUInt16LE(v, this.length);
    this.length += 2;
  }
  i16(v: number): void {
    this.ensure(2);
    this.buf.writeInt16LE(v, this.length);
    this.length += 2;
  }
  u32(v: number): void {
    this.ensure(4);
    this.buf.writeUInt32LE(v, this.length);
    this.length += 4;
  }
  i32(v: number): void {
    this.ensure(4);
    this.buf.writeInt32LE(v, this.length);
    this.length += 4;
  }
  f32(v: number): void {
    this.ensure(4);
    this.buf.writeFloatLE(v, this.length);
    this.length += 4;
  }
  f64(v: number): void {
    this.ensure(8);
    this.buf.writeDoubleLE(v, this.length);
    this.length += 8;
  }
  u64(v: number | bigint): void {
    this.ensure(8);
    this.buf.writeBigUInt64LE(BigInt(v), this.length);
    this.length += 8;
  }
  i64(v: number | bigint): void {
    this.ensure(8);
    this.buf.writeBigInt64LE(BigInt(v), this.length);
    this.length += 8;
  }
  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }
  str(s: string): void {
    const b = Buffer.from(s, 'utf8');
    this.u64(b.length);
    this.bytes(b);
  }
  pad(alignment: number): void {
    const rem = this.length % alignment;
    if (rem) {
      const n = alignment - rem;
      this.ensure(n);
      this.buf.fill(0, this.length, this.length + n);
      this.length += n;
    }
  }
  result(): Buffer {
    return this.buf.subarray(0, this.length);
  }
}

function writeScalar(sink: ByteSink, type: GgufScalarTypeName, value: GgufScalar, key: string): void {
  const bad = (): never => {
    throw new MregError('GGUF', `metadata ${key}: value ${String(value)} does not fit type ${type}`);
  };
  switch (type) {
    case 'string':
      if (typeof value !== 'string') bad();
      sink.str(value as string);
      return;
    case 'bool':
      if (typeof value !== 'boolean') bad();
      sink.u8(value ? 1 : 0);
      return;
    case 'uint64':
      sink.u64(value as number | bigint);
      return;
    case 'int64':
      sink.i64(value as number | bigint);
      return;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) bad();
  const v = value as number;
  switch (type) {
    case 'uint8':
      sink.u8(v);
      return;
    case 'int8':
      sink.i8(v);
      return;
    case 'uint16':
      sink.u16(v);
      return;
    case 'int16':
      sink.i16(v);
      return;
    case 'uint32':
      sink.u32(v);
      return;
    case 'int32':
      sink.i32(v);
      return;
    case 'float32':
      sink.f32(v);
      return;
    case 'float64':
      sink.f64(v);
      return;
  }
}

// --- float16 -----------------------------------------------------------------------------------
const f32buf = new Float32Array(1);
const u32view = new Uint32Array(f32buf.buffer);

/** IEEE 754 binary32 -> binary16 bits, round to nearest even (what ggml's own conversion does). */
export function float32ToFloat16Bits(value: number): number {
  f32buf[0] = value;
  const x = u32view[0];
  const sign = (x >>> 16) & 0x8000;
  const exp = (x >>> 23) & 0xff;
  let mant = x & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0); // inf / NaN
  const e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00; // overflow -> inf
  if (e <= 0) {
    // Subnormal half (or zero).
    if (e < -10) return sign;
    mant |= 0x800000;
    const shift = 14 - e;
    let half = mant >>> shift;
    const rem = mant & ((1 << shift) - 1);
    const halfway = 1 << (shift - 1);
    if (rem > halfway || (rem === halfway && half & 1)) half += 1;
    return sign | half;
  }
  let half = (e << 10) | (mant >>> 13);
  const rem = mant & 0x1fff;
  if (rem > 0x1000 || (rem === 0x1000 && half & 1)) half += 1; // may carry into the exponent: correct
  return sign | half;
}

export function float16BitsToFloat32(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >>> 10) & 0x1f;
  const mant = h & 0x3ff;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 0x1f) return mant ? NaN : sign * Infinity;
  return sign * (1 + mant / 1024) * 2 ** (exp - 15);
}

// --- tensor encoding ---------------------------------------------------------------------------
const QK8_0 = 32;

function elementCount(dims: number[]): number {
  return dims.reduce((a, b) => a * b, 1);
}

/** Bytes of a tensor of `n` elements stored as `type`. */
function encodedLength(t: GgufTensorInput): number {
  const n = elementCount(t.dims);
  switch (t.type) {
    case GgmlType.F32:
      return n * 4;
    case GgmlType.F16:
      return n * 2;
    case GgmlType.Q8_0:
      if (t.dims[0] % QK8_0 !== 0)
        throw new MregError(
          'GGUF',
          `tensor ${t.name}: Q8_0 needs a row length divisible by ${QK8_0}, got ${t.dims[0]}`,
        );
      return (n / QK8_0) * 34;
    default:
      throw new MregError(
        'GGUF',
        `tensor ${t.name}: unsupported tensor type ${String(t.type)} (writer supports F32, F16, Q8_0)`,
      );
  }
}

/** Encodes f32 values as `type` (Q8_0 as ggml's reference quantizer does it). */
function encodeValues(type: GgmlType, data: Float32Array): Buffer {
  const n = data.length;
  switch (type) {
    case GgmlType.F32: {
      const out = Buffer.alloc(n * 4);
      for (let i = 0; i < n; i++) out.writeFloatLE(data[i], i * 4);
      return out;
    }
    case GgmlType.F16: {
      const out = Buffer.alloc(n * 2);
      for (let i = 0; i < n; i++) out.writeUInt16LE(float32ToFloat16Bits(data[i]), i * 2);
      return out;
    }
    default: {
      // Blocks of 32 along rows: a f16 scale d = max|x|/127 then 32 int8 values round(x/d).
      const blocks = n / QK8_0;
      const out = Buffer.alloc(blocks * 34);
      for (let b = 0; b < blocks; b++) {
        let amax = 0;
        for (let j = 0; j < QK8_0; j++) amax = Math.max(amax, Math.abs(data[b * QK8_0 + j]));
        const d = amax / 127;
        const id = d ? 1 / d : 0;
        out.writeUInt16LE(float32ToFloat16Bits(d), b * 34);
        for (let j = 0; j < QK8_0; j++) out.writeInt8(Math.round(data[b * QK8_0 + j] * id), b * 34 + 2 + j);
      }
      return out;
    }
  }
}

/** About 4 MB of values per slice: large tensors are encoded and written a slice at a time. */
const SLICE_VALUES = 1 << 20;

/** A tensor's bytes, slice by slice (whole rows per slice). */
function* encodeTensorSlices(t: GgufTensorInput): Generator<Buffer> {
  const n = elementCount(t.dims);
  encodedLength(t); // refuses an unsupported type or a bad Q8_0 row before any work
  const data = t.data;
  if (data instanceof Float32Array) {
    if (data.length !== n)
      throw new MregError(
        'GGUF',
        `tensor ${t.name}: ${data.length} values for dims [${t.dims.join(', ')}] (${n} expected)`,
      );
    for (let i = 0; i < n; i += SLICE_VALUES)
      yield encodeValues(t.type, data.subarray(i, Math.min(n, i + SLICE_VALUES)));
    return;
  }
  const rowLength = t.dims[0] ?? 1;
  const rows = n / rowLength;
  const rowsPerSlice = Math.max(1, Math.floor(SLICE_VALUES / rowLength));
  // A constant tensor encodes to the same bytes slice after slice: encode one slice, repeat it.
  const constant =
    typeof data === 'number' ? encodeValues(t.type, new Float32Array(rowsPerSlice * rowLength).fill(data)) : null;
  for (let r = 0; r < rows; r += rowsPerSlice) {
    const count = Math.min(rowsPerSlice, rows - r);
    if (constant) {
      yield count === rowsPerSlice ? constant : constant.subarray(0, (constant.length / rowsPerSlice) * count);
      continue;
    }
    const slice = new Float32Array(count * rowLength);
    for (let k = 0; k < count; k++) {
      const row = (data as (row: number) => Float32Array)(r + k);
      if (row.length !== rowLength)
        throw new MregError('GGUF', `tensor ${t.name}: row ${r + k} has ${row.length} values (${rowLength} expected)`);
      slice.set(row, k * rowLength);
    }
    yield encodeValues(t.type, slice);
  }
}

/** Encodes one tensor's data as the requested ggml type. */
export function encodeTensor(t: GgufTensorInput): Buffer {
  return Buffer.concat([...encodeTensorSlices(t)]);
}

/** The header: magic, version, metadata and tensor infos, padded to the alignment. */
function encodeHeader(input: GgufFileInput, alignment: number): Buffer {
  const sink = new ByteSink();
  sink.u32(GGUF_MAGIC);
  sink.u32(GGUF_VERSION);
  sink.u64(input.tensors.length);
  const metadata = [...input.metadata];
  if (alignment !== GGUF_DEFAULT_ALIGNMENT && !metadata.some(([k]) => k === 'general.alignment')) {
    metadata.push(['general.alignment', { type: 'uint32', value: alignment }]);
  }
  sink.u64(metadata.length);
  const seen = new Set<string>();
  for (const [key, kv] of metadata) {
    if (seen.has(key)) throw new MregError('GGUF', `duplicate metadata key ${key}`);
    seen.add(key);
    sink.str(key);
    if (kv.type === 'array') {
      sink.u32(GgufValueType.ARRAY);
      sink.u32(TYPE_IDS[kv.itemType]);
      sink.u64(kv.value.length);
      for (const v of kv.value) writeScalar(sink, kv.itemType, v, key);
    } else {
      sink.u32(TYPE_IDS[kv.type]);
      writeScalar(sink, kv.type, kv.value, key);
    }
  }
  let offset = 0;
  for (const t of input.tensors) {
    sink.str(t.name);
    sink.u32(t.dims.length);
    for (const d of t.dims) sink.u64(d);
    sink.u32(t.type);
    sink.u64(offset);
    offset += encodedLength(t);
    offset += (alignment - (offset % alignment)) % alignment;
  }
  sink.pad(alignment);
  return sink.result();
}

/** The whole file as slices: the header, then each tensor's data padded to the alignment. */
function* encodeGgufSlices(input: GgufFileInput): Generator<Buffer> {
  const alignment = input.alignment ?? GGUF_DEFAULT_ALIGNMENT;
  yield encodeHeader(input, alignment);
  for (const t of input.tensors) {
    let length = 0;
    for (const slice of encodeTensorSlices(t)) {
      length += slice.length;
      yield slice;
    }
    const pad = (alignment - (length % alignment)) % alignment;
    if (pad) yield Buffer.alloc(pad);
  }
}

/** Serializes a whole GGUF v3 file in memory (small files; `writeGguf` streams). */
export function encodeGguf(input: GgufFileInput): Buffer {
  return Buffer.concat([...encodeGgufSlices(input)]);
}

/** Writes a GGUF file atomically (temp file + rename), a slice at a time. */
export async function writeGguf(path: string, input: GgufFileInput): Promise<{ bytes: number }> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
  let bytes = 0;
  try {
    const fh = await open(tmp, 'w');
    try {
      for (const slice of encodeGgufSlices(input)) {
        await fh.write(slice);
        bytes += slice.length;
      }
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  return { bytes };
}

/** llama.cpp's name for split i (0-based) of n: `<prefix>-00001-of-00003.gguf`. */
export function splitFileName(prefix: string, i: number, n: number): string {
  return `${prefix}-${String(i + 1).padStart(5, '0')}-of-${String(n).padStart(5, '0')}.gguf`;
}

/**
 * Splits a GGUF into `n` files as llama.cpp's gguf-split does: every file carries `split.no`,
 * `split.count` and `split.tensors.count`; the first one also all the metadata; the tensors are
 * shared out in order. llama.cpp loads the set from the first file, finding the others by name.
 */
export function splitGgufInput(input: GgufFileInput, n: number): GgufFileInput[] {
  if (!Number.isInteger(n) || n < 2 || n > input.tensors.length) {
    throw new MregError(
      'USAGE',
      `cannot split ${input.tensors.length} tensors into ${n} files: expected 2 to ${input.tensors.length}`,
    );
  }
  const per = Math.ceil(input.tensors.length / n);
  return Array.from({ length: n }, (_, i) => ({
    metadata: [
      ...(i === 0 ? input.metadata : []),
      ['split.no', { type: 'uint16', value: i }],
      ['split.count', { type: 'uint16', value: n }],
      ['split.tensors.count', { type: 'int32', value: input.tensors.length }],
    ] as Array<[string, GgufKvValue]>,
    tensors: input.tensors.slice(i * per, (i + 1) * per),
    alignment: input.alignment,
  }));
}
