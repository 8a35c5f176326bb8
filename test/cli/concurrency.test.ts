import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mreg } from '../helpers/cli.js';
import { makeRepo, registerFake, type TestRepo } from '../helpers/repo.js';

describe('concurrent deploys from 8 clones', () => {
  let repo: TestRepo;
  const versions = Array.from({ length: 8 }, (_, i) => `1.${i}.0`);

  beforeAll(async () => {
    repo = await makeRepo({ gate: false });
    for (const v of versions) await registerFake(repo, 'racer', v);
    repo.git(['push', '--quiet', 'origin', 'main']);
  });
  afterAll(() => repo.cleanup());

  it('records every deploy once, with unique ids, and never force-pushes', async () => {
    const clones = versions.map((_, i) => repo.clone(`clone-${i}`));
    // The remote refuses non-fast-forward pushes (test/helpers/repo.ts): every push moved it forward.
    const results = await Promise.all(
      clones.map((dir, i) => mreg(['--repo', dir, 'deploy', 'racer', versions[i], '--env', 'production', '--json'])),
    );
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const attempts = results.map((r) => JSON.parse(r.stdout).history_id as number);
    expect(new Set(attempts).size).toBe(8);

    const final = repo.clone('final');
    const reg = JSON.parse(readFileSync(path.join(final, 'registry/registry.json'), 'utf8'));
    expect(reg.history).toHaveLength(8);
    expect(reg.history.map((e: any) => e.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(new Set(reg.history.map((e: any) => e.version))).toEqual(new Set(versions));
    const last = reg.history[7];
    expect(reg.environments.production).toEqual({
      model: 'racer',
      version: last.version,
      quantization: 'q4km',
      history_id: 8,
    });
    // Each entry's previous_version is the version of the entry before it: no lost update.
    for (let i = 1; i < 8; i++) expect(reg.history[i].previous_version).toBe(reg.history[i - 1].version);

    // Linear history, every deploy commit an ancestor of the final head (nothing was overwritten).
    const log = repo.git(['log', '--format=%H %P', '--grep=^Mreg-Action: deploy'], final).trim().split('\n');
    expect(log).toHaveLength(8);
    for (const line of log) expect(line.split(' ')).toHaveLength(2);
    expect(repo.git(['config', 'receive.denyNonFastForwards'], repo.remote).trim()).toBe('true');
    const v = await mreg(['--repo', final, 'validate']);
    expect(v.code, v.stdout).toBe(0);
  });
});

/**
 * Several mreg commands at once in ONE clone, pushing and not: each either lands once (its branch
 * move is a compare-and-swap on the commit it planned on; a loser plans again on the new head) or
 * refuses, saying why. None is lost, no history id is used twice, the work tree ends at HEAD.
 */
describe.each([
  ['pushing', []],
  ['committing locally', ['--no-push']],
])('concurrent deploys in one clone (%s)', (_, flags) => {
  let repo: TestRepo;
  const versions = Array.from({ length: 5 }, (_, i) => `1.${i}.0`);

  beforeAll(async () => {
    repo = await makeRepo({ gate: false });
    for (const v of versions) await registerFake(repo, 'racer', v);
    repo.git(['push', '--quiet', 'origin', 'main']);
  });
  afterAll(() => repo.cleanup());

  it('every command that reports a deploy has its own entry in HEAD, ids unique, nothing left uncommitted', async () => {
    const start = repo.git(['rev-parse', 'HEAD']).trim();
    const results = await Promise.all(
      versions.map((v) => mreg(['--repo', repo.work, 'deploy', 'racer', v, '--env', 'production', '--json', ...flags])),
    );
    const landed = results
      .filter((r) => r.code === 0)
      .map((r) => JSON.parse(r.stdout) as { history_id: number; version: string; commit: string });
    for (const r of results.filter((x) => x.code !== 0))
      expect(r.stderr).toMatch(/kept moving|uncommitted changes|cannot lock|moved/);
    expect(landed.length).toBeGreaterThan(0);

    const reg = JSON.parse(readFileSync(path.join(repo.work, 'registry/registry.json'), 'utf8'));
    expect(JSON.parse(repo.git(['show', 'HEAD:registry/registry.json']))).toEqual(reg);
    expect(reg.history.map((e: any) => e.id)).toEqual(landed.map((_, i) => i + 1));
    expect(new Set(reg.history.map((e: any) => e.version))).toEqual(new Set(landed.map((l) => l.version)));
    expect(new Set(landed.map((l) => l.history_id)).size).toBe(landed.length);
    // One commit per landed deploy on top of the start, each reported by its command.
    const commits = repo
      .git(['rev-list', `${start}..HEAD`])
      .trim()
      .split('\n')
      .filter(Boolean);
    expect(new Set(commits)).toEqual(new Set(landed.map((l) => l.commit)));
    expect(repo.git(['status', '--porcelain', '--untracked-files=all'])).toBe('');
    if (!flags.length) expect(repo.git(['rev-parse', 'HEAD'])).toBe(repo.git(['rev-parse', 'main'], repo.remote));
    const v = await mreg(['--repo', repo.work, 'validate']);
    expect(v.code, v.stdout).toBe(0);
  });
});
