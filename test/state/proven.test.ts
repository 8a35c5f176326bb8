import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

  it('works without a writable record: every read is then a full check', async () => {
    mkdirSync(path.join(repo.work, '.git', 'mreg-proven'), { recursive: true }); // not a file: unreadable, unwritable
    const out = await mregJson(['--repo', repo.work, 'deploy', 'tm', '1.0.0', '--env', 'staging']);
    expect(out.version).toBe('1.0.0');
    expect((await readRegistry(repo.work)).registry.environments.staging?.version).toBe('1.0.0');
  });
});
