/**
 * Maps a JSON pointer to the line and column where that value starts in the source text, so a
 * schema problem can be shown as an annotation on the right line. A small scanner, not a parser:
 * the text is already known to be valid JSON when this is called.
 */
export declare function locatePointer(text: string, pointer: string): {
    line: number;
    column: number;
} | undefined;
