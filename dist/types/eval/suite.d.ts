export type MatchKind = 'exact' | 'contains' | 'regex';
export interface AccuracyItem {
    prompt: string;
    expected: string;
    match: MatchKind;
    maxTokens: number;
}
export interface EvalSuite {
    name: string;
    /** Absolute path of the suite file, or '<inline>'. */
    file: string;
    sha256: string;
    repetitions: number;
    contextSize: number;
    perplexity: {
        text: string;
        maxTokens: number | null;
    } | null;
    accuracy: AccuracyItem[];
    latency: Array<{
        prompt: string;
        maxTokens: number;
    }>;
    /** Timed runs per latency prompt and repetition; the fastest counts. */
    latencyRuns: number;
    smoke: {
        prompts: string[];
        maxTokens: number;
    };
}
/** The suite as it is written in JSON (snake_case). */
export interface EvalSuiteFile {
    name: string;
    description?: string;
    repetitions?: number;
    context_size?: number;
    perplexity?: {
        corpus_file?: string;
        text?: string;
        max_tokens?: number;
    };
    accuracy?: {
        max_tokens?: number;
        items: Array<{
            prompt: string;
            expected: string;
            match?: MatchKind;
            max_tokens?: number;
        }>;
    };
    latency?: {
        prompts: Array<{
            prompt: string;
            max_tokens: number;
        }>;
        runs?: number;
    };
    smoke?: {
        prompts?: string[];
        max_tokens?: number;
    };
}
/** Validates a parsed suite and resolves its corpus file relative to `baseDir`. */
export declare function resolveSuite(raw: unknown, file: string, baseDir: string, fileBytes?: Buffer): Promise<EvalSuite>;
/** Loads a suite file (JSON), validating it against the schema. */
export declare function loadSuite(file: string): Promise<EvalSuite>;
/** Does a generated text satisfy an accuracy item? */
export declare function matches(item: Pick<AccuracyItem, 'expected' | 'match'>, output: string): boolean;
export interface Generation {
    text: string;
    tokens: number;
}
/**
 * The accuracy and latency parts of a run, the same for every backend that can generate: greedy
 * completions scored against the suite's expectations, and each latency prompt timed
 * `latencyRuns` times, the fastest counting (the run least disturbed by the rest of the machine).
 */
export declare function measureGeneration(suite: EvalSuite, generate: (prompt: string, maxTokens: number) => Promise<Generation>): Promise<{
    accuracy: number | null;
    latenciesMs: number[];
    generatedTokens: number;
    generationMs: number;
}>;
