// The audit log and the status view as a person reads them: who is recorded, which commits count
// as audit events, what a subject says when the model changes, and where an s3:// store is reached.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mreg, mregJson } from '../helpers/cli.js';
import { makeRepo, registerFake, type TestRepo } from '../helpers/repo.js';

/** No actor from the environment: what git itself says about the person must be used. */
const plainEnv = {
  GITHUB_ACTOR: undefined,
  GIT_AUTHOR_NAME: undefined,
  GIT_COMMITTER_NAME: undefined,
  GIT_AUTHOR_EMAIL: undefined,
  GIT_COMMITTER_EMAIL: undefined,
};

describe('mreg log and mreg status', () => {
  let repo: TestRepo;
  beforeAll(async () => {
    repo = await makeRepo({ gate: false });
    repo.git(['config', 'user.name', 'Ada Lovelace']);
    repo.git(['config', 'user.email', 'ada@example.com']);
    await registerFake(repo, 'tinyllama', '1.0.0');
    await registerFake(repo, 'tinyllama-lora', '2.0.0');
  });
  afterAll(() => repo?.cleanup());

  it("records git's user.name as the actor when no actor is given", async () => {
    const r = await mreg(
      ['--repo', repo.work, 'deploy', 'tinyllama', '1.0.0', '--env', 'staging', '--skip-gate', '--reason', 'first'],
      { env: plainEnv },
    );
    expect(r.code, r.stderr).toBe(0);
    const history = await mregJson<{ actor: string }[]>(['--repo', repo.work, 'history'], { env: plainEnv });
    expect(history.at(-1)!.actor).toBe('Ada Lovelace');
  });

  it('spells out both sides of a subject when the model changes', async () => {
    const r = await mreg(
      [
        '--repo',
        repo.work,
        'deploy',
        'tinyllama-lora',
        '2.0.0',
        '--env',
        'staging',
        '--skip-gate',
        '--reason',
        'adapter',
      ],
      {
        env: plainEnv,
      },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(repo.git(['log', '-1', '--format=%s']).trim()).toBe(
      'deploy(staging): tinyllama 1.0.0 (q4km) -> tinyllama-lora 2.0.0 (q4km)',
    );
    const back = await mreg(['--repo', repo.work, 'rollback', '--env', 'staging', '--reason', 'adapter misbehaves'], {
      env: plainEnv,
    });
    expect(back.code, back.stderr).toBe(0);
    expect(repo.git(['log', '-1', '--format=%s']).trim()).toBe(
      'rollback(staging): tinyllama-lora 2.0.0 (q4km) -> tinyllama 1.0.0 (q4km)',
    );
  });

  it('lists a hand-made change of registry/config.json as an audit event, in commit order', async () => {
    const file = path.join(repo.work, 'registry/config.json');
    const config = JSON.parse(readFileSync(file, 'utf8'));
    config.gate.default_max_regression = 0.2;
    writeFileSync(file, JSON.stringify(config, null, 2) + '\n');
    repo.git(['commit', '--quiet', '-am', 'Loosen the gate to 20%']); // authored by "test" (the helper's identity)
    const records = await mregJson<{ kind: string; subject: string; author: string }[]>(['--repo', repo.work, 'log']);
    expect(records[0]).toMatchObject({ kind: 'config', subject: 'Loosen the gate to 20%', author: 'test' });
    expect(records[1]).toMatchObject({ kind: 'registry', subject: expect.stringMatching(/^rollback\(staging\)/) });
    // init wrote config.json too: it is listed once, as the registry commit it is.
    expect(records.filter((r) => r.subject.startsWith('init:'))).toHaveLength(1);
    const text = await mreg(['--repo', repo.work, 'log', '--limit', '1']);
    expect(text.stdout).toMatch(/config\s.*test\s+Loosen the gate to 20%/);
  });

  it('names the S3 endpoint an s3:// store is reached at, and where the setting came from', async () => {
    const r = await mreg(['--repo', repo.work, 'status', '--store', 's3://models/registry'], {
      env: {
        AWS_ENDPOINT_URL: 'http://127.0.0.1:9000',
        AWS_ENDPOINT_URL_S3: undefined,
        AWS_REGION: undefined,
        AWS_DEFAULT_REGION: undefined,
      },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^endpoint {4}http:\/\/127\.0\.0\.1:9000 \(AWS_ENDPOINT_URL\), region us-east-1$/m);
    const folder = await mreg(['--repo', repo.work, 'status']);
    expect(folder.stdout).not.toMatch(/^endpoint/m);
  });
});
