import { describe, expect, it } from 'vitest';
import { formatRegistryJson, parseJsonText } from '../../src/core/json.js';
import { locatePointer } from '../../src/core/locate.js';
import { schemaProblems } from '../../src/core/schema.js';
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
});
