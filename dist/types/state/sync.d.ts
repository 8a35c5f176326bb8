import { MregError } from '../core/errors.js';
import { type LocalCommit } from '../git/repo.js';
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
export declare function syncWithRemote(ctx: OpsContext): Promise<SyncResult>;
export declare function unpushedError(remote: string, branch: string, commits: LocalCommit[], total: number): MregError;
