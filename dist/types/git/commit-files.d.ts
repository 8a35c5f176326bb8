import { type GitRepo } from './repo.js';
/**
 * Commits exactly `paths` on the checked-out branch: written into git's files where that is certainly
 * what git writes (commitFromFiles: no process), else by git (commitPaths, which also adds `newPaths`,
 * files new to the repository).
 */
export declare function commitRegistryPaths(repo: GitRepo, paths: string[], message: string, newPaths: string[]): Promise<string>;
/**
 * Commits exactly `paths` (tracked regular files, already written) on `branch` as git would, or
 * returns null without changing anything when this repository's state is not one written here
 * (see above): then run git. Throws only when writing fails halfway (the locks are released; the
 * branch and the index are as they were).
 */
export declare function commitFromFiles(root: string, branch: string, paths: string[], message: string): Promise<string | null>;
