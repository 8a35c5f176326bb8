import { describe, expect, it } from 'vitest';
import { MregError } from '../../src/core/errors.js';
import {
  checkVersion,
  compareVersions,
  formatArtifactId,
  metadataPath,
  parseArtifactId,
  storeFileKey,
} from '../../src/core/naming.js';
import { schemaProblems } from '../../src/core/schema.js';

describe('artifact naming', () => {
  it('parses and formats the {model}-v{x.y.z}-{quant} convention', () => {
    const ref = parseArtifactId('llama3-instruct-v2.1.0-q4km');
    expect(ref).toEqual({ model: 'llama3-instruct', version: '2.1.0', quantization: 'q4km' });
    expect(formatArtifactId(ref)).toBe('llama3-instruct-v2.1.0-q4km');
    expect(parseArtifactId('mistral.7b_x-v10.0.12-q8_0')).toEqual({
      model: 'mistral.7b_x',
      version: '10.0.12',
      quantization: 'q8_0',
    });
  });

  it('refuses version parts too large to stay exact numbers, in the names and in the schema alike', () => {
    expect(checkVersion('999999999999999.0.0')).toBe('999999999999999.0.0');
    expect(() => checkVersion('99999999999999999999999.0.0')).toThrow(MregError);
    expect(() => parseArtifactId('m-v99999999999999999999999.0.0-q4km')).toThrow(MregError);
    const meta = (version: string) => ({
      model: 'm',
      version,
      base_model: 'm',
      quantization: 'q4km',
      benchmark_score: null,
      created_at: '2026-01-01T00:00:00Z',
      parent_version: null,
      kind: 'gguf',
      status: 'active',
      artifact: { uri: 's3://b/m.gguf', sha256: '0'.repeat(64), size: 1 },
    });
    expect(schemaProblems('metadata', meta('1.0.0'), 'm.json')).toEqual([]);
    expect(schemaProblems('metadata', meta('99999999999999999999999.0.0'), 'm.json')[0]).toMatchObject({
      pointer: '/version',
    });
  });

  it('derives the registry and store paths from the id', () => {
    const ref = { model: 'llama3-instruct', version: '2.1.0', quantization: 'q4km' };
    expect(metadataPath(ref)).toBe('registry/models/llama3-instruct/llama3-instruct-v2.1.0-q4km.json');
    expect(storeFileKey(ref)).toBe('llama3-instruct/v2.1.0/llama3-instruct-v2.1.0-q4km.gguf');
  });

  it.each([
    ['../x-v1.0.0-q4km', /plain name/],
    ['Llama3-v1.0.0-q4km', /expected/],
    ['llama3-v2.1-q4km', /expected/],
    ['llama3-v2.01.0-q4km', /expected/],
    ['llama3-v2.1.0-Q4KM', /expected/],
    ['/abs/llama3-v2.1.0-q4km', /plain name/],
    ['llama3\\x-v2.1.0-q4km', /plain name/],
    ['llama3\0-v2.1.0-q4km', /plain name/],
    ['llama3-v2.1.0', /expected/],
  ])('refuses %j', (id, message) => {
    expect(() => parseArtifactId(id)).toThrow(MregError);
    expect(() => parseArtifactId(id)).toThrow(message);
  });

  it.each([
    [{ model: 'Llama3', version: '1.0.0', quantization: 'q4' }, 'model name'],
    [{ model: 'a', version: 'v2.1.0', quantization: 'q4' }, 'version'],
    [{ model: 'a', version: '2.1', quantization: 'q4' }, 'version'],
    [{ model: 'a', version: '2.01.0', quantization: 'q4' }, 'version'],
    [{ model: 'a', version: '1.0.0', quantization: '../q4' }, 'quantization'],
    [{ model: '..', version: '1.0.0', quantization: 'q4' }, 'model name'],
    [{ model: 'a-v2', version: '1.0.0', quantization: 'q4' }, 'model name'],
  ])('refuses the parts %j', (ref, what) => {
    expect(() => formatArtifactId(ref)).toThrow(new RegExp(`invalid ${what}`));
  });

  it('orders versions numerically, not as text', () => {
    expect(compareVersions('2.10.0', '2.9.0')).toBe(1);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
    expect(compareVersions('0.9.9', '1.0.0')).toBe(-1);
  });
});
