// publish / fetch / verify-store through the real bundled CLI, on a real git repository with a
// bare remote, against s3rver and a folder store; deploy and rollback refuse a missing artifact.
import * as Minio from 'minio';
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTinyModel } from '../../src/gguf/tiny-model.js';
import { writeGguf } from '../../src/gguf/writer.js';
import { openContext } from '../../src/state/context.js';
import { deployVersion, rollbackVersion } from '../../src/ops/deploy.js';
import { storeStageHooks } from '../../src/ops/fetch.js';
import { mreg, mregJson, tempDir } from '../helpers/cli.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';
import { startS3Server, type S3TestServer } from '../helpers/s3-server.js';

const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
const CORPUS = 'the quick brown fox jumps over the lazy dog. '.repeat(40);

let s3: S3TestServer;
let tmp: { dir: string; cleanup: () => Promise<void> };
let model8: string; // a q8_0 GGUF
let modelF16: string;

beforeAll(async () => {
  s3 = await startS3Server();
  tmp = await tempDir('mreg-publish-');
  model8 = (
    await generateTinyModel({ corpus: CORPUS, quantization: 'q8_0', out: path.join(tmp.dir, 'tiny-q8_0.gguf') })
  ).path;
  modelF16 = (
    await generateTinyModel({ corpus: CORPUS, quantization: 'f16', out: path.join(tmp.dir, 'tiny-f16.gguf'), seed: 7 })
  ).path;
});
afterAll(async () => {
  await s3?.stop();
  await tmp?.cleanup();
});

describe('publish and fetch on S3', () => {
  let repo: TestRepo;
  let env: Record<string, string>;
  let store: string;
  beforeAll(async () => {
    store = `s3://${s3.bucket}/registry-a`;
    repo = await makeRepo({ gate: false, store });
    // The config names the S3 store; credentials and endpoint via env.
    env = { ...s3.env, CI: '1' };
  });
  afterAll(async () => repo?.cleanup());

  it('uploads once, writes metadata beside it, registers and commits; fetch verifies and caches', async () => {
    const out = await mregJson(
      [
        'publish',
        model8,
        '--model',
        'tiny',
        '--version',
        '1.0.0',
        '--quantization',
        'q8_0',
        '--store',
        store,
        '--benchmark-score',
        '0.5',
      ],
      { cwd: repo.work, env },
    );
    const bytes = await readFile(model8);
    expect(out.id).toBe('tiny-v1.0.0-q8_0');
    expect(out.metadata.artifact).toEqual({
      uri: `${store}/tiny/v1.0.0/tiny-v1.0.0-q8_0.gguf`,
      sha256: sha(bytes),
      size: bytes.length,
    });
    expect(out.metadata_uri).toBe(`${store}/tiny/v1.0.0/tiny-v1.0.0-q8_0.json`);
    const registered = JSON.parse(
      await readFile(path.join(repo.work, 'registry/models/tiny/tiny-v1.0.0-q8_0.json'), 'utf8'),
    );
    expect(registered).toEqual(out.metadata);
    expect(repo.git(['log', '-1', '--format=%B'])).toContain('Mreg-Sha256: ' + sha(bytes));

    const cache = path.join(tmp.dir, 'cache-s3');
    const f1 = await mregJson(['fetch', 'tiny-v1.0.0-q8_0', '--cache', cache, '--store', store], {
      cwd: repo.work,
      env,
    });
    expect(f1.artifact.downloaded).toBe(true);
    expect(f1.artifact.path).toBe(path.join(cache, 'artifacts', 'tiny-v1.0.0-q8_0.gguf'));
    expect(sha(await readFile(f1.artifact.path))).toBe(sha(bytes));
    const f2 = await mregJson(['fetch', 'tiny-v1.0.0-q8_0', '--cache', cache, '--store', store], {
      cwd: repo.work,
      env,
    });
    expect(f2.artifact.downloaded).toBe(false);

    const v = await mregJson(['verify-store', '--deep', '--store', store], { cwd: repo.work, env });
    expect(v).toMatchObject({ ok: true, deep: true, artifacts: 1, files: 1 });
  });

  it('refuses to publish a version twice, and names the existing object when only the store has it', async () => {
    const again = await mreg(
      ['publish', model8, '--model', 'tiny', '--version', '1.0.0', '--quantization', 'q8_0', '--store', store],
      { cwd: repo.work, env },
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('tiny-v1.0.0-q8_0 is already registered');
    // A second registry pointed at the same store: git cannot see the first one, the store can.
    const other = await makeRepo({ gate: false, store });
    try {
      const r = await mreg(
        ['publish', model8, '--model', 'tiny', '--version', '1.0.0', '--quantization', 'q8_0', '--store', store],
        { cwd: other.work, env },
      );
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`refusing to overwrite ${store}/tiny/v1.0.0/tiny-v1.0.0-q8_0.gguf`);
    } finally {
      await other.cleanup();
    }
  });

  it('refuses an unregistered parent version before uploading anything', async () => {
    const head = repo.git(['rev-parse', 'HEAD']);
    const r = await mreg(
      [
        'publish',
        modelF16,
        '--model',
        'tiny',
        '--version',
        '4.0.0',
        '--quantization',
        'f16',
        '--parent-version',
        '3.9.0',
        '--store',
        store,
      ],
      {
        cwd: repo.work,
        env,
      },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /parent version 3\.9\.0 of tiny is not registered; publish it first \(nothing was uploaded\)/,
    );
    expect(repo.git(['rev-parse', 'HEAD'])).toBe(head);
    // Nothing in the store either: a retry with the right parent is not blocked by an orphan.
    const minio = new Minio.Client({
      endPoint: '127.0.0.1',
      port: Number(new URL(s3.endpoint).port),
      useSSL: false,
      accessKey: 'S3RVER',
      secretKey: 'S3RVER',
      region: s3.region,
      pathStyle: true,
    });
    const names: string[] = [];
    for await (const o of minio.listObjectsV2(s3.bucket, 'registry-a/tiny/v4.0.0/', true))
      names.push(String((o as { name?: string }).name));
    expect(names).toEqual([]);
  });

  it('checks the GGUF header: quantization mismatch and missing architecture are refused, naming both values', async () => {
    const r = await mreg(
      ['publish', model8, '--model', 'tiny', '--version', '1.1.0', '--quantization', 'q4km', '--store', store],
      { cwd: repo.work, env },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'the stated quantization q4km does not match the GGUF header (general.file_type 7 = q8_0)',
    );
    const noArch = path.join(tmp.dir, 'no-arch.gguf');
    await writeGguf(noArch, { metadata: [['general.file_type', { type: 'uint32', value: 7 }]], tensors: [] });
    const r2 = await mreg(
      ['publish', noArch, '--model', 'tiny', '--version', '1.1.0', '--quantization', 'q8_0', '--store', store],
      { cwd: repo.work, env },
    );
    expect(r2.code).toBe(1);
    expect(r2.stderr).toContain('general.architecture is missing');
    const notGguf = path.join(tmp.dir, 'not.gguf');
    await writeFile(notGguf, 'definitely not a model');
    const r3 = await mreg(
      ['publish', notGguf, '--model', 'tiny', '--version', '1.1.0', '--quantization', 'q8_0', '--store', store],
      { cwd: repo.work, env },
    );
    expect(r3.code).toBe(1);
    // Nothing was uploaded by the refused attempts.
    const listed = await mregJson(['verify-store', '--store', store], { cwd: repo.work, env });
    expect(listed.files).toBe(1);
    // llama.cpp's spelling is accepted.
    const ok = await mregJson(
      ['publish', modelF16, '--model', 'tiny', '--version', '1.1.0', '--quantization', 'F16', '--store', store],
      {
        cwd: repo.work,
        env,
      },
    );
    expect(ok.id).toBe('tiny-v1.1.0-f16');
  });

  it('a LoRA adapter pins its base by sha256, and fetch brings the base with it', async () => {
    const adapter = path.join(tmp.dir, 'adapter.gguf');
    await writeGguf(adapter, {
      metadata: [
        ['general.architecture', { type: 'string', value: 'llama' }],
        ['general.type', { type: 'string', value: 'adapter' }],
        ['adapter.type', { type: 'string', value: 'lora' }],
      ],
      tensors: [],
    });
    const refused = await mreg(
      [
        'publish',
        adapter,
        '--model',
        'tiny-lora',
        '--version',
        '1.0.0',
        '--quantization',
        'f16',
        '--kind',
        'lora',
        '--store',
        store,
      ],
      { cwd: repo.work, env },
    );
    expect(refused.code).toBe(2);
    const out = await mregJson(
      [
        'publish',
        adapter,
        '--model',
        'tiny-lora',
        '--version',
        '1.0.0',
        '--quantization',
        'f16',
        '--kind',
        'lora',
        '--base',
        'tiny-v1.0.0-q8_0',
        '--store',
        store,
      ],
      { cwd: repo.work, env },
    );
    expect(out.metadata.base).toEqual({ id: 'tiny-v1.0.0-q8_0', sha256: sha(await readFile(model8)) });
    const cache = path.join(tmp.dir, 'cache-lora');
    const f = await mregJson(['fetch', 'tiny-lora-v1.0.0-f16', '--cache', cache, '--store', store], {
      cwd: repo.work,
      env,
    });
    expect(f.base.path).toBe(path.join(cache, 'artifacts', 'tiny-v1.0.0-q8_0.gguf'));
    expect(sha(await readFile(f.base.path))).toBe(sha(await readFile(model8)));
    expect(sha(await readFile(f.artifact.path))).toBe(sha(await readFile(adapter)));
  });

  it('verify-store reports a missing object and (deep) a corrupted one', async () => {
    const minio = new Minio.Client({
      endPoint: '127.0.0.1',
      port: Number(new URL(s3.endpoint).port),
      useSSL: false,
      accessKey: 'S3RVER',
      secretKey: 'S3RVER',
      region: s3.region,
      pathStyle: true,
    });
    const f16 = await readFile(modelF16);
    await minio.putObject(
      s3.bucket,
      'registry-a/tiny/v1.1.0/tiny-v1.1.0-f16.gguf',
      Buffer.alloc(f16.length, 3),
      f16.length,
    );
    const shallow = await mreg(['verify-store', '--store', store], { cwd: repo.work, env });
    expect(shallow.code).toBe(0);
    const deep = await mreg(['verify-store', '--deep', '--store', store, '--json'], { cwd: repo.work, env });
    expect(deep.code).toBe(1);
    expect(JSON.parse(deep.stdout).problems).toEqual([
      expect.objectContaining({ id: 'tiny-v1.1.0-f16', problem: 'sha256' }),
    ]);
    // Fetch refuses the corrupted object with both digests.
    const fetched = await mreg(
      ['fetch', 'tiny-v1.1.0-f16', '--cache', path.join(tmp.dir, 'cache-bad'), '--store', store],
      { cwd: repo.work, env },
    );
    expect(fetched.code).toBe(1);
    expect(fetched.stderr).toContain(sha(f16));
    expect(fetched.stderr).toContain(sha(Buffer.alloc(f16.length, 3)));
    await minio.removeObject(s3.bucket, 'registry-a/tiny/v1.1.0/tiny-v1.1.0-f16.gguf');
    const missing = await mreg(['verify-store', '--store', store], { cwd: repo.work, env });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain(
      `tiny-v1.1.0-f16: missing: ${store}/tiny/v1.1.0/tiny-v1.1.0-f16.gguf does not exist`,
    );
  });

  it('an object another client uploaded can be registered and fetched', async () => {
    const minio = new Minio.Client({
      endPoint: '127.0.0.1',
      port: Number(new URL(s3.endpoint).port),
      useSSL: false,
      accessKey: 'S3RVER',
      secretKey: 'S3RVER',
      region: s3.region,
      pathStyle: true,
    });
    const bytes = await readFile(modelF16);
    await minio.putObject(s3.bucket, 'registry-a/ext/v1.0.0/ext-v1.0.0-f16.gguf', bytes, bytes.length);
    await mregJson(
      [
        'register',
        '--model',
        'ext',
        '--version',
        '1.0.0',
        '--quantization',
        'f16',
        '--uri',
        `${store}/ext/v1.0.0/ext-v1.0.0-f16.gguf`,
        '--sha256',
        sha(bytes),
        '--size',
        String(bytes.length),
      ],
      { cwd: repo.work, env },
    );
    const f = await mregJson(
      ['fetch', 'ext-v1.0.0-f16', '--cache', path.join(tmp.dir, 'cache-ext'), '--store', store],
      { cwd: repo.work, env },
    );
    expect((await readFile(f.artifact.path)).equals(bytes)).toBe(true);
  });
});

describe('deploy and rollback refuse a missing artifact (folder store)', () => {
  it('checks presence with the expected size before moving any pointer', async () => {
    const repo = await makeRepo({ gate: false });
    try {
      for (const [v, file, q] of [
        ['1.0.0', model8, 'q8_0'],
        ['2.0.0', modelF16, 'f16'],
      ]) {
        await mregJson(['publish', file, '--model', 'tiny', '--version', v, '--quantization', q], {
          cwd: repo.work,
          env: { CI: '1' },
        });
      }
      const ctx = await openContext({ repo: repo.work, push: false });
      const hooks = storeStageHooks({ cacheDir: path.join(repo.root, 'cache') });
      await deployVersion(ctx, { env: 'staging', model: 'tiny', version: '1.0.0' }, hooks);
      await deployVersion(ctx, { env: 'staging', model: 'tiny', version: '2.0.0' }, hooks);
      const before = await readFile(path.join(repo.work, 'registry/registry.json'), 'utf8');
      // The product never deletes; an operator (or a lifecycle rule) did.
      const gone = path.join(repo.store, 'tiny/v1.0.0/tiny-v1.0.0-q8_0.gguf');
      await rm(gone);
      await expect(rollbackVersion(ctx, { env: 'staging' }, hooks)).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: expect.stringContaining(`file://${gone} does not exist`),
      });
      await expect(
        deployVersion(ctx, { env: 'production', model: 'tiny', version: '1.0.0' }, hooks),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await readFile(path.join(repo.work, 'registry/registry.json'), 'utf8')).toBe(before);
    } finally {
      await repo.cleanup();
    }
  });
});
