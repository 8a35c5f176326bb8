/**
 * Typed errors with a stable code. Front ends map them to exit codes and messages;
 * the message always names the bad value, the file and the JSON pointer where there is one.
 */
export type ErrorCode = 'USAGE' | 'INVALID_NAME' | 'INVALID_JSON' | 'SCHEMA' | 'NOT_FOUND' | 'EXISTS' | 'BLOCKED' | 'CONFLICT' | 'PRECONDITION' | 'NOTHING_TO_ROLL_BACK' | 'STORE' | 'INTEGRITY' | 'GGUF' | 'GATE_FAILED' | 'SMOKE_FAILED' | 'EVAL' | 'GIT' | 'SERVE' | 'INTERNAL';
export interface Problem {
    file: string;
    pointer: string;
    message: string;
    line?: number;
    column?: number;
}
export declare class MregError extends Error {
    readonly code: ErrorCode;
    readonly exitCode: number;
    readonly problems: Problem[];
    constructor(code: ErrorCode, message: string, options?: {
        problems?: Problem[];
        cause?: unknown;
    });
}
export declare function usage(message: string): MregError;
/** Formats a problem as `file#/pointer: message` (with line:column for syntax errors). */
export declare function formatProblem(p: Problem): string;
export declare function errorMessage(err: unknown): string;
