import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mreg } from '../helpers/cli.js';
import { fakeGgufBytes, makeRepo, registerFake, type TestRepo } from '../helpers/repo.js';

/**
 * `mreg register` checks what the metadata claims before committing it: the object is in the
 * store with the stated size, its header is a GGUF of the stated quantization (a ranged read,
 * whatever the file is called), its parent is registered, and no other version owns its URI.
 */
describe('register checks the claims against the store and the registry', () => {
  let repo: TestRepo;
  let head: string;
  let registry: Buffer;

  beforeAll(async () => {
    repo = await makeRepo({ gate: false });
    await registerFake(repo, 'tm', '1.0.0');
    repo.git(['push', '--quiet', 'origin', 'main']);
  });
  afterAll(() => repo.cleanup());

  /** Writes bytes into the store and registers them with the given claims. */
  async function register(
    name: string,
    bytes: Buffer,
    claims: { version: string; quantization?: string; size?: number; uri?: string; extra?: string[] },
  ) {
    const file = path.join(repo.store, 'tm', `v${claims.version}`, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    head = repo.git(['rev-parse', 'HEAD']);
    registry = readFileSync(path.join(repo.work, 'registry/registry.json'));
    return mreg([
      '--repo',
      repo.work,
      'register',
      '--model',
      'tm',
      '--version',
      claims.version,
      '--quantization',
      claims.quantization ?? 'q4km',
      '--uri',
      claims.uri ?? `file://${file}`,
      '--sha256',
      createHash('sha256').update(bytes).digest('hex'),
      '--size',
      String(claims.size ?? bytes.length),
      ...(claims.extra ?? []),
    ]);
  }

  const unchanged = () => {
    expect(repo.git(['rev-parse', 'HEAD'])).toBe(head);
    expect(readFileSync(path.join(repo.work, 'registry/registry.json')).equals(registry)).toBe(true);
    expect(repo.git(['status', '--porcelain'])).toBe('');
  };

  it('refuses a size the store does not have', async () => {
    const r = await register('tm-v2.0.0-q4km.gguf', fakeGgufBytes('tm-v2.0.0-q4km', 'q4km'), {
      version: '2.0.0',
      size: 12,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/registry\/models\/tm\/tm-v2\.0\.0-q4km\.json: .*size/);
    unchanged();
  });

  it('refuses a file that is not a GGUF, whatever it is called', async () => {
    const r = await register('tm-v2.0.0-q4km.bin', Buffer.from('hostname\n'), { version: '2.0.0' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not a GGUF file: found bytes 0x686f7374 \("host"\)/);
    unchanged();
  });

  it('refuses a GGUF whose header says another quantization', async () => {
    const r = await register('tm-v2.0.0-f16.bin', fakeGgufBytes('tm-v2.0.0-q8_0', 'q8_0'), {
      version: '2.0.0',
      quantization: 'f16',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /the stated quantization f16 does not match the GGUF header \(general\.file_type 7 = q8_0\)/,
    );
    unchanged();
  });

  it('refuses an unregistered parent version', async () => {
    const r = await register('tm-v2.0.0-q4km.gguf', fakeGgufBytes('tm-v2.0.0-q4km', 'q4km'), {
      version: '2.0.0',
      extra: ['--parent-version', '1.5.0'],
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/#\/parent_version: parent version 1\.5\.0 of tm is not registered/);
    unchanged();
  });

  it("refuses another version's object", async () => {
    const theirs = `file://${path.join(repo.store, 'tm', 'v1.0.0', 'tm-v1.0.0-q4km.gguf')}`;
    const bytes = readFileSync(new URL(theirs));
    const r = await register('unused.gguf', bytes, { version: '2.0.0', uri: theirs });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/#\/artifact\/uri: .* is already the artifact of tm-v1\.0\.0-q4km/);
    unchanged();
  });

  it('registers what holds, and validate agrees', async () => {
    const r = await register('tm-v2.0.0-q4km.gguf', fakeGgufBytes('tm-v2.0.0-q4km', 'q4km'), {
      version: '2.0.0',
      extra: ['--parent-version', '1.0.0'],
    });
    expect(r.code, r.stderr).toBe(0);
    const v = await mreg(['--repo', repo.work, 'validate']);
    expect(v.code, v.stdout).toBe(0);
  });
});
