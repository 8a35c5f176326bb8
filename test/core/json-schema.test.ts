import { describe, expect, it } from 'vitest';
import { duplicateKey, formatRegistryJson, keyTokens, parseJsonText } from '../../src/core/json.js';
import { locatePointer } from '../../src/core/locate.js';
import { parseMetadata, schemaProblems } from '../../src/core/schema.js';
import { emptyRegistry } from '../../src/core/registry.js';

describe('JSON input', () => {
  it('reports syntax errors with line and column', () => {
    const text = '{\n  "a": 1,\n  "b": ,\n}';
    try {
      parseJsonText(text, 'registry/registry.json');
      expect.unreachable();
    } catch (err: any) {
      expect(err.code).toBe('INVALID_JSON');
      expect(err.problems[0]).toMatchObject({ file: 'registry/registry.json', line: 3 });
      expect(err.message).toMatch(/^registry\/registry\.json:3:\d+: invalid JSON/);
    }
  });

  it('refuses deep and huge documents before parsing them', () => {
    expect(() => parseJsonText('['.repeat(100_000) + ']'.repeat(100_000), 'x.json')).toThrow(/x.json#\/0\/0.*nested deeper than 64 levels/);
    expect(() => parseJsonText('"' + 'a'.repeat(2000) + '"', 'x.json', 1000)).toThrow(/larger than the 1000-byte limit/);
  });

  it('writes registry.json with one line per history entry, and reads it back unchanged', () => {
    const registry = {
      schema_version: 1,
      environments: { staging: null, production: { model: 'm', version: '1.0.0', quantization: 'f16', history_id: 2 } },
      history: [
        { id: 1, env: 'staging', reason: 'a "quoted"\nreason' },
        { id: 2, env: 'production', metrics: { perplexity: 1.5 } },
      ],
    };
    const text = formatRegistryJson(registry);
    expect(JSON.parse(text)).toEqual(registry);
    const lines = text.split('\n');
    expect(lines.filter((l) => l.startsWith('    {"id":'))).toHaveLength(2);
    expect(lines).toContain('    "staging": null,');
    expect(formatRegistryJson({ schema_version: 1, environments: {}, history: [] })).toBe(
      '{\n  "schema_version": 1,\n  "environments": {},\n  "history": []\n}\n',
    );
  });

  it('locates a JSON pointer on its line', () => {
    const text = JSON.stringify({ environments: { production: null }, history: [{ id: 1 }, { id: 2, env: 'x' }] }, null, 2);
    expect(locatePointer(text, '/history/1/env')).toEqual({ line: 11, column: 14 });
    expect(locatePointer(text, '/environments/production')?.line).toBe(3);
  });
});

describe('schemas', () => {
  it('accepts a fresh registry and names every problem by JSON pointer', () => {
    expect(schemaProblems('registry', emptyRegistry(['staging', 'production']), 'r.json')).toEqual([]);
    const bad = {
      schema_version: 1,
      environments: { production: { model: 'Llama', version: '2.1', quantization: 'q4', history_id: 1 } },
      history: [{ id: 1 }],
      ['__proto__']: { polluted: true },
    };
    const problems = schemaProblems('registry', JSON.parse(JSON.stringify(bad).replace('"polluted"', '"polluted"')), 'r.json');
    const pointers = problems.map((p) => p.pointer);
    expect(pointers).toContain('/environments/production');
    expect(pointers).toContain('/history/0');
    expect(({} as any).polluted).toBeUndefined();
  });

  it('rejects __proto__ keys as unexpected properties', () => {
    const parsed = parseJsonText('{"schema_version":1,"environments":{},"history":[],"__proto__":{"x":1}}', 'r.json');
    const problems = schemaProblems('registry', parsed, 'r.json');
    expect(problems).toEqual([expect.objectContaining({ pointer: '/__proto__', message: 'unexpected property "__proto__"' })]);
    expect(({} as any).x).toBeUndefined();
  });

  it('checks dates to the letter on every read: a 30th of February is refused by the path commands take, not only by validate', () => {
    const meta = (created_at: string) => ({
      model: 'm',
      version: '1.0.0',
      base_model: 'b',
      quantization: 'f16',
      benchmark_score: null,
      created_at,
      parent_version: null,
      kind: 'gguf',
      status: 'active',
      artifact: { uri: 'file:///s/m/v1.0.0/m-v1.0.0-f16.gguf', sha256: 'a'.repeat(64), size: 1 },
    });
    const text = (created_at: string) => JSON.stringify(meta(created_at));
    expect(parseMetadata(text('2026-02-28T23:59:59.000Z'), 'm.json').created_at).toBe('2026-02-28T23:59:59.000Z');
    expect(() => parseMetadata(text('2026-02-30T00:00:00.000Z'), 'm.json')).toThrow(/^m\.json#\/created_at: must match format "date-time"/);
    // Every problem listed (the full build, loaded on demand), not only the first.
    const problems = schemaProblems('metadata', { ...meta('2026-02-30T00:00:00.000Z'), version: '1.0', extra: 1 }, 'm.json');
    expect(problems.map((p) => p.pointer).sort()).toEqual(['/created_at', '/extra', '/version']);
  });
});

describe('JSON input rules', () => {
  it('refuses duplicate keys, naming the member and where the second one is', () => {
    expect(duplicateKey('{"a":1,"b":{"c":[1,{"d":2,"d":3}]}}')).toEqual({ key: 'd', pointer: '/b/c/1/d', offset: 26 });
    expect(duplicateKey('{"a":"x\\"y","a\\"":1,"b":[{"a":1},{"a":2}]}')).toBeNull();
    expect(duplicateKey('{"k":"a:b","v":{"k":1}}')).toBeNull();
    expect(() => parseJsonText('{"x": 1,\n "x": 2}', 'f.json')).toThrow(/^f\.json:2:2: \/x: duplicate key "x"/);
  });

  it('refuses a regression threshold above 100%', () => {
    const config = (gate: Record<string, unknown>) => ({ schema_version: 1, store: 's', environments: ['staging'], gate });
    expect(schemaProblems('config', config({ default_max_regression: 0.05 }), 'c.json')).toEqual([]);
    expect(schemaProblems('config', config({ default_max_regression: 5 }), 'c.json')[0]).toMatchObject({ pointer: '/gate/default_max_regression' });
    expect(schemaProblems('config', config({ metrics: { x: { direction: 'lower', max_regression: 3 } } }), 'c.json')[0]).toMatchObject({
      pointer: '/gate/metrics/x/max_regression',
    });
  });

  it('accepts a UTF-8 byte order mark', () => {
    expect(parseJsonText('\ufeff{"x": 1}', 'f.json')).toEqual({ x: 1 });
  });

  it('counts the keys a text writes, whatever its strings hold (the cheap test before the search)', () => {
    expect(keyTokens('{"a":"x\\"y","a\\"":1,"b":[{"a":1},{"a":2}]}')).toBe(5);
    expect(keyTokens('{"k" : "a:b", "v":{"k":"\\\\"}, "w": ["x", "y:"]}')).toBe(4);
    expect(keyTokens('[1, "a", {"": null}]')).toBe(1);
    // A duplicate anywhere is still found and named, through the count.
    expect(() => parseJsonText('{"a":"x:","b":[{"c":1},{"c":2,"c":3}]}', 'f.json')).toThrow(/\/b\/1\/c: duplicate key "c"/);
    expect(parseJsonText('{"a":"\\"c\\":1","c":2}', 'f.json')).toEqual({ a: '"c":1', c: 2 });
  });

  it('finds no duplicate in a large registry-like document of distinct entries', () => {
    const big = JSON.stringify({
      history: Array.from({ length: 10_000 }, (_, i) => ({ id: i, env: 'production', version: `1.0.${i}`, metrics: { perplexity: 1.5 } })),
    });
    expect(duplicateKey(big)).toBeNull();
  });
});
