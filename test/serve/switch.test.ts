import { createHash } from 'node:crypto';
import { readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mreg } from '../helpers/cli.js';
import { registerFake, type TestRepo } from '../helpers/repo.js';
import { deploy, getJson, makeServeRepo, rollback, startCli, waitFor, waitForVersion } from './helpers.js';

/** Switching under load and switching to something broken: the old version keeps serving. */
describe('mreg serve switches safely', () => {
  let repo: TestRepo;
  beforeAll(async () => {
    repo = await makeServeRepo(['1.0.0', '2.0.0', '2.1.0', '3.0.0']);
    await deploy(repo, '2.0.0');
  });
  afterAll(async () => {
    await repo?.cleanup();
  });

  it('zero failed requests: two clients send continuously across three switches', async () => {
    const s = await startCli([
      'serve',
      '--env',
      'production',
      '--source',
      path.join(repo.work, 'registry/registry.json'),
      '--cache',
      path.join(repo.root, 'cache-load'),
      '--port',
      '0',
    ]);
    try {
      await waitForVersion(s.url, '2.0.0');
      let running = true;
      const failures: string[] = [];
      const seen: string[] = [];
      let ok = 0;
      const client = async (kind: 'completions' | 'chat/completions') => {
        while (running) {
          try {
            const body =
              kind === 'completions'
                ? { prompt: 'the quick', max_tokens: 8 }
                : { messages: [{ role: 'user', content: 'hello' }], max_tokens: 4 };
            const res = await fetch(`${s.url}/v1/${kind}`, { method: 'POST', body: JSON.stringify(body) });
            const j = await res.json();
            if (res.status !== 200 || !Array.isArray(j.choices)) failures.push(`${res.status} ${JSON.stringify(j)}`);
            else {
              ok++;
              const a = res.headers.get('x-mreg-artifact')!;
              if (seen[seen.length - 1] !== a) seen.push(a);
            }
          } catch (err) {
            failures.push(String(err));
          }
        }
      };
      const clients = [client('completions'), client('chat/completions')];
      await deploy(repo, '2.1.0');
      await waitForVersion(s.url, '2.1.0');
      await rollback(repo);
      await waitForVersion(s.url, '2.0.0');
      await deploy(repo, '1.0.0');
      await waitForVersion(s.url, '1.0.0');
      // A few more requests on the last version before stopping the clients.
      const after = ok;
      await waitFor('requests after the last switch', async () => ok >= after + 4);
      running = false;
      await Promise.all(clients);
      expect(failures).toEqual([]);
      expect(seen).toContain('tiny-v2.1.0-f32');
      expect(seen[seen.length - 1]).toBe('tiny-v1.0.0-f32');
      expect((await getJson(`${s.url}/model-info`)).body.switches).toBe(4);
    } finally {
      expect(await s.stop()).toBe(0);
    }
  });

  it('a corrupt artifact keeps the old version serving, /health says why, and the retry succeeds once the store is repaired', async () => {
    // The current pointer, whatever the previous test left.
    await deploy(repo, '2.0.0');
    const s = await startCli([
      'serve',
      '--env',
      'production',
      '--source',
      `git+file://${repo.remote}#main`,
      '--poll-interval',
      '200',
      '--cache',
      path.join(repo.root, 'cache-corrupt'),
      '--port',
      '0',
    ]);
    try {
      await waitForVersion(s.url, '2.0.0');
      // Commit the deploy without pushing, so the store can be damaged before the server sees it.
      const r = await mreg([
        '--repo',
        repo.work,
        'deploy',
        'tiny',
        '3.0.0',
        '--env',
        'production',
        '--skip-gate',
        '--reason',
        'test',
        '--no-push',
      ]);
      expect(r.code, r.stderr).toBe(0);
      const file = path.join(repo.store, 'tiny/v3.0.0/tiny-v3.0.0-f32.gguf');
      const good = readFileSync(file);
      const bad = Buffer.from(good);
      bad[bad.length - 100] ^= 0xff; // same size, different sha256
      writeFileSync(file, bad);
      repo.git(['push', '--quiet', 'origin', 'main']);

      const failed = await waitFor('/health 503 with an integrity reason', async () => {
        const h = await getJson(`${s.url}/health`);
        return h.status === 503 && h.body.status === 'failed' ? h.body : null;
      });
      expect(failed.reason).toMatch(/tiny-v3\.0\.0-f32.*INTEGRITY/);
      expect(failed.reason).toContain('still serving tiny-v2.0.0-f32');
      const info = (await getJson(`${s.url}/model-info`)).body;
      expect(info.version).toBe('2.0.0');
      expect(info.desired.version).toBe('3.0.0');
      expect(info.error.code).toBe('INTEGRITY');
      expect(readlinkSync(path.join(repo.root, 'cache-corrupt', 'active'))).toContain('tiny-v2.0.0-f32.gguf');
      const c = await fetch(`${s.url}/v1/completions`, {
        method: 'POST',
        body: JSON.stringify({ prompt: 'a', max_tokens: 2 }),
      });
      expect(c.status).toBe(200);
      expect(c.headers.get('x-mreg-artifact')).toBe('tiny-v2.0.0-f32');

      // Repaired: the backoff retry picks it up without any new deploy.
      writeFileSync(file, good);
      await waitForVersion(s.url, '3.0.0');
      expect((await getJson(`${s.url}/health`)).status).toBe(200);
    } finally {
      expect(await s.stop()).toBe(0);
    }
  });

  it('an artifact llama.cpp cannot load keeps the old version and the active link', async () => {
    await deploy(repo, '2.0.0');
    const cache = path.join(repo.root, 'cache-unloadable');
    const s = await startCli([
      'serve',
      '--env',
      'production',
      '--source',
      path.join(repo.work, 'registry/registry.json'),
      '--cache',
      cache,
      '--port',
      '0',
    ]);
    try {
      await waitForVersion(s.url, '2.0.0');
      const bytes = await registerFake(repo, 'tiny', '9.0.0', 'f32'); // verified bytes, but not a GGUF model
      expect(createHash('sha256').update(readFileSync(bytes)).digest('hex')).toHaveLength(64);
      await deploy(repo, '9.0.0');
      const failed = await waitFor('/health 503', async () => {
        const h = await getJson(`${s.url}/health`);
        return h.status === 503 && h.body.status === 'failed' ? h.body : null;
      });
      expect(failed.reason).toMatch(/tiny-v9\.0\.0-f32.*GGUF/);
      expect(readlinkSync(path.join(cache, 'active'))).toContain('tiny-v2.0.0-f32.gguf');
      expect((await getJson(`${s.url}/model-info`)).body).toMatchObject({
        version: '2.0.0',
        desired: { version: '9.0.0' },
        state: 'failed',
      });
      // Rolling back makes the server healthy again.
      await rollback(repo);
      await waitFor('/health 200', async () => (await getJson(`${s.url}/health`)).status === 200);
    } finally {
      expect(await s.stop()).toBe(0);
    }
  });
});
