import { readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MregError } from '../../src/core/errors.js';
import {
  GgmlType,
  fileTypeForQuantization,
  normalizeQuantization,
  quantizationForFileType,
} from '../../src/gguf/format.js';
import { readGgufHeader } from '../../src/gguf/reader.js';
import { buildTinyModel, generateTinyModel, gpt2ByteToUnicode } from '../../src/gguf/tiny-model.js';
import { encodeGguf, float16BitsToFloat32, float32ToFloat16Bits, writeGguf } from '../../src/gguf/writer.js';
import { corpus, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir()));
afterAll(async () => cleanup());

async function expectGgufError(file: string, pattern: RegExp): Promise<void> {
  const err = await readGgufHeader(file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(MregError);
  expect((err as MregError).code).toBe('GGUF');
  expect((err as MregError).message).toContain(file);
  expect((err as MregError).message).toMatch(pattern);
}

describe('GGUF writer and reader', () => {
  it('round-trips metadata of every type and tensor infos', async () => {
    const file = path.join(dir, 'rt.gguf');
    await writeGguf(file, {
      metadata: [
        ['general.architecture', { type: 'string', value: 'llama' }],
        ['general.file_type', { type: 'uint32', value: 7 }],
        ['a.u8', { type: 'uint8', value: 200 }],
        ['a.i8', { type: 'int8', value: -5 }],
        ['a.i16', { type: 'int16', value: -300 }],
        ['a.i32', { type: 'int32', value: -70000 }],
        ['a.f32', { type: 'float32', value: 0.5 }],
        ['a.f64', { type: 'float64', value: Math.PI }],
        ['a.bool', { type: 'bool', value: true }],
        ['a.u64', { type: 'uint64', value: 2n ** 40n }],
        ['a.big', { type: 'uint64', value: 2n ** 63n }],
        ['a.arr', { type: 'array', itemType: 'string', value: ['x', 'héllo', ''] }],
        ['a.empty', { type: 'array', itemType: 'int32', value: [] }],
      ],
      tensors: [
        { name: 'w', dims: [32, 2], type: GgmlType.Q8_0, data: new Float32Array(64).map((_, i) => i / 10) },
        { name: 'n', dims: [3], type: GgmlType.F32, data: new Float32Array([1, 2, 3]) },
      ],
    });
    const h = await readGgufHeader(file);
    expect(h.version).toBe(3);
    expect(h.architecture).toBe('llama');
    expect(h.fileType).toBe(7);
    expect(h.quantization).toBe('q8_0');
    expect(h.tensorCount).toBe(2);
    expect(h.metadata).toMatchObject({
      'a.u8': 200,
      'a.i8': -5,
      'a.i16': -300,
      'a.i32': -70000,
      'a.f32': 0.5,
      'a.f64': Math.PI,
      'a.bool': true,
      'a.u64': 2 ** 40,
      'a.big': (2n ** 63n).toString(),
      'a.arr': ['x', 'héllo', ''],
      'a.empty': [],
    });
    expect(h.tensors).toEqual([
      { name: 'w', dims: [32, 2], type: 8, offset: 0 },
      { name: 'n', dims: [3], type: 0, offset: 96 }, // 2 Q8_0 blocks = 68 bytes, aligned to 32
    ]);
    expect(h.dataOffset % 32).toBe(0);
  });

  it('summarizes long arrays instead of holding them', async () => {
    const model = buildTinyModel({ corpus: 'hello world\n' });
    const file = path.join(dir, 'arr.gguf');
    await writeGguf(file, model.gguf);
    const h = await readGgufHeader(file, { maxArrayElements: 100 });
    expect(h.metadata['tokenizer.ggml.tokens']).toEqual({ arrayOf: 'string', length: 258 });
    const full = await readGgufHeader(file);
    expect((full.metadata['tokenizer.ggml.tokens'] as string[])[65]).toBe('A');
  });

  it('converts float16 like IEEE round-to-nearest-even', () => {
    const cases: Array<[number, number]> = [
      [0, 0],
      [1, 0x3c00],
      [-2, 0xc000],
      [65504, 0x7bff],
      [1e6, 0x7c00],
      [2 ** -24, 0x0001],
      [0.1, 0x2e66],
      [1 + 2 ** -11, 0x3c00],
      [1 + 3 * 2 ** -11, 0x3c02],
    ];
    for (const [v, bits] of cases) expect(float32ToFloat16Bits(v), String(v)).toBe(bits);
    expect(float16BitsToFloat32(0x2e66)).toBeCloseTo(0.1, 3);
    expect(Number.isNaN(float16BitsToFloat32(float32ToFloat16Bits(NaN)))).toBe(true);
  });

  it('maps llama.cpp file types to quantization tokens and back', () => {
    expect([0, 1, 7, 15, 18, 30, 32].map(quantizationForFileType)).toEqual([
      'f32',
      'f16',
      'q8_0',
      'q4km',
      'q6k',
      'iq4_xs',
      'bf16',
    ]);
    expect(quantizationForFileType(999)).toBeUndefined();
    expect(fileTypeForQuantization('Q4_K_M')).toBe(15);
    expect(normalizeQuantization('q4_k_m')).toBe('q4km');
  });

  it('writes the same bytes for the same inputs', async () => {
    const text = await corpus();
    const a = encodeGguf(buildTinyModel({ corpus: text, quantization: 'q8_0', degrade: true }).gguf);
    const b = encodeGguf(buildTinyModel({ corpus: text, quantization: 'q8_0', degrade: true }).gguf);
    expect(a.equals(b)).toBe(true);
    expect(gpt2ByteToUnicode()[32]).toBe('Ġ');
  });
});

describe('corrupt and truncated GGUF files', () => {
  let good: Buffer;
  beforeAll(async () => {
    const m = await generateTinyModel({
      out: path.join(dir, 'good.gguf'),
      corpus: 'abc abc abd\n',
      quantization: 'f16',
    });
    good = await readFile(m.path);
  });

  it('refuses a file that is not GGUF', async () => {
    const f = path.join(dir, 'not.gguf');
    await writeFile(f, 'this is a text file, not a model at all');
    await expectGgufError(f, /not a valid GGUF file: bad magic: found "this" where "GGUF" was expected/);
    await writeFile(f, 'GG');
    await expectGgufError(f, /only 2 bytes/);
  });

  it('refuses a missing file', async () => {
    await expectGgufError(path.join(dir, 'missing.gguf'), /cannot open/);
  });

  it('refuses truncation anywhere: in the header, the metadata, the tensor infos, the data', async () => {
    const f = path.join(dir, 'cut.gguf');
    for (const cut of [10, 30, 200, 3000, 6000, good.length - 1000, good.length - 1]) {
      await writeFile(f, good.subarray(0, cut));
      await expectGgufError(f, /truncated|only \d+ bytes/);
    }
  });

  it('refuses absurd counts and lengths before allocating anything', async () => {
    const f = path.join(dir, 'absurd.gguf');
    const patch = async (offset: number, value: bigint): Promise<void> => {
      const b = Buffer.from(good);
      b.writeBigUInt64LE(value, offset);
      await writeFile(f, b);
    };
    await patch(8, 2n ** 60n); // tensor count
    await expectGgufError(f, /Tensor count \d+ exceeds maximum allowed/);
    await patch(16, 2n ** 40n); // metadata count
    await expectGgufError(f, /metadata count/);
    await patch(24, 2n ** 50n); // first key's length
    await expectGgufError(f, /String length \d+ exceeds maximum allowed/);
    const v = Buffer.from(good);
    v.writeUInt32LE(7, 4);
    await writeFile(f, v);
    await expectGgufError(f, /unsupported version "7"/);
  });

  it('refuses a repeated metadata key (llama.cpp refuses it too)', async () => {
    const f = path.join(dir, 'dup.gguf');
    // The writer refuses a repeated key: write a key of the same length, then make it the same.
    await writeGguf(f, {
      metadata: [
        ['general.architecture', { type: 'string', value: 'llama' }],
        ['general.file_type', { type: 'uint32', value: 1 }],
        ['general.file_typX', { type: 'uint32', value: 7 }],
      ],
      tensors: [],
    });
    const bytes = await readFile(f);
    await writeFile(
      f,
      Buffer.from(bytes.toString('latin1').replace('general.file_typX', 'general.file_type'), 'latin1'),
    );
    await expectGgufError(f, /declares 3 metadata keys but holds 2 distinct ones: a key is repeated/);
  });

  it('reads an unchanged file once, and again once it is written, even with its old modification time', async () => {
    const f = path.join(dir, 'settled.gguf');
    const old = new Date(Date.now() - 3600e3);
    await writeFile(f, good);
    await utimes(f, old, old);
    const first = await readGgufHeader(f);
    expect(await readGgufHeader(f)).toBe(first);
    // Damaged in place, same size: the new modification time says so.
    const damaged = Buffer.from(good);
    damaged.writeUInt32LE(7, 4);
    await writeFile(f, damaged);
    await expectGgufError(f, /unsupported version "7"/);
    // Truncated, then given back the old modification time: the size says so.
    await writeFile(f, good.subarray(0, good.length - 1));
    await utimes(f, old, old);
    await expectGgufError(f, /truncated/);
  });

  it('reads a file written moments ago again each time (its time may not show a write in the same tick)', async () => {
    const f = path.join(dir, 'fresh.gguf');
    await writeFile(f, good);
    const first = await readGgufHeader(f);
    expect(await readGgufHeader(f)).not.toBe(first);
    expect(await readGgufHeader(f)).toEqual(first);
  });

  it('never throws anything but a GGUF error on random damage', async () => {
    const f = path.join(dir, 'fuzz.gguf');
    let seed = 1234;
    const rand = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    const headerEnd = 8000; // damage where the parser looks
    for (let i = 0; i < 150; i++) {
      const b = Buffer.from(good.subarray(0, rand(2) ? good.length : rand(good.length)));
      for (let k = 0; k < 1 + rand(8); k++) b[rand(Math.min(headerEnd, b.length))] = rand(256);
      await writeFile(f, b);
      const err = await readGgufHeader(f).then(
        () => null,
        (e: unknown) => e,
      );
      if (err !== null) expect((err as MregError).code, String(err)).toBe('GGUF');
    }
  });
});
