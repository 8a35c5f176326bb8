import type { OpsContext } from '../state/context.js';
export interface StoreProblem {
    id: string;
    uri: string;
    problem: 'missing' | 'size' | 'sha256' | 'error';
    detail: string;
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
 * bytes hash to the recorded sha256 (read once, streamed; never held in memory).
 */
export declare function verifyStore(ctx: OpsContext, o?: {
    deep?: boolean;
    onFile?: (id: string, uri: string) => void;
}): Promise<VerifyStoreReport>;
