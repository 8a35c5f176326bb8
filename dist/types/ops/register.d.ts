import type { ArtifactMetadata } from '../core/types.js';
import type { OpsContext } from '../state/context.js';
import { type CommitOutcome } from '../state/transaction.js';
/**
 * Adds an artifact's metadata to registry/models/. Versions are immutable: an existing file is
 * never overwritten, and git serializes two publishers of the same version (the loser's re-apply
 * finds the winner's file and is refused).
 */
export declare function registerArtifact(ctx: OpsContext, meta: ArtifactMetadata): Promise<CommitOutcome<{
    id: string;
    path: string;
    metadata: ArtifactMetadata;
}>>;
