import { mkdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mregJson } from '../helpers/cli.js';
import { node24 } from '../helpers/node24.js';
import type { TestRepo } from '../helpers/repo.js';
import { deploy, getJson, makeServeRepo, rollback, startCli, waitForVersion } from './helpers.js';

/**
 * The serving promise, end to end with real processes: `mreg serve` follows an environment's
 * pointer through each kind of source; deploy switches it, rollback reverts it, no restart.
 */
describe('mreg serve follows the registry', () => {
  let repo: TestRepo;
  beforeAll(async () => {
    repo = await makeServeRepo();
    await deploy(repo, '2.0.0');
  });
  afterAll(async () => {
    await repo?.cleanup();
  });

  it('file source: serves 2.0.0, switches to 2.1.0 on deploy, reverts on rollback; the OpenAI routes answer', async () => {
    const cache = path.join(repo.root, 'cache-file');
    const s = await startCli([
      'serve',
      '--env',
      'production',
      '--source',
      `file:${path.join(repo.work, 'registry/registry.json')}`,
      '--cache',
      cache,
      '--port',
      '0',
    ]);
    try {
      expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const info = await waitForVersion(s.url, '2.0.0');
      const meta = JSON.parse(readFileSync(path.join(repo.work, 'registry/models/tiny/tiny-v2.0.0-f32.json'), 'utf8'));
      expect(info).toMatchObject({
        environment: 'production',
        model: 'tiny',
        version: '2.0.0',
        quantization: 'f32',
        sha256: meta.artifact.sha256,
        desired: null,
        error: null,
      });
      expect(typeof info.loaded_at).toBe('string');
      expect(info.revision).toMatch(/^sha256:/);
      expect((await getJson(`${s.url}/health`)).status).toBe(200);

      const models = await getJson(`${s.url}/v1/models`);
      expect(models.body.data.map((m: { id: string }) => m.id)).toEqual(['tiny-v2.0.0-f32']);
      const c = await fetch(`${s.url}/v1/completions`, {
        method: 'POST',
        body: JSON.stringify({ prompt: 'the quick', max_tokens: 5 }),
      });
      expect(c.status).toBe(200);
      expect(c.headers.get('x-mreg-artifact')).toBe('tiny-v2.0.0-f32');
      const cj = await c.json();
      expect(cj.object).toBe('text_completion');
      expect(typeof cj.choices[0].text).toBe('string');
      expect(cj.usage.completion_tokens).toBeGreaterThan(0);
      const chat = await fetch(`${s.url}/v1/chat/completions`, {
        method: 'POST',
        body: JSON.stringify({ messages: [{ role: 'user', content: 'hi' }], max_tokens: 4 }),
      });
      expect(chat.status).toBe(200);
      expect((await chat.json()).choices[0].message.role).toBe('assistant');
      const stream = await fetch(`${s.url}/v1/completions`, {
        method: 'POST',
        body: JSON.stringify({ prompt: 'the', max_tokens: 4, stream: true }),
      });
      const text = await stream.text();
      expect(text).toContain('data: ');
      expect(text.trim().endsWith('data: [DONE]')).toBe(true);
      const bad = await fetch(`${s.url}/v1/completions`, { method: 'POST', body: '{nope' });
      expect(bad.status).toBe(400);

      await deploy(repo, '2.1.0');
      await waitForVersion(s.url, '2.1.0');
      expect(readlinkSync(path.join(cache, 'active'))).toBe(path.join('artifacts', 'tiny-v2.1.0-f32.gguf'));

      await rollback(repo);
      const back = await waitForVersion(s.url, '2.0.0');
      expect(back.history_id).toBeGreaterThan(info.history_id);
      expect((await getJson(`${s.url}/health`)).status).toBe(200);
    } finally {
      expect(await s.stop()).toBe(0);
    }
  });

  it('runs on Node 24 too (the Action runtime): serves and switches', async () => {
    const s = await startCli(
      [
        'serve',
        '--env',
        'production',
        '--source',
        path.join(repo.work, 'registry/registry.json'),
        '--cache',
        path.join(repo.root, 'cache-node24'),
        '--port',
        '0',
      ],
      {},
      await node24(),
    );
    try {
      await waitForVersion(s.url, '2.0.0');
      const c = await fetch(`${s.url}/v1/completions`, {
        method: 'POST',
        body: JSON.stringify({ prompt: 'the', max_tokens: 3 }),
      });
      expect(c.status).toBe(200);
      // /metrics from the bundle (prom-client inside dist/) on Node 24 as well.
      const metrics = await (await fetch(`${s.url}/metrics`)).text();
      expect(metrics).toMatch(
        /^mreg_model_info\{environment="production",model="tiny",version="2\.0\.0",quantization="f32",sha256="[0-9a-f]{64}",role="stable"\} 1$/m,
      );
      expect(metrics).toMatch(/^mreg_switches_total\{outcome="success"\} 1$/m);
      expect(metrics).toMatch(/^mreg_health\{state="ok"\} 1$/m);
      await deploy(repo, '2.1.0');
      await waitForVersion(s.url, '2.1.0');
      await rollback(repo);
      await waitForVersion(s.url, '2.0.0');
    } finally {
      expect(await s.stop()).toBe(0);
    }
  });

  it('git remote source: polls the branch head and follows deploy and rollback', async () => {
    const s = await startCli([
      'serve',
      '--env',
      'production',
      '--source',
      `git+file://${repo.remote}#main`,
      '--poll-interval',
      '200',
      '--cache',
      path.join(repo.root, 'cache-git'),
      '--port',
      '0',
    ]);
    try {
      const start = await waitForVersion(s.url, '2.0.0');
      expect(start.revision).toBe(repo.git(['rev-parse', 'HEAD']).trim());
      await deploy(repo, '2.1.0');
      const after = await waitForVersion(s.url, '2.1.0');
      expect(after.revision).toBe(repo.git(['rev-parse', 'HEAD']).trim());
      await rollback(repo);
      await waitForVersion(s.url, '2.0.0');
    } finally {
      expect(await s.stop()).toBe(0);
    }
  });

  it('ConfigMap folder: follows a kubelet-style ..data symlink swap of the rendered pointer (no repository, no store needed)', async () => {
    const dir = path.join(repo.root, 'configmap');
    mkdirSync(dir);
    let n = 0;
    // Exactly what the kubelet does: a new timestamped folder, ..data_tmp -> it, rename over ..data.
    const publish = async () => {
      const cm = await mregJson(['--repo', repo.work, 'k8s', 'configmap', '--env', 'production']);
      const ts = `..2026_11_23_00_00_0${n++}.123`;
      mkdirSync(path.join(dir, ts));
      for (const [k, v] of Object.entries(cm.data as Record<string, string>)) writeFileSync(path.join(dir, ts, k), v);
      const old = n > 1 ? readlinkSync(path.join(dir, '..data')) : null;
      symlinkSync(ts, path.join(dir, '..data_tmp'));
      renameSync(path.join(dir, '..data_tmp'), path.join(dir, '..data'));
      for (const k of Object.keys(cm.data)) {
        try {
          symlinkSync(path.join('..data', k), path.join(dir, k));
        } catch {
          // already linked through ..data
        }
      }
      if (old) rmSync(path.join(dir, old), { recursive: true });
    };
    await publish();
    // --repo names an empty folder: no config, no store, only what the ConfigMap carries.
    const nowhere = path.join(repo.root, 'pod');
    mkdirSync(nowhere);
    const s = await startCli(
      [
        '--repo',
        nowhere,
        'serve',
        '--env',
        'production',
        '--source',
        dir,
        '--cache',
        path.join(repo.root, 'cache-cm'),
        '--port',
        '0',
      ],
      {
        MREG_STORE: '',
      },
    );
    try {
      const first = await waitForVersion(s.url, '2.0.0');
      expect(first.revision).toBe(repo.git(['rev-parse', 'HEAD']).trim());
      await deploy(repo, '2.1.0');
      await publish();
      await waitForVersion(s.url, '2.1.0');
      await rollback(repo);
      await publish();
      await waitForVersion(s.url, '2.0.0');
    } finally {
      expect(await s.stop()).toBe(0);
    }
  });
});
