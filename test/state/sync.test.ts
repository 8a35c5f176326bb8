import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MregError } from '../../src/core/errors.js';
import { rollbackVersion } from '../../src/ops/deploy.js';
import { openContext } from '../../src/state/context.js';
import { readRegistry } from '../../src/state/read.js';
import { syncWithRemote } from '../../src/state/sync.js';
import { mregJson } from '../helpers/cli.js';
import { makeRepo, registerFake, type TestRepo } from '../helpers/repo.js';

/** syncWithRemote: what deploy/promote/rollback call first, so their early checks see the remote's state. */
describe('syncWithRemote', () => {
  let repo: TestRepo;

  beforeEach(async () => {
    repo = await makeRepo({ gate: false });
    for (const v of ['1.0.0', '2.0.0', '3.0.0']) await registerFake(repo, 'tm', v);
    await mregJson(['--repo', repo.work, 'deploy', 'tm', '1.0.0', '--env', 'production']);
    await mregJson(['--repo', repo.work, 'deploy', 'tm', '2.0.0', '--env', 'production']);
  });
  afterEach(() => repo.cleanup());

  it('fast-forwards a clone one commit behind, so a rollback plans on the remote state', async () => {
    const stale = repo.clone('stale');
    await mregJson(['--repo', repo.work, 'deploy', 'tm', '3.0.0', '--env', 'production']);
    const remoteHead = repo.git(['rev-parse', 'main'], repo.remote).trim();
    const staleHead = repo.git(['rev-parse', 'HEAD'], stale).trim();

    const ctx = await openContext({ repo: stale });
    const sync = await syncWithRemote(ctx);
    expect(sync).toEqual({ synced: true, remoteHead, fastForwardedFrom: staleHead });
    expect((await readRegistry(ctx.root)).registry.environments.production?.version).toBe('3.0.0');
    // Again: already in sync, nothing to do.
    expect(await syncWithRemote(ctx)).toEqual({ synced: true, remoteHead, fastForwardedFrom: null });

    // The rollback's early target (read before committing) is the remote's: 3.0.0 -> 2.0.0.
    const r = await rollbackVersion(ctx, { env: 'production' }, {});
    expect(r.target.version).toBe('2.0.0');
    expect(r.outcome.pushed).toBe(true);
    expect(r.outcome.attempts).toBe(1);
    const reg = JSON.parse(readFileSync(path.join(stale, 'registry/registry.json'), 'utf8'));
    expect(reg.environments.production.version).toBe('2.0.0');
  });

  it('refuses local commits the remote lacks, naming them, and changes nothing', async () => {
    await mregJson(['--repo', repo.work, 'deploy', 'tm', '3.0.0', '--env', 'staging', '--no-push']);
    const head = repo.git(['rev-parse', 'HEAD']).trim();
    const ctx = await openContext({ repo: repo.work });
    const err = await syncWithRemote(ctx).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MregError);
    expect((err as MregError).code).toBe('CONFLICT');
    expect((err as MregError).message).toContain(head.slice(0, 12));
    expect((err as MregError).message).toMatch(/deploy\(staging\)/);
    expect(repo.git(['rev-parse', 'HEAD']).trim()).toBe(head);
  });

  it('does nothing when the context does not push, or there is no remote', async () => {
    const ctx = await openContext({ repo: repo.work, push: false });
    expect(await syncWithRemote(ctx)).toMatchObject({ synced: false, note: 'push disabled' });
    const other = await openContext({ repo: repo.work, remote: 'upstream' });
    expect(await syncWithRemote(other)).toMatchObject({ synced: false, note: 'no remote upstream' });
    await expect(syncWithRemote({ ...other, push: true })).rejects.toThrow(/no remote named upstream/);
  });
});
