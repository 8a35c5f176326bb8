// The gate's pull-request comment, written by the bundled action (Node 24) through @actions/github
// to a stand-in for GitHub's REST API on loopback: created once, then updated in place on every
// push, never duplicated, and people's comments (even ones quoting ours) left alone.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { startGitHubStandIn, type GitHubStandIn } from '../helpers/github-api.js';
import { node24 } from '../helpers/node24.js';
import { makeRepo, registerFake, type TestRepo } from '../helpers/repo.js';

const PR = 42;
const MARKER = '<!-- mreg-gate -->';

describe('the gate pull-request comment', () => {
  let repo: TestRepo;
  let api: GitHubStandIn;

  beforeAll(async () => {
    await node24();
    repo = await makeRepo();
    await registerFake(repo, 'llama3', '1.0.0');
    await registerFake(repo, 'llama3', '1.1.0');
    api = await startGitHubStandIn('acme', 'models');
    // A long conversation: our comment will live beyond the first page of 100.
    for (let n = 0; n < 120; n++) api.seed(PR, `review note ${n}`);
    // Someone quoting an earlier gate comment: it carries the marker, but it is not ours.
    api.seed(PR, `> ${MARKER}\n> <!-- mreg-gate:llama3-v1.1.0-q4km -->\n> the gate failed?`);
  });
  afterAll(async () => {
    await api?.close();
    await repo?.cleanup();
  });
  beforeEach(() => {
    api.requests.length = 0;
  });

  const gate = (version: string, opts: { token?: string; event?: unknown; sha?: string } = {}) =>
    runAction(
      {
        command: 'gate',
        model: 'llama3',
        version,
        quantization: 'q4km',
        environment: 'staging',
        'registry-path': repo.work,
        'github-token': opts.token ?? 'test-token',
      },
      {
        env: {
          GITHUB_API_URL: api.url,
          GITHUB_REPOSITORY: 'acme/models',
          GITHUB_SHA: opts.sha ?? 'a'.repeat(40),
          GITHUB_SERVER_URL: 'https://github.example',
          GITHUB_RUN_ID: '7',
          MREG_LLAMA_GPU: 'false',
        },
        eventPayload: opts.event ?? { pull_request: { number: PR } },
      },
    );

  const ours = () => (api.comments.get(PR) ?? []).filter((c) => c.body.startsWith(MARKER));

  it('creates the comment on the first run', async () => {
    const r = await gate('1.1.0', { sha: '1'.repeat(40) });
    expect(r.stdout).toMatch(/pull-request comment created/);
    expect(ours()).toHaveLength(1);
    expect(ours()[0].body).toContain('llama3 1.1.0 (q4km)');
    expect(ours()[0].body).toContain('staging');
    expect(ours()[0].body).toContain('111111111111');
    expect(api.requests.filter((q) => q.method === 'POST')).toHaveLength(1);
    expect(api.requests.every((q) => q.authorization === 'token test-token')).toBe(true);
  });

  it('updates the same comment on the next push instead of adding one', async () => {
    const id = ours()[0].id;
    const quoted = api.comments.get(PR)!.find((c) => c.body.startsWith('> '))!.body;
    const r = await gate('1.1.0', { sha: '2'.repeat(40) });
    expect(r.stdout).toMatch(/pull-request comment updated/);
    expect(ours()).toHaveLength(1);
    expect(ours()[0].id).toBe(id);
    expect(ours()[0].body).toContain('222222222222');
    expect(ours()[0].body).not.toContain('111111111111');
    expect(api.requests.filter((q) => q.method === 'POST')).toHaveLength(0);
    expect(api.requests.filter((q) => q.method === 'PATCH').map((q) => q.path)).toEqual([
      `/repos/acme/models/issues/comments/${id}`,
    ]);
    // Both pages were read to find it.
    expect(api.requests.filter((q) => q.method === 'GET').length).toBeGreaterThanOrEqual(2);
    expect(api.comments.get(PR)!.find((c) => c.body.startsWith('> '))!.body).toBe(quoted);
    expect(api.comments.get(PR)!.filter((c) => c.body.startsWith('review note'))).toHaveLength(120);
  });

  it('keeps one comment per candidate when a pull request adds two artifacts', async () => {
    await gate('1.0.0');
    await gate('1.0.0');
    await gate('1.1.0');
    expect(ours()).toHaveLength(2);
    expect(ours().filter((c) => c.body.includes('llama3 1.0.0'))).toHaveLength(1);
  });

  it('stays silent outside pull requests and without a token', async () => {
    await gate('1.1.0', { event: { ref: 'refs/heads/main' } });
    await gate('1.1.0', { token: '' });
    expect(api.requests).toEqual([]);
  });

  it('a failing comment API does not hide the gate result', async () => {
    const r = await runAction(
      { command: 'gate', model: 'llama3', version: '1.1.0', 'registry-path': repo.work, 'github-token': 'test-token' },
      {
        env: { GITHUB_API_URL: 'http://127.0.0.1:9', GITHUB_REPOSITORY: 'acme/models' },
        eventPayload: { pull_request: { number: PR } },
      },
    );
    expect(r.stdout).toMatch(/::warning::could not write the pull-request comment/);
    expect(r.outputs['gate-result'] ?? '').not.toBe('pass');
  });
});
