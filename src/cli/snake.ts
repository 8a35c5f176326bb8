/**
 * Every `--json` output uses snake_case keys, as the registry's own files do. Results of the use
 * cases are TypeScript objects (camelCase); the CLI renames identifier-like keys on the way out.
 * Keys that are data rather than names (paths, URIs, trailers such as Mreg-Action, environment
 * and metric names, which are lowercase already) are left exactly as they are.
 */
export function snakeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snakeKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    out[/^[a-z][a-zA-Z0-9]*$/.test(k) ? k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) : k] = snakeKeys(v);
  return out;
}
