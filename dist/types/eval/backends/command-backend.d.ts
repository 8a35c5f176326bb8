import type { EvalSuite } from '../suite.js';
import type { EvalResult, RunSample } from '../suite-metrics.js';
export interface CommandBackendOptions {
    argv: string[];
    /** Default 10 minutes. */
    timeoutMs?: number;
    cwd?: string;
    /** Device string for the report (the command runs wherever it runs); default "command". */
    device?: string;
}
export declare class CommandBackend {
    private readonly options;
    readonly name: "command";
    private repetition;
    constructor(options: CommandBackendOptions);
    describe(): Promise<Pick<EvalResult, 'device' | 'llamaCpp'>>;
    runOnce(target: string, suite: EvalSuite): Promise<RunSample>;
}
/** Parses a command's stdout: exactly one JSON object of finite numbers or nulls. */
export declare function parseMetricsOutput(stdout: string, shown: string): Record<string, number | null>;
