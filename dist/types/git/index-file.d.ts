/** True when every path is as HEAD has it (tracked and unchanged, or absent from both); null: ask git. */
export declare function unchangedFromFiles(root: string, paths: string[]): Promise<true | null>;
