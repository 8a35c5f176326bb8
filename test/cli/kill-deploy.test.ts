// deploy and rollback killed with SIGKILL at random (seeded) points, each followed by the next command: the next command succeeds, no phantom,
// no silent push, the remote always validates, no wrong file at a final path of the cache. Six
// kills (two aimed at the end of the run) keep CI fast; bench/kill/run.mjs runs 50 with the same code.
import { describe, expect, it } from 'vitest';
import { runKillSoak } from '../../bench/kill/soak.mjs';
import { CLI } from '../helpers/cli.js';

describe('deploy and rollback killed with SIGKILL', () => {
  it('leave nothing that makes the next command fail or push silently, nothing invalid on the remote, no wrong cached file', async () => {
    // No lock files left here: a stale lock stops git's own fast-forward of the clone, which the
    // bench counts; test/state/registry-commit.test.ts covers the locks mreg's change goes past.
    const c = await runKillSoak({ cli: CLI, kills: 6, seed: 7, versions: 4, artifactMiB: 2, locks: [] });
    expect(c.problems).toEqual([]);
    expect(c).toMatchObject({
      kills: 6,
      nextCommandFailed: 0,
      phantoms: 0,
      silentPushes: 0,
      invalidRemoteRegistries: 0,
      badFinalFiles: 0,
    });
    // The kills landed inside the commands, not after them; and the cache was checked.
    expect(c.killedBeforeExit).toBeGreaterThanOrEqual(3);
    expect(c.finalFilesChecked).toBeGreaterThan(0);
  }, 300_000);
});
