/**
 * In-process fixtures for the pipeline tests: a GitOps repository scaffolded by the library's own
 * initRepository (no dist/ build, no CLI process), an optional bare remote, and fake stage hooks
 * that record their calls.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MregError } from '../../src/core/errors.js';
import { fakeGgufBytes } from '../helpers/repo.js';
import { encodeGguf } from '../../src/gguf/writer.js';
import { initRepository } from '../../src/ops/init.js';
import { registerArtifact } from '../../src/ops/register.js';
import type { GateOutcome, StageHooks } from '../../src/ops/pipeline.js';
import type { ArtifactMetadata, HistoryEntry, Metrics, Registry } from '../../src/core/documents.js';
import { openContext, type OpsContext } from '../../src/state/context.js';

export const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
} as const;

/** Puts the test identity into process.env (git inherits it); returns the undo. */
export function useGitIdentity(): () => void {
  const saved = Object.fromEntries(Object.keys(GIT_IDENTITY).map((k) => [k, process.env[k]]));
  Object.assign(process.env, GIT_IDENTITY);
  return () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}

export function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_IDENTITY } });
}

/** A repository on disk: a working repository and (optionally) its bare remote, in one folder. */
export interface Fixture {
  dir: string;
  work: string;
  /** The bare remote (null for a repository without one). */
  remote: string | null;
}

export interface OpsRepo extends Fixture {
  ctx: OpsContext;
  head(): string;
  remoteHead(): string | null;
  registryText(): Promise<string>;
  registry(): Promise<Registry>;
}

/**
 * Scaffolds a registry with initRepository inside `parent`, runs `prepare` on it with a local-only
 * context (commits without a push each), then, with `remote: true`, adds a bare remote (force
 * pushes refused, as a protected branch would) and pushes once. Building a fixture costs a few
 * commits; tests take cheap copies of it (copyFixture), so each starts from a fresh repository.
 */
export async function buildFixture(
  parent: string,
  o: { remote?: boolean; environments?: string[] } = {},
  prepare?: (ctx: OpsContext) => Promise<void>,
): Promise<Fixture> {
  const dir = await mkdtemp(path.join(parent, 'fixture-'));
  const work = path.join(dir, 'work');
  await initRepository({ dir: work, environments: o.environments, store: path.join(dir, 'store') });
  // Fewer processes per commit and push: no auto-maintenance after each commit here, no auto-gc in the remote.
  git(['config', 'maintenance.auto', 'false'], work);
  if (prepare) await prepare(await openContext({ repo: work, push: false, actor: 'test' }));
  let remote: string | null = null;
  if (o.remote) {
    remote = path.join(dir, 'remote.git');
    git(['init', '--quiet', '--bare', '--initial-branch=main', remote], dir);
    git(['config', 'receive.denyNonFastForwards', 'true'], remote);
    git(['config', 'receive.autogc', 'false'], remote);
    git(['remote', 'add', 'origin', remote], work);
    git(['push', '--quiet', 'origin', 'main'], work);
  }
  // Fewer files for every copy to copy: the objects in one pack, no sample hooks.
  for (const gitDir of [path.join(work, '.git'), ...(remote ? [remote] : [])]) {
    git(['repack', '-a', '-d', '-q'], gitDir);
    await rm(path.join(gitDir, 'hooks'), { recursive: true, force: true });
  }
  return { dir, work, remote };
}

/**
 * A branch's commit, read from the files (no git process: tests check it often). Falls back to
 * packed-refs for a branch git has packed.
 */
export function branchHead(gitDir: string, branch = 'main'): string {
  const ref = `refs/heads/${branch}`;
  try {
    return readFileSync(path.join(gitDir, ref), 'utf8').trim();
  } catch {
    const packed = readFileSync(path.join(gitDir, 'packed-refs'), 'utf8');
    const line = packed.split('\n').find((l) => l.endsWith(` ${ref}`));
    if (!line) throw new Error(`no ${ref} in ${gitDir}`);
    return line.split(' ')[0];
  }
}

/** A fresh copy of a fixture (working repository and remote), with a context onto it. */
export async function copyFixture(parent: string, f: Fixture, o: { push?: boolean } = {}): Promise<OpsRepo> {
  const dir = await mkdtemp(path.join(parent, 'copy-'));
  execFileSync('cp', ['-a', `${f.dir}/.`, dir]);
  const work = path.join(dir, 'work');
  const remote = f.remote ? path.join(dir, 'remote.git') : null;
  if (remote) {
    // Point origin at the copy's own remote (the config names the fixture's by absolute path).
    const config = path.join(work, '.git/config');
    const text = readFileSync(config, 'utf8');
    if (!text.includes(f.remote as string)) throw new Error(`${config} does not name ${f.remote}`);
    writeFileSync(config, text.split(f.remote as string).join(remote));
  }
  // The context reads the remotes when it opens: after the remote is in place.
  const ctx = await openContext({ repo: work, push: o.push ?? remote !== null, actor: 'test' });
  const registryFile = path.join(work, 'registry/registry.json');
  return {
    dir,
    work,
    remote,
    ctx,
    head: () => branchHead(path.join(work, '.git')),
    remoteHead: () => (remote ? branchHead(remote) : null),
    registryText: () => readFile(registryFile, 'utf8'),
    registry: async () => JSON.parse(await readFile(registryFile, 'utf8')) as Registry,
  };
}

/** A fixture derived from another one: a copy with `prepare` applied locally, then pushed. */
export async function deriveFixture(
  parent: string,
  f: Fixture,
  prepare: (ctx: OpsContext) => Promise<void>,
): Promise<Fixture> {
  const r = await copyFixture(parent, f, { push: false });
  await prepare(r.ctx);
  if (r.remote) git(['push', '--quiet', 'origin', 'main'], r.work);
  return { dir: r.dir, work: r.work, remote: r.remote };
}

export async function tempRoot(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'mreg-ops-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Where the fixtures' artifact bytes live: register checks the size and the GGUF header in the
 * store before it commits, so each registered artifact has fake GGUF bytes here (the fake stages
 * themselves never read them).
 */
export const FAKE_STORE = mkdtempSync(path.join(tmpdir(), 'mreg-ops-store-'));
process.on('exit', () => rmSync(FAKE_STORE, { recursive: true, force: true }));

export function fakeUri(model: string, version: string, quantization = 'q4km'): string {
  return `file://${FAKE_STORE}/${model}/v${version}/${model}-v${version}-${quantization}.gguf`;
}

/** Schema-valid metadata for fake GGUF bytes in FAKE_STORE (written by `register`). */
/** fakeGgufBytes, and for a LoRA adapter the same with an adapter's header (general.type adapter, adapter.type lora). */
function fakeArtifactBytes(id: string, quantization: string, kind?: ArtifactMetadata['kind']): Buffer {
  if (kind !== 'lora') return fakeGgufBytes(id, quantization);
  const header = encodeGguf({
    metadata: [
      ['general.architecture', { type: 'string', value: 'llama' }],
      ['general.type', { type: 'string', value: 'adapter' }],
      ['adapter.type', { type: 'string', value: 'lora' }],
    ],
    tensors: [],
  });
  return Buffer.concat([header, Buffer.from(`adapter ${id}\n`.repeat(50))]);
}

export function fakeMeta(
  model: string,
  version: string,
  quantization = 'q4km',
  extra: Partial<ArtifactMetadata> = {},
): ArtifactMetadata {
  const id = `${model}-v${version}-${quantization}`;
  const bytes = fakeArtifactBytes(id, quantization, extra.kind);
  return {
    model,
    version,
    base_model: 'fake-base',
    quantization,
    benchmark_score: null,
    created_at: '2024-01-01T00:00:00.000Z',
    parent_version: null,
    kind: 'gguf',
    status: 'active',
    artifact: {
      uri: fakeUri(model, version, quantization),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size: bytes.length,
    },
    ...extra,
  };
}

export async function register(
  ctx: OpsContext,
  model: string,
  version: string,
  quantization = 'q4km',
  extra: Partial<ArtifactMetadata> = {},
): Promise<ArtifactMetadata> {
  const meta = fakeMeta(model, version, quantization, extra);
  const file = fileURLToPath(meta.artifact.uri);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, fakeArtifactBytes(`${model}-v${version}-${quantization}`, quantization, meta.kind));
  await registerArtifact(ctx, meta);
  return meta;
}

export function gateOutcome(
  verdict: GateOutcome['verdict'],
  metrics: Metrics = { perplexity: 5.25, accuracy: 0.75 },
): GateOutcome {
  return { verdict, metrics, markdown: `| fake gate | ${verdict.toUpperCase()} |`, json: { fake: true, verdict } };
}

export interface FakeHooks {
  hooks: StageHooks;
  calls: {
    checkPresent: string[];
    download: string[];
    gate: Parameters<NonNullable<StageHooks['gate']>>[1][];
    smoke: string[];
  };
}

/**
 * Fake stages. `missing: true` makes checkPresent throw (artifact not in the store); `gate` is the
 * outcome the gate returns (or null: no gate hook), `smoke` the smoke result (or null: no hook).
 */
export function fakeHooks(
  o: {
    missing?: boolean;
    gate?: GateOutcome | null;
    smoke?: { ok: boolean; detail: string } | null;
    onGate?: () => Promise<void>;
  } = {},
): FakeHooks {
  const calls: FakeHooks['calls'] = { checkPresent: [], download: [], gate: [], smoke: [] };
  const gate = o.gate === undefined ? gateOutcome('pass') : o.gate;
  const smoke = o.smoke === undefined ? { ok: true, detail: 'fake smoke: answered' } : o.smoke;
  const hooks: StageHooks = {
    async checkPresent(_ctx, meta) {
      calls.checkPresent.push(meta.artifact.uri);
      if (o.missing) throw new MregError('STORE', `fake store: ${meta.artifact.uri} is missing`);
    },
    async download(_ctx, meta) {
      calls.download.push(meta.artifact.uri);
      return { path: '/nonexistent/x.gguf', downloaded: true };
    },
  };
  if (gate) {
    hooks.gate = async (_ctx, args) => {
      calls.gate.push(args);
      if (o.onGate) await o.onGate();
      return gate;
    };
  }
  if (smoke) {
    hooks.smoke = async (_ctx, modelPath) => {
      calls.smoke.push(modelPath);
      return smoke;
    };
  }
  return { hooks, calls };
}

export function stageList(stages: { name: string; status: string }[]): string[] {
  return stages.map((s) => `${s.name}:${s.status}`);
}

export function lastEntry(registry: Registry): HistoryEntry {
  return registry.history[registry.history.length - 1];
}

/** The rejection of a promise (fails the test when it resolves). */
export async function rejection<E = Error & { code: string }>(p: Promise<unknown>): Promise<E> {
  return p.then(
    () => {
      throw new Error('expected a rejection, but the call succeeded');
    },
    (e: unknown) => e as E,
  );
}
