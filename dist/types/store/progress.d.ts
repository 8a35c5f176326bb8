import type { ProgressFn } from './artifact-store.js';
export interface Progress {
    update: ProgressFn;
    /** Clears the bar line on a terminal (call on success and on failure). */
    done(): void;
}
export interface ProgressOptions {
    /** Milliseconds between plain lines when the stream is not a terminal (CI logs, pipes). */
    lineIntervalMs?: number;
    /** The clock (tests). */
    now?: () => number;
}
/**
 * Download progress on stderr. On a terminal, a one-line bar redrawn in place. Elsewhere (a CI
 * log, a pipe, or `CI` set) a plain line every few seconds and one at the end, so a long download
 * in a job log shows that it moves without filling the log with carriage returns.
 *
 * The rate is measured over the last second or more of samples, from the first byte this process
 * saw, so neither buffered first chunks nor bytes already on disk from an earlier attempt inflate it.
 */
export declare function createProgress(label: string, stream?: NodeJS.WriteStream, env?: NodeJS.ProcessEnv, options?: ProgressOptions): Progress;
/** Progress over the files of one artifact: one `verb name` label per file, in turn. */
export interface FileProgress {
    update(name: string, done: number, total: number): void;
    done(): void;
}
export declare function createFileProgress(verb: string, stream?: NodeJS.WriteStream, env?: NodeJS.ProcessEnv): FileProgress;
export declare function fmtBytes(n: number): string;
