// The periodic scrub: the active artifact's cached bytes are re-hashed in the background; a file
// changed on disk is discarded, downloaded again and reloaded.
import { createHash, randomBytes } from 'node:crypto';
import {
  appendFileSync,
  chmodSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArtifactMetadata } from '../../src/core/documents.js';
import { writeGguf } from '../../src/gguf/writer.js';
import { ServeCache, type CachedArtifact } from '../../src/serve/cache.js';
import { Follower, type Runtime } from '../../src/serve/follower.js';
import { renderPointerDocument } from '../../src/serve/pointer-source.js';
import { FileSource } from '../../src/serve/sources/file-source.js';
import { FileStore } from '../../src/store/index.js';
import { tempDir } from '../helpers/cli.js';
import { waitFor } from './helpers.js';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

class RecordingRuntime implements Runtime {
  activated: string[] = [];
  async activate(a: CachedArtifact): Promise<void> {
    this.activated.push(a.id);
  }
  async close(): Promise<void> {}
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  // Last registered, first undone: a follower stops before its folder is removed.
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('scrub', () => {
  it('re-hashes the active file in the background; a bit flip (timestamps put back) is discarded, re-downloaded and reloaded', async () => {
    const t = await tempDir('mreg-scrub-');
    cleanups.push(t.cleanup);
    const store = new FileStore(path.join(t.dir, 'store'));
    const local = path.join(t.dir, 'm.gguf');
    await writeGguf(local, {
      metadata: [
        ['general.architecture', { type: 'string', value: 'llama' }],
        ['general.file_type', { type: 'uint32', value: 0 }],
      ],
      tensors: [],
    });
    appendFileSync(local, randomBytes(512 * 1024));
    const put = await store.putFile('m/v1.0.0/m-v1.0.0-f32.gguf', local);
    const meta: ArtifactMetadata = {
      model: 'm',
      version: '1.0.0',
      quantization: 'f32',
      base_model: 'm',
      benchmark_score: null,
      created_at: '2026-01-01T00:00:00.000Z',
      parent_version: null,
      kind: 'gguf',
      status: 'active',
      artifact: { uri: put.uri, sha256: put.sha256, size: put.size },
    };
    const folder = path.join(t.dir, 'pointer');
    mkdirSync(folder);
    const doc = renderPointerDocument({
      env: 'prod',
      revision: 'rev1',
      pointer: { model: 'm', version: '1.0.0', quantization: 'f32', history_id: 1 },
      artifact: meta,
    });
    writeFileSync(path.join(folder, 'pointer.json.tmp'), JSON.stringify(doc));
    renameSync(path.join(folder, 'pointer.json.tmp'), path.join(folder, 'pointer.json'));

    const cacheDir = path.join(t.dir, 'cache');
    const runtime = new RecordingRuntime();
    const warnings: string[] = [];
    const follower = new Follower({
      env: 'prod',
      source: new FileSource({ path: folder, env: 'prod', pollMs: 100 }),
      cache: new ServeCache({ dir: cacheDir, keep: 3, store }),
      runtime,
      logger: { info: () => undefined, warn: (m) => warnings.push(m) },
      scrubMs: 200,
    });
    cleanups.push(() => follower.stop());
    await follower.start();
    await waitFor('v1 active', async () => follower.health().ok);
    const cached = path.join(cacheDir, 'artifacts', 'm-v1.0.0-f32.gguf');
    expect(await follower.scrub()).toEqual([]);

    // A bit flip on disk: same size, and the timestamps put back (as a disk error would leave them).
    const before = statSync(cached);
    const bytes = readFileSync(cached);
    bytes[bytes.length - 1] ^= 1;
    chmodSync(cached, 0o644);
    writeFileSync(cached, bytes);
    utimesSync(cached, before.atime, before.mtime);

    await waitFor('reloaded after the scrub', async () => runtime.activated.length === 2 && follower.health().ok);
    expect(runtime.activated).toEqual(['m-v1.0.0-f32', 'm-v1.0.0-f32']);
    expect(sha(readFileSync(cached))).toBe(put.sha256);
    expect(warnings.join('\n')).toContain(
      `scrub: ${cached} no longer hashes to the sha256 the registry records for m-v1.0.0-f32; discarded; downloading it again and reloading`,
    );
  });
});
