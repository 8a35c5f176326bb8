import { type ConfigEntry } from './config-files.js';
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
    raw(args: string[]): Promise<string>;
}
/**
 * A git process per call, nothing in between: every command spawns a handful, so a wrapper
 * library's start-up and task queue would be paid on each. `config` is passed as `-c` pairs.
 */
export declare function gitRunner(baseDir: string, config?: string[]): GitRunner;
export declare function openRepo(dir: string): Promise<GitRepo>;
interface RepoPlace {
    root: string;
    branch: string | null;
}
export declare function gitEnvironmentMovesFiles(): boolean;
/**
 * The work tree's top folder and the checked-out branch, read the way git finds them (the nearest
 * folder upwards holding a `.git` folder), without a process. Null, so that git is asked, whenever
 * the layout is not the plain one git would read the same way: a `.git` file (worktree,
 * submodule), discovery settings in the environment, a repository owned by another user (git's
 * safe.directory check), a configuration this reader does not fully understand or that sets
 * core.bare, core.worktree, another repository format or extensions, a HEAD or branch that is a
 * symbolic link or an alias of another branch, a HEAD that is not a branch of the files backend or
 * a commit id.
 */
export declare function placeFromFiles(dir: string): Promise<RepoPlace | null>;
/**
 * The repository's own configuration (`.git/config`), parsed, when it sets nothing that changes
 * how git lays out or reads the repository: no extensions (another object format, worktree
 * settings), no includes, no core.worktree, core.bare false, repository format 0 or 1. Null
 * otherwise, or when a line is not understood: then only git reads the repository.
 */
export declare function plainRepoConfig(dotGit: string): ConfigEntry[] | null;
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
/** The repository's git folder: `.git`, or in a linked worktree the folder its `.git` file names. */
export declare function gitDir(root: string): string | null;
/**
 * HEAD's commit read from the repository's files (HEAD, the branch's loose ref, packed-refs), as
 * git just wrote them: no process. Null when the layout is not the plain files one (reftable, or
 * anything unexpected): the caller asks git. Synchronous, as the other readers of git's small
 * files here: read one after the other, each asynchronous call would wait for a thread-pool
 * round trip.
 */
export declare function headFromFiles(root: string): string | null;
/** A branch's commit, from its loose ref file, else its line in packed-refs; null otherwise. */
export declare function refFromFiles(common: string, ref: string): string | null;
/** Undo a local commit that could not be pushed, keeping the working tree's other changes. */
export declare function resetTo(repo: GitRepo, rev: string): Promise<void>;
export type PushResult = {
    ok: true;
} | {
    ok: false;
    rejected: true;
    message: string;
};
/** A plain push (never forced): the remote accepts it only if our commit descends from its head. */
export declare function pushBranch(repo: GitRepo, remote: string, branch: string): Promise<PushResult>;
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
export {};
