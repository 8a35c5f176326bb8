import { type ArtifactRef } from '../../core/naming.js';
import type { ArtifactMetadata } from '../../core/documents.js';
import { type PointerSource, type PointerUpdate } from '../pointer-source.js';
export interface GitSourceOptions {
    /** What git accepts as a remote: `file:///srv/registry.git`, `https://github.com/o/r.git`, `git@...`. */
    url: string;
    branch: string;
    env: string;
    /** Where the bare cache clone lives (under the serve cache). */
    cacheDir: string;
    pollMs: number;
    /** Path of the registry inside the repository. */
    file?: string;
}
/** `git+file:///path/remote.git#main`, `git+https://host/o/r.git#release`, `git+ssh://...` */
export declare function parseGitSpec(spec: string): {
    url: string;
    branch: string;
};
/**
 * A token for https remotes, the way actions/checkout passes one: an `http.<url>.extraheader`
 * set through GIT_CONFIG_* environment variables (git >= 2.31), never in argv where other users
 * of the machine could read it in the process list, never written to a config file.
 * MREG_GIT_TOKEN goes to the configured remote; GITHUB_TOKEN only to github.com.
 */
export declare function gitAuthEnv(url: string, env: NodeJS.ProcessEnv): Record<string, string>;
/**
 * Polls a git remote. Each poll asks `git ls-remote` for the branch head (one round trip, no
 * objects) and only when it moved runs `git fetch --depth=1` of that one branch into a bare cache
 * clone, then reads `registry/registry.json` from the fetched commit with `git show`. So a quiet
 * poll costs one ref advertisement, and a change costs one shallow commit's worth of objects.
 */
export declare class GitSource implements PointerSource {
    private readonly o;
    readonly description: string;
    private readonly bare;
    private timer;
    private lastHead;
    private readonly errors;
    private polling;
    private closed;
    private failures;
    private readonly schedule;
    /** Remote round trips made (ls-remote, fetch), for the fleet benchmark. */
    readonly requests: {
        lsRemote: number;
        fetch: number;
    };
    constructor(o: GitSourceOptions);
    private ensureBare;
    private poll;
    start(onUpdate: (u: PointerUpdate) => void, onError: (err: Error) => void): Promise<void>;
    readMetadata(ref: ArtifactRef, revision: string): Promise<ArtifactMetadata | undefined>;
    close(): Promise<void>;
}
