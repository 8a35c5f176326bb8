import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mreg, mregJson } from '../helpers/cli.js';
import { makeRepo, registerFake, type TestRepo } from '../helpers/repo.js';

/** Issue "Integrity: push only what was meant and valid": every writer pushes exactly its change, on the remote's state, and only a valid one. */

const REGISTRY = 'registry/registry.json';

function readJson(dir: string, file: string): any {
  return JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
}

/** Edits a file by hand in `dir`, commits and pushes it (a person fixing, or breaking, the registry). */
function commitByHand(
  repo: TestRepo,
  dir: string,
  file: string,
  edit: (value: any) => void,
  message = 'hand edit',
): void {
  const value = readJson(dir, file);
  edit(value);
  writeFileSync(path.join(dir, file), JSON.stringify(value, null, 2) + '\n');
  repo.git(['commit', '--quiet', '-am', message], dir);
  repo.git(['push', '--quiet', 'origin', 'main'], dir);
}

describe('integrity: push only what was meant and valid', () => {
  let repo: TestRepo;

  beforeEach(async () => {
    repo = await makeRepo({ gate: false });
    for (const v of ['1.0.0', '2.0.0', '3.0.0']) await registerFake(repo, 'tm', v);
  });
  afterEach(() => repo.cleanup());

  it('refuses to push a commit left behind by an earlier command, names it, and changes nothing; status shows it', async () => {
    // A deploy killed after its commit and before its push: the commit stays, unpushed.
    const left = await mregJson(['--repo', repo.work, 'deploy', 'tm', '1.0.0', '--env', 'staging', '--no-push']);
    const leftSha: string = left.commit;
    const subject = repo.git(['log', '-1', '--format=%s']).trim();
    const remoteBefore = repo.git(['rev-parse', 'main'], repo.remote).trim();
    const registryBefore = readFileSync(path.join(repo.work, REGISTRY));

    const r = await mreg([
      '--repo',
      repo.work,
      'block',
      'tm',
      '3.0.0',
      '--quantization',
      'q4km',
      '--reason',
      'bad weights',
    ]);
    expect(r.code, r.stdout).toBe(1);
    expect(r.stderr).toContain(leftSha.slice(0, 12));
    expect(r.stderr).toContain(subject);
    expect(r.stderr).toMatch(/not on origin\/main/);
    expect(r.stderr).toMatch(/git push origin main/);
    expect(r.stderr).toMatch(/git reset --keep origin\/main/);
    expect(r.stderr).toMatch(/nothing was changed/);
    // Nothing pushed, nothing committed, the working tree as it was.
    expect(repo.git(['rev-parse', 'main'], repo.remote).trim()).toBe(remoteBefore);
    expect(repo.git(['rev-parse', 'HEAD']).trim()).toBe(leftSha);
    expect(readFileSync(path.join(repo.work, REGISTRY)).equals(registryBefore)).toBe(true);
    expect(readJson(repo.work, 'registry/models/tm/tm-v3.0.0-q4km.json').status).not.toBe('blocked');

    // mreg status names it.
    const s = await mreg(['--repo', repo.work, 'status']);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stdout).toMatch(/unpushed\s+1 local commit not on origin\/main/);
    expect(s.stdout).toContain(`${leftSha.slice(0, 12)} ${subject}`);
    const sj = await mregJson(['--repo', repo.work, 'status']);
    expect(sj.unpushed).toMatchObject({
      remote: 'origin',
      ref: 'origin/main',
      total: 1,
      commits: [{ commit: leftSha, subject, registry: true }],
    });

    // Pushed deliberately, the next command goes through and status is clean.
    repo.git(['push', '--quiet', 'origin', 'main']);
    const ok = await mreg([
      '--repo',
      repo.work,
      'block',
      'tm',
      '3.0.0',
      '--quantization',
      'q4km',
      '--reason',
      'bad weights',
    ]);
    expect(ok.code, ok.stderr).toBe(0);
    expect((await mregJson(['--repo', repo.work, 'status'])).unpushed).toMatchObject({ total: 0, commits: [] });
  });

  it('plans on the remote state: a clone behind the remote fast-forwards first instead of acting on stale state', async () => {
    // No retries: a writer that planned on its stale state would lose the push race and give up.
    commitByHand(
      repo,
      repo.work,
      'registry/config.json',
      (c) => (c.push = { ...c.push, retries: 0 }),
      'test: no push retries',
    );
    const stale = repo.clone('stale');
    await mregJson(['--repo', repo.work, 'deploy', 'tm', '1.0.0', '--env', 'staging']);
    await mregJson(['--repo', repo.work, 'deploy', 'tm', '2.0.0', '--env', 'staging']);

    // The stale clone still thinks staging runs nothing.
    expect(readJson(stale, REGISTRY).environments.staging).toBeNull();
    const r = await mreg(['--repo', stale, 'deploy', 'tm', '3.0.0', '--env', 'staging', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const reg = readJson(stale, REGISTRY);
    expect(reg.history.map((e: any) => [e.id, e.version, e.previous_version])).toEqual([
      [1, '1.0.0', null],
      [2, '2.0.0', '1.0.0'],
      [3, '3.0.0', '2.0.0'],
    ]);
    expect(repo.git(['rev-parse', 'HEAD'], stale).trim()).toBe(repo.git(['rev-parse', 'main'], repo.remote).trim());
    // Linear: the stale clone's commit sits on the other clone's, nothing merged or forced.
    expect(repo.git(['log', '--format=%P', '-1'], stale).trim().split(' ')).toHaveLength(1);
    const v = await mreg(['--repo', stale, 'validate']);
    expect(v.code, v.stdout).toBe(0);
  });

  it('refuses to commit over a duplicate history id, naming file and JSON pointer', async () => {
    await mregJson(['--repo', repo.work, 'deploy', 'tm', '1.0.0', '--env', 'staging']);
    await mregJson(['--repo', repo.work, 'deploy', 'tm', '1.0.0', '--env', 'production']);
    commitByHand(repo, repo.work, REGISTRY, (reg) => (reg.history[1].id = 1));
    const head = repo.git(['rev-parse', 'HEAD']).trim();
    const before = readFileSync(path.join(repo.work, REGISTRY));

    const r = await mreg(['--repo', repo.work, 'deploy', 'tm', '2.0.0', '--env', 'staging']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('registry/registry.json#/history/1/id: duplicate history id 1');
    expect(r.stderr).toMatch(/nothing was changed/);
    expect(repo.git(['rev-parse', 'HEAD']).trim()).toBe(head);
    expect(repo.git(['rev-parse', 'main'], repo.remote).trim()).toBe(head);
    expect(readFileSync(path.join(repo.work, REGISTRY)).equals(before)).toBe(true);
    expect(repo.git(['status', '--porcelain']).trim()).toBe('');
  });

  it('refuses to commit a registry whose pointer names an unregistered version (even with --no-push)', async () => {
    await mregJson(['--repo', repo.work, 'deploy', 'tm', '1.0.0', '--env', 'production']);
    commitByHand(repo, repo.work, REGISTRY, (reg) => {
      reg.environments.production.version = '9.9.9';
      reg.history[0].version = '9.9.9';
    });
    const head = repo.git(['rev-parse', 'HEAD']).trim();
    const r = await mreg(['--repo', repo.work, 'deploy', 'tm', '2.0.0', '--env', 'staging', '--no-push']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'registry/registry.json#/environments/production: points at tm-v9.9.9-q4km, which is not registered',
    );
    expect(repo.git(['rev-parse', 'HEAD']).trim()).toBe(head);
    expect(repo.git(['status', '--porcelain']).trim()).toBe('');
  });

  it('refuses to write back a metadata file that fails its schema (a date only the full check catches)', async () => {
    await mregJson(['--repo', repo.work, 'deploy', 'tm', '1.0.0', '--env', 'staging']);
    // February 31st: the readers' fast check lets it through, mreg validate does not.
    commitByHand(
      repo,
      repo.work,
      'registry/models/tm/tm-v1.0.0-q4km.json',
      (m) => (m.created_at = '2026-02-31T00:00:00Z'),
    );
    const head = repo.git(['rev-parse', 'HEAD']).trim();
    // Deploying 2.0.0 supersedes 1.0.0: the deploy rewrites its metadata file.
    const r = await mreg(['--repo', repo.work, 'deploy', 'tm', '2.0.0', '--env', 'staging']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/registry\/models\/tm\/tm-v1\.0\.0-q4km\.json#\/created_at: .*format/);
    expect(repo.git(['rev-parse', 'HEAD']).trim()).toBe(head);
    expect(repo.git(['rev-parse', 'main'], repo.remote).trim()).toBe(head);
    expect(repo.git(['status', '--porcelain']).trim()).toBe('');
  });
});
