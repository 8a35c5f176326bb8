import type { HistoryEntry, Pointer } from '../core/documents.js';
import { type AuditRecord, type LocalCommit } from '../git/repo.js';
import type { OpsContext } from '../state/context.js';
/** Read-only use cases: history, the audit log from git, and the starting-state view. */
export declare const MREG_VERSION: string;
export declare function history(ctx: OpsContext, o: {
    env?: string;
    limit?: number;
}): Promise<HistoryEntry[]>;
export declare function audit(ctx: OpsContext, limit?: number): Promise<AuditRecord[]>;
/** llama.cpp's version as node-llama-cpp ships it, without loading the native binding. */
export declare function llamaCppVersion(): Promise<{
    package: string | null;
    llamaCpp: string | null;
}>;
export interface StatusReport {
    mreg: string;
    node: string;
    git: string;
    nodeLlamaCpp: string | null;
    llamaCpp: string | null;
    repository: string;
    branch: string | null;
    head: string | null;
    registryFile: string;
    configFile: string;
    store: string;
    cacheDir: string;
    environments: {
        env: string;
        pointer: Pointer | null;
        deployedAt: string | null;
    }[];
    /** What each server asked about (`--server URL`) says it serves, and in which role. */
    servers?: ServerStatus[];
    /**
     * Local commits the remote branch (as last fetched) does not have: a writer refuses to push them
     * along with its own change. null when there is no remote branch to compare with.
     */
    unpushed: {
        remote: string;
        ref: string;
        total: number;
        commits: LocalCommit[];
    } | null;
}
/** What HEAD has that `<remote>/<branch>` (as last fetched or pushed) lacks; no network. */
export declare function unpushedCommits(ctx: OpsContext): Promise<StatusReport['unpushed']>;
export interface ServerStatus {
    url: string;
    environment: string | null;
    instance: string | null;
    version: string | null;
    role: string | null;
    canary_percent: number | null;
    state: string | null;
    /** Why the server could not be asked, when it could not. */
    error: string | null;
}
/** A server's own account of what it serves (its /model-info), or why it could not be read. */
export declare function serverStatus(url: string, timeoutMs?: number): Promise<ServerStatus>;
export declare function status(ctx: OpsContext, o?: {
    servers?: string[];
}): Promise<StatusReport>;
