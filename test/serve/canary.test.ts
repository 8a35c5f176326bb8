import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { canaryRole } from '../../src/core/canary.js';
import { mreg, mregJson } from '../helpers/cli.js';
import { registerFake, type TestRepo } from '../helpers/repo.js';
import { deploy, getJson, makeServeRepo, startCli, waitFor, type ServeProcess } from './helpers.js';

/**
 * The canary end to end: deploy --canary records it, real servers split by their instance names,
 * a higher percent moves more of them, promote and abort converge every one; bad input changes nothing.
 */
describe('a canary in the pointer, followed by real servers', () => {
  let repo: TestRepo;
  const registryFile = () => path.join(repo.work, 'registry/registry.json');
  const cli = (...args: string[]) => mreg(['--repo', repo.work, ...args]);

  beforeAll(async () => {
    repo = await makeServeRepo(['1.0.0', '2.0.0']);
    await registerFake(repo, 'other', '1.0.0', 'f32');
    await deploy(repo, '1.0.0');
  });
  afterAll(async () => {
    await repo?.cleanup();
  });

  it('refuses bad canaries with a clear message and leaves the registry and its history as they were', async () => {
    const before = readFileSync(registryFile(), 'utf8');
    const head = repo.git(['rev-parse', 'HEAD']);
    const cases: [string[], RegExp][] = [
      [['canary', 'promote', '--env', 'production'], /production has no canary to promote/],
      [['canary', 'abort', '--env', 'production'], /production has no canary to abort/],
      [['canary', 'set', '--env', 'production', '--percent', '20'], /production has no canary to move/],
      [['deploy', 'tiny', '2.0.0', '--env', 'production', '--canary', '0'], /--canary must be an integer from 1 to 99/],
      [
        ['deploy', 'tiny', '2.0.0', '--env', 'production', '--canary', '100'],
        /from 1 to 99, got 100 \(100% is a promotion/,
      ],
      [['deploy', 'tiny', '2.0.0', '--env', 'production', '--canary', '150'], /from 1 to 99, got 150/],
      [['promote', '--to', 'production', '--canary', '0'], /promote --canary must be an integer from 1 to 99/],
      [['deploy', 'other', '1.0.0', '--env', 'production', '--canary', '10'], /production runs tiny, not other/],
      [['deploy', 'tiny', '9.9.9', '--env', 'production', '--canary', '10'], /9\.9\.9/],
      [
        ['deploy', 'tiny', '1.0.0', '--env', 'production', '--canary', '10'],
        /already runs tiny-v1\.0\.0-f32 as its stable/,
      ],
      [['canary', 'set', '--env', 'production', '--percent', '150'], /expected an integer from 1 to 99/],
      [['canary', 'promote', '--env', 'production', '--percent', '50'], /mreg canary promote takes no --percent/],
      [
        ['canary', 'frobnicate', '--env', 'production'],
        /unknown subcommand "frobnicate" \(expected: promote, abort, set, check, watch\)/,
      ],
    ];
    for (const [args, message] of cases) {
      const r = await cli(...args, ...(args[0] === 'deploy' ? ['--skip-gate'] : []), '--reason', 'test');
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
    expect(readFileSync(registryFile(), 'utf8')).toBe(before);
    expect(repo.git(['rev-parse', 'HEAD'])).toBe(head);
  });

  it('servers split by instance name, more switch as the percent rises, and abort and promote converge all', async () => {
    // Three numbered instances: at 25% one is canary, at 70% two (the same one and one more).
    const names = ['mreg-0', 'mreg-1', 'mreg-2'];
    const at25 = names.filter((n) => canaryRole(n, 25) === 'canary');
    const at70 = names.filter((n) => canaryRole(n, 70) === 'canary');
    expect(at25).toHaveLength(1);
    expect(at70).toHaveLength(2);
    const servers: ServeProcess[] = [];
    try {
      for (const n of names)
        servers.push(
          await startCli([
            'serve',
            '--env',
            'production',
            '--source',
            registryFile(),
            '--cache',
            path.join(repo.root, `cache-${n}`),
            '--instance',
            n,
            '--port',
            '0',
          ]),
        );
      const expectRoles = (canary: string[], version: string, percent: number | null) =>
        Promise.all(
          names.map((n, i) =>
            waitFor(`${n} as ${canary.includes(n) ? 'canary' : 'stable'}`, async () => {
              const b = (await getJson(`${servers[i].url}/model-info`)).body;
              const role = canary.includes(n) ? 'canary' : 'stable';
              const want = role === 'canary' ? version : stableVersion;
              return b.state === 'serving' && b.version === want && b.role === role && b.canary_percent === percent;
            }),
          ),
        );
      let stableVersion = '1.0.0';
      await expectRoles([], '1.0.0', null);

      const d = await cli(
        'deploy',
        'tiny',
        '2.0.0',
        '--env',
        'production',
        '--canary',
        '25',
        '--skip-gate',
        '--reason',
        'try 2.0.0',
      );
      expect(d.code, d.stderr).toBe(0);
      await expectRoles(at25, '2.0.0', 25);
      const status = await mregJson(['--repo', repo.work, 'status', ...servers.flatMap((s) => ['--server', s.url])]);
      expect(status.environments.find((e: any) => e.env === 'production').pointer.canary).toMatchObject({
        version: '2.0.0',
        percent: 25,
      });
      expect(status.servers.map((s: any) => [s.instance, s.version, s.role])).toEqual(
        names.map((n) => [n, at25.includes(n) ? '2.0.0' : '1.0.0', at25.includes(n) ? 'canary' : 'stable']),
      );

      // While the canary runs, a plain deploy is refused and says what to do instead.
      const plain = await cli('deploy', 'tiny', '2.0.0', '--env', 'production', '--skip-gate', '--reason', 'x');
      expect(plain.code).not.toBe(0);
      expect(plain.stderr).toMatch(/runs a canary of tiny 2\.0\.0 \(f32\) on 25%.*promote or abort the canary/);
      expect(plain.stderr).toMatch(/mreg canary promote --env production.*mreg canary abort --env production/s);

      expect((await cli('canary', 'set', '--env', 'production', '--percent', '70')).code).toBe(0);
      await expectRoles(at70, '2.0.0', 70);

      // A rollback of the canary environment aborts the canary: every server back on the stable version.
      const rb = await cli('rollback', '--env', 'production', '--reason', 'errors on the canary');
      expect(rb.code, rb.stderr).toBe(0);
      expect(rb.stdout).toMatch(/canary-abort\(production\): tiny 2\.0\.0 \(f32\) removed, 1\.0\.0 stays/);
      await expectRoles([], '1.0.0', null);

      expect(
        (
          await cli(
            'deploy',
            'tiny',
            '2.0.0',
            '--env',
            'production',
            '--canary',
            '25',
            '--skip-gate',
            '--reason',
            'again',
          )
        ).code,
      ).toBe(0);
      await expectRoles(at25, '2.0.0', 25);
      expect((await cli('canary', 'promote', '--env', 'production', '--reason', 'healthy')).code).toBe(0);
      stableVersion = '2.0.0';
      await expectRoles([], '2.0.0', null);
    } finally {
      for (const s of servers) expect(await s.stop()).toBe(0);
    }

    // The history and the commits carry every step.
    const history = await mregJson(['--repo', repo.work, 'history', '--env', 'production']);
    expect(history.map((e: any) => [e.action, e.version, e.canary_percent ?? null, e.rolled_back])).toEqual([
      ['deploy', '1.0.0', null, false],
      ['canary', '2.0.0', 25, true],
      ['canary', '2.0.0', 70, true],
      ['canary-abort', '2.0.0', null, false],
      ['canary', '2.0.0', 25, false],
      ['canary-promote', '2.0.0', null, false],
    ]);
    // A move by hand without --reason says what was done; a given reason is kept as written.
    expect(history[2].reason).toBe('canary to 70%');
    expect(history[5].reason).toBe('healthy');
    const log = repo.git([
      'log',
      '--format=%s%n%(trailers:key=Mreg-Action,key=Mreg-Canary-Percent,key=Mreg-Canary-Verdict)',
      '-5',
    ]);
    expect(log).toMatch(
      /canary-promote\(production\): tiny 1\.0\.0 -> 2\.0\.0 \(f32\)\nMreg-Action: canary-promote\nMreg-Canary-Percent: 100\nMreg-Canary-Verdict: manual/,
    );
    expect(log).toMatch(
      /canary\(production\): tiny 2\.0\.0 \(f32\) beside 1\.0\.0 at 25%\nMreg-Action: canary\nMreg-Canary-Percent: 25/,
    );
    const v = await cli('validate');
    expect(v.code, v.stdout + v.stderr).toBe(0);
  });

  it("a server following the ConfigMap's pointer document (no repository) takes its canary from it", async () => {
    // production runs 2.0.0 now; 1.0.0 goes back in as a canary on 25%: mreg-1 is a canary instance.
    const d = await cli(
      'deploy',
      'tiny',
      '1.0.0',
      '--env',
      'production',
      '--canary',
      '25',
      '--skip-gate',
      '--reason',
      'x',
    );
    expect(d.code, d.stderr).toBe(0);
    const cm = await cli('k8s', 'configmap', '--env', 'production');
    expect(cm.code, cm.stderr).toBe(0);
    const data = parseAllDocuments(cm.stdout)[0].toJS().data;
    expect(data).toMatchObject({ version: '2.0.0', canary_version: '1.0.0', canary_percent: '25' });
    const file = path.join(repo.root, 'pointer.json');
    writeFileSync(file, data['pointer.json']);
    const s = await startCli([
      'serve',
      '--env',
      'production',
      '--source',
      file,
      '--cache',
      path.join(repo.root, 'cache-configmap'),
      '--instance',
      'mreg-1',
      '--port',
      '0',
    ]);
    try {
      const info = await waitFor('the canary from the pointer document', async () => {
        const b = (await getJson(`${s.url}/model-info`)).body;
        return b.state === 'serving' && b.version === '1.0.0' ? b : null;
      });
      expect(info).toMatchObject({ role: 'canary', canary_percent: 25, instance: 'mreg-1' });
    } finally {
      expect(await s.stop()).toBe(0);
    }
  });
});
