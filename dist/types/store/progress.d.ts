import type { ProgressFn } from './types.js';
export interface Progress {
    update: ProgressFn;
    /** Clears the bar line (call on success and on failure). */
    done(): void;
}
/**
 * A one-line progress bar on stderr. Quiet when stderr is not a terminal or `CI` is set: logs of
 * CI jobs and piped output should not fill with carriage returns.
 */
export declare function createProgress(label: string, stream?: NodeJS.WriteStream, env?: NodeJS.ProcessEnv): Progress;
export declare function fmtBytes(n: number): string;
