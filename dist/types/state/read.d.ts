import { MregError } from '../core/errors.js';
import { type ArtifactRef } from '../core/naming.js';
import type { ArtifactMetadata, HistoryEntry, Registry } from '../core/documents.js';
/** Reading the registry's files from the working tree, validated before anything acts on them. */
export interface RegistryState {
    /** registry.json, its `history` a suffix of the whole history (see core/history.ts). */
    registry: Registry;
    /** registry.json's exact bytes, so an unchanged file is written back unchanged. */
    text: string;
    /** The archived files loaded into `registry.history`, by index in its archive: their entries as read. */
    loaded: ReadonlyMap<number, readonly HistoryEntry[]>;
}
export interface ReadOptions {
    /**
     * Load only the archived history that every environment's live entry needs (usually none);
     * for callers that ask further back through `withHistory`. The default loads all of it.
     */
    recent?: boolean;
}
/**
 * The registry with its history: all of it, or (`recent`) what the live entries need. Each
 * archived file is checked against the sha256 registry.json records for it.
 */
export declare function readRegistry(root: string, o?: ReadOptions): Promise<RegistryState>;
/**
 * Runs `fn` on `state`; when it needs history older than `state` holds (OlderHistoryNeeded), runs
 * it again on the whole history. For the commands that usually look only at recent entries.
 */
export declare function withHistory<T>(root: string, state: RegistryState, fn: (state: RegistryState) => T | Promise<T>): Promise<T>;
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
/**
 * Runs a pure function with a synchronous artifact lookup, reading each metadata file once, as the
 * function asks for it: a rollback over a long history reads the few files it looks at, not every
 * artifact the environment ever ran. Synchronous reads on purpose: a metadata file is a few hundred
 * bytes, and each asynchronous read would cost a round trip through the thread pool.
 */
export declare function withArtifacts<T>(root: string, fn: (lookup: (ref: ArtifactRef) => ArtifactMetadata | undefined) => T): Promise<T>;
