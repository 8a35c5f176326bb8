/**
 * Reads the header of a GGUF file (metadata and tensor infos) without loading tensor data.
 *
 * The parsing is @huggingface/gguf's (it bounds every count, length and nesting depth before
 * allocating). On top of it, the checks llama.cpp relies on and the library does not make: the
 * header ends inside the bytes there are, GGUF v2/v3 little endian, no repeated key, a power-of-two
 * alignment, 1 to 4 dimensions, aligned offsets, and every tensor's data inside the file (llama.cpp
 * would otherwise mmap past the end of a truncated download). Anything wrong is a
 * MregError('GGUF', ...) naming the file and the field, never a crash or an out-of-memory.
 */
import { open, type FileHandle } from 'node:fs/promises';
import {
  GGUFValueType,
  gguf,
  type GGUFParseOutput,
  type GGUFTypedMetadata,
  type MetadataValue,
} from '@huggingface/gguf';
import { MregError } from '../core/errors.js';
import { GGML_TYPE_LAYOUT, quantizationForFileType } from './format.js';

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

/** llama.cpp's limit on a tensor's dimensions (GGML_MAX_DIMS). */
const MAX_DIMS = 4;

/** Where a header's bytes come from: an open file, or the first bytes of an object in memory. */
export interface HeaderBytes {
  /** Bytes there are: the file's size, or the length of a prefix. */
  size: number;
  read(start: number, end: number): Promise<Uint8Array>;
}

/** The header ended past the bytes there are: a truncated file, or a prefix too short for it. */
export class HeaderPastEnd extends Error {
  constructor(readonly size: number) {
    super(`the GGUF header runs past the end of the ${size} bytes there are`);
  }
}

/**
 * The library reads its input as ranges through a fetch function; ours serves them from `bytes`.
 * It asks one chunk ahead and reads zeros past what it got, so the first range past the end is
 * answered empty (a header may end just before it) and a second one stops the parse: by then it is
 * reading far past the end.
 */
function rangeFetch(bytes: HeaderBytes): typeof fetch {
  let pastEnd = 0;
  return (async (_url: unknown, init?: RequestInit) => {
    const range = /bytes=(\d+)-(\d+)/.exec(new Headers(init?.headers).get('range') ?? '');
    if (!range) throw new Error('a range request without a range');
    const start = Number(range[1]);
    const end = Math.min(Number(range[2]) + 1, bytes.size);
    if (start >= bytes.size && ++pastEnd > 1) throw new HeaderPastEnd(bytes.size);
    const body = start < end ? await bytes.read(start, end) : new Uint8Array(0);
    return new Response(body as Uint8Array<ArrayBuffer>, {
      status: 206,
      headers: { 'content-range': `bytes ${start}-${start + body.length - 1}/${bytes.size}` },
    });
  }) as typeof fetch;
}

/** The library's parse, with each value's GGUF type (an array's item type names its summary). */
export type ParsedGguf = GGUFParseOutput & { typedMetadata: GGUFTypedMetadata };

/**
 * The library's parse of a header whose bytes are `bytes`. Throws HeaderPastEnd when the header
 * runs past them, MregError('GGUF') naming `file` when the library refuses the header.
 */
export async function parseGguf(bytes: HeaderBytes, file: string): Promise<ParsedGguf> {
  // The magic first, in our words: the library's message for it repeats "not a valid gguf file". Fewer
  // than 4 bytes are left to the size check below ("only N bytes").
  const magic = bytes.size >= 4 ? Buffer.from(await bytes.read(0, 4)).toString('latin1') : 'GGUF';
  if (magic !== 'GGUF') {
    const found = JSON.stringify(magic);
    throw new MregError('GGUF', `${file}: not a valid GGUF file: bad magic: found ${found} where "GGUF" was expected`);
  }
  let out: ParsedGguf;
  try {
    // The URL is never fetched: every range is served by rangeFetch.
    out = await gguf('https://gguf.invalid/header', { fetch: rangeFetch(bytes), typedMetadata: true });
  } catch (err) {
    if (err instanceof HeaderPastEnd) throw err;
    const why = (err as Error).message.replace(/^not a valid gguf file: /i, '');
    throw new MregError('GGUF', `${file}: not a valid GGUF file: ${why}`, { cause: err });
  }
  // Every byte the library read lies before the end of the tensor infos: past the end it read zeros.
  if (out.tensorInfoByteRange[1] > bytes.size) throw new HeaderPastEnd(bytes.size);
  const fail = (msg: string): never => {
    throw new MregError('GGUF', `${file}: not a valid GGUF file: ${msg}`);
  };
  const { version, kv_count: kvCount } = out.metadata;
  if (!out.littleEndian) fail('big-endian GGUF files are not supported (llama.cpp reads little-endian files)');
  if ((version as number) !== 2 && version !== 3) fail(`unsupported GGUF version ${version} (2 and 3 are supported)`);
  // The library keeps the last of two equal keys, and keeps version, tensor_count and kv_count
  // beside the file's keys: fewer keys than kv_count means a key was repeated.
  const keys = Object.keys(out.metadata).length - 3;
  if (BigInt(keys) !== kvCount)
    fail(`the header declares ${kvCount} metadata keys but holds ${keys} distinct ones: a key is repeated`);
  return out;
}

/** u64/i64 values as numbers when exact, else as decimal strings (keeps metadata JSON-safe). */
function safe(v: bigint): number | string {
  return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(v) : v.toString();
}

/** A metadata value as JSON-safe data; arrays longer than `maxArrayElements` summarized by their item type. */
function plainValue(v: MetadataValue, maxArrayElements: number, itemType?: GGUFValueType): GgufMetadataValue {
  if (typeof v === 'bigint') return safe(v);
  if (!Array.isArray(v)) return v;
  if (v.length > maxArrayElements)
    return { arrayOf: GGUFValueType[itemType ?? GGUFValueType.ARRAY].toLowerCase(), length: v.length };
  return v.map((x) => plainValue(x, maxArrayElements));
}

/** A file's bytes through its handle. */
function fileBytes(fh: FileHandle, size: number): HeaderBytes {
  return {
    size,
    read: async (start, end) => {
      const buf = Buffer.alloc(end - start);
      const { bytesRead } = await fh.read(buf, 0, buf.length, start);
      return buf.subarray(0, bytesRead);
    },
  };
}

/** The library's tensor infos, checked: dimensions, safe sizes, alignment. */
function tensorInfos(out: ParsedGguf, alignment: number, fail: (msg: string) => never): GgufTensorInfo[] {
  return out.tensorInfos.map((t) => {
    if (t.n_dims < 1 || t.n_dims > MAX_DIMS)
      fail(`tensor ${t.name}: ${t.n_dims} dimensions (1 to ${MAX_DIMS} allowed)`);
    const dims = t.shape.map(Number);
    if (!Number.isSafeInteger(dims.reduce((a, b) => a * b, 1)))
      fail(`tensor ${t.name}: dims [${dims.join(', ')}] overflow`);
    if (t.offset > BigInt(Number.MAX_SAFE_INTEGER))
      fail(`tensor ${t.name}: offset ${t.offset} is larger than any file`);
    const offset = Number(t.offset);
    if (offset % alignment !== 0) fail(`tensor ${t.name}: offset ${offset} is not aligned to ${alignment}`);
    return { name: t.name, dims, type: t.dtype, offset };
  });
}

/** Every tensor's data lies inside the file (types whose block layout is not listed are not size-checked). */
function checkTensorBounds(
  tensors: GgufTensorInfo[],
  dataOffset: number,
  size: number,
  fail: (msg: string) => never,
): void {
  for (const t of tensors) {
    const layout = GGML_TYPE_LAYOUT[t.type];
    if (!layout) continue;
    const elements = t.dims.reduce((a, b) => a * b, 1);
    if (t.dims[0] % layout.block !== 0)
      fail(
        `tensor ${t.name}: row length ${t.dims[0]} is not a multiple of the ${layout.name} block size ${layout.block}`,
      );
    const bytes = (elements / layout.block) * layout.bytes;
    const end = dataOffset + t.offset + bytes;
    if (end > size)
      fail(
        `truncated: tensor ${t.name} (${layout.name}, ${bytes} bytes at data offset ${t.offset}) ends at byte ${end} but the file has ${size} bytes`,
      );
  }
}

/** The header of the open file `fh` of `size` bytes, checked. */
async function readHeader(fh: FileHandle, size: number, path: string, options: ReadGgufOptions): Promise<GgufHeader> {
  const fail = (msg: string): never => {
    throw new MregError('GGUF', `${path}: not a valid GGUF file: ${msg}`);
  };
  if (size < 24) fail(`only ${size} bytes, a GGUF header needs at least 24`);
  const out = await parseGguf(fileBytes(fh, size), path).catch((err: unknown) => {
    if (err instanceof HeaderPastEnd) fail(`truncated: the header runs past the end of the file (${size} bytes)`);
    throw err;
  });
  const maxArrayElements = options.maxArrayElements ?? 4096;
  const { version, tensor_count: tensorCount } = out.metadata;
  const metadata: Record<string, unknown> = {};
  for (const [key, typed] of Object.entries(out.typedMetadata)) {
    if (key === 'version' || key === 'tensor_count' || key === 'kv_count') continue; // the library's, not the file's keys
    if (typed.value !== undefined)
      metadata[key] = plainValue(typed.value, maxArrayElements, 'subType' in typed ? typed.subType : undefined);
  }
  const a = metadata['general.alignment'] ?? 32;
  if (typeof a !== 'number' || a < 1 || a > 1 << 20 || (a & (a - 1)) !== 0)
    fail(`general.alignment ${String(a)} is not a power of two`);
  const alignment = a as number;
  const tensors = tensorInfos(out, alignment, fail);
  const dataOffset = Number(out.tensorDataOffset);
  checkTensorBounds(tensors, dataOffset, size, fail);
  const architecture =
    typeof metadata['general.architecture'] === 'string' ? (metadata['general.architecture'] as string) : undefined;
  const ft = metadata['general.file_type'];
  const fileType = typeof ft === 'number' ? ft : undefined;
  const quantization = fileType === undefined ? undefined : quantizationForFileType(fileType);
  return {
    version,
    architecture,
    fileType,
    quantization,
    metadata,
    tensorCount: Number(tensorCount),
    tensors,
    alignment,
    dataOffset,
    fileSize: size,
  };
}

/**
 * Headers that passed the checks, by file (device and inode, so a rename keeps them) with the size
 * and modification time they were read at. A fetch checks a file and the server then loads it; a
 * gate loads the same file once per repetition; a rollback loads a cached file again: each of these
 * reads an unchanged file, and parsing a large tokenizer's header costs seconds. Any write since
 * changes the size or the modification time, and a file replaced by another has another inode.
 */
const checkedHeaders = new Map<
  string,
  { size: bigint; mtimeNs: bigint; maxArrayElements: number; header: GgufHeader }
>();
const CHECKED_HEADERS_KEPT = 32;
/**
 * A file modified this close to its check could be written again within the same timestamp tick
 * (file times are coarse), leaving its modification time as it was: such a header is not kept.
 */
const SETTLED_NS = 2_000_000_000n;

function rememberHeader(
  key: string,
  entry: { size: bigint; mtimeNs: bigint; maxArrayElements: number; header: GgufHeader },
  startedNs: bigint,
): void {
  if (startedNs - entry.mtimeNs < SETTLED_NS) return;
  checkedHeaders.delete(key);
  checkedHeaders.set(key, entry);
  if (checkedHeaders.size > CHECKED_HEADERS_KEPT) checkedHeaders.delete(checkedHeaders.keys().next().value!);
}

/**
 * Reads a GGUF header. Throws MregError('GGUF') naming the file and what is wrong for anything that
 * is not a well-formed GGUF v2/v3 file whose tensor data fits in the file. A header this process
 * already checked is returned again (the same object: read it, do not change it) while the file is
 * unchanged.
 */
export async function readGgufHeader(path: string, options: ReadGgufOptions = {}): Promise<GgufHeader> {
  const startedNs = BigInt(Date.now()) * 1_000_000n;
  let fh: FileHandle;
  try {
    fh = await open(path, 'r');
  } catch (err) {
    throw new MregError('GGUF', `${path}: cannot open: ${(err as Error).message}`, { cause: err });
  }
  try {
    const s = await fh.stat({ bigint: true });
    const key = `${s.dev}:${s.ino}`;
    const maxArrayElements = options.maxArrayElements ?? 4096;
    const known = checkedHeaders.get(key);
    if (known && known.size === s.size && known.mtimeNs === s.mtimeNs && known.maxArrayElements === maxArrayElements)
      return known.header;
    const header = await readHeader(fh, Number(s.size), path, options);
    rememberHeader(key, { size: s.size, mtimeNs: s.mtimeNs, maxArrayElements, header }, startedNs);
    return header;
  } finally {
    await fh.close();
  }
}
