import type { CachedArtifact } from './cache.js';
import type { Follower, Runtime } from './follower.js';
export type AdapterApi = 'llama-server' | 'vllm';
export declare const ADAPTER_APIS: readonly AdapterApi[];
export interface AgentOptions {
    /** argv, run without a shell: `["kill", "-HUP", "1"]`, `["supervisorctl", "restart", "llama"]`. */
    reloadCommand?: string[];
    /** POSTed a JSON body naming the new model (llama-server's router, a custom endpoint). */
    reloadUrl?: string;
    /** The server we confirm against: llama.cpp `/props` model_path, else `/v1/models` ids. */
    serverUrl?: string;
    /**
     * How a LoRA adapter (and a return to the plain base) is applied on `serverUrl`, a preset of the
     * reload hook for the adapter APIs real servers expose: 'llama-server' sets adapter scales
     * through `POST /lora-adapters` (the server must have been started with `--lora FILE` for every
     * adapter it may serve: its API switches adapters, it does not load files); 'vllm' loads the new
     * adapter with `POST /v1/load_lora_adapter` and unloads the previous one with
     * `POST /v1/unload_lora_adapter` (vLLM needs VLLM_ALLOW_RUNTIME_LORA_UPDATING=True).
     */
    adapterApi?: AdapterApi;
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
    /** vLLM: the adapter this agent loaded last (unloaded once its successor is loaded). */
    private vllmAdapter;
    constructor(o: AgentOptions);
    private get server();
    private call;
    /**
     * llama-server: the adapter `a` at scale 1 and every other at 0 (a plain model: all at 0), then
     * read back. Its adapters are the files it was started with; they are matched by path.
     */
    private llamaServerAdapters;
    /** vLLM: load the adapter under its artifact id, check /v1/models lists it, unload the previous one. */
    private vllmAdapters;
    private env;
    activate(a: CachedArtifact): Promise<void>;
    /** The reload hook for a whole model: command and/or URL, then confirmation on the server. */
    private reload;
    /** llama.cpp `/props` → model_path; otherwise `/v1/models` → data[].id (vLLM, llama.cpp). */
    private confirmed;
    private matches;
    close(): Promise<void>;
}
/**
 * The metrics of the server an agent runs for (llama-server started with --metrics), for the
 * agent's own /metrics: each series labelled with the environment, model, version and role this
 * agent serves, so a canary's server is told from a stable one. A server without metrics (404) or
 * one that does not answer adds nothing; a scrape never fails for it.
 */
export declare function serverMetrics(serverUrl: string, follower: Follower, log?: (m: string) => void): () => Promise<string>;
