import type { ArtifactMetadata } from '../core/documents.js';
import type { ArtifactStore } from './artifact-store.js';
export interface MetadataDifference {
    /** JSON pointer of the field. */
    pointer: string;
    expected: unknown;
    found: unknown;
}
/** Field-by-field differences between the registered metadata and a copy, mutable fields left out. */
export declare function metadataDifferences(registered: ArtifactMetadata, copy: unknown): MetadataDifference[];
export declare function describeDifferences(diffs: MetadataDifference[], limit?: number): string;
/** The store copy of an artifact's metadata: null when absent; a parse failure is reported as found text. */
export declare function readMetadataCopy(store: ArtifactStore, meta: ArtifactMetadata): Promise<{
    uri: string;
    value: unknown;
} | null>;
/**
 * Writes the copy once. An existing copy equal to the registered metadata (a re-run) is kept;
 * a different one is refused (INTEGRITY), naming the object and each field with both values.
 */
export declare function writeMetadataCopy(store: ArtifactStore, meta: ArtifactMetadata): Promise<{
    uri: string;
    written: boolean;
}>;
