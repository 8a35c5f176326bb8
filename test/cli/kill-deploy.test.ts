// deploy and rollback killed with SIGKILL at random (seeded) points, each followed by the next
// command: no silent push, the remote always validates, no wrong file at a final path of the
// cache. Six kills (two aimed at the commit and push) keep CI fast; bench/kill/run.mjs runs 50 with the same code.
import { describe, expect, it } from 'vitest';
import { runKillSoak } from '../../bench/kill/soak.mjs';
import { CLI } from '../helpers/cli.js';

describe('deploy and rollback killed with SIGKILL', () => {
  it('leave nothing that the next command pushes silently, nothing invalid on the remote, no wrong cached file', async () => {
    const c = await runKillSoak({ cli: CLI, kills: 6, seed: 7, versions: 4, artifactMiB: 2 });
    expect(c.problems.filter((p) => !/next command .* failed/.test(p))).toEqual([]);
    expect(c).toMatchObject({ kills: 6, silentPushes: 0, invalidRemoteRegistries: 0, badFinalFiles: 0 });
    // The kills landed inside the commands, not after them; and the cache was checked.
    expect(c.killedBeforeExit).toBeGreaterThanOrEqual(3);
    expect(c.finalFilesChecked).toBeGreaterThan(0);
  }, 300_000);
});
