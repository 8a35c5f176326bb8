import { MregError } from '../core/errors.js';
import { type ArtifactRef } from '../core/naming.js';
import type { ArtifactMetadata, Registry } from '../core/types.js';
/** Reading the registry's files from the working tree, validated before anything acts on them. */
export interface RegistryState {
    registry: Registry;
    /** The exact bytes read, so an unchanged file is written back unchanged. */
    text: string;
}
export declare function readRegistry(root: string): Promise<RegistryState>;
/**
 * registry.json as a commit just wrote it, after checkChange proved its text on top of a proven
 * one: its stamp is recorded (no hashing of megabytes); a later read of the same file is not re-checked.
 */
export declare function recordProvenRegistryFile(root: string): Promise<void>;
/**
 * The registry's files are read and replaced in place, by rename: through a symbolic link a read
 * would follow it anywhere (outside the repository too) and a write would replace the link by a
 * file, a type change in the next commit. Refused, naming the link and what it points at.
 */
export declare function symlinkError(file: string, target: string): MregError;
/** One artifact's metadata, or undefined when it is not registered. Invalid files are errors. */
export declare function readArtifact(root: string, ref: ArtifactRef): Promise<ArtifactMetadata | undefined>;
/** All quantizations registered for a model version (to resolve a deploy without --quantization). */
export declare function quantizationsOf(root: string, model: string, version: string): Promise<string[]>;
/** Caching lookup for the pure transitions (which must not do I/O themselves). */
export declare class ArtifactCache {
    private readonly root;
    private readonly map;
    constructor(root: string);
    load(refs: ArtifactRef[]): Promise<void>;
    has(ref: ArtifactRef): boolean;
    get: (ref: ArtifactRef) => ArtifactMetadata | undefined;
}
/**
 * Runs a pure function with a synchronous artifact lookup, reading metadata files only as the
 * function asks for them: a rollback over a long history reads the few files it looks at, not
 * every artifact the environment ever ran.
 */
export declare function withArtifacts<T>(root: string, fn: (lookup: (ref: ArtifactRef) => ArtifactMetadata | undefined) => T): Promise<T>;
