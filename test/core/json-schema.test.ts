import { describe, expect, it } from 'vitest';
import { duplicateKey, formatRegistryJson, keyTokens, parseJsonText, syntaxError } from '../../src/core/json.js';
import { locatePointer } from '../../src/core/json-position.js';
import { parseMetadata, schemaProblems } from '../../src/core/schema.js';
import { emptyRegistry } from '../../src/core/registry-transitions.js';

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

  it('says where a syntax error is, in which member, what was found and what was expected', () => {
    const cases: Array<[string, string]> = [
      ['{\n  "a": 1,\n  "b": ,\n}', 'f.json:3:8: invalid JSON in /b: found "," where a value was expected'],
      ['{"a": 1,}', 'f.json:1:9: invalid JSON: found "}" where a property name in double quotes was expected'],
      ['{"a": [1, 2 3]}', `f.json:1:13: invalid JSON in /a/1: found "3" where ',' was expected`],
      ['[1, 2', `f.json:1:6: invalid JSON in /1: found the end of the text where ',' or ']' was expected`],
      ['{"a": "\u0001"}', 'f.json:1:7: invalid JSON in /a: found "\\"\\u0001\\"" where a printable character'],
      ['{"a": 1}}', 'f.json:1:9: invalid JSON: found "}" where the end of the text was expected'],
      ['{"a" 1}', `f.json:1:6: invalid JSON in /a: found "1" where ':' was expected`],
      [
        "{'a': 1}",
        'f.json:1:2: invalid JSON: found "\'a\'" where a JSON value (strings in double quotes; true, false, null; no comments) was expected',
      ],
      ['{"a": 01}', `f.json:1:8: invalid JSON in /a: found "1" where ',' was expected`],
      ['{"a": "x\\q"}', 'f.json:1:7: invalid JSON in /a: found "\\"x\\\\q\\"" where an escape'],
      [
        '{"a": 1} // note',
        'f.json:1:10: invalid JSON: found "// note" where a JSON value (JSON has no comments) was expected',
      ],
      ['', 'f.json:1:1: invalid JSON: found the end of the text where a value was expected'],
    ];
    for (const [text, message] of cases) {
      expect(() => JSON.parse(text), text).toThrow();
      expect(() => parseJsonText(text, 'f.json'), text).toThrow(message);
    }
  });

  it('finds an error in every text JSON.parse refuses', () => {
    const good = JSON.stringify({ a: [1, 2.5e3, true, null], b: { c: 'x\\y"\u00e9', d: [] }, e: -0.5 }, null, 1);
    const noise = ['"', ',', ':', '{', '}', '[', ']', '0', 'e', '\\', '\u0001', ' ', '-', '.', 'n', '/'];
    let seed = 7;
    const rand = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    let refused = 0;
    for (let i = 0; i < 2000; i++) {
      const at = rand(good.length);
      const text = good.slice(0, at) + noise[rand(noise.length)] + good.slice(at + rand(2));
      let ok = true;
      try {
        JSON.parse(text);
      } catch {
        ok = false;
      }
      if (ok) continue;
      refused++;
      expect(syntaxError(text), text).not.toBeNull();
    }
    expect(refused).toBeGreaterThan(1000);
  });

  it('refuses deep and huge documents before parsing them', () => {
    expect(() => parseJsonText('['.repeat(100_000) + ']'.repeat(100_000), 'x.json')).toThrow(
      /x.json#\/0\/0.*nested deeper than 64 levels/,
    );
    expect(() => parseJsonText('"' + 'a'.repeat(2000) + '"', 'x.json', 1000)).toThrow(
      /larger than the 1000-byte limit/,
    );
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
    const text = JSON.stringify(
      { environments: { production: null }, history: [{ id: 1 }, { id: 2, env: 'x' }] },
      null,
      2,
    );
    expect(locatePointer(text, '/history/1/env')).toEqual({ line: 11, column: 14 });
    expect(locatePointer(text, '/environments/production')?.line).toBe(3);
    // A member that is not there: the deepest value on its way that is.
    expect(locatePointer(text, '/history/1/missing')).toEqual({ line: 9, column: 5 });
    expect(locatePointer(text, '/history/7')).toEqual({ line: 5, column: 14 });
    expect(locatePointer('{"a/b": {"~x": [0, {"k": 1}]}}', '/a~1b/~0x/1/k')).toEqual({ line: 1, column: 26 });
    expect(locatePointer(text, '')).toEqual({ line: 1, column: 1 });
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
    const problems = schemaProblems(
      'registry',
      JSON.parse(JSON.stringify(bad).replace('"polluted"', '"polluted"')),
      'r.json',
    );
    const pointers = problems.map((p) => p.pointer);
    expect(pointers).toContain('/environments/production');
    expect(pointers).toContain('/history/0');
    expect(({} as any).polluted).toBeUndefined();
  });

  it('rejects __proto__ keys as unexpected properties', () => {
    const parsed = parseJsonText('{"schema_version":1,"environments":{},"history":[],"__proto__":{"x":1}}', 'r.json');
    const problems = schemaProblems('registry', parsed, 'r.json');
    expect(problems).toEqual([
      expect.objectContaining({ pointer: '/__proto__', message: 'unexpected property "__proto__"' }),
    ]);
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
    expect(() => parseMetadata(text('2026-02-30T00:00:00.000Z'), 'm.json')).toThrow(
      /^m\.json#\/created_at: must match format "date-time"/,
    );
    // Every problem listed (the full build, loaded on demand), not only the first.
    const problems = schemaProblems(
      'metadata',
      { ...meta('2026-02-30T00:00:00.000Z'), version: '1.0', extra: 1 },
      'm.json',
    );
    expect(problems.map((p) => p.pointer).sort()).toEqual(['/created_at', '/extra', '/version']);
  });
});

describe('JSON input rules', () => {
  it('refuses duplicate keys, naming the member and where the second one is', () => {
    expect(duplicateKey('{"a":1,"b":{"c":[1,{"d":2,"d":3}]}}')).toEqual({
      key: 'd',
      pointer: '/b/c/1/d',
      offset: 26,
      line: 1,
      column: 27,
    });
    expect(duplicateKey('{"a":"x\\"y","a\\"":1,"b":[{"a":1},{"a":2}]}')).toBeNull();
    expect(duplicateKey('{"k":"a:b","v":{"k":1}}')).toBeNull();
    expect(() => parseJsonText('{"x": 1,\n "x": 2}', 'f.json')).toThrow(/^f\.json:2:2: \/x: duplicate key "x"/);
  });

  it('refuses a regression threshold above 100%', () => {
    const config = (gate: Record<string, unknown>) => ({
      schema_version: 1,
      store: 's',
      environments: ['staging'],
      gate,
    });
    expect(schemaProblems('config', config({ default_max_regression: 0.05 }), 'c.json')).toEqual([]);
    expect(schemaProblems('config', config({ default_max_regression: 5 }), 'c.json')[0]).toMatchObject({
      pointer: '/gate/default_max_regression',
    });
    expect(
      schemaProblems('config', config({ metrics: { x: { direction: 'lower', max_regression: 3 } } }), 'c.json')[0],
    ).toMatchObject({
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
    expect(() => parseJsonText('{"a":"x:","b":[{"c":1},{"c":2,"c":3}]}', 'f.json')).toThrow(
      /\/b\/1\/c: duplicate key "c"/,
    );
    expect(parseJsonText('{"a":"\\"c\\":1","c":2}', 'f.json')).toEqual({ a: '"c":1', c: 2 });
  });

  it('finds no duplicate in a large registry-like document of distinct entries', () => {
    const big = JSON.stringify({
      history: Array.from({ length: 10_000 }, (_, i) => ({
        id: i,
        env: 'production',
        version: `1.0.${i}`,
        metrics: { perplexity: 1.5 },
      })),
    });
    expect(duplicateKey(big)).toBeNull();
  });
});
