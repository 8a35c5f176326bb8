import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatRegistryJson } from '../../src/core/json.js';
import type { HistoryEntry, Registry } from '../../src/core/documents.js';
import { mreg, mregJson } from '../helpers/cli.js';
import { makeRepo, registerFake, type TestRepo } from '../helpers/repo.js';

/**
 * The older history moves out of registry.json into registry/history/ (listed with each file's
 * sha256), so that a change rewrites only the recent entries. Every answer still comes from the
 * whole history: a rollback whose target is archived, the history of an environment that last
 * changed long ago, and `mreg validate`, which checks the archived files as part of the registry.
 */
describe('archived history', () => {
  let repo: TestRepo;
  const file = (p: string) => path.join(repo.work, p);
  const registry = () => JSON.parse(readFileSync(file('registry/registry.json'), 'utf8')) as Registry;
  const SEGMENT = 'registry/history/0000000001-0000000500.json';

  beforeAll(async () => {
    repo = await makeRepo({ gate: false });
    for (const v of ['1.0.0', '2.0.0', '3.0.0']) await registerFake(repo, 'tm', v);
    await mregJson(['--repo', repo.work, 'deploy', 'tm', '1.0.0', '--env', 'production']);
    await mregJson(['--repo', repo.work, 'deploy', 'tm', '2.0.0', '--env', 'production']);
    // Then 1,100 staging deployments, written as older versions wrote them: all in registry.json.
    const r = registry();
    const history: HistoryEntry[] = [...r.history];
    for (let id = 3; id <= 1102; id++) {
      const version = id % 2 ? '1.0.0' : '3.0.0';
      const prev = history[history.length - 1].env === 'staging' ? history[history.length - 1].version : null;
      history.push({
        id,
        env: 'staging',
        model: 'tm',
        version,
        quantization: 'q4km',
        deployed_at: new Date(Date.UTC(2026, 0, 1) + id * 60_000).toISOString(),
        rolled_back: false,
        metrics: null,
        action: 'deploy',
        actor: 'test',
        reason: null,
        previous_version: prev,
        previous_quantization: prev ? 'q4km' : null,
      });
    }
    r.history = history;
    r.environments.staging = { model: 'tm', version: '3.0.0', quantization: 'q4km', history_id: 1102 };
    writeFileSync(file('registry/registry.json'), formatRegistryJson(r));
    for (const [v, status] of [
      ['1.0.0', 'superseded'],
      ['3.0.0', 'active'],
    ]) {
      const meta = file(`registry/models/tm/tm-v${v}-q4km.json`);
      writeFileSync(meta, readFileSync(meta, 'utf8').replace(/"status": "[a-z]+"/, `"status": "${status}"`));
    }
    repo.git(['commit', '--quiet', '-am', 'test: a long staging history']);
    repo.git(['push', '--quiet', 'origin', 'main']);
  });
  afterAll(() => repo.cleanup());

  it('the first change archives the oldest entries; registry.json keeps the recent ones and lists the file with its sha256', async () => {
    const out = await mregJson(['--repo', repo.work, 'deploy', 'tm', '1.0.0', '--env', 'staging']);
    expect(out.entry.id).toBe(1103);
    const r = registry();
    expect(r.archive).toEqual([
      {
        file: 'history/0000000001-0000000500.json',
        first_id: 1,
        last_id: 500,
        entries: 500,
        sha256: expect.any(String),
      },
    ]);
    const text = readFileSync(file(SEGMENT), 'utf8');
    expect(createHash('sha256').update(text).digest('hex')).toBe(r.archive![0].sha256);
    expect(r.history.map((e) => e.id)).toEqual(Array.from({ length: 603 }, (_, k) => 501 + k));
    // One commit, pushed, carrying both files; the remote's registry validates in full.
    expect(repo.git(['show', '--name-only', '--format=', 'HEAD']).trim().split('\n')).toEqual(
      expect.arrayContaining([SEGMENT, 'registry/registry.json']),
    );
    const check = await mregJson(['--repo', repo.clone('check-1'), 'validate']);
    expect(check).toMatchObject({ ok: true, counts: { history: 1103 } });
  });

  it('answers from the whole history: an environment whose entries are all archived', async () => {
    const prod = await mregJson<HistoryEntry[]>(['--repo', repo.work, 'history', '--env', 'production']);
    expect(prod.map((e) => [e.id, e.version])).toEqual([
      [1, '1.0.0'],
      [2, '2.0.0'],
    ]);
  });

  it('a rollback to an archived entry marks the archived live entry rolled back and rewrites only that file', async () => {
    const before = registry().archive![0].sha256;
    const out = await mregJson(['--repo', repo.work, 'rollback', '--env', 'production']);
    expect(out).toMatchObject({ previous_version: '2.0.0', version: '1.0.0', rolled_back_id: 2 });
    const seg = JSON.parse(readFileSync(file(SEGMENT), 'utf8')) as { history: HistoryEntry[] };
    expect(seg.history.find((e) => e.id === 2)?.rolled_back).toBe(true);
    const after = registry().archive![0].sha256;
    expect(after).not.toBe(before);
    expect(
      createHash('sha256')
        .update(readFileSync(file(SEGMENT), 'utf8'))
        .digest('hex'),
    ).toBe(after);
    expect(readdirSync(file('registry/history'))).toEqual(['0000000001-0000000500.json']);
    // A second rollback finds only versions that were rolled back once (one of them in the
    // archive): it refuses rather than go forward onto one, and an explicit target reaches it.
    const refused = await mreg(['--repo', repo.work, 'rollback', '--env', 'production']);
    expect(refused.code, refused.stderr).toBe(1);
    expect(refused.stderr).toMatch(/nothing earlier to roll back to/);
    const again = await mregJson(['--repo', repo.work, 'rollback', '--env', 'production', '--to', '2.0.0']);
    expect(again).toMatchObject({ version: '2.0.0', history_id: 1105 });
    expect(await mregJson(['--repo', repo.work, 'validate'])).toMatchObject({ ok: true });
  });

  it('an archived file changed behind registry.json is refused by every reader that needs it, and reported by validate', async () => {
    const original = readFileSync(file(SEGMENT), 'utf8');
    writeFileSync(file(SEGMENT), original.replace('"actor":"test"', '"actor":"mallory"'));
    repo.git(['commit', '--quiet', '-am', 'edit the archived history by hand']);
    repo.git(['push', '--quiet', 'origin', 'main']);
    const head = repo.git(['rev-parse', 'HEAD']);
    const hist = await mreg(['--repo', repo.work, 'history', '--env', 'production']);
    expect(hist.code).not.toBe(0);
    expect(hist.stderr).toContain(`registry/registry.json#/archive/0/sha256: ${SEGMENT} has another sha256`);
    const report = await mreg(['--repo', repo.work, 'validate', '--json']);
    expect(report.code).not.toBe(0);
    expect(JSON.parse(report.stdout).problems).toContainEqual(
      expect.objectContaining({ file: 'registry/registry.json', pointer: '/archive/0/sha256' }),
    );
    // A rollback whose answer lies in the archived history changes nothing.
    const rb = await mreg(['--repo', repo.work, 'rollback', '--env', 'production', '--to', '2.0.0']);
    expect(rb.code).not.toBe(0);
    expect(rb.stderr).toContain(`registry/registry.json#/archive/0/sha256: ${SEGMENT} has another sha256`);
    expect(repo.git(['rev-parse', 'HEAD'])).toBe(head);
    // A file in registry/history/ that registry.json does not list is reported too.
    writeFileSync(file('registry/history/0000000501-0000001000.json'), original);
    const stray = JSON.parse((await mreg(['--repo', repo.work, 'validate', '--json'])).stdout) as {
      problems: { file: string; message: string }[];
    };
    expect(stray.problems).toContainEqual(
      expect.objectContaining({
        file: 'registry/history/0000000501-0000001000.json',
        message: expect.stringMatching(/not listed in registry\/registry\.json#\/archive/),
      }),
    );
    rmSync(file('registry/history/0000000501-0000001000.json'));
    // An archived file that is a symbolic link: refused by the commands and by validate alike.
    writeFileSync(file('registry/archived-copy.json'), original);
    rmSync(file(SEGMENT));
    symlinkSync('../archived-copy.json', file(SEGMENT));
    const linked = await mreg(['--repo', repo.work, 'history', '--env', 'production']);
    expect(linked.stderr).toMatch(/registry\/history\/0000000001-0000000500\.json is a symbolic link/);
    const linkReport = JSON.parse((await mreg(['--repo', repo.work, 'validate', '--json'])).stdout) as {
      problems: { file: string; message: string }[];
    };
    expect(linkReport.problems).toContainEqual(
      expect.objectContaining({ file: SEGMENT, message: expect.stringMatching(/is a symbolic link/) }),
    );
    rmSync(file(SEGMENT));
    rmSync(file('registry/archived-copy.json'));
    writeFileSync(file(SEGMENT), original);
    repo.git(['commit', '--quiet', '-am', 'restore the archived history']);
    repo.git(['push', '--quiet', 'origin', 'main']);
    expect(await mregJson(['--repo', repo.work, 'validate'])).toMatchObject({ ok: true });
    const back = await mregJson(['--repo', repo.work, 'rollback', '--env', 'production', '--to', '1.0.0']);
    expect(back).toMatchObject({ version: '1.0.0', history_id: 1106 });
  });
});
