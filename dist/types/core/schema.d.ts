import { type Problem } from './errors.js';
import type { ArtifactMetadata } from './documents.js';
/**
 * The schemas in schemas/ are compiled at build time (scripts/generate-validators.mjs, ajv's
 * standalone mode), so no command pays for compiling them at start-up. Two builds accept exactly
 * the same documents: the fast one (first problem only) loads with every command; the one that
 * lists every problem is CommonJS beside this module (in dist/, a bundle of its own in chunks/),
 * loaded only when a document fails (`mreg validate` included), to name every problem.
 */
export type SchemaName = 'metadata' | 'registry' | 'config' | 'history';
/** Validates and returns problems with JSON pointers; `oneOf` noise is folded into its own node. */
export declare function schemaProblems(name: SchemaName, value: unknown, file: string): Problem[];
/** Identifies the read-path checks of this build: the schemas the validators were compiled from, and the JSON limits. */
export declare function schemaFingerprint(): string;
/**
 * Parse + schema check of one of the registry's documents, the one way every reader takes them
 * in: a syntax error or the first schema problem is a MregError('SCHEMA') naming the file and
 * the JSON pointer, with every problem attached. `hint` is appended to the message when there are
 * more problems than the first (e.g. where to see them all).
 */
export declare function parseDocument<T>(name: SchemaName, text: string, file: string, o?: {
    hint?: string;
}): T;
/** The schema half of `parseDocument`, for a document already in memory. */
export declare function checkDocument<T>(name: SchemaName, raw: unknown, file: string, o?: {
    hint?: string;
}): T;
/** One artifact's metadata file (registry/models/... or the store's copy beside the artifact). */
export declare function parseMetadata(text: string, file: string): ArtifactMetadata;
