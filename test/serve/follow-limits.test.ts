// Bounded load per source: conditional polls, jitter, backoff, Retry-After and interval floors.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { POLL_FLOOR_MS, checkPollInterval, PollSchedule, type PointerUpdate } from '../../src/serve/pointer-source.js';
import { openSource } from '../../src/serve/sources/index.js';
import { HttpSource } from '../../src/serve/sources/http-source.js';
import { waitFor } from './helpers.js';

const registry = (version: string) =>
  JSON.stringify({
    schema_version: 1,
    environments: { production: { model: 'm', version, quantization: 'f32', history_id: 1 } },
    history: [],
  });

describe('poll limits', () => {
  it('http: every poll after the first is conditional; unchanged answers 304 with no body', async () => {
    let body = registry('1.0.0');
    let etag = '"v1"';
    const seen: Array<{ inm?: string; status: number; bytes: number }> = [];
    const server = createServer((req, res) => {
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag });
        seen.push({ inm: req.headers['if-none-match'], status: 304, bytes: 0 });
        return res.end();
      }
      res.writeHead(200, { etag, 'content-type': 'application/json' });
      seen.push({ inm: req.headers['if-none-match'] as string | undefined, status: 200, bytes: body.length });
      res.end(body);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/registry/registry.json`;
    const source = new HttpSource({ url, env: 'production', pollMs: 30 });
    const updates: PointerUpdate[] = [];
    try {
      await source.start(
        (u) => updates.push(u),
        () => undefined,
      );
      await waitFor('a few polls', async () => seen.length >= 5);
      body = registry('2.0.0');
      etag = '"v2"';
      await waitFor('2.0.0', async () => updates.length === 2);
      await waitFor('more polls', async () => seen.filter((s) => s.inm === '"v2"').length >= 3);
    } finally {
      await source.close();
      await new Promise((r) => server.close(r));
    }
    expect(updates.map((u) => u.pointer?.version)).toEqual(['1.0.0', '2.0.0']);
    expect(seen[0]).toMatchObject({ inm: undefined, status: 200 });
    // After the first read, each request names the ETag it has; the full body only comes with a change.
    expect(seen.slice(1).every((s) => s.inm === '"v1"' || s.inm === '"v2"')).toBe(true);
    expect(seen.filter((s) => s.status === 200)).toHaveLength(2);
    expect(source.requests.full).toBe(2);
    expect(source.requests.notModified).toBe(seen.length - 2);
  });

  it('polls once per interval at a random phase: no lockstep, no more than one request per interval, doubling backoff (16x cap), Retry-After respected', () => {
    // Servers started together get phases spread over the first interval.
    const phases = Array.from({ length: 2000 }, () => new PollSchedule(5000).nextDelay(0));
    expect(Math.min(...phases)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...phases)).toBeLessThan(5000);
    expect(Math.max(...phases) - Math.min(...phases)).toBeGreaterThan(4000); // really spread, not constant
    // After the phase, each poll starts one interval after the previous one started, however long the poll took.
    let t = 0;
    const s = new PollSchedule(
      5000,
      () => 0.5,
      () => t,
    );
    s.started();
    expect(s.nextDelay(0)).toBe(2500);
    t = 2500;
    s.started();
    t = 3700; // the poll took 1.2 s
    expect(s.nextDelay(0)).toBe(3800);
    t = 7500;
    s.started();
    t = 20_000; // a poll slower than the interval: the next one at once, never a negative wait
    expect(s.nextDelay(0)).toBe(0);
    t = 20_000;
    s.started();
    expect(s.nextDelay(2)).toBe(20_000);
    expect(s.nextDelay(10)).toBe(80_000);
    expect(s.nextDelay(0, 120_000)).toBe(120_000);
  });

  it('floors: remote http 1 s, remote git 5 s, GitHub 15 s; loopback and file remotes none; defaults respect them', () => {
    expect(() => checkPollInterval('http', 'https://registry.example.com/registry.json', 500)).toThrow(
      /poll interval 500 ms for https:\/\/registry.example.com\/registry.json is below the 1000 ms floor for a remote http source.*k8s:NAMESPACE\/NAME/,
    );
    expect(() => checkPollInterval('git', 'https://git.example.com/r.git', 2000)).toThrow(
      /5000 ms floor for a remote git source/,
    );
    expect(() => checkPollInterval('git', 'git@github.com:org/registry.git', 5000)).toThrow(
      /15000 ms floor for GitHub/,
    );
    expect(() =>
      checkPollInterval('http', 'https://raw.githubusercontent.com/o/r/main/registry/registry.json', 10_000),
    ).toThrow(/GitHub/);
    expect(() =>
      checkPollInterval(
        'http',
        'https://api.github.com/repos/o/r/contents/registry/registry.json',
        POLL_FLOOR_MS.github,
      ),
    ).not.toThrow();
    expect(() => checkPollInterval('http', 'http://127.0.0.1:8080/r.json', 10)).not.toThrow();
    expect(() => checkPollInterval('git', 'file:///srv/registry.git', 10)).not.toThrow();
    expect(() =>
      openSource('git+https://github.com/o/r.git#main', { env: 'production', cacheDir: '/tmp/x', pollMs: 1000 }),
    ).toThrow(/GitHub/);
    // Without --poll-interval, the default is the larger of 5 s and the floor.
    expect(() =>
      openSource('git+https://github.com/o/r.git#main', { env: 'production', cacheDir: '/tmp/x' }),
    ).not.toThrow();
    expect(() =>
      openSource('https://raw.githubusercontent.com/o/r/main/registry/registry.json', {
        env: 'production',
        cacheDir: '/tmp/x',
      }),
    ).not.toThrow();
  });
});
