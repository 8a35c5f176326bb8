import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mreg, mregJson } from '../helpers/cli.js';
import { makeRepo, registerFake, type TestRepo } from '../helpers/repo.js';

const readRegistry = (work: string) => JSON.parse(readFileSync(path.join(work, 'registry/registry.json'), 'utf8'));
const readMeta = (work: string, id: string) =>
  JSON.parse(readFileSync(path.join(work, `registry/models/llama3-instruct/${id}.json`), 'utf8'));

describe('mreg end to end: init, register, deploy, rollback', () => {
  let repo: TestRepo;
  const m = 'llama3-instruct';

  beforeAll(async () => {
    repo = await makeRepo({ gate: false });
    await registerFake(repo, m, '1.0.0');
    await registerFake(repo, m, '2.0.0', 'q4km', ['--parent-version', '1.0.0']);
    await registerFake(repo, m, '2.1.0', 'q4km', ['--parent-version', '2.0.0']);
  });
  afterAll(() => repo.cleanup());

  it('init inside another repository makes a repository of its own', async () => {
    const nested = path.join(repo.work, 'nested-registry');
    const head = repo.git(['rev-parse', 'HEAD']);
    const r = await mregJson(['init', nested]);
    expect(r.created_repository).toBe(true);
    expect(repo.git(['rev-parse', 'HEAD'])).toBe(head);
    expect(repo.git(['rev-parse', '--show-toplevel'], nested).trim()).toBe(nested);
    expect(repo.git(['log', '--format=%s'], nested).trim()).toBe('init: model registry (staging, production)');
    const { rmSync } = await import('node:fs');
    rmSync(nested, { recursive: true, force: true });
  });

  it('rollback with nothing deployed refuses and writes nothing', async () => {
    const head = repo.git(['rev-parse', 'HEAD']);
    const r = await mreg(['--repo', repo.work, 'rollback', '--env', 'production']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/production has no active version; nothing to roll back/);
    expect(repo.git(['rev-parse', 'HEAD'])).toBe(head);
  });

  it('deploys 2.0.0 then 2.1.0, rolls back to 2.0.0, as commits pushed to the remote', async () => {
    const d1 = await mregJson(['--repo', repo.work, 'deploy', m, '2.0.0', '--env', 'production']);
    expect(d1).toMatchObject({
      env: 'production',
      version: '2.0.0',
      previous_version: null,
      history_id: 1,
      pushed: true,
    });
    const d2 = await mregJson([
      '--repo',
      repo.work,
      'deploy',
      m,
      '2.1.0',
      '--env',
      'production',
      '--reason',
      'better accuracy',
    ]);
    expect(d2).toMatchObject({ version: '2.1.0', previous_version: '2.0.0', history_id: 2 });
    // The pipeline says which stages this configuration ran and which it did not.
    expect(d2.stages.map((s: any) => [s.name, s.status])).toEqual([
      ['check-store', 'ok'],
      ['download', 'ok'],
      ['gate', 'skipped'],
      ['smoke', 'skipped'],
      ['update-registry', 'ok'],
    ]);
    const rb = await mregJson([
      '--repo',
      repo.work,
      'rollback',
      '--env',
      'production',
      '--reason',
      'latency regression',
    ]);
    expect(rb).toMatchObject({
      action: 'rollback',
      version: '2.0.0',
      previous_version: '2.1.0',
      history_id: 3,
      rolled_back_id: 2,
    });

    const reg = readRegistry(repo.work);
    expect(reg.environments.production).toEqual({ model: m, version: '2.0.0', quantization: 'q4km', history_id: 3 });
    expect(reg.history.map((e: any) => [e.id, e.action, e.version, e.rolled_back])).toEqual([
      [1, 'deploy', '2.0.0', false],
      [2, 'deploy', '2.1.0', true],
      [3, 'rollback', '2.0.0', false],
    ]);
    expect(reg.history[2]).toMatchObject({
      env: 'production',
      reason: 'latency regression',
      previous_version: '2.1.0',
    });
    expect(readMeta(repo.work, `${m}-v2.1.0-q4km`).status).toBe('superseded');
    expect(readMeta(repo.work, `${m}-v2.0.0-q4km`).status).toBe('active');

    // The remote has exactly what the clone has, and git history is the audit log.
    expect(repo.git(['rev-parse', 'HEAD'])).toBe(repo.git(['rev-parse', 'main'], repo.remote));
    const subject = repo.git(['log', '-1', '--format=%s%n%(trailers:only,unfold)']);
    expect(subject).toContain(`rollback(production): ${m} 2.1.0 -> 2.0.0 (q4km)`);
    expect(subject).toContain('Mreg-History-Id: 3');
    expect(subject).toContain('Mreg-Reason: latency regression');
    const touched = repo.git(['show', '--name-only', '--format=', 'HEAD']).split('\n').filter(Boolean);
    expect(touched).toContain('registry/registry.json');
    expect(touched.every((f) => f.startsWith('registry/'))).toBe(true);
    const log = await mregJson(['--repo', repo.work, 'log', '--limit', '3']);
    expect(log.map((l: any) => [l.trailers['Mreg-Action'], l.trailers['Mreg-Version']])).toEqual([
      ['rollback', '2.0.0'],
      ['deploy', '2.1.0'],
      ['deploy', '2.0.0'],
    ]);
  });

  it('two rollbacks in a row, then a third refuses (nothing written) and names --to; rollback --to returns to a rolled-back version', async () => {
    await mregJson(['--repo', repo.work, 'deploy', m, '2.1.0', '--env', 'staging']);
    await mregJson(['--repo', repo.work, 'deploy', m, '1.0.0', '--env', 'staging']);
    await mregJson(['--repo', repo.work, 'deploy', m, '2.0.0', '--env', 'staging']);
    const a = await mregJson(['--repo', repo.work, 'rollback', '--env', 'staging']);
    expect(a.version).toBe('1.0.0');
    const b = await mregJson(['--repo', repo.work, 'rollback', '--env', 'staging']);
    expect(b.version).toBe('2.1.0');
    // Every earlier version was rolled back: a plain rollback would go forward onto one of them.
    const head = repo.git(['rev-parse', 'HEAD']);
    const registryBefore = readFileSync(path.join(repo.work, 'registry/registry.json'), 'utf8');
    const c = await mreg(['--repo', repo.work, 'rollback', '--env', 'staging']);
    expect(c.code, c.stderr).toBe(1);
    expect(c.stderr).toMatch(
      /^mreg: error: staging has nothing earlier to roll back to: it runs llama3-instruct-v2\.1\.0-q4km/,
    );
    expect(c.stderr).toMatch(
      /\(skipped: llama3-instruct-v1\.0\.0-q4km \(rolled back\), llama3-instruct-v2\.0\.0-q4km \(rolled back\)\)/,
    );
    expect(c.stderr).toMatch(
      /\nhint: .*mreg rollback --env staging --to VERSION \(rolled back before: 1\.0\.0, 2\.0\.0\)\n$/,
    );
    expect(repo.git(['rev-parse', 'HEAD'])).toBe(head);
    expect(repo.git(['rev-parse', 'main'], repo.remote)).toBe(head);
    expect(readFileSync(path.join(repo.work, 'registry/registry.json'), 'utf8')).toBe(registryBefore);
    const cj = await mreg(['--repo', repo.work, 'rollback', '--env', 'staging', '--json']);
    expect(JSON.parse(cj.stdout).error).toMatchObject({
      code: 'NOTHING_TO_ROLL_BACK',
      hint: expect.stringContaining('--to VERSION'),
    });
    // An explicit target returns to a rolled-back version; then staging is at 2.1.0 again for the tests below.
    const d = await mregJson(['--repo', repo.work, 'rollback', '--env', 'staging', '--to', '1.0.0']);
    expect(d).toMatchObject({ version: '1.0.0', entry: { explicit_target: true } });
    const e = await mregJson(['--repo', repo.work, 'rollback', '--env', 'staging', '--to', '2.1.0']);
    expect(e).toMatchObject({ version: '2.1.0', entry: { explicit_target: true } });
    const v = await mreg(['--repo', repo.work, 'validate']);
    expect(v.code, v.stdout + v.stderr).toBe(0);
  });

  it('promotes staging to production, and history and status show it', async () => {
    const p = await mregJson(['--repo', repo.work, 'promote', '--from', 'staging', '--to', 'production']);
    expect(p).toMatchObject({ action: 'promote', env: 'production', version: '2.1.0', previous_version: '2.0.0' });
    const h = await mregJson(['--repo', repo.work, 'history', '--env', 'production', '--limit', '2']);
    expect(h.map((e: any) => e.action)).toEqual(['rollback', 'promote']);
    const text = await mreg(['--repo', repo.work, 'history', '--env', 'production']);
    expect(text.stdout).toMatch(/^id\s+env\s+action\s+model\s+version/);
    const s = await mregJson(['--repo', repo.work, 'status']);
    expect(s.environments).toEqual([
      expect.objectContaining({ env: 'staging', pointer: expect.objectContaining({ version: '2.1.0' }) }),
      expect.objectContaining({ env: 'production', pointer: expect.objectContaining({ version: '2.1.0' }) }),
    ]);
    expect(s.node).toBe(process.version);
    const v = await mreg(['--repo', repo.work, 'validate']);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^OK: 3 artifacts/);
  });

  it('block makes deploy and rollback refuse the artifact', async () => {
    await mregJson(['--repo', repo.work, 'block', m, '1.0.0', '--quantization', 'q4km', '--reason', 'tokenizer bug']);
    const d = await mreg(['--repo', repo.work, 'deploy', m, '1.0.0', '--env', 'production']);
    expect(d.code).toBe(1);
    expect(d.stderr).toMatch(/llama3-instruct-v1\.0\.0-q4km is blocked: tokenizer bug/);
    const r = await mreg(['--repo', repo.work, 'rollback', '--env', 'staging', '--to', '1.0.0']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /no earlier usable deployment of version 1\.0\.0 \(skipped: llama3-instruct-v1\.0\.0-q4km \(blocked\)\)/,
    );
    expect(readMeta(repo.work, `${m}-v1.0.0-q4km`)).toMatchObject({
      status: 'blocked',
      blocked_reason: 'tokenizer bug',
    });
  });

  it('register refuses to overwrite an existing version', async () => {
    const r = await mreg([
      '--repo',
      repo.work,
      'register',
      '--model',
      m,
      '--version',
      '2.0.0',
      '--quantization',
      'q4km',
      '--uri',
      's3://x/y.gguf',
      '--sha256',
      'a'.repeat(64),
      '--size',
      '1',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/llama3-instruct-v2\.0\.0-q4km is already registered .*versions are immutable/);
  });

  it('deploy refuses an artifact missing from the store, before moving any pointer', async () => {
    const file = await registerFake(repo, m, '3.0.0');
    const { rmSync } = await import('node:fs');
    rmSync(file);
    const head = repo.git(['rev-parse', 'HEAD']);
    const r = await mreg(['--repo', repo.work, 'deploy', m, '3.0.0', '--env', 'production']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/llama3-instruct-v3\.0\.0-q4km\.gguf/);
    expect(repo.git(['rev-parse', 'HEAD'])).toBe(head);
  });
});
