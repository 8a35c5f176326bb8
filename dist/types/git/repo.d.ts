/**
 * The GitOps repository: the registry is files in git, every change one commit touching only
 * registry/, and a push is a compare-and-swap on the branch (a rejected push means another writer
 * won; the caller fetches, re-applies its intent and tries again). Nothing here force-pushes.
 */
export interface GitRepo {
    root: string;
    git: GitRunner;
    /** The checked-out branch at open time (null when HEAD is detached). */
    branch: string | null;
    /** Configured remote names. */
    remotes: string[];
    /** git's `user.name` for this repository, when set (who acts, when nobody else is named). */
    userName?: string;
}
/** Runs git in the repository: stdout on success; on failure an Error carrying stderr, then stdout. */
export interface GitRunner {
    raw(args: string[], options?: GitCallOptions): Promise<string>;
}
export interface GitCallOptions {
    /** Written to git's standard input (hash-object --stdin, update-index --index-info, commit-tree -F -). */
    input?: string;
    /** Added to the environment (GIT_INDEX_FILE for a temporary index). */
    env?: Record<string, string>;
}
/**
 * A git process per call, nothing in between: every command spawns a handful, so a wrapper
 * library's start-up and task queue would be paid on each. `config` is passed as `-c` pairs.
 */
export declare function gitRunner(baseDir: string, config?: string[]): GitRunner;
export declare function openRepo(dir: string): Promise<GitRepo>;
export declare function firstLine(s: string): string;
export declare function hasRemote(repo: GitRepo, remote?: string): boolean;
export declare function headSha(repo: GitRepo): Promise<string | null>;
/**
 * The files under these paths (files or folders) that differ from HEAD (staged or not) or exist
 * untracked, repository-relative: a writer refuses to commit over someone's half-edit. One
 * `git status` limited to the paths; git compares the index's stat data first and re-hashes only a
 * file whose stat changed (a registry.json this product committed is not re-hashed).
 */
export declare function changedUnder(repo: GitRepo, paths: string[]): Promise<Set<string>>;
export interface Trailers {
    [key: string]: string | number | null | undefined;
}
export declare function commitMessage(subject: string, body: string | null, trailers: Trailers): string;
/**
 * Commits exactly these paths (whatever else is staged stays staged). `newPaths` must be added to
 * the index first; tracked files are hashed once, by the commit itself (a 4 MB registry.json costs
 * ~40 ms per hashing).
 */
export declare function commitPaths(repo: GitRepo, paths: string[], message: string, newPaths?: string[]): Promise<string>;
export type PushResult = {
    ok: true;
} | {
    ok: false;
    rejected: true;
    message: string;
};
/**
 * A plain push (never forced) of `commit` to the remote's branch: the remote accepts it only if
 * `commit` descends from its head, so a branch that moved since the change was planned refuses it.
 */
export declare function pushBranch(repo: GitRepo, remote: string, branch: string, commit?: string): Promise<PushResult>;
/** The remote-tracking ref a fetch of `branch` from `remote` updates (what `mreg status` compares with). */
export declare function trackingRef(remote: string, branch: string): string;
/** Fetches the remote's branch (updating its remote-tracking ref) and returns its head. */
export declare function fetchBranch(repo: GitRepo, remote: string, branch: string): Promise<string>;
/** As fetchBranch, but null when the remote has no such branch yet (nothing was ever pushed). */
export declare function fetchBranchIfAny(repo: GitRepo, remote: string, branch: string): Promise<string | null>;
/** The sha a ref names, or null when it does not exist. */
export declare function resolveRef(repo: GitRepo, ref: string): Promise<string | null>;
export interface LocalCommit {
    commit: string;
    subject: string;
    /** Whether it touches registry/ (a registry change made here and never pushed). */
    registry: boolean;
}
/**
 * Commits reachable from HEAD but not from `base` (the remote's head): what a push of HEAD would
 * carry besides the change being made. Newest first, at most `limit` listed; `total` counts all.
 */
export declare function commitsNotOn(repo: GitRepo, base: string, limit?: number): Promise<{
    commits: LocalCommit[];
    total: number;
}>;
/** Moves the branch forward onto `rev` (a descendant of HEAD), updating the working tree. */
export declare function fastForwardTo(repo: GitRepo, rev: string): Promise<void>;
export interface AuditRecord {
    commit: string;
    date: string;
    author: string;
    subject: string;
    trailers: Record<string, string>;
    /** Registry commits carry an Mreg-Action trailer; a change of registry/config.json (gate policy, environments) by hand does not. */
    kind: 'registry' | 'config';
}
/**
 * The audit log, newest first: every registry commit with its machine-readable trailers, and every
 * commit that changed registry/config.json (a gate threshold or the promotion order changes what
 * the registry lets through, so it is an audit event even when a person made it by hand).
 * One `git log` over the commits that touch registry/, in topological order (commits made within
 * the same second keep their true order), with the files each changed there.
 */
export declare function auditLog(repo: GitRepo, limit?: number): Promise<AuditRecord[]>;
