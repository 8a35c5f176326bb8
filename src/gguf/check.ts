/**
 * Is this file the GGUF model it claims to be? Checked by the GGUF magic, whatever the file is
 * called: publish checks the local file, fetch checks the verified staging copy before it reaches
 * the cache, and `checkGgufHeaderBytes` works on the first bytes of an object (a ranged read) for
 * callers that cannot read the whole file.
 */
import { open } from 'node:fs/promises';
import { MregError } from '../core/errors.js';
import { GGUF_MAGIC, GgufValueType, VALUE_TYPE_SIZE, normalizeQuantization, quantizationForFileType } from './format.js';
import { readGgufHeader } from './reader.js';

export interface GgufCheckOptions {
  /** The file name or URI used in messages. */
  file?: string;
  /** general.file_type must be present (a gguf model, the main file of a full fine-tune). Default true. */
  requireFileType?: boolean;
  /**
   * What the file must be: 'lora' an adapter (general.type adapter, adapter.type lora); 'gguf' and
   * 'full' a model (anything but an adapter). Unset: not checked (a shard of a full fine-tune).
   */
  kind?: 'gguf' | 'lora' | 'full';
  /** A LoRA adapter's base: its general.architecture must be the adapter's (llama.cpp refuses others). */
  base?: { id: string; architecture: string };
}

/** What the header says about the fields the checks need. */
export interface HeaderFacts {
  architecture?: string;
  fileType?: number;
  /** general.type: "model", "adapter", or absent (older writers: a model). */
  generalType?: string;
  /** adapter.type, e.g. "lora". */
  adapterType?: string;
  /** split.no of a split model (0 for the first file, which holds the metadata). */
  splitNo?: number;
}

/** True when `bytes` start with the GGUF magic. */
export function hasGgufMagic(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && Buffer.from(bytes.buffer, bytes.byteOffset, 4).readUInt32LE(0) === GGUF_MAGIC;
}

/** The first 4 bytes of a file, as found (for messages and the magic check). */
export async function readMagic(file: string): Promise<Buffer> {
  const fh = await open(file, 'r').catch((err: unknown) => {
    throw new MregError('GGUF', `${file}: cannot open: ${(err as Error).message}`, { cause: err });
  });
  try {
    const buf = Buffer.alloc(4);
    const { bytesRead } = await fh.read(buf, 0, 4, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

function describeMagic(bytes: Uint8Array): string {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(4, bytes.length));
  if (b.length === 0) return 'an empty file';
  const printable = [...b].every((c) => c >= 0x20 && c < 0x7f);
  return `${b.length < 4 ? `only ${b.length} bytes, ` : ''}bytes 0x${b.toString('hex')}${printable ? ` (${JSON.stringify(b.toString('latin1'))})` : ''}`;
}

function notGguf(file: string, bytes: Uint8Array, quantization: string): MregError {
  return new MregError(
    'GGUF',
    `${file}: not a GGUF file: found ${describeMagic(bytes)} where the GGUF magic "GGUF" (0x47475546) was expected; a ${quantization} GGUF model was stated`,
  );
}

/**
 * Model or adapter, by the header, whatever it was published as: llama.cpp loads a model only when
 * general.type is not "adapter", and applies an adapter only when general.type is "adapter",
 * adapter.type "lora" and general.architecture is its base's.
 */
function checkKind(file: string, facts: HeaderFacts, o: GgufCheckOptions): void {
  const found = facts.generalType === undefined ? 'missing (a model)' : JSON.stringify(facts.generalType);
  if (o.kind === 'lora') {
    if (facts.generalType !== 'adapter') {
      throw new MregError(
        'GGUF',
        `${file}: general.type is ${found} where "adapter" was expected: this is a full model, not a LoRA adapter; publish it as --kind gguf (without --base)`,
      );
    }
    if (facts.adapterType !== 'lora') {
      throw new MregError(
        'GGUF',
        `${file}: adapter.type is ${facts.adapterType === undefined ? 'missing' : JSON.stringify(facts.adapterType)} where "lora" was expected (only LoRA adapters are supported)`,
      );
    }
    if (o.base && facts.architecture !== o.base.architecture) {
      throw new MregError(
        'GGUF',
        `${file}: general.architecture is ${JSON.stringify(facts.architecture)} but its base ${o.base.id} is ${JSON.stringify(o.base.architecture)}; an adapter applies only to a base of its own architecture`,
      );
    }
  } else if ((o.kind === 'gguf' || o.kind === 'full') && facts.generalType === 'adapter') {
    throw new MregError(
      'GGUF',
      `${file}: general.type is "adapter" (adapter.type ${JSON.stringify(facts.adapterType ?? null)}): this is an adapter, not a model; publish it as --kind lora with --base BASE_ID`,
    );
  }
}

/** The shared rule: architecture present; general.file_type agrees with the stated quantization. */
function checkFacts(file: string, facts: HeaderFacts, quantization: string, requireFileType: boolean, o: GgufCheckOptions = {}): void {
  if (facts.splitNo !== undefined && facts.splitNo > 0) {
    // A later split holds tensors only; the metadata is the first split's, which llama.cpp is given.
    if (requireFileType) {
      throw new MregError(
        'GGUF',
        `${file}: split.no is ${facts.splitNo}: this is split ${facts.splitNo + 1} of a split model; the artifact's first file must be the first split (-00001-of-)`,
      );
    }
    return;
  }
  if (!facts.architecture) throw new MregError('GGUF', `${file}: general.architecture is missing from the GGUF header`);
  checkKind(file, facts, o);
  if (facts.fileType === undefined) {
    if (requireFileType)
      throw new MregError('GGUF', `${file}: general.file_type is missing from the GGUF header, so the stated quantization ${quantization} cannot be checked`);
    return;
  }
  const want = normalizeQuantization(quantization);
  const found = quantizationForFileType(facts.fileType);
  if (found === undefined) {
    throw new MregError(
      'GGUF',
      `${file}: general.file_type ${facts.fileType} is not a known quantization; the stated quantization ${quantization} cannot be checked`,
    );
  }
  if (found !== want) {
    throw new MregError(
      'GGUF',
      `${file}: the stated quantization ${quantization} does not match the GGUF header (general.file_type ${facts.fileType} = ${found})`,
    );
  }
}

/**
 * A local file must be a well-formed GGUF (magic checked first, whatever its name; then the whole
 * header and tensor bounds) whose general.file_type matches `quantization`. Throws MregError('GGUF')
 * naming the file, what was found and what was expected.
 */
export async function checkGgufFile(file: string, quantization: string, o: GgufCheckOptions = {}): Promise<void> {
  const name = o.file ?? file;
  const magic = await readMagic(file);
  if (!hasGgufMagic(magic)) throw notGguf(name, magic, quantization);
  const h = await readGgufHeader(file).catch((err: unknown) => {
    if (err instanceof MregError && o.file && o.file !== file) throw new MregError('GGUF', `${o.file}: ${err.message}`, { cause: err });
    throw err;
  });
  const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const splitNo = h.metadata['split.no'];
  const facts = {
    architecture: h.architecture,
    fileType: h.fileType,
    generalType: text(h.metadata['general.type']),
    adapterType: text(h.metadata['adapter.type']),
    splitNo: typeof splitNo === 'number' ? splitNo : undefined,
  };
  checkFacts(name, facts, quantization, o.requireFileType ?? true, o);
}

/**
 * The same check on the first bytes of a file (e.g. a ranged GET of the first MiB of an object):
 * the magic, then the metadata key/values up to `general.architecture` and `general.file_type`
 * (llama.cpp writes the `general.*` keys first). Throws MregError('GGUF') naming `o.file`, what was
 * found and what was expected; when the bytes end before both keys are found (and the header has
 * more), the message says so and asks for a longer read.
 */
export function checkGgufHeaderBytes(bytes: Uint8Array, quantization: string, o: GgufCheckOptions = {}): void {
  const file = o.file ?? 'the artifact';
  if (!hasGgufMagic(bytes)) throw notGguf(file, bytes, quantization);
  checkFacts(file, readHeaderFacts(bytes, file), quantization, o.requireFileType ?? true, o);
}

/** The header facts of the first bytes of a GGUF file (e.g. a base model's architecture, read from the store). */
export function ggufFactsFromBytes(bytes: Uint8Array, file: string): HeaderFacts {
  if (!hasGgufMagic(bytes)) throw new MregError('GGUF', `${file}: not a GGUF file: found ${describeMagic(bytes)} where the GGUF magic "GGUF" was expected`);
  return readHeaderFacts(bytes, file);
}

/** Integer value types general.file_type may be stored as (llama.cpp writes uint32). */
const INT_READERS: Record<number, (b: Buffer, at: number) => number> = {
  [GgufValueType.UINT8]: (b, at) => b.readUInt8(at),
  [GgufValueType.INT8]: (b, at) => b.readInt8(at),
  [GgufValueType.UINT16]: (b, at) => b.readUInt16LE(at),
  [GgufValueType.INT16]: (b, at) => b.readInt16LE(at),
  [GgufValueType.UINT32]: (b, at) => b.readUInt32LE(at),
  [GgufValueType.INT32]: (b, at) => b.readInt32LE(at),
  [GgufValueType.UINT64]: (b, at) => Number(b.readBigUInt64LE(at)),
  [GgufValueType.INT64]: (b, at) => Number(b.readBigInt64LE(at)),
};

/** Parses the metadata of a header prefix until both facts are known or the key/values end. */
function readHeaderFacts(bytes: Uint8Array, file: string): HeaderFacts {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 4;
  const short = (what: string): never => {
    throw new MregError(
      'GGUF',
      `${file}: the first ${b.length} bytes of the GGUF header end inside ${what}, before general.architecture and general.file_type were found; read more of the file`,
    );
  };
  const bad = (msg: string): never => {
    throw new MregError('GGUF', `${file}: not a valid GGUF file: ${msg}`);
  };
  const need = (n: number, what: string) => {
    if (pos + n > b.length) short(what);
  };
  const u32 = (what: string) => {
    need(4, what);
    const v = b.readUInt32LE(pos);
    pos += 4;
    return v;
  };
  const u64 = (what: string) => {
    need(8, what);
    const v = b.readBigUInt64LE(pos);
    pos += 8;
    return v;
  };
  const str = (what: string) => {
    const len = u64(`${what} length`);
    if (len > 16n * 1024n * 1024n) bad(`${what} length ${len} is larger than the limit`);
    need(Number(len), what);
    const s = b.toString('utf8', pos, pos + Number(len));
    pos += Number(len);
    return s;
  };
  const skip = (type: number, what: string, depth = 0): void => {
    if (type === GgufValueType.STRING) {
      str(what);
      return;
    }
    if (type === GgufValueType.ARRAY) {
      if (depth > 8) bad(`${what}: arrays nested too deep`);
      const itemType = u32(`${what} array type`);
      const n = u64(`${what} array length`);
      if (n > 64n * 1024n * 1024n) bad(`${what}: array length ${n} is larger than the limit`);
      const fixed = VALUE_TYPE_SIZE[itemType as GgufValueType];
      if (fixed !== undefined) {
        need(fixed * Number(n), what);
        pos += fixed * Number(n);
        return;
      }
      for (let i = 0; i < Number(n); i++) skip(itemType, `${what}[${i}]`, depth + 1);
      return;
    }
    const size = VALUE_TYPE_SIZE[type as GgufValueType];
    if (size === undefined) bad(`${what}: unknown value type ${type}`);
    need(size!, what);
    pos += size!;
  };
  const version = u32('the version');
  if (version !== 2 && version !== 3) bad(`unsupported GGUF version ${version} (2 and 3 are supported)`);
  u64('the tensor count');
  const kvCount = u64('the metadata count');
  if (kvCount > 65_536n) bad(`metadata count is ${kvCount}, larger than the limit 65536`);
  const facts: HeaderFacts = {};
  let haveFileType = false;
  let pastGeneral = false;
  for (let i = 0; i < Number(kvCount); i++) {
    const key = str(`metadata key #${i}`);
    const type = u32(`metadata ${key} type`);
    if (!key.startsWith('general.')) pastGeneral = true;
    if (key === 'general.architecture' && type === GgufValueType.STRING) {
      facts.architecture = str(`metadata ${key}`);
    } else if (key === 'general.type' && type === GgufValueType.STRING) {
      facts.generalType = str(`metadata ${key}`);
    } else if (key === 'adapter.type' && type === GgufValueType.STRING) {
      facts.adapterType = str(`metadata ${key}`);
    } else if (key === 'split.no' && INT_READERS[type]) {
      const size = VALUE_TYPE_SIZE[type as GgufValueType]!;
      need(size, `metadata ${key}`);
      facts.splitNo = INT_READERS[type](b, pos);
      pos += size;
      if (facts.splitNo > 0) break; // a later split: nothing else to read
    } else if (key === 'general.file_type' && INT_READERS[type]) {
      const size = VALUE_TYPE_SIZE[type as GgufValueType]!;
      need(size, `metadata ${key}`);
      facts.fileType = INT_READERS[type](b, pos);
      pos += size;
      haveFileType = true;
    } else {
      skip(type, `metadata ${key}`);
    }
    // Writers put the general.* keys first: once they are passed, general.type is known (absent
    // means a model); an adapter's adapter.type follows them. Stop before a tokenizer's long arrays.
    const typeKnown = facts.generalType !== undefined || pastGeneral;
    const adapterKnown = facts.generalType !== 'adapter' || facts.adapterType !== undefined;
    if (facts.architecture !== undefined && haveFileType && typeKnown && adapterKnown) break;
  }
  return facts;
}
