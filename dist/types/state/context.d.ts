import type { RegistryConfig } from '../core/documents.js';
import type { Settings } from './settings.js';
import { type GitRepo } from '../git/repo.js';
/** What every use case gets: the repository, its config, who acts, and where to report progress. */
export interface Logger {
    info(message: string): void;
    warn(message: string): void;
    /** Bytes of a file being downloaded (deploy and the gate fetch artifacts); optional. */
    progress?(file: string, done: number, total: number): void;
}
export declare const silentLogger: Logger;
export interface OpsOptions {
    /** Any folder inside the GitOps repository. */
    repo: string;
    /** false: commit locally only. undefined: push when the repository has a remote. */
    push?: boolean;
    actor?: string;
    /** Overrides the config's store URI (and `settings.store`). */
    store?: string;
    /** What the front end read from its environment (see settings.ts). */
    settings?: Settings;
    logger?: Logger;
    remote?: string;
    now?: () => Date;
}
export interface OpsContext {
    repo: GitRepo;
    root: string;
    config: RegistryConfig;
    actor: string;
    push: boolean | undefined;
    remote: string;
    storeUri: string;
    logger: Logger;
    settings: Settings;
    now(): string;
}
export declare function defaultActor(explicit?: string, fromSettings?: string): Promise<string>;
export declare function openContext(opts: OpsOptions): Promise<OpsContext>;
