import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileTypeForQuantization } from '../../src/gguf/format.js';
import { encodeGguf, type GgufFileInput } from '../../src/gguf/writer.js';
import { ROOT, mreg, tempDir } from './cli.js';

/**
 * A real GitOps repository for tests: a bare remote, a working clone initialised by `mreg init`,
 * pushed, so every command runs its compare-and-swap push for real.
 */
export interface TestRepo {
  root: string;
  work: string;
  /** A local folder store the repository's config names. */
  store: string;
  remote: string;
  git(args: string[], cwd?: string): string;
  clone(name: string): string;
  cleanup(): Promise<void>;
}

export function git(args: string[], cwd: string): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    },
  });
}

/**
 * `gate: false` turns the benchmark gate and the smoke test off in the config, for tests of the
 * registry itself whose artifacts are plain bytes rather than models; `smoke: false` only the latter.
 */
export async function makeRepo(
  opts: { envs?: string[]; gate?: boolean; smoke?: boolean; store?: string } = {},
): Promise<TestRepo> {
  const { dir, cleanup } = await tempDir('mreg-repo-');
  const remote = path.join(dir, 'remote.git');
  const work = path.join(dir, 'work');
  const store = path.join(dir, 'store');
  mkdirSync(store);
  git(['init', '--quiet', '--bare', '--initial-branch=main', remote], dir);
  // As a protected branch would: a force push is refused, so any test proves none was needed.
  git(['config', 'receive.denyNonFastForwards', 'true'], remote);
  // `store`: the config names another store (an s3:// one); the local folder is still made.
  const args = ['init', work, '--store', opts.store ?? store];
  for (const e of opts.envs ?? []) args.push('--env', e);
  const r = await mreg(args);
  if (r.code !== 0) throw new Error(`mreg init failed: ${r.stderr}`);
  // The tests' models are bigram models of eval/default-corpus.txt: they gate with the demo suite
  // calibrated for them, not the starter suite `mreg init` writes for real models.
  const file = path.join(work, 'registry/config.json');
  const config = JSON.parse(readFileSync(file, 'utf8'));
  if (opts.gate === false) config.gate = { ...config.gate, enabled: false };
  else config.gate = { ...config.gate, suite: path.join(ROOT, 'eval/default-suite.json') };
  if (opts.gate === false || opts.smoke === false) config.smoke = { ...config.smoke, enabled: false };
  writeFileSync(file, JSON.stringify(config, null, 2) + '\n');
  git(
    [
      'commit',
      '--quiet',
      '-am',
      opts.gate === false ? 'test: registry tests run without the gate' : 'test: the demo suite for the demo models',
    ],
    work,
  );
  git(['remote', 'add', 'origin', remote], work);
  git(['push', '--quiet', 'origin', 'main'], work);
  return {
    root: dir,
    work,
    store,
    remote,
    git: (a, cwd = work) => git(a, cwd),
    clone(name: string) {
      const target = path.join(dir, name);
      git(['clone', '--quiet', remote, target], dir);
      return target;
    },
    cleanup,
  };
}

export function fakeSha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Bytes that pass the product's GGUF checks without being a model llama.cpp could run: the GGUF
 * header (magic, general.architecture, general.file_type of the stated quantization, no tensors)
 * followed by text that makes every artifact's bytes (and sha256) different.
 */
export function fakeGgufBytes(id: string, quantization: string): Buffer {
  const fileType = fileTypeForQuantization(quantization);
  const metadata: GgufFileInput['metadata'] = [
    ['general.architecture', { type: 'string', value: 'llama' }],
    ['general.name', { type: 'string', value: id }],
  ];
  if (fileType !== undefined) metadata.push(['general.file_type', { type: 'uint32', value: fileType }]);
  const header = encodeGguf({ metadata, tensors: [] });
  return Buffer.concat([header, Buffer.from(`artifact ${id}\n`.repeat(50))]);
}

/**
 * Puts fake model bytes (see fakeGgufBytes) into the repository's folder store at the layout's path and registers them
 * (register is for artifacts already in a store).
 */
export async function registerFake(
  repo: Pick<TestRepo, 'work' | 'store'>,
  model: string,
  version: string,
  quantization = 'q4km',
  extra: string[] = [],
): Promise<string> {
  const id = `${model}-v${version}-${quantization}`;
  const file = path.join(repo.store, model, `v${version}`, `${id}.gguf`);
  const bytes = fakeGgufBytes(id, quantization);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  const r = await mreg([
    '--repo',
    repo.work,
    'register',
    '--model',
    model,
    '--version',
    version,
    '--quantization',
    quantization,
    '--uri',
    `file://${file}`,
    '--sha256',
    createHash('sha256').update(bytes).digest('hex'),
    '--size',
    String(bytes.length),
    ...extra,
  ]);
  if (r.code !== 0) throw new Error(`register ${id} failed: ${r.stderr}`);
  return file;
}
