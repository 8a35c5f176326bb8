/**
 * Maps a JSON pointer to the line and column (1-based) where that value starts, so a schema
 * problem can be shown as an annotation on the right line. A pointer to a member that is not there
 * (a missing property, an index past the end) maps to the deepest value on its way that is.
 * jsonc-parser walks the text; values off the pointer's way are skipped, not visited, and the walk
 * stops at the value itself.
 */
export declare function locatePointer(text: string, pointer: string): {
    line: number;
    column: number;
} | undefined;
