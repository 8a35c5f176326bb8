import { type ArtifactRef } from '../core/naming.js';
import type { ArtifactMetadata, Pointer } from '../core/types.js';
/**
 * What every pointer source emits for the environment it follows: the pointer (null when the
 * environment has nothing deployed), the registry revision it was read at (a commit, an ETag or a
 * content hash) and, when the source carries it, the artifact's metadata (a rendered ConfigMap
 * does, so a loader inside a cluster needs neither the repository nor the store's metadata JSON).
 */
export interface PointerUpdate {
    env: string;
    pointer: Pointer | null;
    revision: string;
    metadata?: ArtifactMetadata;
    /** A LoRA adapter's base, when the source carries it. */
    baseMetadata?: ArtifactMetadata;
}
export interface PointerSource {
    /** For logs and /model-info: `file:/abs/registry/registry.json`, `git+file:///r.git#main`, ... */
    readonly description: string;
    /**
     * Starts following. `onUpdate` is called with the first reading and then each time the
     * pointer or revision changes; `onError` for a reading that failed (the source keeps trying).
     */
    start(onUpdate: (u: PointerUpdate) => void, onError: (err: Error) => void): Promise<void>;
    /** The metadata of an artifact at a revision, when the source can read registry/models/. */
    readMetadata?(ref: ArtifactRef, revision: string): Promise<ArtifactMetadata | undefined>;
    close(): Promise<void>;
}
/**
 * The pointer document `mreg k8s configmap` renders under the `pointer.json` key: one
 * environment's pointer plus everything a loader needs to fetch and verify the artifact
 * (uri, sha256, size, and a LoRA's base), and the registry commit it was rendered from.
 */
export interface PointerDocument {
    schema_version: 1;
    kind: 'mreg-pointer';
    environment: string;
    /** The registry commit the document was rendered from. */
    revision: string;
    pointer: Pointer | null;
    artifact: ArtifactMetadata | null;
    base_artifact?: ArtifactMetadata;
}
export declare const POINTER_FILE = "pointer.json";
export declare function contentRevision(text: string): string;
/**
 * Reads either a `registry.json` (the whole registry) or a pointer document, for one environment.
 * The shape decides; both are validated before anything acts on them.
 */
export declare function parsePointerText(text: string, file: string, env: string, fallbackRevision?: string): PointerUpdate;
export declare function renderPointerDocument(o: {
    env: string;
    revision: string;
    pointer: Pointer | null;
    artifact: ArtifactMetadata | null;
    base?: ArtifactMetadata;
}): PointerDocument;
/**
 * A polling source reports a persisting problem once, not on every poll; a successful read
 * re-arms it, so the next different (or recurring) problem is reported again.
 */
export declare class ErrorOnce {
    private last;
    ok(): void;
    report(err: unknown, onError: (err: Error) => void): void;
}
