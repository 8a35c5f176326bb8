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

/** Depth of bracket nesting outside strings; stops scanning once the limit is passed. */
function depthExceeds(text: string, limit: number): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return null;
}

export function parseJsonText(text: string, file: string, maxBytes = MAX_JSON_BYTES): unknown {
  if (text.length > maxBytes) {
    throw new MregError('INVALID_JSON', `${file}: ${text.length} bytes is larger than the ${maxBytes}-byte limit for this file`, {
      problems: [{ file, pointer: '', message: `larger than ${maxBytes} bytes` }],
    });
  }
  const deep = depthExceeds(text, MAX_JSON_DEPTH);
  if (deep !== null) {
    const { line, column } = lineColumn(text, deep);
    const message = `nested deeper than ${MAX_JSON_DEPTH} levels`;
    throw new MregError('INVALID_JSON', `${file}:${line}:${column}: ${message}`, { problems: [{ file, pointer: '', message, line, column }] });
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    const raw = err instanceof Error ? err.message : String(err);
    // V8 reports "... at position N" (Node 20) or "... (line L column C)" (Node 22+).
    const pos = /position (\d+)/.exec(raw);
    const lc = /line (\d+) column (\d+)/.exec(raw);
    let line = 1;
    let column = 1;
    if (lc) {
      line = Number(lc[1]);
      column = Number(lc[2]);
    } else if (pos) {
      ({ line, column } = lineColumn(text, Number(pos[1])));
    } else if (/end of JSON input/.test(raw)) {
      ({ line, column } = lineColumn(text, text.length));
    }
    const message = `invalid JSON: ${raw.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '')}`;
    throw new MregError('INVALID_JSON', `${file}:${line}:${column}: ${message}`, { problems: [{ file, pointer: '', message, line, column }] });
  }
}

/** Stable, diff-friendly formatting for every JSON file the registry writes. */
export function formatJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** RFC 6901 pointer segment escaping. */
export function pointer(...segments: (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
