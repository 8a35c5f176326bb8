import { MregError } from './errors.js';

/**
 * JSON parsing for files people edit by hand: bounded in size and depth (so a hostile pull request
 * cannot exhaust the runner), with line and column on syntax errors.
 */
export const MAX_JSON_BYTES = 64 * 1024 * 1024;
export const MAX_JSON_DEPTH = 64;

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

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

/**
 * Where JSON.parse gave up. V8's messages do not always carry a position (Node 20 often says only
 * `Unexpected token ','`), so a small strict scanner finds the first offending offset itself.
 */
export function syntaxErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  };
  const str = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        str();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    } else if (c === '"') str();
    else {
      const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
      if (!m) fail();
      i += m![0].length;
    }
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
  } catch (at) {
    if (typeof at === 'number') return Math.min(at, text.length);
    throw at;
  }
  return text.length;
}

/** A UTF-8 byte order mark is how some editors save JSON: it is not content. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function parseJsonText(text: string, file: string, maxBytes = MAX_JSON_BYTES): unknown {
  if (text.length > maxBytes) {
    throw new MregError('INVALID_JSON', `${file}: ${text.length} bytes is larger than the ${maxBytes}-byte limit for this file`, {
      problems: [{ file, pointer: '', message: `larger than ${maxBytes} bytes` }],
    });
  }
  text = withoutBom(text);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const raw = err instanceof Error ? err.message : String(err);
    const { line, column } = lineColumn(text, syntaxErrorOffset(text));
    const detail = raw.split(/, "|\.\.\."| in JSON| is not valid/)[0].replace(/\s*\(line \d+ column \d+\)$/, '');
    const message = `invalid JSON: ${detail}`;
    throw new MregError('INVALID_JSON', `${file}:${line}:${column}: ${message}`, { problems: [{ file, pointer: '', message, line, column }] });
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
  // regex pass): only when the text has more keys than the value does the scan look for where.
  const dup = keyTokens(text) !== keyCount(value) ? duplicateKey(text) : null;
  if (dup) {
    const { line, column } = lineColumn(text, dup.offset);
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
 * The first key that appears twice in one object of a valid JSON text: its pointer (of the
 * object member) and the offset of its second occurrence. One linear pass over the text.
 */
export function duplicateKey(text: string): { key: string; pointer: string; offset: number } | null {
  type Frame = { keys: Set<string> | null; path: string; index: number; pendingKey: string | null };
  const stack: Frame[] = [];
  let i = 0;
  const n = text.length;
  const readString = (): string => {
    const start = ++i;
    let escaped = false;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 92) {
        escaped = true;
        i++; // the escaped character, whatever it is, does not end the string
      } else if (c === 34) break;
    }
    const raw = text.slice(start, i++);
    return escaped ? (JSON.parse(`"${raw}"`) as string) : raw;
  };
  const childPath = (f: Frame): string => f.path + pointer(f.keys ? (f.pendingKey as string) : f.index);
  while (i < n) {
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (c === 34) {
      const at = i;
      const str = readString();
      // A string is a key when it sits in an object and is followed by a colon.
      let j = i;
      while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13 || text.charCodeAt(j) === 9)) j++;
      if (top?.keys && text.charCodeAt(j) === 58) {
        if (top.keys.has(str)) return { key: str, pointer: top.path + pointer(str), offset: at };
        top.keys.add(str);
        top.pendingKey = str;
      }
    } else if (c === 123 || c === 91) {
      const parent = top;
      const path = parent ? childPath(parent) : '';
      stack.push({ keys: c === 123 ? new Set() : null, path, index: 0, pendingKey: null });
      i++;
    } else if (c === 125 || c === 93) {
      stack.pop();
      i++;
    } else if (c === 44) {
      if (top && !top.keys) top.index++;
      i++;
    } else i++;
  }
  return null;
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
    .filter(([k, v]) => k !== 'schema_version' && k !== 'environments' && k !== 'history' && !(k === 'archive' && v === undefined))
    .map(([k, v]) => (k === 'archive' && Array.isArray(v) ? `  "archive": ${lineList(v)},\n` : `  ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`))
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
export function formatHistorySegment(segment: { schema_version: number; first_id: number; last_id: number; history: unknown[] }): string {
  return (
    `{\n  "schema_version": ${JSON.stringify(segment.schema_version)},\n  "first_id": ${segment.first_id},\n  "last_id": ${segment.last_id},\n` +
    `  "history": ${lineList(segment.history)}\n}\n`
  );
}

/** RFC 6901 pointer segment escaping. */
export function pointer(...segments: (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
