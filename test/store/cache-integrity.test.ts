// Every byte verified before it serves: a cached copy is proven unchanged (stamp, else re-hash),
// GGUF headers are checked by content whatever the file is called, artifact URIs stay inside the
// configured store, and a full disk names the file, the artifact and the bytes needed.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArtifactMetadata } from '../../src/core/documents.js';
import { checkGgufHeaderBytes } from '../../src/gguf/check.js';
import { generateTinyModel } from '../../src/gguf/tiny-model.js';
import { writeGguf } from '../../src/gguf/writer.js';
import { FileStore, downloadArtifact, fetchArtifact, openStore } from '../../src/store/index.js';
import { tempDir } from '../helpers/cli.js';

const MiB = 1024 * 1024;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

let tmp: { dir: string; cleanup: () => Promise<void> };
let store: FileStore;
let q8: string; // a real q8_0 GGUF model

beforeAll(async () => {
  tmp = await tempDir('mreg-cache-integrity-');
  store = new FileStore(path.join(tmp.dir, 'store'));
  q8 = (
    await generateTinyModel({
      corpus: 'the quick brown fox jumps over the lazy dog. '.repeat(20),
      quantization: 'q8_0',
      out: path.join(tmp.dir, 'q8.gguf'),
    })
  ).path;
});
afterAll(async () => tmp?.cleanup());

/** A GGUF header stating `fileType`, then `payload` random bytes. */
async function ggufFile(file: string, fileType: number, payload: number): Promise<Buffer> {
  await writeGguf(file, {
    metadata: [
      ['general.architecture', { type: 'string', value: 'llama' }],
      ['general.file_type', { type: 'uint32', value: fileType }],
    ],
    tensors: [],
  });
  const bytes = Buffer.concat([readFileSync(file), randomBytes(payload)]);
  writeFileSync(file, bytes);
  return bytes;
}

function meta(
  id: { model: string; version: string; quantization: string },
  files: Array<{ uri: string; sha256: string; size: number }>,
  kind: ArtifactMetadata['kind'] = 'gguf',
): ArtifactMetadata {
  return {
    ...id,
    base_model: id.model,
    benchmark_score: null,
    created_at: '2026-01-01T00:00:00.000Z',
    parent_version: null,
    kind,
    status: 'active',
    artifact: files[0],
    ...(files.length > 1 ? { files } : {}),
  };
}

async function put(key: string, local: string) {
  const r = await store.putFile(key, local);
  return { uri: r.uri, sha256: r.sha256, size: r.size };
}

describe('a cached copy is proven unchanged before it is reused', () => {
  it('read-only and stamped; reused without a re-hash; overwritten with same-size bytes -> re-hashed, discarded and downloaded again', async () => {
    const local = path.join(tmp.dir, 'stamp.gguf');
    const bytes = await ggufFile(local, 0, 2 * MiB);
    const obj = await put('stamp/v1.0.0/stamp-v1.0.0-f32.gguf', local);
    const cacheDir = path.join(tmp.dir, 'cache-stamp');
    const o = {
      store,
      key: 'stamp/v1.0.0/stamp-v1.0.0-f32.gguf',
      sha256: obj.sha256,
      size: obj.size,
      cacheDir,
      id: 'stamp-v1.0.0-f32',
    };

    const first = await fetchArtifact(o);
    expect(first.downloaded).toBe(true);
    expect(statSync(first.path).mode & 0o777).toBe(0o444);
    const sidecar = readFileSync(`${first.path}.sha256`, 'utf8');
    expect(sidecar.split(' ')[0]).toBe(obj.sha256);
    const s = statSync(first.path, { bigint: true });
    expect(sidecar).toContain(`size=${s.size} mtimeNs=${s.mtimeNs} ctimeNs=${s.ctimeNs} ino=${s.ino} dev=${s.dev}`);

    // Unchanged: the stamp matches, no re-hash (a re-hash would rewrite the sidecar).
    const sidecarMtime = statSync(`${first.path}.sha256`).mtimeMs;
    const again = await fetchArtifact(o);
    expect(again.downloaded).toBe(false);
    expect(statSync(`${first.path}.sha256`).mtimeMs).toBe(sidecarMtime);

    // Someone overwrites the cached model in place with other bytes of the same size; the sidecar
    // still names the registered sha256.
    const other = Buffer.from(bytes);
    other.fill(9, other.length - MiB);
    chmodSync(first.path, 0o644);
    writeFileSync(first.path, other);
    expect(statSync(first.path).size).toBe(obj.size);
    const healed = await fetchArtifact(o);
    expect(healed.downloaded).toBe(true);
    expect(sha(await readFile(healed.path))).toBe(obj.sha256);
    expect(statSync(healed.path).mode & 0o777).toBe(0o444);

    // Touched but the same bytes (chmod moves ctime): re-hashed, kept, re-stamped.
    chmodSync(healed.path, 0o644);
    const touched = await fetchArtifact(o);
    expect(touched.downloaded).toBe(false);
    expect(statSync(touched.path).mode & 0o777).toBe(0o444);
    const s2 = statSync(touched.path, { bigint: true });
    expect(readFileSync(`${touched.path}.sha256`, 'utf8')).toContain(`ctimeNs=${s2.ctimeNs}`);

    // An old sidecar (no stamp) is not trusted on its own either.
    chmodSync(touched.path, 0o644);
    writeFileSync(touched.path, other);
    writeFileSync(`${touched.path}.sha256`, `${obj.sha256}  stamp-v1.0.0-f32.gguf\n`);
    const noStamp = await fetchArtifact(o);
    expect(noStamp.downloaded).toBe(true);
    expect(sha(await readFile(noStamp.path))).toBe(obj.sha256);
  });
});

describe('GGUF headers are checked by content on fetch, whatever the file is called', () => {
  it('a q8_0 GGUF named .bin registered as f16 never reaches the cache', async () => {
    const local = path.join(tmp.dir, 'q8-as.bin');
    await copyFile(q8, local);
    const obj = await put('wrongq/v1.0.0/wrongq-v1.0.0-f16.bin', local);
    const cacheDir = path.join(tmp.dir, 'cache-wrongq');
    const m = meta({ model: 'wrongq', version: '1.0.0', quantization: 'f16' }, [obj]);
    await expect(downloadArtifact(m, { cacheDir, store })).rejects.toMatchObject({
      code: 'GGUF',
      message: expect.stringContaining(
        `${obj.uri} (wrongq-v1.0.0-f16): the stated quantization f16 does not match the GGUF header (general.file_type 7 = q8_0)`,
      ),
    });
    expect(existsSync(path.join(cacheDir, 'artifacts', 'wrongq-v1.0.0-f16.bin'))).toBe(false);
    expect(readdirSync(path.join(cacheDir, 'staging'))).toEqual([]);
  });

  it('a text file registered as kind gguf is refused, naming what was found; a cached unchecked copy is refused on reuse', async () => {
    const local = path.join(tmp.dir, 'hostname');
    writeFileSync(local, 'build-host-17\n');
    const obj = await put('text/v1.0.0/text-v1.0.0-q8_0.gguf', local);
    const m = meta({ model: 'text', version: '1.0.0', quantization: 'q8_0' }, [obj]);
    const cacheDir = path.join(tmp.dir, 'cache-text');
    const err = await downloadArtifact(m, { cacheDir, store }).catch((e: Error) => e);
    expect(err).toMatchObject({ code: 'GGUF' });
    expect((err as Error).message).toContain(
      `${obj.uri} (text-v1.0.0-q8_0): not a GGUF file: found bytes 0x6275696c ("buil")`,
    );
    expect((err as Error).message).toContain('GGUF magic');
    expect(existsSync(path.join(cacheDir, 'artifacts', 'text-v1.0.0-q8_0.gguf'))).toBe(false);
    // Fetched without the check (deploy's download stage), then used by a checking caller.
    await downloadArtifact(m, { cacheDir, store, checkGguf: false });
    await expect(downloadArtifact(m, { cacheDir, store })).rejects.toMatchObject({ code: 'GGUF' });
  });

  it('checkGgufHeaderBytes works on the first bytes of a file', async () => {
    const head = (await readFile(q8)).subarray(0, 64 * 1024);
    await expect(checkGgufHeaderBytes(head, 'q8_0', { file: 'x.gguf' })).resolves.toBeUndefined();
    await expect(checkGgufHeaderBytes(head, 'Q8_0', { file: 'x.gguf' })).resolves.toBeUndefined();
    await expect(checkGgufHeaderBytes(head, 'f16', { file: 'x.gguf' })).rejects.toThrow(
      'x.gguf: the stated quantization f16 does not match the GGUF header (general.file_type 7 = q8_0)',
    );
    await expect(checkGgufHeaderBytes(Buffer.from('#!/bin/sh\n'), 'f16', { file: 's3://b/x.gguf' })).rejects.toThrow(
      /s3:\/\/b\/x\.gguf: not a GGUF file: found bytes 0x23212f62/,
    );
    await expect(checkGgufHeaderBytes(head.subarray(0, 30), 'q8_0', { file: 'x.gguf' })).rejects.toThrow(
      /first 30 bytes .* read more/,
    );
  });
});

describe('artifact URIs are confined to the configured store', () => {
  it('a file:// URI outside the store folder is refused, and so is a symlink in the store that leads out', async () => {
    const outside = path.join(tmp.dir, 'outside.gguf');
    await copyFile(q8, outside);
    const bytes = await readFile(outside);
    const m = meta({ model: 'esc', version: '1.0.0', quantization: 'q8_0' }, [
      { uri: `file://${outside}`, sha256: sha(bytes), size: bytes.length },
    ]);
    const cacheDir = path.join(tmp.dir, 'cache-esc');
    await expect(downloadArtifact(m, { cacheDir, store })).rejects.toMatchObject({
      code: 'STORE',
      message: `refusing artifact URI file://${outside}: it is outside the configured store ${store.uri} (artifacts are only fetched from inside the store folder)`,
    });
    const dots = { ...m, artifact: { ...m.artifact, uri: `${store.uri}/../outside.gguf` } };
    await expect(downloadArtifact(dots, { cacheDir, store })).rejects.toMatchObject({
      code: 'STORE',
      message: expect.stringContaining('outside the configured store'),
    });
    mkdirSync(path.join(store.root, 'esc', 'v1.0.0'), { recursive: true });
    const link = path.join(store.root, 'esc', 'v1.0.0', 'esc-v1.0.0-q8_0.gguf');
    symlinkSync(outside, link);
    const viaLink = { ...m, artifact: { ...m.artifact, uri: `${store.uri}/esc/v1.0.0/esc-v1.0.0-q8_0.gguf` } };
    await expect(downloadArtifact(viaLink, { cacheDir, store })).rejects.toMatchObject({
      code: 'STORE',
      message: expect.stringContaining(`it resolves to ${outside}, outside the configured store folder`),
    });
    expect(existsSync(path.join(cacheDir, 'artifacts', 'esc-v1.0.0-q8_0.gguf'))).toBe(false);
  });

  it('an s3:// URI in another bucket or outside the prefix is refused before any request', async () => {
    const s3 = openStore('s3://models-bucket/registry', {
      s3: { endpoint: 'http://127.0.0.1:9' },
      credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
    });
    const cacheDir = path.join(tmp.dir, 'cache-s3');
    for (const uri of [
      's3://other-bucket/registry/m/v1.0.0/m-v1.0.0-q8_0.gguf',
      's3://models-bucket/elsewhere/m-v1.0.0-q8_0.gguf',
      'file:///etc/hostname',
    ]) {
      const m = meta({ model: 'm', version: '1.0.0', quantization: 'q8_0' }, [
        { uri, sha256: 'a'.repeat(64), size: 10 },
      ]);
      await expect(downloadArtifact(m, { cacheDir, store: s3 })).rejects.toMatchObject({
        code: 'STORE',
        message: `refusing artifact URI ${uri}: it is outside the configured store s3://models-bucket/registry (artifacts are only fetched from inside the store: the same bucket, under its prefix)`,
      });
    }
  });
});

/** A 1 MiB tmpfs (root only: elsewhere the test is skipped). */
function mountSmallTmpfs(dir: string): boolean {
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('a full disk during a fetch', () => {
  it('names the staging path, the artifact and the bytes needed, and leaves no partial behind', async (ctx) => {
    const cacheDir = path.join(tmp.dir, 'cache-full');
    if (!mountSmallTmpfs(cacheDir)) ctx.skip();
    try {
      const local = path.join(tmp.dir, 'big.gguf');
      await ggufFile(local, 0, 3 * MiB);
      const obj = await put('big/v1.0.0/big-v1.0.0-f32.gguf', local);
      const err = await fetchArtifact({
        store,
        key: 'big/v1.0.0/big-v1.0.0-f32.gguf',
        sha256: obj.sha256,
        size: obj.size,
        cacheDir,
        id: 'big-v1.0.0-f32',
        partSize: MiB,
      }).catch((e: Error) => e);
      expect(err).toMatchObject({ code: 'STORE' });
      const partial = path.join(cacheDir, 'staging', `big-v1.0.0-f32.${process.pid}.partial`);
      expect((err as Error).message).toContain(
        `no space left on the device for artifact big-v1.0.0-f32: writing ${partial} needs ${obj.size} bytes (3.0 MiB)`,
      );
      expect((err as Error).message).toContain('ENOSPC');
      expect(readdirSync(path.join(cacheDir, 'staging'))).toEqual([]);
    } finally {
      execFileSync('umount', [cacheDir], { stdio: 'ignore' });
    }
  });
});
