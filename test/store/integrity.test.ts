// What the store layer refuses: overwrites (conditional write and the HEAD fallback), objects
// corrupted or deleted in the store; and interop with another S3 client (the minio npm package).
import { PutObjectCommand } from '@aws-sdk/client-s3';
import * as Minio from 'minio';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MregError } from '../../src/core/errors.js';
import type { ArtifactMetadata } from '../../src/core/documents.js';
import { S3Store, assertArtifactPresent, fetchArtifact, openStore } from '../../src/store/index.js';
import { startS3Server, type S3TestServer } from '../helpers/s3-server.js';
import { writePatternFile } from '../helpers/big-file.js';

const MiB = 1024 * 1024;
let s3: S3TestServer;
let tmp: string;
let minio: Minio.Client;

beforeAll(async () => {
  s3 = await startS3Server();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'mreg-integrity-'));
  const port = Number(new URL(s3.endpoint).port);
  minio = new Minio.Client({
    endPoint: '127.0.0.1',
    port,
    useSSL: false,
    accessKey: s3.credentials.accessKeyId,
    secretKey: s3.credentials.secretAccessKey,
    region: s3.region,
    pathStyle: true,
  });
});
afterAll(async () => {
  await s3?.stop();
  await rm(tmp, { recursive: true, force: true });
});

const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
const s3Store = (prefix = '') =>
  openStore(`s3://${s3.bucket}${prefix ? `/${prefix}` : ''}`, {
    s3: { endpoint: s3.endpoint },
    credentials: s3.credentials,
  }) as S3Store;

async function rejection(p: Promise<unknown>): Promise<MregError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(MregError);
  return err as MregError;
}

async function minioGet(key: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of await minio.getObject(s3.bucket, key)) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

describe('no overwrite on S3', () => {
  it('sends If-None-Match: * on PutObject and on CompleteMultipartUpload', async () => {
    const store = s3Store('cond');
    const seen: Array<{ command: string; ifNoneMatch?: string }> = [];
    (await store.getClient()).middlewareStack.add(
      (next, context) => async (args) => {
        const headers = (args.request as { headers?: Record<string, string> }).headers ?? {};
        seen.push({ command: context.commandName ?? '', ifNoneMatch: headers['if-none-match'] });
        return next(args);
      },
      { step: 'finalizeRequest', name: 'recordHeaders' },
    );
    await store.putBytes('a/v1.0.0/small.json', '{}');
    const big = path.join(tmp, 'cond-big.bin');
    await writePatternFile(big, 17 * MiB);
    await store.putFile('a/v1.0.0/big.gguf', big);
    await rm(big);
    expect(seen).toContainEqual({ command: 'PutObjectCommand', ifNoneMatch: '*' });
    expect(seen).toContainEqual({ command: 'CompleteMultipartUploadCommand', ifNoneMatch: '*' });
    expect(seen.filter((s) => s.command === 'UploadPartCommand').length).toBe(2);
  });

  it('s3rver ignores If-None-Match, so the HEAD check is what refuses there', async () => {
    const store = s3Store('cond');
    await store.putBytes('b/v1.0.0/b.json', 'first');
    // The server accepts a conditional overwrite it should have refused: documented, not relied on.
    await (
      await store.getClient()
    ).send(new PutObjectCommand({ Bucket: s3.bucket, Key: 'cond/b/v1.0.0/b.json', Body: 'sneaky', IfNoneMatch: '*' }));
    expect((await minioGet('cond/b/v1.0.0/b.json')).toString()).toBe('sneaky');
    // Our write HEADs first and refuses, naming the object.
    const err = await rejection(store.putBytes('b/v1.0.0/b.json', 'second'));
    expect(err.code).toBe('EXISTS');
    expect(err.message).toContain(`s3://${s3.bucket}/cond/b/v1.0.0/b.json`);
  });

  it('maps a server that honours the condition (412 after a lost HEAD race) to EXISTS', async () => {
    const store = s3Store('cond');
    // Simulates the race the HEAD cannot close: the key appears between HEAD and PUT.
    (await store.getClient()).middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'PutObjectCommand') {
          throw Object.assign(new Error('At least one of the pre-conditions you specified did not hold'), {
            name: 'PreconditionFailed',
            $metadata: { httpStatusCode: 412 },
          });
        }
        return next(args);
      },
      { step: 'finalizeRequest', name: 'fake412' },
    );
    const err = await rejection(store.putBytes('c/v1.0.0/c.json', 'x'));
    expect(err.code).toBe('EXISTS');
    expect(err.message).toContain(`s3://${s3.bucket}/cond/c/v1.0.0/c.json`);
  });
});

describe('corrupted or missing objects', () => {
  async function published(name: string, size = 3 * MiB + 17) {
    const store = s3Store('corrupt');
    const src = path.join(tmp, `${name}.bin`);
    const { sha256 } = await writePatternFile(src, size);
    const key = `${name}/v1.0.0/${name}-v1.0.0-q8_0.gguf`;
    const put = await store.putFile(key, src);
    await rm(src);
    return { store, key, sha256, size, uri: put.uri, objectKey: `corrupt/${key}` };
  }

  it('refuses an object changed in the store (same size): both digests named, nothing at the final path', async () => {
    const a = await published('flip');
    // Another client overwrites the object with different bytes of the same size.
    const bad = Buffer.alloc(a.size, 7);
    await minio.putObject(s3.bucket, a.objectKey, bad, a.size);
    const cacheDir = path.join(tmp, 'cache-flip');
    const err = await rejection(
      fetchArtifact({
        store: a.store,
        key: a.key,
        sha256: a.sha256,
        size: a.size,
        cacheDir,
        id: 'flip-v1.0.0-q8_0',
        partSize: MiB,
      }),
    );
    expect(err.code).toBe('INTEGRITY');
    expect(err.message).toContain(a.sha256);
    expect(err.message).toContain(sha(bad));
    expect(await readdir(path.join(cacheDir, 'artifacts'))).toEqual([]);
    expect(await readdir(path.join(cacheDir, 'staging'))).toEqual([]);
  });

  it('leaves an earlier copy at the final path untouched when the new download is wrong', async () => {
    const a = await published('keep');
    await minio.putObject(s3.bucket, a.objectKey, Buffer.alloc(a.size, 1), a.size);
    const cacheDir = path.join(tmp, 'cache-keep');
    await mkdir(path.join(cacheDir, 'artifacts'), { recursive: true });
    const earlier = path.join(cacheDir, 'artifacts', 'keep-v1.0.0-q8_0.gguf');
    await writeFile(earlier, 'an earlier copy');
    const err = await rejection(
      fetchArtifact({ store: a.store, key: a.key, sha256: a.sha256, size: a.size, cacheDir, id: 'keep-v1.0.0-q8_0' }),
    );
    expect(err.code).toBe('INTEGRITY');
    expect(err.message).toContain('left untouched');
    expect(await readFile(earlier, 'utf8')).toBe('an earlier copy');
  });

  it('refuses a truncated object before downloading, naming both sizes', async () => {
    const a = await published('short');
    await minio.putObject(s3.bucket, a.objectKey, Buffer.alloc(100, 1), 100);
    const err = await rejection(
      fetchArtifact({
        store: a.store,
        key: a.key,
        sha256: a.sha256,
        size: a.size,
        cacheDir: path.join(tmp, 'cache-short'),
        id: 'short-v1.0.0-q8_0',
      }),
    );
    expect(err.code).toBe('INTEGRITY');
    expect(err.message).toContain(`is 100 bytes, the registry records ${a.size}`);
  });

  it('assertArtifactPresent: missing object and wrong size are refused with the URI named', async () => {
    const a = await published('gone', 1000);
    const meta = {
      model: 'gone',
      version: '1.0.0',
      quantization: 'q8_0',
      artifact: { uri: a.uri, sha256: a.sha256, size: a.size },
    };
    await assertArtifactPresent(a.store, meta);
    await expect(
      assertArtifactPresent(a.store, { ...meta, artifact: { ...meta.artifact, size: 999 } }),
    ).rejects.toMatchObject({ code: 'INTEGRITY' });
    // Deleted behind the registry's back (the product never deletes; an operator or lifecycle rule might).
    await minio.removeObject(s3.bucket, a.objectKey);
    const err = await rejection(assertArtifactPresent(a.store, meta));
    expect(err.code).toBe('NOT_FOUND');
    expect(err.message).toContain(a.uri);
    // Every file of a multi-file artifact is checked.
    const b = await published('multi', 1000);
    const multi: Pick<ArtifactMetadata, 'artifact' | 'files' | 'model' | 'version' | 'quantization'> = {
      ...meta,
      model: 'multi',
      artifact: { uri: b.uri, sha256: b.sha256, size: b.size },
      files: [
        { uri: b.uri, sha256: b.sha256, size: b.size },
        { uri: `${b.uri}.part2`, sha256: b.sha256, size: 5 },
      ],
    };
    await expect(assertArtifactPresent(b.store, multi)).rejects.toThrow(`${b.uri}.part2 does not exist`);
  });
});

describe('interop with another S3 client (minio)', () => {
  it('an object mreg uploaded (multipart) reads back byte-identical through minio', async () => {
    const store = s3Store('interop');
    const src = path.join(tmp, 'interop.bin');
    const { sha256, size } = await writePatternFile(src, 20 * MiB + 3);
    const put = await store.putFile('x/v1.0.0/x-v1.0.0-f16.gguf', src);
    await rm(src);
    const back = await minioGet('interop/x/v1.0.0/x-v1.0.0-f16.gguf');
    expect(back.length).toBe(size);
    expect(sha(back)).toBe(sha256);
    expect(put.sha256).toBe(sha256);
  });

  it('an object minio uploaded is found, fetched and verified by mreg', async () => {
    const data = Buffer.from('GGUF'.repeat(300_000));
    await minio.putObject(s3.bucket, 'interop/y/v1.0.0/y-v1.0.0-q4km.gguf', data, data.length);
    const store = s3Store('interop');
    expect((await store.head('y/v1.0.0/y-v1.0.0-q4km.gguf'))?.size).toBe(data.length);
    const got = await fetchArtifact({
      store,
      key: 'y/v1.0.0/y-v1.0.0-q4km.gguf',
      sha256: sha(data),
      size: data.length,
      cacheDir: path.join(tmp, 'cache-y'),
      id: 'y-v1.0.0-q4km',
    });
    expect((await readFile(got.path)).equals(data)).toBe(true);
  });
});
