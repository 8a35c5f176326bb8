import { type Trailers } from '../git/repo.js';
import type { OpsContext } from './context.js';
import { type RegistryState } from './read.js';
/**
 * One registry change = one commit touching only registry/, pushed as a compare-and-swap.
 * `plan` is called with the freshly read state on every attempt: when another writer moved the
 * branch, we fetch, reset onto their head, and re-apply the same intent (re-checking its
 * preconditions), so no writer's entry is ever lost and nothing is force-pushed.
 */
export interface PlannedChange<T> {
    /**
     * `value`: what `content` serializes, when the planner has it (a registry.json built from the
     * registry it read): checkChange then checks that value, telling new entries from carried-over
     * ones by identity, instead of parsing megabytes back.
     */
    files: {
        path: string;
        content: string;
        value?: unknown;
    }[];
    /** The registry state the change was planned on (what `value` is compared with), when it writes registry.json. */
    planned?: RegistryState;
    subject: string;
    body?: string | null;
    trailers: Trailers;
    result: T;
}
export interface CommitOutcome<T> {
    result: T;
    commit: string;
    pushed: boolean;
    /** Why nothing was pushed, when it was not. */
    pushNote?: string;
    attempts: number;
}
/**
 * Begins this context's look for uncommitted edits now, for its next change, so that it is done
 * while the command reads the registry and fetches the artifact instead of after. Call it once the
 * working tree is where the change will be planned (after syncWithRemote).
 */
export declare function lookForEditsEarly(ctx: OpsContext): void;
export declare function commitChange<T>(ctx: OpsContext, plan: () => Promise<PlannedChange<T>>): Promise<CommitOutcome<T>>;
