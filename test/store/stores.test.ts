// Both stores through the same interface: round trips (a ≥64 MiB multipart on S3), no overwrite,
// key checks. S3 runs against a real S3-protocol server (s3rver) on loopback.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MregError } from '../../src/core/errors.js';
import { fetchArtifact, openStore, type ArtifactStore } from '../../src/store/index.js';
import { startS3Server, type S3TestServer } from '../helpers/s3-server.js';
import { writePatternFile } from '../helpers/big-file.js';

const MiB = 1024 * 1024;
let s3: S3TestServer;
let tmp: string;

beforeAll(async () => {
  s3 = await startS3Server();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'mreg-store-'));
});
afterAll(async () => {
  await s3?.stop();
  await rm(tmp, { recursive: true, force: true });
});

const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

async function readAll(stream: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c);
  return Buffer.concat(chunks);
}

async function rejection(p: Promise<unknown>): Promise<MregError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(MregError);
  return err as MregError;
}

const kinds: Array<[string, () => ArtifactStore]> = [
  ['file', () => openStore(path.join(tmp, 'file-store'))],
  ['s3', () => openStore(`s3://${s3.bucket}/team-a`, { s3: { endpoint: s3.endpoint }, credentials: s3.credentials })],
];

describe.each(kinds)('%s store', (kind, make) => {
  it('round-trips bytes and files, with head, ranges, list and URIs', async () => {
    const store = make();
    const meta = JSON.stringify({ hello: 'world' });
    const put = await store.putBytes('m/v1.0.0/m-v1.0.0-q4km.json', meta);
    expect(put).toMatchObject({
      sha256: sha(meta),
      size: meta.length,
      uri: store.uriFor('m/v1.0.0/m-v1.0.0-q4km.json'),
    });
    // S3 names what it stored by entity tag (what a later HEAD compares to see a replaced object).
    if (kind === 's3') expect(put.etag).toBe((await store.head('m/v1.0.0/m-v1.0.0-q4km.json'))?.etag);
    else expect(put.etag).toBeUndefined();
    expect(store.keyFor(put.uri)).toBe('m/v1.0.0/m-v1.0.0-q4km.json');
    expect((await store.getBytes('m/v1.0.0/m-v1.0.0-q4km.json')).toString()).toBe(meta);

    const src = path.join(tmp, `${kind}-small.bin`);
    const data = Buffer.from('0123456789abcdefghij'.repeat(1000));
    await writeFile(src, data);
    const file = await store.putFile('m/v1.0.0/m-v1.0.0-q4km.gguf', src);
    expect(file.sha256).toBe(sha(data));
    expect(file.size).toBe(data.length);
    expect(await store.head('m/v1.0.0/m-v1.0.0-q4km.gguf')).toMatchObject({ size: data.length });
    expect(await store.head('m/v1.0.0/missing.gguf')).toBeNull();
    expect((await readAll(await store.getRange('m/v1.0.0/m-v1.0.0-q4km.gguf', 10, 29))).toString()).toBe(
      data.subarray(10, 30).toString(),
    );

    const listed = await store.list('m/');
    expect(listed.map((o) => o.key).sort()).toEqual(['m/v1.0.0/m-v1.0.0-q4km.gguf', 'm/v1.0.0/m-v1.0.0-q4km.json']);
    expect(await store.list('other/')).toEqual([]);
    if (kind === 's3') expect(put.uri).toBe(`s3://${s3.bucket}/team-a/m/v1.0.0/m-v1.0.0-q4km.json`);
    else expect(put.uri).toMatch(/^file:\/\/\/.*\/file-store\/m\/v1\.0\.0\/m-v1\.0\.0-q4km\.json$/);
  });

  it('refuses to overwrite, naming the existing object, and keeps the original bytes', async () => {
    const store = make();
    await store.putBytes('o/v1.0.0/o.json', 'first');
    const err = await rejection(store.putBytes('o/v1.0.0/o.json', 'second'));
    expect(err.code).toBe('EXISTS');
    expect(err.message).toContain(store.uriFor('o/v1.0.0/o.json'));
    const src = path.join(tmp, `${kind}-other.bin`);
    await writeFile(src, 'other bytes');
    expect((await rejection(store.putFile('o/v1.0.0/o.json', src))).code).toBe('EXISTS');
    expect((await store.getBytes('o/v1.0.0/o.json')).toString()).toBe('first');
  });

  it('refuses keys that could escape the store', async () => {
    const store = make();
    for (const key of ['../x', '/abs', 'a//b', 'a/../b', 'a\\b', '']) {
      expect((await rejection(store.putBytes(key, 'x'))).code).toBe('STORE');
    }
  });

  it('round-trips a 64 MiB file (multipart on S3) and fetches it back with parallel ranges', async () => {
    const store = make();
    const src = path.join(tmp, `${kind}-big.bin`);
    // Not a multiple of the part size: the last part is short.
    const { sha256, size } = await writePatternFile(src, 64 * MiB + 4321);
    const seen: number[] = [];
    const put = await store.putFile('big/v1.0.0/big-v1.0.0-f16.gguf', src, { onProgress: (done) => seen.push(done) });
    await rm(src);
    expect(put).toMatchObject({ sha256, size });
    expect(seen.length).toBeGreaterThan(0);
    expect((await store.head('big/v1.0.0/big-v1.0.0-f16.gguf'))?.size).toBe(size);

    const cacheDir = path.join(tmp, `${kind}-cache`);
    const got = await fetchArtifact({
      store,
      key: 'big/v1.0.0/big-v1.0.0-f16.gguf',
      sha256,
      size,
      cacheDir,
      id: 'big-v1.0.0-f16',
      partSize: 5 * MiB,
      concurrency: 4,
    });
    expect(got).toMatchObject({ downloaded: true, path: path.join(cacheDir, 'artifacts', 'big-v1.0.0-f16.gguf') });
    expect(sha(await readFile(got.path))).toBe(sha256);
    expect((await readFile(`${got.path}.sha256`, 'utf8')).split(' ')[0]).toBe(sha256);
    const again = await fetchArtifact({
      store,
      key: 'big/v1.0.0/big-v1.0.0-f16.gguf',
      sha256,
      size,
      cacheDir,
      id: 'big-v1.0.0-f16',
    });
    expect(again.downloaded).toBe(false);
    await rm(cacheDir, { recursive: true, force: true });
  });
});

describe('store URIs', () => {
  it('opens file://, plain paths and s3://, and refuses other schemes', () => {
    expect(openStore('file:///srv/models').uri).toBe('file:///srv/models');
    expect(openStore('rel/store', { baseDir: '/repo' }).uri).toBe('file:///repo/rel/store');
    expect(openStore('s3://bucket/a/b/', { s3: { endpoint: 'http://127.0.0.1:9' } }).uri).toBe('s3://bucket/a/b');
    expect(() => openStore('gs://bucket')).toThrow(/unsupported store URI "gs:\/\/bucket"/);
    expect(() => openStore('s3://')).toThrow(/invalid S3 store URI/);
  });
});
