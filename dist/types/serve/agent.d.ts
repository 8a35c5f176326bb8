import type { CachedArtifact } from './cache.js';
import type { Runtime } from './follower.js';
export interface AgentOptions {
    /** argv, run without a shell: `["kill", "-HUP", "1"]`, `["supervisorctl", "restart", "llama"]`. */
    reloadCommand?: string[];
    /** POSTed a JSON body naming the new model (llama-server's router, a custom endpoint). */
    reloadUrl?: string;
    /** The server we confirm against: llama.cpp `/props` model_path, else `/v1/models` ids. */
    serverUrl?: string;
    /** The `<cache>/active` link, as the server sees it may differ (a sidecar mount). */
    activeLink: string;
    confirmTimeoutMs?: number;
    pollMs?: number;
    log?: (m: string) => void;
}
/**
 * Splits a command line into argv, POSIX-quote style, without a shell: no variables, globs,
 * pipes or redirections, so nothing in a registry value can ever be interpreted.
 */
export declare function splitCommand(line: string): string[];
/**
 * `mreg agent`: for servers we do not own. After the follower has fetched, verified and swapped
 * `<cache>/active`, run the reload hook, then poll the server until it reports the new model.
 * A hook that fails or a server that never confirms fails the switch (the follower reports it
 * and retries with backoff); the link is put back by the follower.
 */
export declare class AgentRuntime implements Runtime {
    private readonly o;
    constructor(o: AgentOptions);
    private env;
    activate(a: CachedArtifact): Promise<void>;
    /** llama.cpp `/props` → model_path; otherwise `/v1/models` → data[].id (vLLM, llama.cpp). */
    private confirmed;
    private matches;
    close(): Promise<void>;
}
