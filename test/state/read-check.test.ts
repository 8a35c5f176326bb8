import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/state/config.js';
import { readRegistry } from '../../src/state/read.js';
import { mregJson } from '../helpers/cli.js';
import { makeRepo, registerFake, type TestRepo } from '../helpers/repo.js';

/**
 * Every read of the registry's documents is the full check, whatever the command before wrote:
 * a text mreg itself committed, edited by hand afterwards, is refused on the next read.
 */
describe('reading the registry after a change', () => {
  let repo: TestRepo;
  /** Everything under .git, by path, that git's own layout does not explain. */
  const foreignInGit = () =>
    (readdirSync(path.join(repo.work, '.git'), { recursive: true }) as string[]).filter(
      (f) => /mreg|\.tmp$/.test(f) && !f.startsWith('logs'),
    );
  const registryFile = () => path.join(repo.work, 'registry/registry.json');

  beforeEach(async () => {
    repo = await makeRepo({ gate: false });
    await registerFake(repo, 'tm', '1.0.0');
    await registerFake(repo, 'tm', '2.0.0');
  });
  afterEach(() => repo.cleanup());

  it('a text a deploy committed, edited by hand, is checked in full; nothing of mreg is left inside .git', async () => {
    await mregJson(['--repo', repo.work, 'deploy', 'tm', '1.0.0', '--env', 'staging']);
    await mregJson(['--repo', repo.work, 'deploy', 'tm', '2.0.0', '--env', 'staging']);
    expect(foreignInGit()).toEqual([]);
    expect((await readRegistry(repo.work)).registry.environments.staging?.version).toBe('2.0.0');

    // The same registry with a duplicate key: JSON.parse would take it, the full check does not.
    const text = readFileSync(registryFile(), 'utf8');
    writeFileSync(registryFile(), text.replace('"schema_version": 1,', '"schema_version": 1,\n  "schema_version": 1,'));
    await expect(readRegistry(repo.work)).rejects.toThrow(
      /registry\/registry\.json:3:3: \/schema_version: duplicate key/,
    );
    // A schema problem in one history entry of an otherwise valid text.
    writeFileSync(registryFile(), text.replace('"action":"deploy"', '"action":"redeploy"'));
    await expect(readRegistry(repo.work)).rejects.toThrow(/registry\/registry\.json#\/history\/\d+\/action/);
    writeFileSync(registryFile(), text);
    expect((await readRegistry(repo.work)).registry.history).toHaveLength(2);
  });

  it('config.json: a text read before, edited by hand, is checked in full', async () => {
    const configFile = path.join(repo.work, 'registry/config.json');
    const text = readFileSync(configFile, 'utf8');
    await loadConfig(repo.work);
    expect(await loadConfig(repo.work)).toEqual(await loadConfig(repo.work));
    // A duplicate key (JSON.parse would take it) and a schema problem, each in an otherwise valid text.
    writeFileSync(configFile, text.replace('{', '{\n  "environments": ["staging"],'));
    await expect(loadConfig(repo.work)).rejects.toThrow(/registry\/config\.json:\d+:3: \/environments: duplicate key/);
    writeFileSync(configFile, text.replace('{', '{\n  "unknown_setting": 1,'));
    await expect(loadConfig(repo.work)).rejects.toThrow(
      /registry\/config\.json#\/unknown_setting: unexpected property/,
    );
    writeFileSync(configFile, text);
    await expect(loadConfig(repo.work)).resolves.toBeDefined();
  });
});
