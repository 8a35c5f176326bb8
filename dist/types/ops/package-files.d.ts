export declare function packageRoot(): string;
/** The suite a new registry gates with (registry/config.json gate.suite, as `mreg init` writes it). */
export declare const STARTER_SUITE = "eval/suite.json";
/**
 * The starter suite and its text, copied into a new registry by `mreg init`: perplexity on a neutral
 * English text and latency on prompts any model answers, so a real model passes its first deploy
 * on its merits. (eval/default-suite.json stays the demo models' suite, with accuracy items
 * calibrated for them.)
 */
export declare function defaultEvalFiles(): Record<string, string>;
