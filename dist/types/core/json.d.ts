/**
 * JSON parsing for files people edit by hand: bounded in size and depth (so a hostile pull request
 * cannot exhaust the runner), with line and column on syntax errors and duplicate keys. V8's
 * JSON.parse reads the value; jsonc-parser locates what it refuses and what it would silently take.
 */
export declare const MAX_JSON_BYTES: number;
export declare const MAX_JSON_DEPTH = 64;
/** The first syntax error in a text JSON.parse refused: where (1-based), in which member, what was found and expected. */
export declare function syntaxError(text: string): {
    line: number;
    column: number;
    pointer: string;
    message: string;
} | null;
/** A UTF-8 byte order mark is how some editors save JSON: it is not content. */
export declare function withoutBom(text: string): string;
export declare function parseJsonText(text: string, file: string, maxBytes?: number): unknown;
/**
 * Object keys written in a valid JSON text. Outside strings a JSON text has no quote, so matching
 * every string in turn finds each one exactly; a string is a key when a colon follows it.
 */
export declare function keyTokens(text: string): number;
/**
 * The first key that appears twice in one object of a valid JSON text: the member's pointer and
 * where (1-based) its second occurrence starts, with its offset.
 */
export declare function duplicateKey(text: string): {
    key: string;
    pointer: string;
    offset: number;
    line: number;
    column: number;
} | null;
/** Stable, diff-friendly formatting for every JSON file the registry writes. */
export declare function formatJson(value: unknown): string;
/**
 * registry.json's layout: pretty at the top, one line per history entry. A deploy then adds one
 * line to the history and changes the pointer's lines, so `git diff` and `git log -p` read as the
 * event itself; the file is also about a third smaller than fully indented JSON, which every
 * command parses and every commit hashes.
 */
export declare function formatRegistryJson(registry: {
    schema_version: number;
    environments: Record<string, unknown>;
    history: unknown[];
    archive?: unknown[];
}): string;
/** An archived history file (registry/history/): its id range, then one entry per line as in registry.json. */
export declare function formatHistorySegment(segment: {
    schema_version: number;
    first_id: number;
    last_id: number;
    history: unknown[];
}): string;
/** RFC 6901 pointer segment escaping. */
export declare function pointer(...segments: (string | number)[]): string;
