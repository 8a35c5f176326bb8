/**
 * Maps a JSON pointer to the line and column where that value starts in the source text, so a
 * schema problem can be shown as an annotation on the right line. A small scanner, not a parser:
 * the text is already known to be valid JSON when this is called.
 */
export function locatePointer(text: string, pointer: string): { line: number; column: number } | undefined {
  const target =
    pointer === ''
      ? []
      : pointer
          .split('/')
          .slice(1)
          .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const skipString = () => {
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
  };
  const readString = (): string => {
    const start = i;
    skipString();
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return '';
    }
  };
  const skipValue = () => {
    ws();
    const c = text[i];
    if (c === '"') return skipString();
    if (c === '{' || c === '[') {
      let depth = 0;
      while (i < text.length) {
        const d = text[i];
        if (d === '"') {
          skipString();
          continue;
        }
        if (d === '{' || d === '[') depth++;
        else if (d === '}' || d === ']') {
          depth--;
          if (depth === 0) {
            i++;
            return;
          }
        }
        i++;
      }
      return;
    }
    while (i < text.length && !/[,}\]\s]/.test(text[i])) i++;
  };
  const position = (offset: number) => {
    let line = 1;
    let last = -1;
    for (let k = 0; k < offset; k++) {
      if (text.charCodeAt(k) === 10) {
        line++;
        last = k;
      }
    }
    return { line, column: offset - last };
  };

  let depth = 0;
  ws();
  while (depth < target.length) {
    const key = target[depth];
    const c = text[i];
    if (c === '{') {
      i++;
      let found = false;
      for (;;) {
        ws();
        if (text[i] === '}') return position(i);
        const k = readString();
        ws();
        i++; // colon
        ws();
        if (k === key) {
          found = true;
          break;
        }
        skipValue();
        ws();
        if (text[i] === ',') i++;
      }
      if (!found) return undefined;
    } else if (c === '[') {
      i++;
      const index = Number(key);
      if (!Number.isInteger(index)) return position(i - 1);
      for (let n = 0; n < index; n++) {
        skipValue();
        ws();
        if (text[i] !== ',') return position(i);
        i++;
      }
      ws();
    } else {
      return position(i);
    }
    depth++;
  }
  return position(i);
}
