// publish and register check what an adapter is, by its GGUF header (through the real CLI).
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTinyModel } from '../../src/gguf/tiny-model.js';
import { generateTinyLora } from '../../src/gguf/tiny-lora.js';
import { writeGguf } from '../../src/gguf/writer.js';
import { mreg, mregJson, tempDir } from '../helpers/cli.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';

const env = { CI: '1' };
const CORPUS = 'the quick brown fox jumps over the lazy dog. '.repeat(30);
let tmp: { dir: string; cleanup: () => Promise<void> };
let repo: TestRepo;
let base: string;
let adapter: string;

beforeAll(async () => {
  tmp = await tempDir('mreg-adapter-publish-');
  repo = await makeRepo({ gate: false });
  base = (await generateTinyModel({ corpus: CORPUS, out: path.join(tmp.dir, 'base.gguf') })).path;
  adapter = (
    await generateTinyLora({
      base: { corpus: CORPUS },
      target: { corpus: CORPUS, smoothing: 0.1 },
      out: path.join(tmp.dir, 'adapter.gguf'),
    })
  ).path;
  await mregJson(['publish', base, '--model', 'tiny', '--version', '1.0.0', '--quantization', 'f32'], {
    cwd: repo.work,
    env,
  });
});

it('mreg tiny-model --lora writes the same adapter as the library', async () => {
  const corpusFile = path.join(tmp.dir, 'corpus.txt');
  await writeFile(corpusFile, CORPUS);
  const out = path.join(tmp.dir, 'cli-adapter.gguf');
  const r = await mregJson(
    ['tiny-model', '--lora', '--base-corpus', corpusFile, '--corpus', corpusFile, '--smoothing', '0.1', '--out', out],
    {
      cwd: tmp.dir,
      env,
    },
  );
  expect(r).toMatchObject({ type: 'adapter', adapter_type: 'lora' });
  expect(await readFile(out)).toEqual(await readFile(adapter));
  const bad = await mreg(['tiny-model', '--base-corpus', corpusFile, '--corpus', corpusFile, '--out', out], {
    cwd: tmp.dir,
    env,
  });
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('--base-corpus, --base-smoothing and --rank describe a --lora adapter; add --lora');
});
afterAll(async () => {
  await repo?.cleanup();
  await tmp?.cleanup();
});

const publishLora = (file: string, version: string) =>
  mreg(
    [
      'publish',
      file,
      '--model',
      'tiny-lora',
      '--version',
      version,
      '--quantization',
      'f32',
      '--kind',
      'lora',
      '--base',
      'tiny-v1.0.0-f32',
    ],
    {
      cwd: repo.work,
      env,
    },
  );

describe('publish and register check what an adapter is', () => {
  it('a full model offered as a LoRA adapter is refused, naming general.type; nothing is uploaded', async () => {
    const r = await publishLora(base, '1.0.0');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${base}: general.type is missing (a model) where "adapter" was expected: this is a full model, not a LoRA adapter`,
    );
    expect((await mregJson(['verify-store'], { cwd: repo.work, env })).files).toBe(1);
  });

  it('an adapter offered as a model is refused', async () => {
    for (const kind of ['gguf', 'full']) {
      const r = await mreg(
        ['publish', adapter, '--model', 'tiny', '--version', '1.1.0', '--quantization', 'f32', '--kind', kind],
        { cwd: repo.work, env },
      );
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain(
        `${adapter}: general.type is "adapter" (adapter.type "lora"): this is an adapter, not a model; publish it as --kind lora`,
      );
    }
  });

  it('an adapter of another architecture than its base, or not a LoRA, is refused', async () => {
    const other = path.join(tmp.dir, 'qwen-adapter.gguf');
    const header = (arch: string, type: string) => ({
      metadata: [
        ['general.architecture', { type: 'string', value: arch }],
        ['general.type', { type: 'string', value: 'adapter' }],
        ['adapter.type', { type: 'string', value: type }],
      ] as Parameters<typeof writeGguf>[1]['metadata'],
      tensors: [],
    });
    await writeGguf(other, header('qwen2', 'lora'));
    const r = await publishLora(other, '1.0.0');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${other}: general.architecture is "qwen2" but its base tiny-v1.0.0-f32 is "llama"`);
    const cvec = path.join(tmp.dir, 'cvec.gguf');
    await writeGguf(cvec, header('llama', 'control_vector'));
    const r2 = await publishLora(cvec, '1.0.0');
    expect(r2.code).toBe(1);
    expect(r2.stderr).toContain(`${cvec}: adapter.type is "control_vector" where "lora" was expected`);
  });

  it('a real LoRA adapter of the base is published, pinned to the base', async () => {
    const r = await publishLora(adapter, '1.0.0');
    expect(r.code, r.stderr).toBe(0);
    const meta = JSON.parse(
      await readFile(path.join(repo.work, 'registry/models/tiny-lora/tiny-lora-v1.0.0-f32.json'), 'utf8'),
    );
    expect(meta).toMatchObject({
      kind: 'lora',
      base: {
        id: 'tiny-v1.0.0-f32',
        sha256: createHash('sha256')
          .update(await readFile(base))
          .digest('hex'),
      },
    });
  });

  it('register refuses metadata that calls a model object a LoRA adapter', async () => {
    // The model's bytes uploaded under an adapter's key (as a mistaken upload would leave them).
    const key = 'tiny-lora/v2.0.0/tiny-lora-v2.0.0-f32.gguf';
    await mkdir(path.dirname(path.join(repo.store, key)), { recursive: true });
    await copyFile(base, path.join(repo.store, key));
    const bytes = await readFile(base);
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    const meta = {
      model: 'tiny-lora',
      version: '2.0.0',
      base_model: 'tiny',
      quantization: 'f32',
      benchmark_score: null,
      created_at: '2026-01-01T00:00:00.000Z',
      parent_version: null,
      kind: 'lora',
      status: 'active',
      artifact: { uri: `file://${path.join(repo.store, key)}`, sha256: sha(bytes), size: bytes.length },
      base: { id: 'tiny-v1.0.0-f32', sha256: sha(bytes) },
    };
    const file = path.join(tmp.dir, 'meta.json');
    await writeFile(file, JSON.stringify(meta, null, 2));
    const r = await mreg(['register', '--file', file], { cwd: repo.work, env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('general.type is missing (a model) where "adapter" was expected');
    expect(r.stderr).toContain('tiny-lora-v2.0.0-f32.gguf');
  });
});
