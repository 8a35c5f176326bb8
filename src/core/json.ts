import { getLocation, printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';
import { MregError } from './errors.js';

/**
 * JSON parsing for files people edit by hand: bounded in size and depth (so a hostile pull request
 * cannot exhaust the runner), with line and column on syntax errors and duplicate keys. V8's
 * JSON.parse reads the value; jsonc-parser locates what it refuses and what it would silently take.
 */
export const MAX_JSON_BYTES = 64 * 1024 * 1024;
export const MAX_JSON_DEPTH = 64;

/**
 * Finds a node nested deeper than the limit in a parsed value (V8's JSON.parse is not recursive,
 * but the code that consumes a value is). The recursion stops at the limit, so it is bounded.
 * Returns the JSON pointer of the first such node.
 */
function tooDeep(v: unknown, limit: number, depth = 0): string | null {
  if (v === null || typeof v !== 'object') return null;
  if (depth >= limit) return '';
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const p = tooDeep(v[i], limit, depth + 1);
      if (p !== null) return `/${i}${p}`;
    }
  } else {
    for (const k in v) {
      const p = tooDeep((v as Record<string, unknown>)[k], limit, depth + 1);
      if (p !== null) return `/${k}${p}`;
    }
  }
  return null;
}

/** What each of jsonc-parser's error codes says was expected. */
const EXPECTED: Partial<Record<ReturnType<typeof printParseErrorCode>, string>> = {
  InvalidSymbol: 'a JSON value (strings in double quotes; true, false, null; no comments)',
  InvalidNumberFormat: 'a number (digits without leading zeros, an optional fraction and exponent)',
  PropertyNameExpected: 'a property name in double quotes',
  ValueExpected: 'a value',
  ColonExpected: "':'",
  CommaExpected: "','",
  CloseBraceExpected: "',' or '}'",
  CloseBracketExpected: "',' or ']'",
  EndOfFileExpected: 'the end of the text',
  InvalidCommentToken: 'a JSON value (JSON has no comments)',
  UnexpectedEndOfComment: 'a JSON value (JSON has no comments)',
  UnexpectedEndOfString: "a closing '\"' on the same line",
  UnexpectedEndOfNumber: 'a digit',
  InvalidUnicode: 'four hex digits after \\u',
  InvalidEscapeCharacter: 'an escape: \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX',
  InvalidCharacter: 'a printable character (a control character in a string is written \\uXXXX)',
};

/** Strict JSON: what JSON.parse takes and nothing more. */
const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/** The first syntax error in a text JSON.parse refused: where (1-based), in which member, what was found and expected. */
export function syntaxError(text: string): { line: number; column: number; pointer: string; message: string } | null {
  let first: { code: ParseErrorCode; offset: number; length: number; line: number; column: number } | undefined;
  visit(
    text,
    {
      onError: (code, offset, length, line, column) => {
        first ??= { code, offset, length, line: line + 1, column: column + 1 };
      },
    },
    STRICT,
  );
  if (!first) return null;
  const token = text.slice(first.offset, first.offset + Math.max(first.length, 1));
  const found =
    first.offset >= text.length
      ? 'the end of the text'
      : JSON.stringify(token.length > 40 ? `${token.slice(0, 40)}...` : token);
  const where = pointer(...getLocation(text, first.offset).path.filter((s) => s !== ''));
  return {
    line: first.line,
    column: first.column,
    pointer: where,
    message: `found ${found} where ${EXPECTED[printParseErrorCode(first.code)] ?? 'valid JSON'} was expected`,
  };
}

/** A UTF-8 byte order mark is how some editors save JSON: it is not content. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The error for a text JSON.parse refused: file, line:column, the member it is in, what was found and expected. */
function invalidJson(text: string, file: string, err: unknown): MregError {
  // (jsonc-parser finds every error JSON.parse does; V8's own words are the fallback.)
  const located = syntaxError(text) ?? {
    line: 1,
    column: 1,
    pointer: '',
    message: err instanceof Error ? err.message : String(err),
  };
  const { line, column, pointer: at } = located;
  const message = `invalid JSON: ${located.message}`;
  return new MregError(
    'INVALID_JSON',
    `${file}:${line}:${column}: invalid JSON${at ? ` in ${at}` : ''}: ${located.message}`,
    {
      problems: [{ file, pointer: at, message, line, column }],
    },
  );
}

export function parseJsonText(text: string, file: string, maxBytes = MAX_JSON_BYTES): unknown {
  if (text.length > maxBytes) {
    throw new MregError(
      'INVALID_JSON',
      `${file}: ${text.length} bytes is larger than the ${maxBytes}-byte limit for this file`,
      {
        problems: [{ file, pointer: '', message: `larger than ${maxBytes} bytes` }],
      },
    );
  }
  text = withoutBom(text);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw invalidJson(text, file, err);
  }
  const deep = tooDeep(value, MAX_JSON_DEPTH);
  if (deep !== null) {
    const message = `nested deeper than ${MAX_JSON_DEPTH} levels`;
    throw new MregError('INVALID_JSON', `${file}#${deep.slice(0, 80)}${deep.length > 80 ? '...' : ''}: ${message}`, {
      problems: [{ file, pointer: deep, message }],
    });
  }
  // (After the depth check: keyCount recurses.)
  // JSON.parse keeps the last of two equal keys silently: a reviewer reading the first would
  // approve a value that is not the one in force. Refuse them. Counting is cheap (one native
  // regex pass): only when the text has more keys than the value does jsonc-parser look for where.
  const dup = keyTokens(text) !== keyCount(value) ? duplicateKey(text) : null;
  if (dup) {
    const { line, column } = dup;
    const message = `duplicate key ${JSON.stringify(dup.key)} (JSON keeps only the last one; remove one of them)`;
    throw new MregError('INVALID_JSON', `${file}:${line}:${column}: ${dup.pointer}: ${message}`, {
      problems: [{ file, pointer: dup.pointer, message, line, column }],
    });
  }
  return value;
}

/**
 * Object keys written in a valid JSON text. Outside strings a JSON text has no quote, so matching
 * every string in turn finds each one exactly; a string is a key when a colon follows it.
 */
export function keyTokens(text: string): number {
  const strings = /"[^"\\]*(?:\\.[^"\\]*)*"/g;
  let n = 0;
  while (strings.exec(text) !== null) {
    let j = strings.lastIndex;
    let c = text.charCodeAt(j);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++j);
    if (c === 58) n++;
  }
  return n;
}

/** Keys of every object in a parsed value (JSON.parse keeps one of two equal keys, so a duplicate makes this smaller). */
function keyCount(v: unknown): number {
  if (v === null || typeof v !== 'object') return 0;
  let n = 0;
  if (Array.isArray(v)) for (const x of v) n += keyCount(x);
  else
    for (const k in v) {
      n++;
      n += keyCount((v as Record<string, unknown>)[k]);
    }
  return n;
}

/**
 * The first key that appears twice in one object of a valid JSON text: the member's pointer and
 * where (1-based) its second occurrence starts, with its offset.
 */
export function duplicateKey(
  text: string,
): { key: string; pointer: string; offset: number; line: number; column: number } | null {
  const objects: Set<string>[] = [];
  let dup: { key: string; pointer: string; offset: number; line: number; column: number } | null = null;
  try {
    visit(
      text,
      {
        onObjectBegin: () => void objects.push(new Set()),
        onObjectEnd: () => void objects.pop(),
        onObjectProperty: (key, offset, _length, line, column, path) => {
          const keys = objects[objects.length - 1];
          if (keys.has(key)) {
            dup = { key, pointer: pointer(...path(), key), offset, line: line + 1, column: column + 1 };
            throw dup; // the first one is the answer: the rest of the text is not read
          }
          keys.add(key);
        },
      },
      STRICT,
    );
  } catch (err) {
    if (err !== dup) throw err;
  }
  return dup;
}

/** Stable, diff-friendly formatting for every JSON file the registry writes. */
export function formatJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/**
 * registry.json's layout: pretty at the top, one line per history entry. A deploy then adds one
 * line to the history and changes the pointer's lines, so `git diff` and `git log -p` read as the
 * event itself; the file is also about a third smaller than fully indented JSON, which every
 * command parses and every commit hashes.
 */
export function formatRegistryJson(registry: {
  schema_version: number;
  environments: Record<string, unknown>;
  history: unknown[];
  archive?: unknown[];
}): string {
  const envs = Object.entries(registry.environments).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const rest = Object.entries(registry)
    .filter(
      ([k, v]) =>
        k !== 'schema_version' && k !== 'environments' && k !== 'history' && !(k === 'archive' && v === undefined),
    )
    .map(([k, v]) =>
      k === 'archive' && Array.isArray(v)
        ? `  "archive": ${lineList(v)},\n`
        : `  ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`,
    )
    .join('');
  return (
    `{\n  "schema_version": ${JSON.stringify(registry.schema_version)},\n${rest}` +
    `  "environments": {${envs.length ? `\n${envs.join(',\n')}\n  ` : ''}},\n` +
    `  "history": ${lineList(registry.history)}\n}\n`
  );
}

/** A JSON array in registry.json's layout: one element per line. */
function lineList(items: unknown[]): string {
  return `[${items.length ? `\n${items.map((e) => `    ${JSON.stringify(e)}`).join(',\n')}\n  ` : ''}]`;
}

/** An archived history file (registry/history/): its id range, then one entry per line as in registry.json. */
export function formatHistorySegment(segment: {
  schema_version: number;
  first_id: number;
  last_id: number;
  history: unknown[];
}): string {
  return (
    `{\n  "schema_version": ${JSON.stringify(segment.schema_version)},\n  "first_id": ${segment.first_id},\n  "last_id": ${segment.last_id},\n` +
    `  "history": ${lineList(segment.history)}\n}\n`
  );
}

/** RFC 6901 pointer segment escaping. */
export function pointer(...segments: (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
