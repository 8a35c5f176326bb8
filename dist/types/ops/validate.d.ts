import { type Problem } from '../core/errors.js';
export interface ValidationReport {
    ok: boolean;
    problems: Problem[];
    counts: {
        artifacts: number;
        history: number;
        environments: number;
    };
}
/**
 * Validates the whole repository and reports every problem, each with its file and JSON pointer
 * (and line/column where the file can be located), instead of stopping at the first.
 */
export declare function validateRepository(root: string): Promise<ValidationReport>;
