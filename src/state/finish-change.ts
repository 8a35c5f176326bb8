import { errorMessage } from '../core/errors.js';
import { finishCheckout } from '../git/move-branch.js';
import { firstLine, type GitRepo } from '../git/repo.js';
import { REGISTRY_DIR } from './config.js';

/** The trailer every registry commit carries (see the audit log): how a commit of ours is told apart. */
const ACTION_TRAILER = 'Mreg-Action';

/**
 * Finishes a registry commit this clone made and did not bring into the work tree (stopped by a
 * kill, a full disk, an index git could not write): every command starts from a work tree that
 * matches HEAD. Returns the registry paths whose files match HEAD but whose index entry lags.
 */
export async function finishLastChange(ctx: {
  repo: GitRepo;
  logger: { warn(message: string): void };
}): Promise<string[]> {
  try {
    return await finishCheckout(ctx.repo, [REGISTRY_DIR], ACTION_TRAILER);
  } catch (err) {
    ctx.logger.warn(
      `the last registry commit is not yet in the work tree and could not be brought there: ${firstLine(errorMessage(err))}`,
    );
    return [];
  }
}
