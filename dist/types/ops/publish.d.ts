import type { ArtifactKind, ArtifactMetadata } from '../core/documents.js';
import type { OpsContext } from '../state/context.js';
export interface PublishOptions {
    /** Local files; the first is the main one. gguf and lora take exactly one. */
    files: string[];
    model: string;
    version: string;
    quantization: string;
    kind?: ArtifactKind;
    baseModel?: string;
    parentVersion?: string | null;
    benchmarkScore?: number | null;
    /** LoRA: the base artifact's id; its sha256 is pinned in the metadata. */
    base?: string;
    description?: string;
    createdAt?: string;
    /** Per file: bytes uploaded so far. */
    onProgress?: (file: string, done: number, total: number) => void;
}
export interface PublishResult {
    id: string;
    metadata: ArtifactMetadata;
    /** Where the metadata JSON was written in the store, and in the repository. */
    metadataUri: string;
    path: string;
    commit: string;
    pushed: boolean;
    pushNote?: string;
    attempts: number;
}
/**
 * publish = check names and files -> check the GGUF header against --quantization -> refuse any
 * existing object before moving a byte -> upload each file once (sha256 computed on the way) ->
 * register the metadata through git (which serializes two publishers of one version: the loser's
 * commit is refused) -> the winner writes the metadata JSON beside the artifact.
 */
export declare function publishArtifact(ctx: OpsContext, o: PublishOptions): Promise<PublishResult>;
/**
 * The file must start with the GGUF magic (whatever its name) and have a well-formed header with
 * `general.architecture`; `general.file_type` must agree with --quantization (required for a gguf
 * model; checked when present for adapters and shards). A LoRA adapter must say so (general.type
 * adapter, adapter.type lora) and share its base's architecture; a model must not be an adapter.
 */
export declare function checkGgufHeader(file: string, quantization: string, requireFileType: boolean): Promise<void>;
