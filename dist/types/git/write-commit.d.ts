import type { GitRepo } from './repo.js';
export interface FileContent {
    /** Repository-relative path. */
    path: string;
    content: string;
}
export interface NewCommit {
    commit: string;
    /** Each file's blob, by path: what the index records once the work tree holds the file. */
    blobs: Map<string, string>;
}
/**
 * Writes a commit of `files` on top of `parent` (null: a first commit) with git's plumbing, and
 * nothing else: no branch moves, the user's index and work tree are not touched. The blobs go
 * through hash-object (with the path's attributes, as `git add` would clean them), the tree through
 * a temporary index outside the repository (read from the parent's tree, so every other path keeps
 * its entry), the commit through commit-tree (git's identity, signing and encoding settings).
 * A kill at any point leaves only unreferenced objects, which git's own maintenance removes.
 */
export declare function writeCommit(repo: GitRepo, parent: string | null, files: FileContent[], message: string): Promise<NewCommit>;
