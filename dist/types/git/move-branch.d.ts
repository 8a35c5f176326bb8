import { type GitRepo } from './repo.js';
import type { FileContent } from './write-commit.js';
/**
 * Moves the checked-out branch (or a detached HEAD) from `expected` to `next` in one compare-and-swap
 * by git: true when it moved; false when it no longer pointed at `expected` (another writer in
 * this clone won). Anything else (a lock git left behind, a full disk) throws, with nothing moved.
 * The reflog records `reason`.
 */
export declare function moveBranch(repo: GitRepo, next: string, expected: string | null, reason: string): Promise<boolean>;
/** What bringing the work tree to a commit left undone. */
export interface FollowResult {
    /** Paths with an edit made meanwhile: kept as they are. */
    kept: string[];
    /** Why git's index could not record the new files (they are in the work tree), when it could not. */
    indexNote?: string;
}
/**
 * Brings the work tree and the index to the commit the branch just moved to, for the paths that
 * commit changed (the index still records the previous commit for them). A file someone edited
 * meanwhile (it differs from the index, or is an untracked file in the way) is kept, never
 * overwritten. Each file is replaced whole, by a rename, so a kill or a full disk leaves each
 * path at the old or the new bytes; the index follows through git (`update-index`).
 */
export declare function followWorkTree(repo: GitRepo, files: FileContent[]): Promise<FollowResult>;
/**
 * Finishes what registry commits of this clone left undone when stopped after moving the branch (a
 * kill, a full disk, an index git could not write): HEAD and the commits before it, each carrying
 * `trailer`, lead back to a commit whose entries the index still holds for the paths under
 * `under`. Each such path whose file is one of those commits' gets HEAD's bytes and its index
 * entry; a file with any other content is someone's edit and is left alone (the writer's check
 * then names it). Returns the paths whose files are HEAD's but whose index entry could not be written.
 */
export declare function finishCheckout(repo: GitRepo, under: string[], trailer: string): Promise<string[]>;
