import type { ArtifactMetadata } from '../core/documents.js';
import type { OpsContext } from '../state/context.js';
import { type CommitOutcome } from '../state/transaction.js';
export interface RegisterOptions {
    /**
     * The entity tag of the main object as this process uploaded it (publish). Another tag when the
     * object is checked means a concurrent upload replaced it (on a store that ignores conditional
     * writes): nothing is registered.
     */
    etag?: string;
}
export interface RegisterResult {
    id: string;
    path: string;
    metadata: ArtifactMetadata;
    /** The metadata JSON beside the artifact in the store. */
    metadataUri: string | null;
    /** A re-run of a registration that had already landed: nothing was committed. */
    alreadyRegistered: boolean;
}
/**
 * Adds an artifact's metadata to registry/models/, then writes the same metadata JSON beside the
 * artifact in the store. Versions are immutable: an existing file is never overwritten, and git
 * serializes two publishers of the same version (the loser's re-apply finds the winner's file and
 * is refused). The store copy is written only after the commit landed, from what was committed,
 * and only while the object is still the one that was checked: racing publishers cannot leave
 * one's metadata beside the other's bytes. A re-run with the same claims (a registration stopped
 * before its store copy was written) commits nothing and writes the missing copy.
 */
export declare function registerArtifact(ctx: OpsContext, meta: ArtifactMetadata, o?: RegisterOptions): Promise<CommitOutcome<RegisterResult>>;
