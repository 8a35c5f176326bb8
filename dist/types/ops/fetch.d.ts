import type { ArtifactMetadata } from '../core/documents.js';
import type { ArtifactStore } from '../store/artifact-store.js';
import type { OpsContext } from '../state/context.js';
import type { StageHooks } from './pipeline.js';
export interface FetchOptions {
    /** `{model}-v{x.y.z}-{quant}` */
    id: string;
    /** Default: the config's cache.dir, relative to the repository root. */
    cacheDir?: string;
    onProgress?: (file: string, done: number, total: number) => void;
}
export interface FetchedArtifact {
    id: string;
    /** The main file (for a multi-file artifact, the first). */
    path: string;
    paths: string[];
    downloaded: boolean;
    sha256: string;
    size: number;
}
export interface FetchResult {
    artifact: FetchedArtifact;
    /** A LoRA adapter's base, fetched and verified against the adapter's pin. */
    base?: FetchedArtifact;
    cacheDir: string;
}
export declare function cacheDirOf(ctx: OpsContext, explicit?: string): string;
export declare function storeOf(ctx: OpsContext): ArtifactStore;
/** `mreg fetch ID`: the artifact (and a LoRA's base) into the cache, verified. */
export declare function fetchById(ctx: OpsContext, o: FetchOptions): Promise<FetchResult>;
/**
 * Downloads every file of one artifact into the cache (staging, verify, atomic rename); only from
 * inside the configured store. With `checkGguf`, GGUF headers are checked against the artifact's
 * kind and quantization before a file reaches the cache.
 */
export declare function download(ctx: OpsContext, meta: ArtifactMetadata, cacheDir: string, onProgress?: (file: string, done: number, total: number) => void, o?: {
    checkGguf?: boolean;
}): Promise<FetchedArtifact>;
/**
 * The deploy pipeline's store stages (`check-store`, `download`): presence with the expected size
 * before any pointer moves (a LoRA's base too), then a verified copy in the cache.
 */
export declare function storeStageHooks(options?: {
    cacheDir?: string;
}): Pick<StageHooks, 'checkPresent' | 'download'>;
