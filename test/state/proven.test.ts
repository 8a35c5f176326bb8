import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/state/config.js';
import { documentDigest } from '../../src/state/proven.js';
import { readRegistry } from '../../src/state/read.js';
import { mregJson } from '../helpers/cli.js';
import { makeRepo, registerFake, type TestRepo } from '../helpers/repo.js';

/**
 * A registry.json text proven valid is not checked again on read (the sha256 of the text in
 * .git/mreg-proven); any other text, however close, is checked in full.
 */
describe('proven registry texts', () => {
  let repo: TestRepo;
  const proven = () =>
    readFileSync(path.join(repo.work, '.git', 'mreg-proven'), 'utf8')
      .trim()
      .split('\n');
  const registryFile = () => path.join(repo.work, 'registry/registry.json');

  beforeEach(async () => {
    repo = await makeRepo({ gate: false });
    await registerFake(repo, 'tm', '1.0.0');
    await registerFake(repo, 'tm', '2.0.0');
  });
  afterEach(() => repo.cleanup());

  it('a deploy records the text it committed; an edit of it is checked in full', async () => {
    await mregJson(['--repo', repo.work, 'deploy', 'tm', '1.0.0', '--env', 'staging']);
    const before = proven().length;
    await mregJson(['--repo', repo.work, 'deploy', 'tm', '2.0.0', '--env', 'staging']);
    expect(proven().length).toBe(before + 1);
    expect((await readRegistry(repo.work)).registry.environments.staging?.version).toBe('2.0.0');

    // The same registry with a duplicate key: JSON.parse would take it, the full check does not.
    const text = readFileSync(registryFile(), 'utf8');
    writeFileSync(registryFile(), text.replace('"schema_version": 1,', '"schema_version": 1,\n  "schema_version": 1,'));
    await expect(readRegistry(repo.work)).rejects.toThrow(/registry\/registry\.json:3:3: \/schema_version: duplicate key/);
    // A schema problem in one history entry of an otherwise proven text.
    writeFileSync(registryFile(), text.replace('"action":"deploy"', '"action":"redeploy"'));
    await expect(readRegistry(repo.work)).rejects.toThrow(/registry\/registry\.json#\/history\/\d+\/action/);
    writeFileSync(registryFile(), text);
    expect((await readRegistry(repo.work)).registry.history).toHaveLength(2);
  });

  it('config.json: a text proven by a command is only parsed after; an edit of it is checked in full', async () => {
    const configFile = path.join(repo.work, 'registry/config.json');
    const text = readFileSync(configFile, 'utf8');
    await loadConfig(repo.work);
    expect(proven()).toContain(documentDigest('config', text));
    // The proven text reads the same as when checked.
    expect(await loadConfig(repo.work)).toEqual(await loadConfig(repo.work));
    // A duplicate key (JSON.parse would take it) and a schema problem, each in an otherwise proven text.
    writeFileSync(configFile, text.replace('{', '{\n  "environments": ["staging"],'));
    await expect(loadConfig(repo.work)).rejects.toThrow(/registry\/config\.json:\d+:3: \/environments: duplicate key/);
    writeFileSync(configFile, text.replace('{', '{\n  "unknown_setting": 1,'));
    await expect(loadConfig(repo.work)).rejects.toThrow(/registry\/config\.json#\/unknown_setting: unexpected property/);
    writeFileSync(configFile, text);
    await expect(loadConfig(repo.work)).resolves.toBeDefined();
  });

  it('works without a writable record: every read is then a full check', async () => {
    rmSync(path.join(repo.work, '.git', 'mreg-proven'), { force: true });
    mkdirSync(path.join(repo.work, '.git', 'mreg-proven')); // not a file: unreadable, unwritable
    const out = await mregJson(['--repo', repo.work, 'deploy', 'tm', '1.0.0', '--env', 'staging']);
    expect(out.version).toBe('1.0.0');
    expect((await readRegistry(repo.work)).registry.environments.staging?.version).toBe('1.0.0');
  });
});
