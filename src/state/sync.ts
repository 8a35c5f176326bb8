import { MregError, errorMessage } from '../core/errors.js';
import {
  commitsNotOn,
  fastForwardTo,
  fetchBranchIfAny,
  firstLine,
  hasRemote,
  headSha,
  type LocalCommit,
} from '../git/repo.js';
import type { OpsContext } from './context.js';

/**
 * A writer that pushes acts on the remote's state, never on a stale clone's: before reading the
 * registry it fetches the remote branch and fast-forwards onto it. Local commits the remote does
 * not have (a deploy killed between its commit and its push, a hand-made commit) would be pushed
 * along with the next change, so they are refused, named, rather than pushed silently.
 */
export interface SyncResult {
  /** false: nothing to sync with (pushing disabled, no remote, or the remote has no branch yet). */
  synced: boolean;
  /** The remote branch's head, when it was fetched. */
  remoteHead: string | null;
  /** The commit the local branch was fast-forwarded from, when it was behind. */
  fastForwardedFrom: string | null;
  /** Why nothing was synced, when it was not. */
  note?: string;
}

/**
 * Fetches `<remote>/<branch>` and fast-forwards the local branch onto it, when this context pushes
 * (ctx.push not false and the remote exists). Refuses (MregError 'CONFLICT', nothing changed) when
 * the local branch has commits the remote lacks, naming them; refuses (GIT) a detached HEAD, and
 * (CONFLICT) a fast-forward blocked by uncommitted edits of files it would change. Idempotent and
 * cheap (one fetch) when already in sync: call it before reading the registry for early checks;
 * commitChange calls it again before planning.
 */
export async function syncWithRemote(ctx: OpsContext): Promise<SyncResult> {
  const { repo, remote } = ctx;
  const branch = repo.branch;
  const skip = (note: string): SyncResult => ({ synced: false, remoteHead: null, fastForwardedFrom: null, note });
  if (ctx.push === false) return skip('push disabled');
  if (!hasRemote(repo, remote)) {
    if (ctx.push === true)
      throw new MregError('GIT', `no remote named ${remote}: add it, or commit locally without pushing`);
    return skip(`no remote ${remote}`);
  }
  if (!branch) throw new MregError('GIT', 'HEAD is detached; check out the registry branch first');

  const remoteHead = await fetchBranchIfAny(repo, remote, branch);
  // Nothing pushed yet: the first push creates the branch, there is no remote state to act on.
  if (remoteHead === null) return skip(`${remote} has no branch ${branch} yet`);

  const local = await commitsNotOn(repo, remoteHead);
  if (local.total) throw unpushedError(remote, branch, local.commits, local.total);

  const head = await headSha(repo);
  if (head === remoteHead) return { synced: true, remoteHead, fastForwardedFrom: null };
  try {
    await fastForwardTo(repo, remoteHead);
  } catch (err) {
    const lock = /Unable to create '([^']+\.lock)': File exists/.exec(errorMessage(err))?.[1];
    if (lock) {
      throw new MregError(
        'GIT',
        `cannot fast-forward ${branch} onto ${remote}/${branch}: git's lock file ${lock} exists (a git process is running, or one was stopped and left it); once no git process runs, remove it (nothing was changed)`,
      );
    }
    throw new MregError(
      'CONFLICT',
      `cannot fast-forward ${branch} onto ${remote}/${branch} (${remoteHead.slice(0, 12)}): ${firstLine(errorMessage(err))}; commit or discard your edits there first (nothing was changed)`,
    );
  }
  ctx.logger.info(
    `${branch} was behind ${remote}/${branch}: fast-forwarded ${head?.slice(0, 8) ?? 'none'} -> ${remoteHead.slice(0, 8)}`,
  );
  return { synced: true, remoteHead, fastForwardedFrom: head };
}

export function unpushedError(remote: string, branch: string, commits: LocalCommit[], total: number): MregError {
  const listed = commits.map((c) => `${c.commit.slice(0, 12)} ${JSON.stringify(c.subject)}`).join(', ');
  const more = total > commits.length ? ` and ${total - commits.length} more` : '';
  const what = commits.some((c) => c.registry) ? 'local registry commits' : 'local commits';
  return new MregError(
    'CONFLICT',
    `${total === 1 ? 'a' : total} ${what.replace(/commits$/, total === 1 ? 'commit' : 'commits')} not on ${remote}/${branch} would be pushed with this change: ${listed}${more}. ` +
      `Push ${total === 1 ? 'it' : 'them'} deliberately (git push ${remote} ${branch}) after checking ${total === 1 ? 'it' : 'them'} (mreg validate), ` +
      `or drop ${total === 1 ? 'it' : 'them'} (git reset --keep ${remote}/${branch}); nothing was changed`,
  );
}
