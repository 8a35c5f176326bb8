// The http pointer source follows redirects only within the origin it was configured with.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPointerDocument, type PointerUpdate } from '../../src/serve/pointer-source.js';
import { HttpSource } from '../../src/serve/sources/http-source.js';

function pointerText(version: string): string {
  return JSON.stringify(
    renderPointerDocument({
      env: 'production',
      revision: `rev-${version}`,
      pointer: { model: 'm', version, quantization: 'f32', history_id: 1 },
      artifact: null,
    }),
  );
}

function serve(
  handler: (path: string) => { status: number; location?: string; body?: string },
): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const r = handler(req.url ?? '/');
    res.writeHead(r.status, r.location ? { location: r.location } : { 'content-type': 'application/json' });
    res.end(r.body ?? '');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

let a: { server: Server; origin: string };
let b: { server: Server; origin: string };
const hitsOnB: string[] = [];

beforeAll(async () => {
  // b: a server of someone else's choosing, with a pointer of its own.
  b = await serve((p) => {
    hitsOnB.push(p);
    return { status: 200, body: pointerText('6.6.6') };
  });
  a = await serve((p) => {
    if (p === '/moved/pointer.json') return { status: 302, location: `${b.origin}/pointer.json` };
    if (p === '/moved-https/pointer.json')
      return { status: 301, location: `https://127.0.0.1:${new URL(a.origin).port}/pointer.json` };
    if (p === '/same/pointer.json') return { status: 307, location: '/pointer.json' };
    if (p === '/pointer.json') return { status: 200, body: pointerText('1.0.0') };
    return { status: 404, body: 'no' };
  });
});
afterAll(async () => {
  for (const s of [a, b]) await new Promise((r) => s?.server.close(r));
});

async function pollOnce(url: string): Promise<{ updates: PointerUpdate[]; errors: Error[] }> {
  const updates: PointerUpdate[] = [];
  const errors: Error[] = [];
  const source = new HttpSource({ url, env: 'production', pollMs: 60_000 });
  await source.start(
    (u) => updates.push(u),
    (e) => errors.push(e),
  );
  await source.close();
  return { updates, errors };
}

describe('http pointer source and redirects', () => {
  it('refuses a redirect to another origin, naming both, and never asks that server', async () => {
    const { updates, errors } = await pollOnce(`${a.origin}/moved/pointer.json`);
    expect(updates).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe(
      `${a.origin}/moved/pointer.json: HTTP 302 redirects to ${b.origin}/pointer.json, another origin than the source ${a.origin}; refusing to follow it (point the source at the final URL if that server is trusted)`,
    );
    expect(hitsOnB).toEqual([]);
  });

  it('a change of scheme is another origin too', async () => {
    const { updates, errors } = await pollOnce(`${a.origin}/moved-https/pointer.json`);
    expect(updates).toEqual([]);
    expect(errors[0].message).toContain('another origin');
  });

  it('follows a redirect within the same origin', async () => {
    const { updates, errors } = await pollOnce(`${a.origin}/same/pointer.json`);
    expect(errors).toEqual([]);
    expect(updates).toHaveLength(1);
    expect(updates[0].pointer).toMatchObject({ model: 'm', version: '1.0.0' });
  });
});
