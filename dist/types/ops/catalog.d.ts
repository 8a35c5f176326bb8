import { MregError } from '../core/errors.js';
import type { ArtifactMetadata, HistoryEntry } from '../core/documents.js';
import type { OpsContext } from '../state/context.js';
/**
 * What the registry holds, read as a catalog: every registered artifact with where it runs now
 * (`mreg list`), one artifact with its history (`mreg show`), and the "not registered" refusal
 * that lists what is registered instead.
 */
/** Every registered artifact's metadata, by model then file name. */
export declare function allMetadata(root: string, model?: string): Promise<ArtifactMetadata[]>;
/** "Not registered", with what is: the model's registered artifacts, or the registered models. */
export declare function notRegistered(root: string, ref: {
    model: string;
    version: string;
    quantization?: string;
}): Promise<MregError>;
export interface CatalogRow {
    id: string;
    model: string;
    version: string;
    quantization: string;
    kind: string;
    status: string;
    size: number;
    created_at: string;
    /** The environments whose pointer names it now. */
    environments: string[];
    /** The environments that run it as their canary now. */
    canary_in: string[];
}
/** Models x versions x quantizations, and where each runs now. */
export declare function listArtifacts(ctx: OpsContext, o?: {
    model?: string;
}): Promise<CatalogRow[]>;
export interface ArtifactDetails {
    metadata: ArtifactMetadata;
    file: string;
    environments: string[];
    /** The environments that run it as their canary now. */
    canary_in: string[];
    /** Every deployment, promotion and rollback of it, oldest first. */
    history: HistoryEntry[];
    /** Registered versions whose parent_version is this version. */
    children: string[];
}
/** One artifact: its metadata, where it runs, its history and what derives from it. */
export declare function showArtifact(ctx: OpsContext, id: string): Promise<ArtifactDetails>;
