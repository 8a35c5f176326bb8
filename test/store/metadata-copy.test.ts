// The metadata JSON beside each artifact in the store: register writes it after its commit, a
// re-run writes a missing one, verify-store --deep names every field where it disagrees with the
// registry, and publishers racing on an S3 store that ignores conditional writes never leave a
// disagreement that no command reported. Real CLI processes, real git remotes, s3rver.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { metadataDifferences } from '../../src/store/metadata-copy.js';
import { mreg, mregJson, tempDir } from '../helpers/cli.js';
import { fakeGgufBytes, git, makeRepo, type TestRepo } from '../helpers/repo.js';
import { startS3Server, type S3TestServer } from '../helpers/s3-server.js';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('register writes the metadata JSON beside the artifact (folder store)', () => {
  let repo: TestRepo;
  let object: string;
  let bytes: Buffer;
  const copyPath = () => path.join(repo.store, 'tm', 'v1.0.0', 'tm-v1.0.0-q4km.json');
  const registerArgs = () => [
    '--repo',
    repo.work,
    'register',
    '--model',
    'tm',
    '--version',
    '1.0.0',
    '--quantization',
    'q4km',
    '--uri',
    `file://${object}`,
    '--sha256',
    sha(bytes),
    '--size',
    String(bytes.length),
  ];

  beforeAll(async () => {
    repo = await makeRepo({ gate: false });
    object = path.join(repo.store, 'tm', 'v1.0.0', 'tm-v1.0.0-q4km.gguf');
    bytes = fakeGgufBytes('tm-v1.0.0-q4km', 'q4km');
    mkdirSync(path.dirname(object), { recursive: true });
    writeFileSync(object, bytes);
  });
  afterAll(() => repo.cleanup());

  it('after the commit, with the content of the registered file', async () => {
    const r = await mreg([...registerArgs(), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.metadata_uri).toBe(`file://${copyPath()}`);
    expect(readFileSync(copyPath(), 'utf8')).toBe(
      readFileSync(path.join(repo.work, 'registry/models/tm/tm-v1.0.0-q4km.json'), 'utf8'),
    );
    expect(git(['ls-tree', '--name-only', '-r', 'HEAD', 'registry/models'], repo.remote)).toContain(
      'registry/models/tm/tm-v1.0.0-q4km.json',
    );
    const v = await mregJson(['--repo', repo.work, 'verify-store', '--deep']);
    expect(v).toMatchObject({ ok: true, artifacts: 1, problems: [] });
  });

  it('a re-run with the same claims commits nothing and writes a missing copy', async () => {
    const head = repo.git(['rev-parse', 'HEAD']);
    rmSync(copyPath()); // as if the first run had been stopped between its push and the copy
    const missing = await mreg(['--repo', repo.work, 'verify-store', '--deep']);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain(`tm-v1.0.0-q4km: metadata: file://${copyPath()} does not exist`);
    const again = await mreg(registerArgs());
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('already registered with these claims');
    expect(repo.git(['rev-parse', 'HEAD'])).toBe(head);
    expect(JSON.parse(readFileSync(copyPath(), 'utf8'))).toEqual(
      JSON.parse(readFileSync(path.join(repo.work, 'registry/models/tm/tm-v1.0.0-q4km.json'), 'utf8')),
    );
    // Other claims for the same version are still refused: versions are immutable.
    const other = registerArgs();
    other[other.indexOf('--sha256') + 1] = 'b'.repeat(64);
    const refused = await mreg(other);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/tm-v1\.0\.0-q4km is already registered .*versions are immutable/);
  });

  it('verify-store --deep names the file, the field, and both values where the copy disagrees', async () => {
    const copy = JSON.parse(readFileSync(copyPath(), 'utf8'));
    writeFileSync(
      copyPath(),
      JSON.stringify({
        ...copy,
        quantization: 'q8_0',
        artifact: { ...copy.artifact, sha256: 'c'.repeat(64) },
        status: 'blocked',
      }),
    );
    const r = await mreg(['--repo', repo.work, 'verify-store', '--deep', '--json']);
    expect(r.code).toBe(1);
    const problems = JSON.parse(r.stdout).problems;
    // status is the registry's to change (block, supersede): not a disagreement.
    expect(problems).toEqual([
      expect.objectContaining({
        problem: 'metadata',
        uri: `file://${copyPath()}`,
        field: '/artifact/sha256',
        expected: sha(bytes),
        found: 'c'.repeat(64),
      }),
      expect.objectContaining({ problem: 'metadata', field: '/quantization', expected: 'q4km', found: 'q8_0' }),
    ]);
    const text = await mreg(['--repo', repo.work, 'verify-store', '--deep']);
    expect(text.stdout).toContain(
      `file://${copyPath()}#/quantization: expected "q4km" (as registry/models/tm/tm-v1.0.0-q4km.json), found "q8_0"`,
    );
    // The shallow check does not read the copies.
    expect((await mreg(['--repo', repo.work, 'verify-store'])).code).toBe(0);
  });
});

describe('publishers racing on S3 (s3rver ignores If-None-Match)', () => {
  let s3: S3TestServer;
  let repo: TestRepo;
  let tmp: { dir: string; cleanup: () => Promise<void> };
  let store: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    s3 = await startS3Server();
    tmp = await tempDir('mreg-race-');
    store = `s3://${s3.bucket}/race`;
    repo = await makeRepo({ gate: false, store });
    env = { ...s3.env, CI: '1' };
  });
  afterAll(async () => {
    await repo?.cleanup();
    await tmp?.cleanup();
    await s3?.stop();
  });

  it('never leave the metadata disagreeing with the artifact or the registry unless a racer reported it', async () => {
    const clones = ['a', 'b', 'c'].map((n) => repo.clone(`racer-${n}`));
    const s3store = openStore(store, { s3: { endpoint: s3.endpoint }, credentials: s3.credentials });
    let reported = 0;
    let noneLanded = 0;
    for (const version of ['1.0.0', '1.1.0', '1.2.0']) {
      const id = `race-v${version}-q4km`;
      // Same size, different bytes: a replaced object keeps its size and only its bytes differ.
      const files = clones.map((_, i) => {
        const f = path.join(tmp.dir, `${id}-${i}.gguf`);
        writeFileSync(f, Buffer.concat([fakeGgufBytes(id, 'q4km'), Buffer.alloc(2 * 1024 * 1024, 65 + i)]));
        return f;
      });
      const runs = await Promise.all(
        clones.map((c, i) =>
          mreg(
            ['publish', files[i], '--model', 'race', '--version', version, '--quantization', 'q4km', '--store', store],
            { cwd: c, env },
          ),
        ),
      );
      const check = repo.clone(`check-${version}`);
      const registeredFile = path.join(check, 'registry/models/race', `${id}.json`);
      if (!existsSync(registeredFile)) {
        // s3rver writes objects in place, so every racer may have seen another's bytes arriving
        // when it checked its own: then none registers, and each says so (nothing half-done).
        for (const r of runs) expect(r.stderr, r.stderr).toMatch(/nothing was registered|refusing to overwrite/);
        expect(runs.every((r) => r.code !== 0)).toBe(true);
        expect(git(['log', '--format=%s', `--grep=register: race ${version} `], check).trim()).toBe('');
        noneLanded++;
        rmSync(check, { recursive: true, force: true });
        continue;
      }
      const registered = JSON.parse(readFileSync(registeredFile, 'utf8'));
      // Exactly one landed: one register commit for the version on the remote.
      expect(
        git(['log', '--format=%s', `--grep=register: race ${version} `], check)
          .trim()
          .split('\n'),
      ).toHaveLength(1);
      expect(runs.some((r) => r.code === 0 || /registered .* \(commit [0-9a-f]{12}/.test(r.stderr))).toBe(true);

      const stored = await s3store.getBytes(`race/v${version}/${id}.gguf`);
      const copy = await s3store.head(`race/v${version}/${id}.json`);
      const artifactAgrees = sha(stored) === registered.artifact.sha256;
      const racersSaid = runs.some(
        (r) =>
          r.code !== 0 &&
          r.stderr.includes(`${store}/race/v${version}/${id}.gguf`) &&
          /INTEGRITY|replaced/.test(r.stderr),
      );
      if (copy) {
        const text = (await s3store.getBytes(`race/v${version}/${id}.json`)).toString('utf8');
        // The copy is always the registered metadata (written from the commit, by its writer).
        expect(metadataDifferences(registered, JSON.parse(text))).toEqual([]);
      }
      // Whatever the timing, a store that disagrees with the registry was reported by a racer.
      if (!artifactAgrees || !copy) expect(racersSaid, runs.map((r) => r.stderr).join('\n')).toBe(true);
      if (!artifactAgrees) reported++;
      rmSync(check, { recursive: true, force: true });
      for (const c of clones) git(['pull', '--quiet', '--ff-only'], c);
    }
    // How often the race hit depends on timing; the figure is for the reader of the test log.
    console.log(
      `racing publishes: ${reported} of 3 rounds ended with an overwritten object, each reported; ${noneLanded} with no registration, each racer refusing`,
    );
  });
});
