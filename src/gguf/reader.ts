/**
 * Reads the header of a GGUF file (metadata and tensor infos) without loading tensor data.
 *
 * Every count and length in the file is checked against fixed limits and against the bytes left in
 * the file before anything is allocated, so a corrupt, truncated or hostile file fails with a
 * MregError('GGUF', ...) naming the file and the offending field, never with a crash or an
 * out-of-memory. It also checks that every tensor's data lies inside the file: llama.cpp would
 * otherwise mmap past the end on a truncated download.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { MregError } from '../core/errors.js';
import { GGML_TYPE_LAYOUT, GGUF_DEFAULT_ALIGNMENT, GGUF_MAGIC, GgufValueType, VALUE_TYPE_SIZE, quantizationForFileType } from './format.js';

/** Limits far above any real model, far below anything that could exhaust memory. */
export const GGUF_LIMITS = {
  maxKv: 65_536,
  maxTensors: 1_000_000,
  maxKeyLength: 65_535,
  maxStringLength: 16 * 1024 * 1024,
  maxArrayLength: 64 * 1024 * 1024,
  maxDims: 4,
  maxHeaderBytes: 1024 * 1024 * 1024,
};

/** Stand-in for arrays longer than `maxArrayElements` (a tokenizer's 150k tokens, say). */
export interface GgufArraySummary {
  arrayOf: string;
  length: number;
}

export type GgufMetadataValue = number | string | boolean | GgufMetadataValue[] | GgufArraySummary;

export interface GgufTensorInfo {
  name: string;
  dims: number[];
  type: number;
  /** Relative to the start of the data section. */
  offset: number;
}

export interface GgufHeader {
  version: number;
  architecture?: string;
  fileType?: number;
  /** From `general.file_type`, see `quantizationForFileType` in ./format.ts for the mapping. */
  quantization?: string;
  metadata: Record<string, unknown>;
  tensorCount: number;
  tensors: GgufTensorInfo[];
  alignment: number;
  /** Absolute file offset of the tensor data section. */
  dataOffset: number;
  fileSize: number;
}

export interface ReadGgufOptions {
  /** Arrays longer than this are summarized as `{arrayOf, length}` (default 4096). */
  maxArrayElements?: number;
}

const TYPE_NAMES: Record<number, string> = {
  0: 'uint8',
  1: 'int8',
  2: 'uint16',
  3: 'int16',
  4: 'uint32',
  5: 'int32',
  6: 'float32',
  7: 'bool',
  8: 'string',
  9: 'array',
  10: 'uint64',
  11: 'int64',
  12: 'float64',
};

/** Buffered forward-only reader over a file handle; reads 64 KiB at a time. */
class Cursor {
  private buf = Buffer.alloc(0);
  private bufStart = 0; // file offset of buf[0]
  pos = 0; // absolute file offset

  constructor(
    private readonly fh: FileHandle,
    readonly size: number,
    readonly fail: (msg: string) => never,
  ) {}

  get remaining(): number {
    return this.size - this.pos;
  }

  private async need(n: number, what: string): Promise<number> {
    if (n > this.remaining) this.fail(`truncated: ${what} needs ${n} bytes at offset ${this.pos}, only ${this.remaining} left`);
    if (this.pos > GGUF_LIMITS.maxHeaderBytes) this.fail(`header larger than ${GGUF_LIMITS.maxHeaderBytes} bytes`);
    const rel = this.pos - this.bufStart;
    if (rel + n <= this.buf.length) return rel;
    const want = Math.min(Math.max(n, 64 * 1024), this.remaining);
    const next = Buffer.alloc(want);
    const { bytesRead } = await this.fh.read(next, 0, want, this.pos);
    if (bytesRead < n) this.fail(`truncated: ${what} at offset ${this.pos}`);
    this.buf = next.subarray(0, bytesRead);
    this.bufStart = this.pos;
    return 0;
  }

  async u8(what: string): Promise<number> {
    const r = await this.need(1, what);
    this.pos += 1;
    return this.buf.readUInt8(r);
  }
  async u32(what: string): Promise<number> {
    const r = await this.need(4, what);
    this.pos += 4;
    return this.buf.readUInt32LE(r);
  }
  async u64(what: string): Promise<bigint> {
    const r = await this.need(8, what);
    this.pos += 8;
    return this.buf.readBigUInt64LE(r);
  }

  /** A u64 that must be a safe integer no larger than `max`. */
  async count(what: string, max: number): Promise<number> {
    const v = await this.u64(what);
    if (v > BigInt(max)) this.fail(`${what} is ${v}, larger than the limit ${max}`);
    return Number(v);
  }

  async scalar(type: number, what: string): Promise<number | string | boolean> {
    const size = VALUE_TYPE_SIZE[type as GgufValueType];
    if (type === GgufValueType.STRING) return this.string(what, GGUF_LIMITS.maxStringLength);
    if (size === undefined) this.fail(`${what}: unknown value type ${type}`);
    const r = await this.need(size!, what);
    this.pos += size!;
    const b = this.buf;
    switch (type) {
      case GgufValueType.UINT8:
        return b.readUInt8(r);
      case GgufValueType.INT8:
        return b.readInt8(r);
      case GgufValueType.UINT16:
        return b.readUInt16LE(r);
      case GgufValueType.INT16:
        return b.readInt16LE(r);
      case GgufValueType.UINT32:
        return b.readUInt32LE(r);
      case GgufValueType.INT32:
        return b.readInt32LE(r);
      case GgufValueType.FLOAT32:
        return b.readFloatLE(r);
      case GgufValueType.FLOAT64:
        return b.readDoubleLE(r);
      case GgufValueType.BOOL: {
        const v = b.readUInt8(r);
        if (v > 1) this.fail(`${what}: bool value ${v} is neither 0 nor 1`);
        return v === 1;
      }
      case GgufValueType.UINT64:
        return safe(b.readBigUInt64LE(r));
      case GgufValueType.INT64:
        return safe(b.readBigInt64LE(r));
    }
    return this.fail(`${what}: unknown value type ${type}`);
  }

  async string(what: string, max: number): Promise<string> {
    const len = await this.count(`${what} length`, max);
    if (len > this.remaining) this.fail(`truncated: ${what} claims ${len} bytes at offset ${this.pos}, only ${this.remaining} left`);
    const r = await this.need(len, what);
    this.pos += len;
    return this.buf.toString('utf8', r, r + len);
  }
}

/** u64/i64 values as numbers when exact, else as decimal strings (keeps metadata JSON-safe). */
function safe(v: bigint): number | string {
  return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(v) : v.toString();
}

async function readValue(c: Cursor, type: number, key: string, maxArrayElements: number): Promise<GgufMetadataValue> {
  if (type !== GgufValueType.ARRAY) return c.scalar(type, `metadata ${key}`);
  const itemType = await c.u32(`metadata ${key} array type`);
  if (!(itemType in TYPE_NAMES)) c.fail(`metadata ${key}: unknown array item type ${itemType}`);
  const n = await c.count(`metadata ${key} array length`, GGUF_LIMITS.maxArrayLength);
  // Every element takes at least its fixed size (8 bytes for a string's length, 12 for a nested array).
  const minSize = VALUE_TYPE_SIZE[itemType as GgufValueType] ?? (itemType === GgufValueType.STRING ? 8 : 12);
  if (n * minSize > c.remaining) c.fail(`truncated: metadata ${key} claims ${n} array elements, the file has only ${c.remaining} bytes left`);
  const keep = n <= maxArrayElements;
  const out: GgufMetadataValue[] = [];
  for (let i = 0; i < n; i++) {
    // Nested arrays are allowed by the spec; they are read (and bounded) the same way.
    const v = await readValue(c, itemType, `${key}[${i}]`, maxArrayElements);
    if (keep) out.push(v);
  }
  return keep ? out : { arrayOf: TYPE_NAMES[itemType], length: n };
}

/**
 * Reads a GGUF header. Throws MregError('GGUF') naming the file and what is wrong for anything that
 * is not a well-formed GGUF v2/v3 file whose tensor data fits in the file.
 */
export async function readGgufHeader(path: string, options: ReadGgufOptions = {}): Promise<GgufHeader> {
  const fail = (msg: string): never => {
    throw new MregError('GGUF', `${path}: not a valid GGUF file: ${msg}`);
  };
  let fh: FileHandle;
  try {
    fh = await open(path, 'r');
  } catch (err) {
    throw new MregError('GGUF', `${path}: cannot open: ${(err as Error).message}`, { cause: err });
  }
  try {
    const { size } = await fh.stat();
    const c = new Cursor(fh, size, fail);
    if (size < 24) fail(`only ${size} bytes, a GGUF header needs at least 24`);
    const magic = await c.u32('magic');
    if (magic !== GGUF_MAGIC) fail(`bad magic 0x${magic.toString(16).padStart(8, '0')} (expected "GGUF")`);
    const version = await c.u32('version');
    if (version !== 2 && version !== 3) fail(`unsupported GGUF version ${version} (2 and 3 are supported)`);
    const tensorCount = await c.count('tensor count', GGUF_LIMITS.maxTensors);
    const kvCount = await c.count('metadata count', GGUF_LIMITS.maxKv);
    const maxArrayElements = options.maxArrayElements ?? 4096;
    const metadata: Record<string, unknown> = {};
    for (let i = 0; i < kvCount; i++) {
      const key = await c.string(`metadata key #${i}`, GGUF_LIMITS.maxKeyLength);
      if (Object.hasOwn(metadata, key)) fail(`duplicate metadata key ${JSON.stringify(key)}`);
      const type = await c.u32(`metadata ${key} type`);
      if (!(type in TYPE_NAMES)) fail(`metadata ${key}: unknown value type ${type}`);
      metadata[key] = await readValue(c, type, key, maxArrayElements);
    }
    let alignment = GGUF_DEFAULT_ALIGNMENT;
    if (metadata['general.alignment'] !== undefined) {
      const a = metadata['general.alignment'];
      if (typeof a !== 'number' || a < 1 || a > 1 << 20 || (a & (a - 1)) !== 0) fail(`general.alignment ${String(a)} is not a power of two`);
      alignment = a as number;
    }
    // Each tensor info takes at least 8 (name length) + 4 (n_dims) + 4 (type) + 8 (offset) bytes.
    if (tensorCount * 24 > c.remaining) fail(`truncated: ${tensorCount} tensor infos cannot fit in the ${c.remaining} bytes left`);
    const tensors: GgufTensorInfo[] = [];
    for (let i = 0; i < tensorCount; i++) {
      const name = await c.string(`tensor #${i} name`, GGUF_LIMITS.maxKeyLength);
      const nDims = await c.u32(`tensor ${name} n_dims`);
      if (nDims < 1 || nDims > GGUF_LIMITS.maxDims) fail(`tensor ${name}: ${nDims} dimensions (1 to ${GGUF_LIMITS.maxDims} allowed)`);
      const dims: number[] = [];
      let elements = 1;
      for (let d = 0; d < nDims; d++) {
        const n = await c.count(`tensor ${name} dim ${d}`, Number.MAX_SAFE_INTEGER);
        dims.push(n);
        elements *= n;
      }
      if (!Number.isSafeInteger(elements)) fail(`tensor ${name}: dims [${dims.join(', ')}] overflow`);
      const type = await c.u32(`tensor ${name} type`);
      const offset = await c.count(`tensor ${name} offset`, Number.MAX_SAFE_INTEGER);
      if (offset % alignment !== 0) fail(`tensor ${name}: offset ${offset} is not aligned to ${alignment}`);
      tensors.push({ name, dims, type, offset });
    }
    const dataOffset = Math.ceil(c.pos / alignment) * alignment;
    for (const t of tensors) {
      const layout = GGML_TYPE_LAYOUT[t.type];
      if (!layout) continue; // a type whose layout we do not know: not size-checked
      const elements = t.dims.reduce((a, b) => a * b, 1);
      if (t.dims[0] % layout.block !== 0) fail(`tensor ${t.name}: row length ${t.dims[0]} is not a multiple of the ${layout.name} block size ${layout.block}`);
      const bytes = (elements / layout.block) * layout.bytes;
      const end = dataOffset + t.offset + bytes;
      if (end > size)
        fail(`truncated: tensor ${t.name} (${layout.name}, ${bytes} bytes at data offset ${t.offset}) ends at byte ${end} but the file has ${size} bytes`);
    }
    const architecture = typeof metadata['general.architecture'] === 'string' ? (metadata['general.architecture'] as string) : undefined;
    const ft = metadata['general.file_type'];
    const fileType = typeof ft === 'number' ? ft : undefined;
    return {
      version,
      architecture,
      fileType,
      quantization: fileType === undefined ? undefined : quantizationForFileType(fileType),
      metadata,
      tensorCount,
      tensors,
      alignment,
      dataOffset,
      fileSize: size,
    };
  } finally {
    await fh.close();
  }
}
