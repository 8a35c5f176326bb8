import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitCommand } from '../../src/serve/agent.js';
import { gitAuthEnv } from '../../src/serve/sources/git-source.js';
import { authHeaders } from '../../src/serve/sources/http-source.js';
import type { TestRepo } from '../helpers/repo.js';
import { deploy, getJson, makeServeRepo, rollback, startCli, waitFor, waitForVersion } from './helpers.js';

/**
 * A stand-in for llama-server: /props reports model_path, POST /reload records the call and switches,
 * /metrics answers as llama-server --metrics does.
 */
const STAND_IN = `
import http from 'node:http';
import fs from 'node:fs';
const [log, ignoreReloads] = process.argv.slice(2);
let modelPath = null;
const server = http.createServer(async (req, res) => {
  let body = '';
  for await (const c of req) body += c;
  if (req.method === 'GET' && req.url === '/props') return res.end(JSON.stringify({ model_path: modelPath }));
  if (req.method === 'GET' && req.url === '/metrics')
    return res.end('# HELP llamacpp:tokens_predicted_total Number of generation tokens processed.\\n# TYPE llamacpp:tokens_predicted_total counter\\nllamacpp:tokens_predicted_total 512\\n');
  if (req.method === 'GET' && req.url === '/v1/models') return res.end(JSON.stringify({ data: modelPath ? [{ id: modelPath }] : [] }));
  if (req.method === 'POST' && req.url === '/reload') {
    const j = JSON.parse(body);
    fs.appendFileSync(log, JSON.stringify(j) + '\\n');
    if (ignoreReloads !== 'ignore') modelPath = j.model_path;
    return res.end('{}');
  }
  res.statusCode = 404;
  res.end('{}');
});
server.listen(0, '127.0.0.1', () => console.log('http://127.0.0.1:' + server.address().port));
`;

/** What a reload command does: tell the server (here: the stand-in) which file to load. */
const RELOAD_COMMAND = `
const [url, version] = [process.argv[2], process.env.MREG_VERSION];
if (process.env.MREG_FAIL_VERSION === version) { console.error('refusing ' + version); process.exit(3); }
const r = await fetch(url + '/reload', { method: 'POST', body: JSON.stringify({ via: 'command', model_path: process.env.MREG_MODEL_PATH, version, sha256: process.env.MREG_SHA256 }) });
process.exit(r.ok ? 0 : 1);
`;

async function startStandIn(dir: string, name: string, mode = '') {
  const script = path.join(dir, 'stand-in.mjs');
  writeFileSync(script, STAND_IN);
  const log = path.join(dir, `${name}.jsonl`);
  writeFileSync(log, '');
  const proc = spawn(process.execPath, [script, log, mode], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve) => createInterface({ input: proc.stdout! }).once('line', resolve));
  return {
    url,
    calls: () =>
      readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
    stop: () =>
      new Promise<void>((resolve) => {
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      }),
  };
}

describe('mreg agent and the http source', () => {
  let repo: TestRepo;
  beforeAll(async () => {
    repo = await makeServeRepo(['2.0.0', '2.1.0']);
    await deploy(repo, '2.0.0');
  });
  afterAll(async () => {
    await repo?.cleanup();
  });

  it('agent with --reload-url: fetches, swaps the link, reloads the stand-in and confirms through /props', async () => {
    const standIn = await startStandIn(repo.root, 'url');
    const cache = path.join(repo.root, 'agent-cache');
    const agent = await startCli([
      'agent',
      '--env',
      'production',
      '--source',
      path.join(repo.work, 'registry/registry.json'),
      '--cache',
      cache,
      '--port',
      '0',
      '--reload-url',
      `${standIn.url}/reload`,
      '--server-url',
      standIn.url,
    ]);
    try {
      await waitForVersion(agent.url, '2.0.0');
      expect(standIn.calls()).toMatchObject([
        {
          version: '2.0.0',
          model_path: path.join(cache, 'artifacts', 'tiny-v2.0.0-f32.gguf'),
          active_path: path.join(cache, 'active'),
        },
      ]);
      expect((await getJson(`${agent.url}/health`)).status).toBe(200);
      expect((await fetch(`${agent.url}/v1/models`)).status).toBe(404); // the agent serves no inference
      // The server's own metrics, labelled with what the agent serves there.
      const metrics = await (await fetch(`${agent.url}/metrics`)).text();
      expect(metrics).toMatch(/^# TYPE llamacpp:tokens_predicted_total counter$/m);
      expect(metrics).toMatch(
        /^llamacpp:tokens_predicted_total\{environment="production",model="tiny",version="2\.0\.0",role="stable"\} 512$/m,
      );
      expect(metrics).toMatch(/^mreg_switches_total\{outcome="success"\} 1$/m);

      await deploy(repo, '2.1.0');
      await waitForVersion(agent.url, '2.1.0');
      await rollback(repo);
      await waitForVersion(agent.url, '2.0.0');
      expect(standIn.calls().map((c) => c.version)).toEqual(['2.0.0', '2.1.0', '2.0.0']);
    } finally {
      const agentExit = await agent.stop();
      await standIn.stop();
      expect(agentExit).toBe(0);
    }
  });

  it('agent with --reload-command (no shell): runs it with MREG_* in the environment; a failing hook or an unconfirmed reload is reported', async () => {
    const standIn = await startStandIn(repo.root, 'cmd');
    const reload = path.join(repo.root, 'reload.mjs');
    writeFileSync(reload, RELOAD_COMMAND);
    const agent = await startCli(
      [
        'agent',
        '--env',
        'production',
        '--source',
        path.join(repo.work, 'registry/registry.json'),
        '--cache',
        path.join(repo.root, 'agent-cache2'),
        '--port',
        '0',
        '--reload-command',
        `${process.execPath} ${reload} ${standIn.url}`,
        '--server-url',
        standIn.url,
      ],
      { MREG_FAIL_VERSION: '2.1.0' },
    );
    try {
      const info = await waitForVersion(agent.url, '2.0.0');
      expect(standIn.calls()).toMatchObject([{ via: 'command', version: '2.0.0', sha256: info.sha256 }]);
      await deploy(repo, '2.1.0');
      const h = await waitFor('failed reload', async () => {
        const r = await getJson(`${agent.url}/health`);
        return r.status === 503 && r.body.status === 'failed' ? r.body : null;
      });
      expect(h.reason).toContain('refusing 2.1.0');
      expect((await getJson(`${agent.url}/model-info`)).body).toMatchObject({
        version: '2.0.0',
        desired: { version: '2.1.0' },
      });
      await rollback(repo);
      await waitFor('healthy on 2.0.0', async () => (await getJson(`${agent.url}/health`)).status === 200);
    } finally {
      const agentExit = await agent.stop();
      await standIn.stop();
      expect(agentExit).toBe(0);
    }
  });

  it('http source: conditional GETs with a bearer token, metadata beside registry.json, follows deploy and rollback', async () => {
    const seen: Array<{ url: string; auth?: string; inm?: string; status: number }> = [];
    const server: Server = createServer((req, res) => {
      const file = path.join(
        repo.work,
        decodeURIComponent(new URL(req.url!, 'http://x').pathname).replace(/^\/raw\//, ''),
      );
      let body: Buffer;
      try {
        body = readFileSync(file);
      } catch {
        seen.push({ url: req.url!, status: 404 });
        res.statusCode = 404;
        return res.end('not found');
      }
      const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
      const status = req.headers['if-none-match'] === etag ? 304 : 200;
      seen.push({
        url: req.url!,
        auth: req.headers.authorization,
        inm: req.headers['if-none-match'] as string | undefined,
        status,
      });
      res.writeHead(status, { etag });
      res.end(status === 304 ? undefined : body);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/raw`;
    const s = await startCli(
      [
        'serve',
        '--env',
        'production',
        '--source',
        `${base}/registry/registry.json`,
        '--poll-interval',
        '100',
        '--cache',
        path.join(repo.root, 'http-cache'),
        '--port',
        '0',
      ],
      { MREG_HTTP_TOKEN: 'secret-token' },
    );
    try {
      // The previous test rolled back to 2.0.0.
      await waitForVersion(s.url, '2.0.0');
      await deploy(repo, '2.1.0');
      const info = await waitForVersion(s.url, '2.1.0');
      expect(info.revision).toMatch(/^etag:/);
      await rollback(repo);
      await waitForVersion(s.url, '2.0.0');
      await waitFor('a 304', async () => seen.some((r) => r.status === 304));
      const polls = seen.filter((r) => r.url.endsWith('registry/registry.json'));
      expect(polls.every((r) => r.auth === 'Bearer secret-token')).toBe(true);
      expect(polls.some((r) => r.inm && r.status === 304)).toBe(true);
      expect(seen.some((r) => r.url.endsWith('registry/models/tiny/tiny-v2.1.0-f32.json') && r.status === 200)).toBe(
        true,
      );
    } finally {
      const exit = await s.stop();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      expect(exit).toBe(0);
    }
  });
});

describe('serve helpers', () => {
  it('GITHUB_TOKEN goes only to GitHub hosts; MREG_HTTP_TOKEN to the configured URL', () => {
    expect(
      authHeaders(new URL('https://api.github.com/repos/o/r/contents/registry/registry.json'), { GITHUB_TOKEN: 'g' }),
    ).toEqual({
      authorization: 'Bearer g',
      accept: 'application/vnd.github.raw+json',
    });
    expect(authHeaders(new URL('https://example.com/registry.json'), { GITHUB_TOKEN: 'g' })).toEqual({});
    expect(
      authHeaders(new URL('https://example.com/registry.json'), { MREG_HTTP_TOKEN: 'm', GITHUB_TOKEN: 'g' }),
    ).toEqual({ authorization: 'Bearer m' });
  });

  it('git+https tokens travel in GIT_CONFIG_* env (never argv); GITHUB_TOKEN only to github.com', () => {
    const gh = gitAuthEnv('https://github.com/o/r.git', { GITHUB_TOKEN: 't' });
    expect(gh).toEqual({
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'http.https://github.com/.extraheader',
      GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${Buffer.from('x-access-token:t').toString('base64')}`,
    });
    expect(gitAuthEnv('https://gitlab.example.com/o/r.git', { GITHUB_TOKEN: 't' })).toEqual({});
    expect(gitAuthEnv('https://gitlab.example.com/o/r.git', { MREG_GIT_TOKEN: 'm' }).GIT_CONFIG_KEY_0).toBe(
      'http.https://gitlab.example.com/.extraheader',
    );
    expect(gitAuthEnv('file:///srv/r.git', { MREG_GIT_TOKEN: 'm' })).toEqual({});
  });

  it('splits reload commands without a shell', () => {
    expect(splitCommand(`kill -HUP 1`)).toEqual(['kill', '-HUP', '1']);
    expect(splitCommand(`sh -c 'echo $HOME; rm -rf /' "a b" c\\ d ''`)).toEqual([
      'sh',
      '-c',
      'echo $HOME; rm -rf /',
      'a b',
      'c d',
      '',
    ]);
    expect(() => splitCommand(`echo "unterminated`)).toThrow(/unterminated/);
  });
});
