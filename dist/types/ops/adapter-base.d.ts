import type { ArtifactMetadata } from '../core/documents.js';
import type { OpsContext } from '../state/context.js';
import { type ArtifactStore } from '../store/index.js';
/** Header prefixes tried in turn: most headers fit the first MiB; a long tokenizer may not. */
export declare const HEADER_READS: number[];
export declare function readPrefix(store: ArtifactStore, key: string, n: number): Promise<Buffer>;
/** The base's id and general.architecture, for checkGgufFile / checkGgufHeaderBytes's `base`. */
export declare function baseArchitecture(ctx: OpsContext, base: ArtifactMetadata): Promise<{
    id: string;
    architecture: string;
}>;
