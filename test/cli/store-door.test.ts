// The store is checked at the door: writers refuse a store other than the registry's before
// anything moves, and deploy and rollback compare the registered sha256 with the metadata JSON
// beside the artifact in the store before any pointer moves. A real S3-protocol server (s3rver).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { mreg, mregJson, tempDir } from '../helpers/cli.js';
import { fakeGgufBytes, makeRepo, type TestRepo } from '../helpers/repo.js';
import { startS3Server, type S3TestServer } from '../helpers/s3-server.js';

describe('the store checked at the door', () => {
  let s3: S3TestServer;
  let repo: TestRepo;
  let tmp: { dir: string; cleanup: () => Promise<void> };
  let env: Record<string, string>;
  let store: string;
  let other: string;
  const m = 'door';
  const file = (v: string) => path.join(tmp.dir, `${m}-v${v}-q8_0.gguf`);
  const run = (args: string[]) => mreg(['--repo', repo.work, ...args], { env });
  const heads = () => [repo.git(['rev-parse', 'HEAD']), repo.git(['rev-parse', 'main'], repo.remote)];
  const listed = (prefix: string) =>
    openStore(`s3://${s3.bucket}`, { s3: { endpoint: s3.endpoint }, credentials: s3.credentials }).list(prefix);

  beforeAll(async () => {
    s3 = await startS3Server();
    tmp = await tempDir('mreg-door-');
    repo = await makeRepo({ gate: false });
    store = `s3://${s3.bucket}/registry-a`;
    other = `s3://${s3.bucket}/registry-b`;
    env = { ...s3.env, CI: '1' };
    const configFile = path.join(repo.work, 'registry/config.json');
    const config = JSON.parse(readFileSync(configFile, 'utf8'));
    writeFileSync(configFile, JSON.stringify({ ...config, store }, null, 2) + '\n');
    repo.git(['commit', '--quiet', '-am', 'test: the registry keeps its artifacts on S3']);
    repo.git(['push', '--quiet', 'origin', 'main']);
    for (const v of ['1.0.0', '2.0.0']) writeFileSync(file(v), fakeGgufBytes(`${m}-v${v}-q8_0`, 'q8_0'));
  });
  afterAll(async () => {
    await repo?.cleanup();
    await tmp?.cleanup();
    await s3?.stop();
  });

  it('publish, register and deploy refuse another store at once: nothing uploaded, registered or committed', async () => {
    const before = heads();
    const p = await run([
      'publish',
      file('1.0.0'),
      '--model',
      m,
      '--version',
      '1.0.0',
      '--quantization',
      'q8_0',
      '--store',
      other,
    ]);
    expect(p.code, p.stderr).toBe(1);
    expect(p.stderr).toContain(
      `the store given, ${other}, is not the registry's store ${store} (registry/config.json#/store)`,
    );
    expect(await listed('registry-b/')).toEqual([]);

    const r = await run([
      'register',
      '--model',
      m,
      '--version',
      '1.0.0',
      '--quantization',
      'q8_0',
      '--uri',
      `${other}/x.gguf`,
      '--sha256',
      'a'.repeat(64),
    ]);
    expect(r.code).toBe(2); // --size missing: a usage error comes first
    const r2 = await run([
      'register',
      '--model',
      m,
      '--version',
      '1.0.0',
      '--quantization',
      'q8_0',
      '--uri',
      `${other}/x.gguf`,
      '--sha256',
      'a'.repeat(64),
      '--size',
      '1',
      '--store',
      other,
    ]);
    expect(r2.code, r2.stderr).toBe(1);
    expect(r2.stderr).toMatch(/is not the registry's store/);
    expect(heads()).toEqual(before);

    await mregJson(
      ['--repo', repo.work, 'publish', file('1.0.0'), '--model', m, '--version', '1.0.0', '--quantization', 'q8_0'],
      { env },
    );
    const published = heads();
    const d = await run(['deploy', m, '1.0.0', '--env', 'staging', '--store', other]);
    expect(d.code, d.stderr).toBe(1);
    expect(d.stderr).toMatch(/is not the registry's store/);
    expect(heads()).toEqual(published);
    // The same store spelled with a trailing slash is the same store.
    const ok = await mregJson(['--repo', repo.work, 'deploy', m, '1.0.0', '--env', 'staging', '--store', `${store}/`], {
      env,
    });
    expect(ok).toMatchObject({ env: 'staging', version: '1.0.0' });
  });

  it('a sha256 edited in the registry after registration is refused by rollback and deploy before any pointer moves', async () => {
    await mregJson(
      ['--repo', repo.work, 'publish', file('2.0.0'), '--model', m, '--version', '2.0.0', '--quantization', 'q8_0'],
      { env },
    );
    await mregJson(['--repo', repo.work, 'deploy', m, '2.0.0', '--env', 'staging'], { env });
    // A hand edit (or a bad merge) changes 1.0.0's registered sha256, committed and pushed.
    const metaFile = path.join(repo.work, `registry/models/${m}/${m}-v1.0.0-q8_0.json`);
    const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
    const edited = 'b'.repeat(64);
    const registered = meta.artifact.sha256;
    writeFileSync(
      metaFile,
      JSON.stringify({ ...meta, artifact: { ...meta.artifact, sha256: edited } }, null, 2) + '\n',
    );
    repo.git(['commit', '--quiet', '-am', 'edit a sha256 by hand']);
    repo.git(['push', '--quiet', 'origin', 'main']);
    const before = heads();
    const registryBefore = readFileSync(path.join(repo.work, 'registry/registry.json'), 'utf8');

    const rb = await run(['rollback', '--env', 'staging']);
    expect(rb.code, rb.stderr).toBe(1);
    expect(rb.stderr).toContain(
      `registry/models/${m}/${m}-v1.0.0-q8_0.json disagrees with the metadata JSON written beside the artifact`,
    );
    expect(rb.stderr).toContain(`${store}/${m}/v1.0.0/${m}-v1.0.0-q8_0.json`);
    expect(rb.stderr).toContain(`#/artifact/sha256 expected "${edited}", found "${registered}"`);
    expect(heads()).toEqual(before);
    expect(readFileSync(path.join(repo.work, 'registry/registry.json'), 'utf8')).toBe(registryBefore);

    const d = await run(['deploy', m, '1.0.0', '--env', 'production']);
    expect(d.code, d.stderr).toBe(1);
    expect(d.stderr).toMatch(/disagrees with the metadata JSON written beside the artifact/);
    // The refusal happened at the store check: the report on stdout says which stage refused.
    expect(d.stdout).toMatch(/check-store\s+failed/);
    expect(heads()).toEqual(before);
  });
});
