import type { OpsContext } from '../state/context.js';
export interface StoreProblem {
    id: string;
    uri: string;
    problem: 'missing' | 'size' | 'sha256' | 'metadata' | 'error';
    detail: string;
    /** metadata: the field that disagrees (JSON pointer), what the registry records and what the store's copy says. */
    field?: string;
    expected?: unknown;
    found?: unknown;
}
export interface VerifyStoreReport {
    ok: boolean;
    deep: boolean;
    artifacts: number;
    files: number;
    problems: StoreProblem[];
}
/**
 * Every registered artifact's files are in the store with the recorded size; with `deep`, their
 * bytes hash to the recorded sha256 (read once, streamed; never held in memory), and the metadata
 * JSON beside each artifact says what the registry says (every field but the status the registry
 * changes later), each disagreement named by file, field, expected and found.
 */
export declare function verifyStore(ctx: OpsContext, o?: {
    deep?: boolean;
    onFile?: (id: string, uri: string) => void;
}): Promise<VerifyStoreReport>;
