/**
 * Is this file the GGUF model it claims to be? Checked by the GGUF magic, whatever the file is
 * called: publish checks the local file, fetch checks the verified staging copy before it reaches
 * the cache, and `checkGgufHeaderBytes` works on the first bytes of an object (a ranged read) for
 * callers that cannot read the whole file.
 */
import { open } from 'node:fs/promises';
import { MregError } from '../core/errors.js';
import { GGUF_MAGIC, normalizeQuantization, quantizationForFileType } from './format.js';
import { HeaderPastEnd, parseGguf, readGgufHeader, type HeaderBytes } from './reader.js';

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
function checkFacts(
  file: string,
  facts: HeaderFacts,
  quantization: string,
  requireFileType: boolean,
  o: GgufCheckOptions = {},
): void {
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
      throw new MregError(
        'GGUF',
        `${file}: general.file_type is missing from the GGUF header, so the stated quantization ${quantization} cannot be checked`,
      );
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
    if (err instanceof MregError && o.file && o.file !== file)
      throw new MregError('GGUF', `${o.file}: ${err.message}`, { cause: err });
    throw err;
  });
  checkFacts(name, factsOf(h.metadata), quantization, o.requireFileType ?? true, o);
}

/**
 * The same check on the first bytes of a file (e.g. a ranged GET of the first MiB of an object):
 * the magic, then the header's metadata. Throws MregError('GGUF') naming `o.file`, what was
 * found and what was expected; when the bytes end inside the header, the message says so and asks
 * for a longer read.
 */
export async function checkGgufHeaderBytes(
  bytes: Uint8Array,
  quantization: string,
  o: GgufCheckOptions = {},
): Promise<void> {
  const file = o.file ?? 'the artifact';
  if (!hasGgufMagic(bytes)) throw notGguf(file, bytes, quantization);
  checkFacts(file, await readHeaderFacts(bytes, file), quantization, o.requireFileType ?? true, o);
}

/** The header facts of the first bytes of a GGUF file (e.g. a base model's architecture, read from the store). */
export async function ggufFactsFromBytes(bytes: Uint8Array, file: string): Promise<HeaderFacts> {
  if (!hasGgufMagic(bytes))
    throw new MregError(
      'GGUF',
      `${file}: not a GGUF file: found ${describeMagic(bytes)} where the GGUF magic "GGUF" was expected`,
    );
  return readHeaderFacts(bytes, file);
}

/** A prefix of a file as the reader's bytes. */
function prefixBytes(bytes: Uint8Array): HeaderBytes {
  return { size: bytes.length, read: async (start, end) => bytes.subarray(start, end) };
}

/** The facts the checks need, from a header's metadata (the reader's or the library's). */
function factsOf(metadata: Record<string, unknown>): HeaderFacts {
  const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const integer = (v: unknown): number | undefined =>
    typeof v === 'number' || typeof v === 'bigint' ? Number(v) : undefined;
  return {
    architecture: text(metadata['general.architecture']),
    fileType: integer(metadata['general.file_type']),
    generalType: text(metadata['general.type']),
    adapterType: text(metadata['adapter.type']),
    splitNo: integer(metadata['split.no']),
  };
}

/** Parses the header in a file's first bytes; when they end inside it, the message asks for a longer read. */
async function readHeaderFacts(bytes: Uint8Array, file: string): Promise<HeaderFacts> {
  try {
    return factsOf((await parseGguf(prefixBytes(bytes), file)).metadata as Record<string, unknown>);
  } catch (err) {
    if (!(err instanceof HeaderPastEnd)) throw err;
    throw new MregError(
      'GGUF',
      `${file}: the first ${bytes.length} bytes end inside the GGUF header; read more of the file`,
      { cause: err },
    );
  }
}
