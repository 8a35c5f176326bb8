import { type Trailers } from '../git/repo.js';
import type { OpsContext } from './context.js';
import { type RegistryState } from './read.js';
/**
 * One registry change = one commit touching only registry/, made by git's plumbing before the
 * work tree is touched: the commit is written from a temporary index on the commit the change was
 * planned on, pushed as a compare-and-swap on the remote branch (when pushing), then the local
 * branch moves by a compare-and-swap (`update-ref BRANCH NEW OLD`), and only then does the work
 * tree follow. `plan` is called with the freshly read state on every attempt: when another writer
 * moved either branch, the change is planned again on its head (re-checking its preconditions),
 * so no writer's entry is ever lost and nothing is force-pushed.
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
export declare function commitChange<T>(ctx: OpsContext, plan: () => Promise<PlannedChange<T>>): Promise<CommitOutcome<T>>;
