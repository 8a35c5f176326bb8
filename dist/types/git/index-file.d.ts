/** True when every path is as HEAD has it (tracked and unchanged, or absent from both); null: ask git. */
export declare function unchangedFromFiles(root: string, paths: string[]): Promise<true | null>;
/**
 * The paths among `paths` that git's index marks assume-unchanged or skip-worktree: git status
 * does not look at such a file, so an edit of it would go unseen. Empty when the index is in a
 * format not read here (version 4, split).
 */
export declare function markedInIndex(root: string, paths: string[]): Promise<string[]>;
