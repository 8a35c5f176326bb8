import type { Registry } from '../core/documents.js';
/**
 * What a change is about to commit must pass `mreg validate` as far as it reaches: every file it
 * writes passes its schema, and a registry.json it writes has unique history ids, pointers that
 * name a history entry of their environment and a registered artifact, and new history entries
 * that name registered artifacts. Only what the change touches is checked (a deploy stays fast on
 * a registry of thousands of artifacts): the rest of the repository is `mreg validate`'s job.
 */
export interface ChangedFile {
    path: string;
    content: string;
    /** What `content` serializes (see PlannedChange). */
    value?: unknown;
}
/**
 * Refuses (MregError 'SCHEMA' for a schema problem, 'INTEGRITY' for a cross-reference one, each
 * naming file and JSON pointer) a change whose files would fail validation. `before` is the
 * registry the change was planned on (its history ids tell which entries are new).
 */
export declare function checkChange(root: string, files: ChangedFile[], before: {
    registry: Registry;
    text: string;
} | null): Promise<void>;
