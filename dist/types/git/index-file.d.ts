/** True when every path is as HEAD has it (tracked and unchanged, or absent from both); null: ask git. */
export declare function unchangedFromFiles(root: string, paths: string[]): Promise<true | null>;
export interface IndexLook {
    /** Every path is certainly as HEAD has it (false: not proven here, ask git). */
    unchanged: boolean;
    /**
     * The paths the index marks assume-unchanged or skip-worktree: git status does not look at such
     * a file, so an edit of it would go unseen. Empty when the index is in a format not read here
     * (version 4, split).
     */
    marked: string[];
}
/** What git's index tells of these paths, read once. */
export declare function lookInIndex(root: string, paths: string[]): Promise<IndexLook>;
/** The first folder between the repository's top and `file` (relative, as in `file`) that is a link, or null. */
export declare function linkedFolder(root: string, file: string): Promise<string | null>;
