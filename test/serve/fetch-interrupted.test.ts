import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readlinkSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArtifactMetadata } from '../../src/core/documents.js';
import { ServeCache } from '../../src/serve/cache.js';
import { Follower, type Runtime } from '../../src/serve/follower.js';
import { renderPointerDocument } from '../../src/serve/pointer-source.js';
import { FileSource } from '../../src/serve/sources/file-source.js';
import type { CachedArtifact } from '../../src/serve/cache.js';
import { FileStore } from '../../src/store/index.js';
import { writeGguf } from '../../src/gguf/writer.js';
import { tempDir } from '../helpers/cli.js';
import { waitFor } from './helpers.js';

const MiB = 1024 * 1024;

/** A store whose downloads of one key break halfway: the connection dies, or stalls forever. */
class BrokenStore extends FileStore {
  mode: 'ok' | 'die' | 'stall' = 'ok';
  broken = '';
  started = 0;
  override async getRange(key: string, start: number, end: number): Promise<Readable> {
    if (this.mode === 'ok' || key !== this.broken) return super.getRange(key, start, end);
    this.started++;
    const half = Math.floor((end - start + 1) / 2);
    const mode = this.mode;
    let sent = 0;
    return new Readable({
      read() {
        if (sent >= half) {
          if (mode === 'die') this.destroy(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
          return; // stall: never another byte
        }
        const n = Math.min(64 * 1024, half - sent);
        sent += n;
        this.push(Buffer.alloc(n, 7));
      },
    });
  }
}

class RecordingRuntime implements Runtime {
  activated: string[] = [];
  async activate(a: CachedArtifact): Promise<void> {
    this.activated.push(a.id);
  }
  async close(): Promise<void> {}
}

async function setup() {
  const t = await tempDir('mreg-serve-fetch-');
  const store = new BrokenStore(path.join(t.dir, 'store'));
  const metas: ArtifactMetadata[] = [];
  for (const v of ['1.0.0', '2.0.0']) {
    const local = path.join(t.dir, `m-${v}.gguf`);
    // A GGUF header (the cache checks it against the stated f32), then 3 MiB of payload.
    await writeGguf(local, {
      metadata: [
        ['general.architecture', { type: 'string', value: 'llama' }],
        ['general.file_type', { type: 'uint32', value: 0 }],
      ],
      tensors: [],
    });
    appendFileSync(local, randomBytes(3 * MiB));
    const put = await store.putFile(`m/v${v}/m-v${v}-f32.gguf`, local);
    metas.push({
      model: 'm',
      version: v,
      quantization: 'f32',
      base_model: 'm',
      benchmark_score: null,
      created_at: '2026-01-01T00:00:00.000Z',
      parent_version: null,
      kind: 'gguf',
      status: 'active',
      artifact: { uri: put.uri, sha256: put.sha256, size: put.size },
    });
  }
  const folder = path.join(t.dir, 'pointer');
  mkdirSync(folder);
  let n = 0;
  const point = (meta: ArtifactMetadata) => {
    const doc = renderPointerDocument({
      env: 'prod',
      revision: `rev${++n}`,
      pointer: { model: meta.model, version: meta.version, quantization: meta.quantization, history_id: n },
      artifact: meta,
    });
    writeFileSync(path.join(folder, 'pointer.json.tmp'), JSON.stringify(doc));
    renameSync(path.join(folder, 'pointer.json.tmp'), path.join(folder, 'pointer.json'));
  };
  const cacheDir = path.join(t.dir, 'cache');
  const start = async () => {
    const runtime = new RecordingRuntime();
    const follower = new Follower({
      env: 'prod',
      source: new FileSource({ path: folder, env: 'prod', pollMs: 100 }),
      cache: new ServeCache({ dir: cacheDir, keep: 3, store, download: { part_size_mb: 1, concurrency: 2 } }),
      runtime,
      retryMs: { initial: 60_000, max: 60_000 },
    });
    await follower.start();
    return { follower, runtime };
  };
  return { t, store, metas, point, cacheDir, start };
}

describe('a fetch interrupted midway leaves the active model untouched', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    // Last registered, first undone: a follower stops before its folder is removed.
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it('the connection dies halfway: no partial survives, active still names the old artifact, /health reports it', async () => {
    const x = await setup();
    cleanups.push(x.t.cleanup);
    x.point(x.metas[0]);
    const { follower, runtime } = await x.start();
    cleanups.push(() => follower.stop());
    await waitFor('v1 active', async () => follower.health().ok);
    x.store.mode = 'die';
    x.store.broken = 'm/v2.0.0/m-v2.0.0-f32.gguf';
    x.point(x.metas[1]);
    const h = await waitFor('failed switch', async () =>
      follower.health().status === 'failed' ? follower.health() : null,
    );
    expect(h.reason).toContain('m-v2.0.0-f32');
    expect(h.reason).toContain('still serving m-v1.0.0-f32');
    expect(x.store.started).toBeGreaterThan(0);
    expect(readlinkSync(path.join(x.cacheDir, 'active'))).toBe(path.join('artifacts', 'm-v1.0.0-f32.gguf'));
    expect(existsSync(path.join(x.cacheDir, 'artifacts', 'm-v2.0.0-f32.gguf'))).toBe(false);
    expect(readdirSync(path.join(x.cacheDir, 'staging'))).toEqual([]);
    expect(runtime.activated).toEqual(['m-v1.0.0-f32']);
    expect(follower.info()).toMatchObject({ version: '1.0.0', desired: { version: '2.0.0' } });
  });

  it('the loader stops while the download stalls halfway (a killed pod): the next start resumes cleanly', async () => {
    const x = await setup();
    cleanups.push(x.t.cleanup);
    x.point(x.metas[0]);
    const first = await x.start();
    await waitFor('v1 active', async () => first.follower.health().ok);
    x.store.mode = 'stall';
    x.store.broken = 'm/v2.0.0/m-v2.0.0-f32.gguf';
    x.point(x.metas[1]);
    await waitFor('a partial download in staging', async () =>
      readdirSync(path.join(x.cacheDir, 'staging')).some((f) => f.endsWith('.partial')),
    );
    await first.follower.stop();
    expect(readlinkSync(path.join(x.cacheDir, 'active'))).toBe(path.join('artifacts', 'm-v1.0.0-f32.gguf'));
    expect(existsSync(path.join(x.cacheDir, 'artifacts', 'm-v2.0.0-f32.gguf'))).toBe(false);
    expect(first.runtime.activated).toEqual(['m-v1.0.0-f32']);

    // The store is healthy again; a fresh loader finishes the switch.
    x.store.mode = 'ok';
    const second = await x.start();
    cleanups.push(() => second.follower.stop());
    await waitFor('v2 active', async () => second.follower.health().ok && second.follower.info().version === '2.0.0');
    expect(readlinkSync(path.join(x.cacheDir, 'active'))).toBe(path.join('artifacts', 'm-v2.0.0-f32.gguf'));
    expect(readdirSync(path.join(x.cacheDir, 'staging')).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('keeps the last K verified artifacts and prunes older cached copies only', async () => {
    const x = await setup();
    cleanups.push(x.t.cleanup);
    const cache = new ServeCache({ dir: x.cacheDir, keep: 1, store: x.store });
    const a = await cache.fetch(x.metas[0]);
    await cache.remember(a);
    const b = await cache.fetch(x.metas[1]);
    const removed = await cache.remember(b);
    expect(removed).toEqual([a.path]);
    expect(existsSync(a.path)).toBe(false);
    expect(existsSync(b.path)).toBe(true);
    // The store is never touched.
    expect(await x.store.head('m/v1.0.0/m-v1.0.0-f32.gguf')).not.toBeNull();
  });
});
