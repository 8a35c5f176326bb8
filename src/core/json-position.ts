import { visit, type JSONPath } from 'jsonc-parser';

/** A JSON pointer's segments, unescaped (RFC 6901). */
function segments(pointer: string): string[] {
  return pointer === ''
    ? []
    : pointer
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** How many leading segments of `target` the value at `path` matches: path.length when it lies on the way, -1 when off it. */
function onTheWay(path: JSONPath, target: string[]): number {
  if (path.length > target.length) return -1;
  for (let i = 0; i < path.length; i++) if (String(path[i]) !== target[i]) return -1;
  return path.length;
}

/**
 * Maps a JSON pointer to the line and column (1-based) where that value starts, so a schema
 * problem can be shown as an annotation on the right line. A pointer to a member that is not there
 * (a missing property, an index past the end) maps to the deepest value on its way that is.
 * jsonc-parser walks the text; values off the pointer's way are skipped, not visited, and the walk
 * stops at the value itself.
 */
export function locatePointer(text: string, pointer: string): { line: number; column: number } | undefined {
  const target = segments(pointer);
  let best: { depth: number; line: number; column: number } | undefined;
  const found = new Error('found');
  // Each value start: note it when it lies on the way; say whether to look inside it.
  const value = (line: number, column: number, path: () => JSONPath): boolean => {
    const depth = onTheWay(path(), target);
    if (depth < 0) return false;
    if (!best || depth > best.depth) best = { depth, line: line + 1, column: column + 1 };
    if (depth === target.length) throw found;
    return true;
  };
  try {
    visit(
      text,
      {
        onObjectBegin: (_offset, _length, line, column, path) => value(line, column, path),
        onArrayBegin: (_offset, _length, line, column, path) => value(line, column, path),
        // (jsonc-parser skips what a begin callback refuses only when end callbacks are given.)
        onObjectEnd: () => undefined,
        onArrayEnd: () => undefined,
        onLiteralValue: (_value, _offset, _length, line, column, path) => void value(line, column, path),
      },
      { disallowComments: true },
    );
  } catch (err) {
    if (err !== found) throw err;
  }
  return best && { line: best.line, column: best.column };
}
