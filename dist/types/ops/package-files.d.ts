export declare function packageRoot(): string;
/** The default eval suite and its corpus, copied into a new registry by `mreg init`. */
export declare function defaultEvalFiles(): Record<string, string>;
