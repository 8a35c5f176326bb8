/**
 * Relabels metrics in Prometheus's text exposition format (version 0.0.4): every sample gains the
 * given labels, in front of its own. A label the sample already has under one of those names is
 * kept as `exported_<name>`, as Prometheus itself does when a target's label collides with one it
 * attaches. Comments (# HELP, # TYPE) pass through; OpenMetrics' `# EOF` is dropped, since the
 * result is appended to another exposition; a line that is not a sample is dropped and counted.
 */
export function relabelExposition(text: string, labels: Record<string, string>): { text: string; dropped: number } {
  const out: string[] = [];
  let dropped = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim() === '# EOF') continue;
    if (line.startsWith('#')) {
      out.push(line);
      continue;
    }
    const sample = parseSample(line);
    if (!sample) {
      dropped++;
      continue;
    }
    const theirs = sample.labels.map(([k, v]): [string, string] => [k in labels ? `exported_${k}` : k, v]);
    const all = [...Object.entries(labels), ...theirs].map(([k, v]) => `${k}="${escapeValue(v)}"`);
    out.push(`${sample.name}{${all.join(',')}} ${sample.rest}`);
  }
  return { text: out.length ? out.join('\n') + '\n' : '', dropped };
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*/;

interface ParsedSample {
  name: string;
  labels: Array<[string, string]>;
  /** The value and the optional timestamp, as written. */
  rest: string;
}

/** `name{label="value",...} value [timestamp]`, label values with their \\, \" and \n escapes. */
export function parseSample(line: string): ParsedSample | null {
  const name = NAME.exec(line)?.[0];
  if (!name) return null;
  let i = name.length;
  const labels: Array<[string, string]> = [];
  if (line[i] === '{') {
    i++;
    for (;;) {
      while (line[i] === ' ') i++;
      if (line[i] === '}') break;
      const key = LABEL_NAME.exec(line.slice(i))?.[0];
      if (!key) return null;
      i += key.length;
      while (line[i] === ' ') i++;
      if (line[i] !== '=') return null;
      i++;
      while (line[i] === ' ') i++;
      if (line[i] !== '"') return null;
      i++;
      let value = '';
      for (; i < line.length && line[i] !== '"'; i++) {
        if (line[i] !== '\\') value += line[i];
        else value += line[++i] === 'n' ? '\n' : line[i];
      }
      if (line[i] !== '"') return null;
      labels.push([key, value]);
      i++;
      while (line[i] === ' ') i++;
      if (line[i] === ',') i++;
      else if (line[i] !== '}') return null;
    }
    i++;
  }
  const rest = line.slice(i).trim();
  if (!/^\S+( -?\d+)?$/.test(rest) || line[i] !== ' ') return null;
  return { name, labels, rest };
}

function escapeValue(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
