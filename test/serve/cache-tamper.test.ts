// A cached model overwritten in place (same size) is never served: rolling back to it re-hashes
// the copy (its stamp no longer matches), discards it and downloads the registered bytes again.
import { createHash } from 'node:crypto';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestRepo } from '../helpers/repo.js';
import { deploy, makeServeRepo, rollback, startCli, waitForVersion } from './helpers.js';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('mreg serve proves a cached copy unchanged before it activates it', () => {
  let repo: TestRepo;
  beforeAll(async () => {
    repo = await makeServeRepo(['1.0.0', '2.0.0']);
    await deploy(repo, '1.0.0');
  });
  afterAll(async () => {
    await repo?.cleanup();
  });

  it('a same-size overwrite of the cached rollback target is re-downloaded; /model-info and the served file agree with the registry', async () => {
    const cache = path.join(repo.root, 'cache-tamper');
    // --repo: the repository's folder store is the configured store (fetches are confined to it).
    const s = await startCli(['--repo', repo.work, 'serve', '--env', 'production', '--cache', cache, '--port', '0']);
    try {
      await waitForVersion(s.url, '1.0.0');
      const cached = path.join(cache, 'artifacts', 'tiny-v1.0.0-f32.gguf');
      const registered = JSON.parse(
        readFileSync(path.join(repo.work, 'registry/models/tiny/tiny-v1.0.0-f32.json'), 'utf8'),
      ).artifact.sha256;
      expect(sha(readFileSync(cached))).toBe(registered);
      expect(statSync(cached).mode & 0o777).toBe(0o444);

      await deploy(repo, '2.0.0');
      await waitForVersion(s.url, '2.0.0');

      // Another model's bytes of the same size, in place: the tail of the tensor data zeroed.
      const bytes = readFileSync(cached);
      const other = Buffer.from(bytes);
      other.fill(0, other.length - 4096);
      expect(sha(other)).not.toBe(registered);
      chmodSync(cached, 0o644);
      writeFileSync(cached, other);

      await rollback(repo);
      const info = await waitForVersion(s.url, '1.0.0');
      expect(info.sha256).toBe(registered);
      // What is served really has that digest.
      expect(sha(readFileSync(path.join(cache, 'active')))).toBe(registered);
      expect(sha(readFileSync(cached))).toBe(registered);
      expect(statSync(cached).mode & 0o777).toBe(0o444);
      expect(s.stderr() + '').not.toContain('verified copy in the cache (' + cached);
    } finally {
      expect(await s.stop()).toBe(0);
    }
  });
});
