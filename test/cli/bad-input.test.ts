import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mreg } from '../helpers/cli.js';
import { makeRepo, registerFake, type TestRepo } from '../helpers/repo.js';

describe('bad input: one clear line, the right exit code, nothing changed', () => {
  let repo: TestRepo;
  const registryFile = () => path.join(repo.work, 'registry/registry.json');
  let original: Buffer;
  let head: string;

  beforeAll(async () => {
    repo = await makeRepo({ gate: false });
    await registerFake(repo, 'llama3', '2.0.0');
    await registerFake(repo, 'llama3', '2.1.0');
    await registerFake(repo, 'llama3', '2.2.0');
    expect((await mreg(['--repo', repo.work, 'deploy', 'llama3', '2.0.0', '--env', 'production'])).code).toBe(0);
    await mreg(['--repo', repo.work, 'block', 'llama3', '2.2.0', '--quantization', 'q4km', '--reason', 'known bad']);
    original = readFileSync(registryFile());
    head = repo.git(['rev-parse', 'HEAD']);
  });
  afterAll(() => repo.cleanup());

  const unchanged = () => {
    expect(readFileSync(registryFile()).equals(original)).toBe(true);
    expect(repo.git(['rev-parse', 'HEAD'])).toBe(head);
  };

  it.each([
    [['deploy', '../x', '2.1.0', '--env', 'production'], 1, /invalid model name "\.\.\/x"/],
    [['deploy', 'Llama3', '2.1.0', '--env', 'production'], 1, /invalid model name "Llama3": expected lowercase/],
    [['deploy', 'llama3', 'v2.1', '--env', 'production'], 1, /invalid version "v2\.1"/],
    [['deploy', 'llama3', '2.01.0', '--env', 'production'], 1, /invalid version "2\.01\.0".*without leading zeros/],
    [['deploy', 'llama3', '2.1.0', '--env', 'qa'], 1, /unknown environment "qa": the registry has staging, production/],
    [
      ['deploy', 'llama3', '9.9.9', '--env', 'production'],
      1,
      /llama3 9\.9\.9 is not registered .*; registered for llama3: llama3-v2\.2\.0-q4km, llama3-v2\.1\.0-q4km/,
    ],
    [['deploy', 'llama3', '2.2.0', '--env', 'production'], 1, /llama3-v2\.2\.0-q4km is blocked: known bad/],
    [
      ['deploy', 'llama3', '9.9.9', '--env', 'production', '--quantization', 'q8_0'],
      1,
      /artifact llama3-v9\.9\.9-q8_0 is not registered .*; registered for llama3: /,
    ],
    [
      ['block', 'nomodel-v1.0.0-q4km', '--reason', 'x'],
      1,
      /no model nomodel is registered; the registered models are llama3/,
    ],
    [['deploy', 'llama3', '2.1.0'], 2, /--env is required/],
    [['deploy', 'llama3', '2.1.0', '--env', 'production', '--bogus'], 2, /Unknown option '--bogus'/],
    [['deploy', 'llama3'], 2, /missing VERSION/],
    [['deploy', 'llama3', '2.1.0', '--env', 'production', '--skip-gate'], 2, /--skip-gate needs --reason/],
    [
      ['deploy', 'llama3', '2.1.0', '--env', 'production', '--expect-current', '1.0.0'],
      1,
      /production is at 2\.0\.0, not 1\.0\.0/,
    ],
    [['rollback', '--env', 'production'], 1, /nothing earlier to roll back to/],
    [['nonsense'], 2, /^mreg: error: unknown command "nonsense" \(see mreg --help\)$/m],
    [['deplyo'], 2, /^mreg: error: unknown command "deplyo"; did you mean "deploy"\?/m],
    [['history', '--limit', 'ten'], 2, /--limit expects a whole number/],
  ])('mreg %j exits %i', async (args, code, message) => {
    const r = await mreg(['--repo', repo.work, ...(args as string[])]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message as RegExp);
    // One line, then at most a hint naming the command line that does what was refused.
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => !l.startsWith('hint: '))).toHaveLength(1);
    expect(lines[0]).not.toMatch(/mreg: error: mreg/);
    unchanged();
  });

  it.each([
    [
      'malformed JSON',
      '{\n  "schema_version": 1,\n  "environments": {,\n',
      /registry\/registry\.json:3:\d+: invalid JSON/,
    ],
    [
      'a schema violation',
      JSON.stringify({
        schema_version: 1,
        environments: { production: { model: 'llama3', version: '2.1', quantization: 'q4km', history_id: 1 } },
        history: [],
      }),
      /registry\/registry\.json#\/environments\/production: does not match/,
    ],
    ['deep JSON', '['.repeat(10_000) + ']'.repeat(10_000), /nested deeper than 64 levels/],
    [
      'a __proto__ key',
      JSON.stringify({ schema_version: 1, environments: {}, history: [] }).replace('{', '{"__proto__":{"admin":true},'),
      /#\/__proto__: unexpected property "__proto__"/,
    ],
  ])('a registry.json with %s is refused by deploy, and validate reports it', async (_what, text, message) => {
    writeFileSync(registryFile(), text);
    try {
      const r = await mreg(['--repo', repo.work, 'deploy', 'llama3', '2.1.0', '--env', 'production']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(readFileSync(registryFile(), 'utf8')).toBe(text);
      expect(repo.git(['rev-parse', 'HEAD'])).toBe(head);
      const v = await mreg(['--repo', repo.work, 'validate', '--json']);
      expect(v.code).toBe(1);
      expect(JSON.parse(v.stdout).problems.length).toBeGreaterThan(0);
    } finally {
      writeFileSync(registryFile(), original);
    }
    unchanged();
  });

  it('an uncommitted edit of registry.json is never committed over', async () => {
    const edited = JSON.parse(original.toString());
    edited.history[0].reason = 'hand edit, not committed';
    const text = JSON.stringify(edited, null, 2) + '\n';
    writeFileSync(registryFile(), text);
    try {
      const r = await mreg(['--repo', repo.work, 'deploy', 'llama3', '2.1.0', '--env', 'production']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/uncommitted changes in registry\/registry\.json; commit or discard them first/);
      expect(readFileSync(registryFile(), 'utf8')).toBe(text);
      expect(repo.git(['rev-parse', 'HEAD'])).toBe(head);
    } finally {
      writeFileSync(registryFile(), original);
    }
    unchanged();
  });

  it('a huge registry.json is refused with its size named', async () => {
    const huge = JSON.stringify({
      schema_version: 1,
      environments: {},
      history: [],
      pad: 'x'.repeat(65 * 1024 * 1024),
    });
    writeFileSync(registryFile(), huge);
    try {
      const r = await mreg(['--repo', repo.work, 'history']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/larger than the 67108864-byte limit/);
    } finally {
      writeFileSync(registryFile(), original);
    }
    unchanged();
  });

  it('validate reports every problem with file, JSON pointer and line', async () => {
    const bad = JSON.parse(original.toString());
    bad.history.push({ ...bad.history[0], id: 1, version: '7.7.7' });
    bad.environments.staging = { model: 'llama3', version: '2.1.0', quantization: 'q4km', history_id: 99 };
    writeFileSync(registryFile(), JSON.stringify(bad, null, 2));
    const meta = path.join(repo.work, 'registry/models/llama3/llama3-v2.1.0-q4km.json');
    const metaText = readFileSync(meta, 'utf8');
    writeFileSync(meta, metaText.replace('"version": "2.1.0"', '"version": "2.1.1"'));
    try {
      const r = await mreg(['--repo', repo.work, 'validate', '--json']);
      expect(r.code).toBe(1);
      const problems = JSON.parse(r.stdout).problems as any[];
      const find = (re: RegExp) => problems.find((p) => re.test(p.message));
      expect(find(/duplicate history id 1/)).toMatchObject({
        file: 'registry/registry.json',
        pointer: '/history/1/id',
        line: expect.any(Number),
      });
      expect(find(/names llama3-v7\.7\.7-q4km, which is not registered/)).toMatchObject({ pointer: '/history/1' });
      expect(find(/history entry 99 does not exist/)).toMatchObject({ pointer: '/environments/staging/history_id' });
      expect(
        find(/file name llama3-v2\.1\.0-q4km\.json says llama3-v2\.1\.0-q4km, but its fields say llama3-v2\.1\.1-q4km/),
      ).toMatchObject({
        file: 'registry/models/llama3/llama3-v2.1.0-q4km.json',
      });
      const text = await mreg(['--repo', repo.work, 'validate']);
      expect(text.stdout).toMatch(/registry\/registry\.json:\d+:\d+#\/history\/1\/id: duplicate history id 1/);
    } finally {
      writeFileSync(registryFile(), original);
      writeFileSync(meta, metaText);
    }
    unchanged();
  });
});
