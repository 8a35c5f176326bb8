import { type GitRepo } from '../git/repo.js';
/**
 * Finishes a registry commit this clone made and did not bring into the work tree (stopped by a
 * kill, a full disk, an index git could not write): every command starts from a work tree that
 * matches HEAD. Returns the registry paths whose files match HEAD but whose index entry lags.
 */
export declare function finishLastChange(ctx: {
    repo: GitRepo;
    logger: {
        warn(message: string): void;
    };
}): Promise<string[]>;
