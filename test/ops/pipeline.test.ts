/**
 * The pointer-moving pipelines (deploy, promote, rollback) driven in-process with fake stages:
 * every branch of src/ops/deploy.ts and src/ops/pipeline.ts, in a real git repository with a real
 * bare remote, but no dist/ build, no llama.cpp, no artifact bytes and no network. A refused run
 * must leave registry.json byte-identical and HEAD (local and remote) where it was.
 *
 * Speed: the fixtures (a scaffolded registry with the artifacts registered, and a few states
 * derived from it) are built once; every test works on its own copy (cp -a, no git process), so
 * the tests are independent and run concurrently.
 */
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployVersion, promoteVersion, rollbackVersion, PipelineError } from '../../src/ops/deploy.js';
import type { StageHooks } from '../../src/ops/pipeline.js';
import { openContext, type OpsContext } from '../../src/state/context.js';
import {
  buildFixture,
  copyFixture,
  deriveFixture,
  fakeHooks,
  fakeMeta,
  gateOutcome,
  git,
  lastEntry,
  register,
  rejection,
  stageList,
  tempRoot,
  useGitIdentity,
  type Fixture,
  type OpsRepo,
  fakeUri,
} from './helpers.js';

const STAGED_METRICS = { perplexity: 4.25, accuracy: 0.875 };
const DEV_METRICS = { accuracy: 0.5 };

let restoreIdentity: () => void;
let root: Awaited<ReturnType<typeof tempRoot>>;
/** Registered: llama3 1.0.0, 1.1.0, 1.2.0 (q4km) and the LoRA llama3-lora 0.1.0 (f16) on 1.0.0. Nothing deployed. */
let base: Fixture;
/** base + staging runs 1.0.0, deployed through a passing gate (STAGED_METRICS). */
let stagedPass: Fixture;
/** base + staging runs 1.0.0, deployed with the gate skipped. */
let stagedSkipped: Fixture;
/** base + staging runs 1.0.0, deployed without a gate hook (not-configured). */
let stagedNotConfigured: Fixture;
/** stagedPass + staging then ran 1.1.0 (gate pass, accuracy 0.9). */
let twoDeploys: Fixture;
/** dev -> staging -> production; dev runs llama3 1.0.0 through a passing gate (DEV_METRICS). */
let devPass: Fixture;

const deploy1 =
  (hooks: StageHooks, extra: { skipGate?: boolean; reason?: string } = {}) =>
  async (ctx: OpsContext) => {
    await deployVersion(ctx, { env: 'staging', model: 'llama3', version: '1.0.0', ...extra }, hooks);
  };

beforeAll(async () => {
  restoreIdentity = useGitIdentity();
  root = await tempRoot();
  base = await buildFixture(root.dir, { remote: true }, async (ctx) => {
    for (const v of ['1.0.0', '1.1.0', '1.2.0']) await register(ctx, 'llama3', v);
    await register(ctx, 'llama3-lora', '0.1.0', 'f16', {
      kind: 'lora',
      base: { id: 'llama3-v1.0.0-q4km', sha256: fakeMeta('llama3', '1.0.0').artifact.sha256 },
    });
  });
  await Promise.all([
    (async () => {
      stagedPass = await deriveFixture(
        root.dir,
        base,
        deploy1(fakeHooks({ gate: gateOutcome('pass', STAGED_METRICS) }).hooks),
      );
      twoDeploys = await deriveFixture(root.dir, stagedPass, async (ctx) => {
        await deployVersion(
          ctx,
          { env: 'staging', model: 'llama3', version: '1.1.0' },
          fakeHooks({ gate: gateOutcome('pass', { accuracy: 0.9 }) }).hooks,
        );
      });
    })(),
    (async () => {
      stagedSkipped = await deriveFixture(
        root.dir,
        base,
        deploy1(fakeHooks().hooks, { skipGate: true, reason: 'hotfix' }),
      );
    })(),
    (async () => {
      stagedNotConfigured = await deriveFixture(root.dir, base, deploy1(fakeHooks({ gate: null }).hooks));
    })(),
    (async () => {
      devPass = await buildFixture(
        root.dir,
        { remote: true, environments: ['dev', 'staging', 'production'] },
        async (ctx) => {
          await register(ctx, 'llama3', '1.0.0');
          await deployVersion(
            ctx,
            { env: 'dev', model: 'llama3', version: '1.0.0' },
            fakeHooks({ gate: gateOutcome('pass', DEV_METRICS) }).hooks,
          );
        },
      );
    })(),
  ]);
  // About 140 git processes in all: a few seconds, but minutes on a box shared with heavy jobs.
}, 180_000);
afterAll(async () => {
  await root?.cleanup();
  restoreIdentity?.();
});

/** A fresh copy of a fixture, with a context onto it (pushing when the fixture has a remote). */
const fresh = (f: Fixture = base, o: { push?: boolean } = {}) => copyFixture(root.dir, f, o);
/**
 * The same with a context that commits without pushing: for the tests of a stage's branch that
 * lands (a push is some eight git processes); the tests that check pushing, and every refused run,
 * use pushing contexts.
 */
const local = (f: Fixture = base) => fresh(f, { push: false });

/** What must not move when a run is refused. */
async function snapshot(r: OpsRepo) {
  return { registry: await r.registryText(), head: r.head(), remoteHead: r.remoteHead() };
}

async function expectUnchanged(r: OpsRepo, before: Awaited<ReturnType<typeof snapshot>>): Promise<void> {
  expect(await r.registryText()).toBe(before.registry);
  expect(r.head()).toBe(before.head);
  expect(r.remoteHead()).toBe(before.remoteHead);
  // Nothing half-written left behind in the working tree (metadata files included) either.
  expect(git(['status', '--porcelain'], r.work)).toBe('');
}

function commitBody(r: OpsRepo): string {
  return git(['log', '-1', '--format=%B'], r.work);
}

const ALL_OK = ['check-store:ok', 'download:ok', 'gate:ok', 'smoke:ok', 'update-registry:ok'];

describe.concurrent('deploy', () => {
  it('with the gate passing: every stage ok, the entry records the verdict and the metrics, pushed', async () => {
    const repo = await fresh();
    const metrics = { perplexity: 4.5, accuracy: 0.8, latency_p50_ms: null };
    const { hooks, calls } = fakeHooks({ gate: gateOutcome('pass', metrics) });
    const r = await deployVersion(repo.ctx, { env: 'staging', model: 'llama3', version: '1.0.0' }, hooks);

    expect(stageList(r.stages)).toEqual(ALL_OK);
    expect(r.stages.find((s) => s.name === 'download')?.detail).toBe('downloaded and verified: /nonexistent/x.gguf');
    expect(r.gate?.verdict).toBe('pass');
    expect(r.target).toEqual({ model: 'llama3', version: '1.0.0', quantization: 'q4km' }); // the only quantization, resolved
    expect(r.outcome.pushed).toBe(true);

    // The fakes saw what the real stages would.
    expect(calls.checkPresent).toEqual([fakeUri('llama3', '1.0.0')]);
    expect(calls.download).toHaveLength(1);
    expect(calls.gate).toHaveLength(1);
    expect(calls.gate[0]).toMatchObject({
      env: 'staging',
      candidatePath: '/nonexistent/x.gguf',
      baseline: null,
      baselineEntry: null,
      history: [],
    });
    expect(calls.gate[0].candidate.version).toBe('1.0.0');
    expect(calls.smoke).toEqual(['/nonexistent/x.gguf']);

    const reg = await repo.registry();
    expect(reg.history).toHaveLength(1);
    const entry = lastEntry(reg);
    expect(entry).toMatchObject({
      env: 'staging',
      action: 'deploy',
      version: '1.0.0',
      gate: 'pass',
      metrics,
      actor: 'test',
      rolled_back: false,
      previous_version: null,
    });
    expect(reg.environments.staging).toEqual({
      model: 'llama3',
      version: '1.0.0',
      quantization: 'q4km',
      history_id: entry.id,
    });
    expect(r.outcome.commit).toBe(repo.head());
    expect(repo.remoteHead()).toBe(repo.head());
    expect(commitBody(repo)).toMatch(/^Mreg-Gate: pass$/m);
  });

  it("hands the gate the environment's live entry and artifact as the baseline", async () => {
    const repo = await local(stagedPass);
    const live = lastEntry(await repo.registry());
    const { hooks, calls } = fakeHooks();
    const r = await deployVersion(repo.ctx, { env: 'staging', model: 'llama3', version: '1.1.0' }, hooks);
    expect(stageList(r.stages)).toEqual(ALL_OK);
    const args = calls.gate[0];
    expect(args.baseline?.version).toBe('1.0.0');
    expect(args.baselineEntry).toEqual(live);
    expect(args.history).toEqual([live]);
    expect(lastEntry(await repo.registry())).toMatchObject({
      version: '1.1.0',
      previous_version: '1.0.0',
      gate: 'pass',
    });
  });

  it.each([
    ['fail', /gate fail for llama3-v1\.0\.0-q4km in staging; the pointer was not moved/],
    ['inconclusive', /gate inconclusive .*raise gate\.budget_s.*the pointer was not moved/],
  ] as const)(
    'with the gate %s (gate.inconclusive: block): GATE_FAILED at the gate, nothing committed',
    async (verdict, message) => {
      const repo = await fresh();
      expect(repo.ctx.config.gate.inconclusive).toBe('block'); // the default
      const before = await snapshot(repo);
      const { hooks, calls } = fakeHooks({ gate: gateOutcome(verdict) });
      const err = await rejection<PipelineError>(
        deployVersion(repo.ctx, { env: 'staging', model: 'llama3', version: '1.0.0' }, hooks),
      );

      expect(err).toBeInstanceOf(PipelineError);
      expect(err.code).toBe('GATE_FAILED');
      expect(err.message).toMatch(message);
      expect(err.message).toContain(`| fake gate | ${verdict.toUpperCase()} |`); // the gate's report travels with the error
      expect(err.gate?.verdict).toBe(verdict);
      expect(err.gate?.metrics).toEqual(gateOutcome(verdict).metrics);
      expect(stageList(err.stages)).toEqual(['check-store:ok', 'download:ok', 'gate:failed']);
      expect(err.stages.at(-1)?.detail).toBe(err.message);
      expect(calls.smoke).toEqual([]);
      await expectUnchanged(repo, before);
    },
  );

  it('with the gate inconclusive and gate.inconclusive: allow: lands, recorded as inconclusive', async () => {
    const repo = await local();
    repo.ctx.config.gate.inconclusive = 'allow';
    const { hooks } = fakeHooks({ gate: gateOutcome('inconclusive', { perplexity: 6 }) });
    const r = await deployVersion(repo.ctx, { env: 'staging', model: 'llama3', version: '1.0.0' }, hooks);
    expect(stageList(r.stages)).toEqual(ALL_OK);
    expect(r.stages[2].detail).toMatch(/inconclusive, allowed/);
    expect(lastEntry(await repo.registry())).toMatchObject({ gate: 'inconclusive', metrics: { perplexity: 6 } });
    expect(commitBody(repo)).toMatch(/^Mreg-Gate: inconclusive$/m);
  });

  it('with the smoke test failing: SMOKE_FAILED, nothing committed', async () => {
    const repo = await fresh();
    const before = await snapshot(repo);
    const { hooks } = fakeHooks({ smoke: { ok: false, detail: 'no tokens generated' } });
    const err = await rejection<PipelineError>(
      deployVersion(repo.ctx, { env: 'staging', model: 'llama3', version: '1.0.0' }, hooks),
    );
    expect(err).toBeInstanceOf(PipelineError);
    expect(err.code).toBe('SMOKE_FAILED');
    expect(err.message).toContain('no tokens generated');
    expect(stageList(err.stages)).toEqual(['check-store:ok', 'download:ok', 'gate:ok', 'smoke:failed']);
    expect(err.gate?.verdict).toBe('pass'); // the gate's report is kept although a later stage failed
    await expectUnchanged(repo, before);
  });

  it('with the artifact missing from the store: fails at check-store, nothing downloaded or committed', async () => {
    const repo = await fresh();
    const before = await snapshot(repo);
    const { hooks, calls } = fakeHooks({ missing: true });
    const err = await rejection<PipelineError>(
      deployVersion(repo.ctx, { env: 'staging', model: 'llama3', version: '1.0.0' }, hooks),
    );
    expect(err).toBeInstanceOf(PipelineError);
    expect(err.code).toBe('STORE');
    expect(stageList(err.stages)).toEqual(['check-store:failed']);
    expect(err.stages[0].detail).toMatch(/is missing/);
    expect(err.gate).toBeNull();
    expect(calls.checkPresent).toHaveLength(1);
    expect(calls.download).toEqual([]);
    expect(calls.gate).toEqual([]);
    expect(calls.smoke).toEqual([]);
    await expectUnchanged(repo, before);
  });

  it('a stage that throws a plain Error is reported as INTERNAL, with the stages so far', async () => {
    const repo = await fresh();
    const before = await snapshot(repo);
    const { hooks } = fakeHooks();
    hooks.download = async () => {
      throw new Error('disk full');
    };
    const err = await rejection<PipelineError>(
      deployVersion(repo.ctx, { env: 'staging', model: 'llama3', version: '1.0.0' }, hooks),
    );
    expect(err).toBeInstanceOf(PipelineError);
    expect(err.code).toBe('INTERNAL');
    expect(err.message).toBe('disk full');
    expect(stageList(err.stages)).toEqual(['check-store:ok', 'download:failed']);
    await expectUnchanged(repo, before);
  });

  it('with skipGate and no reason: USAGE before any stage, nothing committed', async () => {
    const repo = await fresh();
    const before = await snapshot(repo);
    const { hooks, calls } = fakeHooks();
    for (const reason of [undefined, null, '', '   ']) {
      const err = await rejection(
        deployVersion(repo.ctx, { env: 'staging', model: 'llama3', version: '1.0.0', skipGate: true, reason }, hooks),
      );
      expect(err.code, JSON.stringify(reason)).toBe('USAGE');
      expect(err.message).toMatch(/skipping the gate needs a reason/);
      expect(err).not.toBeInstanceOf(PipelineError);
    }
    expect(calls.checkPresent).toEqual([]);
    expect(calls.download).toEqual([]);
    await expectUnchanged(repo, before);
  });

  it('with skipGate and a reason: the gate stage is skipped, the entry says skipped and why', async () => {
    const repo = await local();
    const { hooks, calls } = fakeHooks();
    const r = await deployVersion(
      repo.ctx,
      { env: 'staging', model: 'llama3', version: '1.0.0', skipGate: true, reason: 'hotfix, benchmarks down' },
      hooks,
    );
    expect(stageList(r.stages)).toEqual([
      'check-store:ok',
      'download:ok',
      'gate:skipped',
      'smoke:ok',
      'update-registry:ok',
    ]);
    expect(r.stages[2].detail).toBe('skipped: hotfix, benchmarks down');
    expect(r.gate).toBeNull();
    expect(calls.gate).toEqual([]);
    expect(calls.smoke).toHaveLength(1); // the smoke test still runs
    expect(lastEntry(await repo.registry())).toMatchObject({
      gate: 'skipped',
      metrics: null,
      reason: 'hotfix, benchmarks down',
    });
    expect(commitBody(repo)).toMatch(/^Mreg-Gate-Skipped: hotfix, benchmarks down$/m);
  });

  it('without gate and smoke hooks: both stages not-configured, the entry says not-configured', async () => {
    const repo = await local();
    const { hooks } = fakeHooks({ gate: null, smoke: null });
    const r = await deployVersion(repo.ctx, { env: 'staging', model: 'llama3', version: '1.0.0' }, hooks);
    expect(stageList(r.stages)).toEqual([
      'check-store:ok',
      'download:ok',
      'gate:not-configured',
      'smoke:not-configured',
      'update-registry:ok',
    ]);
    expect(r.gate).toBeNull();
    expect(lastEntry(await repo.registry())).toMatchObject({ gate: 'not-configured', metrics: null });
  });

  it('without any hooks: every stage but the registry update is not-configured', async () => {
    const repo = await local();
    const r = await deployVersion(repo.ctx, { env: 'staging', model: 'llama3', version: '1.0.0' }, {});
    expect(stageList(r.stages)).toEqual([
      'check-store:not-configured',
      'download:not-configured',
      'gate:not-configured',
      'smoke:not-configured',
      'update-registry:ok',
    ]);
    expect(lastEntry(await repo.registry()).gate).toBe('not-configured');
  });

  it('with gate and smoke hooks but no download stage: nothing to gate or smoke-test (not-configured), the hooks never called', async () => {
    const repo = await local();
    const { hooks, calls } = fakeHooks();
    delete hooks.download;
    const r = await deployVersion(repo.ctx, { env: 'staging', model: 'llama3', version: '1.0.0' }, hooks);
    expect(stageList(r.stages)).toEqual([
      'check-store:ok',
      'download:not-configured',
      'gate:not-configured',
      'smoke:not-configured',
      'update-registry:ok',
    ]);
    expect(calls.gate).toEqual([]);
    expect(calls.smoke).toEqual([]);
    expect(lastEntry(await repo.registry())).toMatchObject({ gate: 'not-configured', metrics: null });
  });

  it('with the gate and the smoke test disabled in the config: both skipped, the hooks never called', async () => {
    const repo = await local();
    repo.ctx.config.gate.enabled = false;
    repo.ctx.config.smoke.enabled = false;
    const { hooks, calls } = fakeHooks();
    const r = await deployVersion(repo.ctx, { env: 'staging', model: 'llama3', version: '1.0.0' }, hooks);
    expect(stageList(r.stages)).toEqual([
      'check-store:ok',
      'download:ok',
      'gate:skipped',
      'smoke:skipped',
      'update-registry:ok',
    ]);
    expect(r.stages[2].detail).toMatch(/gate\.enabled: false/);
    expect(r.stages[3].detail).toMatch(/smoke\.enabled: false/);
    expect(calls.gate).toEqual([]);
    expect(calls.smoke).toEqual([]);
    expect(lastEntry(await repo.registry()).gate).toBe('not-configured');
  });

  it('a LoRA adapter is gated and smoke-tested like any artifact (the stages apply it to its base)', async () => {
    const repo = await local();
    const { hooks, calls } = fakeHooks();
    const r = await deployVersion(repo.ctx, { env: 'staging', model: 'llama3-lora', version: '0.1.0' }, hooks);
    expect(stageList(r.stages)).toEqual(['check-store:ok', 'download:ok', 'gate:ok', 'smoke:ok', 'update-registry:ok']);
    expect(calls.gate.map((g) => g.candidate.kind)).toEqual(['lora']);
    expect(calls.smoke).toHaveLength(1);
    expect(lastEntry(await repo.registry())).toMatchObject({ model: 'llama3-lora', gate: 'pass' });
  });

  it('a LoRA adapter that fails its gate is not deployed', async () => {
    const repo = await local();
    const before = await snapshot(repo);
    const { hooks } = fakeHooks({ gate: gateOutcome('fail') });
    const err = await rejection(
      deployVersion(repo.ctx, { env: 'staging', model: 'llama3-lora', version: '0.1.0' }, hooks),
    );
    expect(err.code).toBe('GATE_FAILED');
    expect(await snapshot(repo)).toEqual(before);
  });

  it('expectCurrent not matching: refused before any stage ("as expected"), nothing committed', async () => {
    const repo = await fresh();
    const before = await snapshot(repo);
    const { hooks, calls } = fakeHooks();
    const err = await rejection(
      deployVersion(repo.ctx, { env: 'staging', model: 'llama3', version: '1.0.0', expectCurrent: '0.9.0' }, hooks),
    );
    expect(err.code).toBe('PRECONDITION');
    expect(err.message).toContain('as expected');
    expect(err.message).toContain('staging is at none, not 0.9.0');
    expect(calls.checkPresent).toEqual([]);
    expect(calls.download).toEqual([]);
    await expectUnchanged(repo, before);
  });

  it('expectCurrent on a running environment: refused unless it names the live version', async () => {
    const repo = await fresh(stagedPass);
    const before = await snapshot(repo);
    const { hooks, calls } = fakeHooks();
    const err = await rejection(
      deployVersion(repo.ctx, { env: 'staging', model: 'llama3', version: '1.1.0', expectCurrent: 'none' }, hooks),
    );
    expect(err.code).toBe('PRECONDITION');
    expect(err.message).toContain('staging is at 1.0.0, not none as expected');
    expect(calls.checkPresent).toEqual([]);
    await expectUnchanged(repo, before);

    const r = await deployVersion(
      repo.ctx,
      { env: 'staging', model: 'llama3', version: '1.1.0', expectCurrent: '1.0.0' },
      hooks,
    );
    expect(stageList(r.stages)).toEqual(ALL_OK);
    expect(r.outcome.result.entry).toMatchObject({ version: '1.1.0', previous_version: '1.0.0' });
  });

  it('refuses a version the environment already runs, an unknown environment and an unregistered version before any stage', async () => {
    const repo = await fresh(stagedPass);
    const before = await snapshot(repo);
    const { hooks, calls } = fakeHooks();
    const again = await rejection(
      deployVersion(repo.ctx, { env: 'staging', model: 'llama3', version: '1.0.0' }, hooks),
    );
    expect(again.code).toBe('PRECONDITION');
    expect(again.message).toMatch(/already runs llama3-v1\.0\.0-q4km; nothing to deploy/);
    const unknown = await rejection(deployVersion(repo.ctx, { env: 'qa', model: 'llama3', version: '1.1.0' }, hooks));
    expect(unknown.code).toBe('NOT_FOUND');
    expect(unknown.message).toMatch(/unknown environment "qa"/);
    const missing = await rejection(
      deployVersion(repo.ctx, { env: 'staging', model: 'llama3', version: '9.9.9' }, hooks),
    );
    expect(missing.code).toBe('NOT_FOUND');
    expect(calls.checkPresent).toEqual([]);
    await expectUnchanged(repo, before);
  });

  it("the environment moving while the gate ran: update-registry refuses (CONFLICT), the other writer's deploy stays", async () => {
    const repo = await fresh(stagedPass);
    // During the gate run of 1.1.0, someone deploys 1.2.0 (ungated) onto staging.
    const { hooks } = fakeHooks({
      onGate: async () => {
        await deployVersion(
          repo.ctx,
          { env: 'staging', model: 'llama3', version: '1.2.0', skipGate: true, reason: 'emergency' },
          {},
        );
      },
    });
    const err = await rejection<PipelineError>(
      deployVersion(repo.ctx, { env: 'staging', model: 'llama3', version: '1.1.0' }, hooks),
    );
    expect(err).toBeInstanceOf(PipelineError);
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/changed while the gate ran/);
    expect(stageList(err.stages)).toEqual([
      'check-store:ok',
      'download:ok',
      'gate:ok',
      'smoke:ok',
      'update-registry:failed',
    ]);
    expect(err.gate?.verdict).toBe('pass');
    const reg = await repo.registry();
    expect(reg.environments.staging?.version).toBe('1.2.0');
    expect(reg.history.map((e) => e.version)).toEqual(['1.0.0', '1.2.0']);
    expect(repo.remoteHead()).toBe(repo.head());
    expect(git(['status', '--porcelain'], repo.work)).toBe('');
  });
});

/**
 * The look for uncommitted edits begins before the artifact is fetched and gated: from git's own
 * files when the index records HEAD (checked again once the files are known), else a `git status`
 * begun early. An edit made after the look began must still stop the commit, either way.
 */
describe.concurrent('an edit made while a deploy runs', () => {
  const WAYS = ['git status begun early', "git's files", "git's files, then git status"] as const;
  /**
   * A copy on which the look takes `way`: a change staged elsewhere (the index no longer records
   * HEAD: git status begins early); the index refreshed (as after a commit made here: git's files
   * answer); a plain copy (the index records HEAD, but every copied file has another inode: git's
   * files cannot answer, git status is asked after planning).
   */
  async function prepared(way: (typeof WAYS)[number], f: Fixture, o: { push?: boolean } = {}): Promise<OpsRepo> {
    const repo = await fresh(f, o);
    if (way === 'git status begun early') {
      await writeFile(path.join(repo.work, 'notes.txt'), 'staged, not part of any change\n');
      git(['add', 'notes.txt'], repo.work);
    } else if (way === "git's files") git(['update-index', '-q', '--refresh'], repo.work);
    return repo;
  }

  /** The files a deploy of llama3 1.1.0 onto stagedPass commits, learnt from a run on another copy. */
  async function filesTheDeployWrites(): Promise<string[]> {
    const probe = await local(stagedPass);
    await deployVersion(probe.ctx, { env: 'staging', model: 'llama3', version: '1.1.0' }, fakeHooks().hooks);
    return git(['show', '--name-only', '--format=', 'HEAD'], probe.work).trim().split('\n');
  }

  it.each(WAYS)(
    'registry.json edited during the gate (look: %s): refused as an uncommitted change, the edit kept, nothing committed',
    async (way) => {
      const repo = await prepared(way, stagedPass);
      const file = path.join(repo.work, 'registry/registry.json');
      const before = await snapshot(repo);
      const edited = before.registry.replace('"schema_version": 1', '"schema_version":  1');
      expect(edited).not.toBe(before.registry);
      const { hooks } = fakeHooks({ onGate: () => writeFile(file, edited) });
      const err = await rejection<PipelineError>(
        deployVersion(repo.ctx, { env: 'staging', model: 'llama3', version: '1.1.0' }, hooks),
      );
      expect(err.code).toBe('CONFLICT');
      expect(err.message).toMatch(/uncommitted changes in registry\/registry\.json; commit or discard them first/);
      expect(await readFile(file, 'utf8')).toBe(edited);
      expect(repo.head()).toBe(before.head);
      expect(repo.remoteHead()).toBe(before.remoteHead);
    },
  );

  it.each(WAYS)(
    'a metadata file the change rewrites, edited during the download (look: %s): refused, the edit kept',
    async (way) => {
      const written = (await filesTheDeployWrites()).filter((f) => f.startsWith('registry/models/'));
      expect(written.length).toBeGreaterThan(0);
      const repo = await prepared(way, stagedPass);
      const before = await snapshot(repo);
      const file = path.join(repo.work, written[0]);
      const edited = (await readFile(file, 'utf8')) + '\n';
      const { hooks } = fakeHooks();
      const download = hooks.download!;
      hooks.download = async (ctx, meta) => {
        await writeFile(file, edited);
        return download(ctx, meta);
      };
      const err = await rejection<PipelineError>(
        deployVersion(repo.ctx, { env: 'staging', model: 'llama3', version: '1.1.0' }, hooks),
      );
      expect(err.code).toBe('CONFLICT');
      expect(err.message).toContain(`uncommitted changes in ${written[0]}`);
      expect(await readFile(file, 'utf8')).toBe(edited);
      expect(await repo.registryText()).toBe(before.registry);
      expect(repo.head()).toBe(before.head);
    },
  );

  it.each(WAYS)(
    'an edit of a file the change does not write stays uncommitted, and the deploy lands (look: %s)',
    async (way) => {
      const written = await filesTheDeployWrites();
      const repo = await prepared(way, stagedPass, { push: false });
      const other = 'registry/models/llama3/llama3-v1.2.0-q4km.json';
      expect(written).not.toContain(other);
      const edited = (await readFile(path.join(repo.work, other), 'utf8')) + '\n';
      const { hooks } = fakeHooks({ onGate: () => writeFile(path.join(repo.work, other), edited) });
      const r = await deployVersion(repo.ctx, { env: 'staging', model: 'llama3', version: '1.1.0' }, hooks);
      expect(r.outcome.result.to.version).toBe('1.1.0');
      // The staged file stays staged, not committed with the change.
      expect(git(['status', '--porcelain'], repo.work)).toBe(
        `${way === 'git status begun early' ? 'A  notes.txt\n' : ''} M ${other}\n`,
      );
      expect(git(['show', '--name-only', '--format=', 'HEAD'], repo.work).trim().split('\n')).toEqual(written);
    },
  );
});

describe.concurrent(
  'the branch moved back while a deploy runs (git reset --soft: the change it dropped stays staged)',
  () => {
    it.each([
      ['the index recorded HEAD', false],
      ['another change was staged', true],
    ])('%s, refs packed afterwards: refused, the staged change not committed', async (_, stageOther) => {
      const repo = await fresh(stagedPass, { push: false });
      git(['update-index', '-q', '--refresh'], repo.work);
      if (stageOther) {
        await writeFile(path.join(repo.work, 'notes.txt'), 'x\n');
        git(['add', 'notes.txt'], repo.work);
      }
      const head = repo.head();
      const { hooks } = fakeHooks({
        onGate: async () => {
          git(['reset', '--soft', 'HEAD~1'], repo.work);
          git(['pack-refs', '--all'], repo.work);
        },
      });
      const err = await rejection<PipelineError>(
        deployVersion(repo.ctx, { env: 'staging', model: 'llama3', version: '1.1.0' }, hooks),
      );
      expect(err.code).toBe('CONFLICT');
      expect(err.message).toMatch(/uncommitted changes in registry\/registry\.json/);
      expect(git(['rev-parse', 'HEAD'], repo.work).trim()).not.toBe(head);
      expect(git(['diff', '--cached', '--name-only'], repo.work)).toContain('registry/registry.json');
    });

    it('in a linked worktree: refused, the staged change not committed', async () => {
      const repo = await fresh(stagedPass, { push: false });
      const wt = path.join(repo.dir, 'wt');
      git(['worktree', 'add', '--quiet', '-b', 'side', wt, 'HEAD'], repo.work);
      const ctx = await openContext({ repo: wt, push: false, actor: 'test' });
      const { hooks } = fakeHooks({ onGate: async () => void git(['reset', '--soft', 'HEAD~1'], wt) });
      const err = await rejection<PipelineError>(
        deployVersion(ctx, { env: 'staging', model: 'llama3', version: '1.1.0' }, hooks),
      );
      expect(err.code).toBe('CONFLICT');
      expect(err.message).toMatch(/uncommitted changes in registry\/registry\.json/);
      expect(git(['diff', '--cached', '--name-only'], wt)).toContain('registry/registry.json');
    });
  },
);

describe.concurrent('what git status does not show', () => {
  it.each(['assume-unchanged', 'skip-worktree'])(
    'registry.json marked %s and edited: refused, naming the mark, the edit kept',
    async (mark) => {
      const repo = await fresh(stagedPass, { push: false });
      git(['update-index', '-q', '--refresh'], repo.work);
      git(['update-index', `--${mark}`, 'registry/registry.json'], repo.work);
      const file = path.join(repo.work, 'registry/registry.json');
      const edited = (await readFile(file, 'utf8')).replace('"schema_version": 1', '"schema_version":  1');
      await writeFile(file, edited);
      const head = repo.head();
      const err = await rejection<PipelineError>(
        deployVersion(repo.ctx, { env: 'staging', model: 'llama3', version: '1.1.0' }, fakeHooks().hooks),
      );
      expect(err.code).toBe('CONFLICT');
      expect(err.message).toMatch(
        /registry\/registry\.json is marked assume-unchanged or skip-worktree in git's index/,
      );
      expect(await readFile(file, 'utf8')).toBe(edited);
      expect(repo.head()).toBe(head);
    },
  );

  it('a registry folder moved elsewhere and replaced by a link (its files keep their stat data): refused, nothing written through the link', async () => {
    const repo = await fresh(stagedPass, { push: false });
    git(['update-index', '-q', '--refresh'], repo.work);
    const models = path.join(repo.work, 'registry/models/llama3');
    const elsewhere = path.join(repo.dir, 'elsewhere');
    execFileSync('mv', [models, elsewhere]);
    symlinkSync(elsewhere, models);
    const before = execFileSync('sh', ['-c', `cat ${elsewhere}/*.json | sha256sum`], { encoding: 'utf8' });
    const head = repo.head();
    const err = await rejection<PipelineError>(
      deployVersion(repo.ctx, { env: 'staging', model: 'llama3', version: '1.1.0' }, fakeHooks().hooks),
    );
    expect(err.code).toMatch(/^(CONFLICT|PRECONDITION)$/);
    expect(execFileSync('sh', ['-c', `cat ${elsewhere}/*.json | sha256sum`], { encoding: 'utf8' })).toBe(before);
    expect(repo.head()).toBe(head);
  });
});

// Not concurrent: the environment is the process's own.
describe('GIT_INDEX_FILE set: git is asked, with that index', () => {
  it('a change staged in that index while a deploy runs: refused, the staged change kept', async () => {
    const repo = await fresh(stagedPass, { push: false });
    // .git/index records HEAD exactly: only the environment says to look elsewhere.
    git(['update-index', '-q', '--refresh'], repo.work);
    const alternate = path.join(repo.dir, 'alternate-index');
    await writeFile(alternate, await readFile(path.join(repo.work, '.git/index')));
    const saved = process.env.GIT_INDEX_FILE;
    process.env.GIT_INDEX_FILE = alternate;
    try {
      const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], {
        cwd: repo.work,
        input: '{"staged": true}\n',
        encoding: 'utf8',
      }).trim();
      const { hooks } = fakeHooks({
        onGate: async () =>
          void git(['update-index', '--cacheinfo', `100644,${blob},registry/registry.json`], repo.work),
      });
      const err = await rejection<PipelineError>(
        deployVersion(repo.ctx, { env: 'staging', model: 'llama3', version: '1.1.0' }, hooks),
      );
      expect(err.code).toBe('CONFLICT');
      expect(err.message).toMatch(/uncommitted changes in registry\/registry\.json/);
      expect(git(['ls-files', '-s', 'registry/registry.json'], repo.work)).toContain(blob);
    } finally {
      if (saved === undefined) delete process.env.GIT_INDEX_FILE;
      else process.env.GIT_INDEX_FILE = saved;
    }
  });
});

describe.concurrent('deploy with push: false', () => {
  it('commits locally, says so, and leaves the remote alone', async () => {
    const repo = await fresh(base, { push: false });
    const headBefore = repo.head();
    const { hooks } = fakeHooks();
    const r = await deployVersion(repo.ctx, { env: 'staging', model: 'llama3', version: '1.0.0' }, hooks);
    expect(r.outcome.pushed).toBe(false);
    expect(r.outcome.pushNote).toBe('push disabled');
    expect(r.stages.at(-1)?.detail).toMatch(/^commit [0-9a-f]{12} \(push disabled\)$/);
    expect(git(['rev-parse', 'HEAD~1'], repo.work).trim()).toBe(headBefore);
    expect(repo.remoteHead()).toBe(headBefore);
    expect(lastEntry(await repo.registry())).toMatchObject({ version: '1.0.0', gate: 'pass' });
  });

  it('a refused run leaves the local branch alone too', async () => {
    const repo = await fresh(base, { push: false });
    const before = await snapshot(repo);
    const { hooks } = fakeHooks({ gate: gateOutcome('fail') });
    const err = await rejection(deployVersion(repo.ctx, { env: 'staging', model: 'llama3', version: '1.0.0' }, hooks));
    expect(err.code).toBe('GATE_FAILED');
    await expectUnchanged(repo, before);
  });
});

describe.concurrent('promote', () => {
  it('to production (from derived: staging) carries the staging gate record', async () => {
    const repo = await fresh(stagedPass);
    const stagingEntry = lastEntry(await repo.registry());
    expect(stagingEntry).toMatchObject({ env: 'staging', gate: 'pass', metrics: STAGED_METRICS });
    const { hooks, calls } = fakeHooks();
    const r = await promoteVersion(repo.ctx, { to: 'production' }, hooks);

    expect(r.from).toBe('staging');
    expect(stageList(r.stages)).toEqual(['check-store:ok', 'gate:ok', 'update-registry:ok']);
    expect(r.stages[1].detail).toMatch(/pass, carried from staging/);
    expect(r.gate).toBeNull();
    expect(r.target).toEqual({ model: 'llama3', version: '1.0.0', quantization: 'q4km' });
    expect(calls.checkPresent).toEqual([fakeUri('llama3', '1.0.0')]);
    expect(calls.download).toEqual([]); // promote neither downloads nor re-runs the gate or the smoke test
    expect(calls.gate).toEqual([]);
    expect(calls.smoke).toEqual([]);

    const reg = await repo.registry();
    const promoted = lastEntry(reg);
    expect(promoted).toMatchObject({
      env: 'production',
      action: 'promote',
      from_env: 'staging',
      version: '1.0.0',
      gate: 'pass',
      gated_by: stagingEntry.id,
      metrics: STAGED_METRICS,
      previous_version: null,
    });
    expect(promoted.id).not.toBe(stagingEntry.id);
    expect(reg.environments.production).toEqual({
      model: 'llama3',
      version: '1.0.0',
      quantization: 'q4km',
      history_id: promoted.id,
    });
    expect(reg.environments.staging?.history_id).toBe(stagingEntry.id);
    expect(repo.remoteHead()).toBe(repo.head());
    const body = commitBody(repo);
    expect(body).toMatch(/^Mreg-From-Environment: staging$/m);
    expect(body).toMatch(new RegExp(`^Mreg-Gated-By: ${stagingEntry.id}$`, 'm'));
  });

  it.each(['skipped', 'not-configured'] as const)(
    'of a version whose staging entry has gate %s: refused (GATE_FAILED), registry unchanged',
    async (verdict) => {
      const repo = await fresh(verdict === 'skipped' ? stagedSkipped : stagedNotConfigured);
      const stagingEntry = lastEntry(await repo.registry());
      expect(stagingEntry.gate).toBe(verdict);

      const before = await snapshot(repo);
      const { hooks, calls } = fakeHooks();
      const err = await rejection<PipelineError>(promoteVersion(repo.ctx, { to: 'production' }, hooks));
      expect(err).toBeInstanceOf(PipelineError);
      expect(err.code).toBe('GATE_FAILED');
      expect(err.message).toContain(`has gate verdict "${verdict}"`);
      expect(err.message).toContain(`history entry #${stagingEntry.id}`);
      expect(stageList(err.stages)).toEqual(['check-store:ok', 'gate:failed']);
      expect(err.gate).toBeNull();
      expect(calls.checkPresent).toHaveLength(1);
      await expectUnchanged(repo, before);
    },
  );

  it('of a version whose staging gate was skipped, with skipGate: refused without a reason, lands as skipped with one', async () => {
    const repo = await local(stagedSkipped);
    const before = await snapshot(repo);
    const { hooks, calls } = fakeHooks();
    const noReason = await rejection(promoteVersion(repo.ctx, { to: 'production', skipGate: true }, hooks));
    expect(noReason.code).toBe('USAGE');
    expect(calls.checkPresent).toEqual([]);
    await expectUnchanged(repo, before);

    const r = await promoteVersion(
      repo.ctx,
      { to: 'production', skipGate: true, reason: 'customer escalation' },
      hooks,
    );
    expect(stageList(r.stages)).toEqual(['check-store:ok', 'gate:skipped', 'update-registry:ok']);
    expect(r.stages[1].detail).toBe('skipped: customer escalation');
    const promoted = lastEntry(await repo.registry());
    expect(promoted).toMatchObject({
      env: 'production',
      action: 'promote',
      from_env: 'staging',
      gate: 'skipped',
      reason: 'customer escalation',
    });
    expect(promoted.gated_by).toBeUndefined();
    expect(commitBody(repo)).toMatch(/^Mreg-Gate-Skipped: customer escalation$/m);
  });

  it('into staging (the first environment) is refused: "first in the promotion order"', async () => {
    const repo = await fresh(stagedPass);
    const before = await snapshot(repo);
    const { hooks, calls } = fakeHooks();
    const err = await rejection(promoteVersion(repo.ctx, { to: 'staging' }, hooks));
    expect(err.code).toBe('USAGE');
    expect(err.message).toContain('first in the promotion order');
    expect(calls.checkPresent).toEqual([]);
    await expectUnchanged(repo, before);
  });

  it('with the artifact missing from the store: refused at check-store', async () => {
    const repo = await fresh(stagedPass);
    const before = await snapshot(repo);
    const { hooks, calls } = fakeHooks({ missing: true });
    const err = await rejection<PipelineError>(promoteVersion(repo.ctx, { to: 'production' }, hooks));
    expect(err).toBeInstanceOf(PipelineError);
    expect(err.code).toBe('STORE');
    expect(stageList(err.stages)).toEqual(['check-store:failed']);
    expect(calls.checkPresent).toHaveLength(1);
    await expectUnchanged(repo, before);
  });

  it('refuses an empty source before any stage', async () => {
    const repo = await fresh();
    const before = await snapshot(repo);
    const { hooks, calls } = fakeHooks();
    const err = await rejection(promoteVersion(repo.ctx, { to: 'production' }, hooks));
    expect(err.code).toBe('PRECONDITION');
    expect(err.message).toMatch(/staging has no active version to promote/);
    expect(calls.checkPresent).toEqual([]);
    await expectUnchanged(repo, before);
  });

  it('refuses a mismatched expectCurrent and a version the target already runs, before any stage', async () => {
    const repo = await fresh(stagedPass);
    const { hooks, calls } = fakeHooks();
    const before = await snapshot(repo);
    const expectErr = await rejection(promoteVersion(repo.ctx, { to: 'production', expectCurrent: '0.5.0' }, hooks));
    expect(expectErr.code).toBe('PRECONDITION');
    expect(expectErr.message).toContain('production is at none, not 0.5.0 as expected');
    await expectUnchanged(repo, before);

    await promoteVersion(repo.ctx, { to: 'production', expectCurrent: 'none' }, hooks);
    const before2 = await snapshot(repo);
    const again = await rejection(promoteVersion(repo.ctx, { to: 'production' }, hooks));
    expect(again.code).toBe('PRECONDITION');
    expect(again.message).toMatch(/already runs llama3-v1\.0\.0-q4km; nothing to promote/);
    await expectUnchanged(repo, before2);
    expect(calls.checkPresent).toHaveLength(1); // only the promotion that went through
  });

  it('with the gate disabled in the config: the gate stage is skipped and the source record is carried', async () => {
    const repo = await local(stagedSkipped);
    repo.ctx.config.gate.enabled = false;
    const r = await promoteVersion(repo.ctx, { to: 'production' }, fakeHooks().hooks);
    expect(stageList(r.stages)).toEqual(['check-store:ok', 'gate:skipped', 'update-registry:ok']);
    expect(r.stages[1].detail).toMatch(/gate\.enabled: false/);
    expect(lastEntry(await repo.registry())).toMatchObject({ action: 'promote', gate: 'skipped', from_env: 'staging' });
  });
});

describe.concurrent('promote along a three-environment order', () => {
  it('gated_by points at the entry whose gate run measured the version, across two promotions', async () => {
    const repo = await local(devPass);
    const devEntry = lastEntry(await repo.registry());
    const toStaging = await promoteVersion(repo.ctx, { to: 'staging' }, fakeHooks().hooks);
    expect(toStaging.from).toBe('dev');
    const toProd = await promoteVersion(repo.ctx, { to: 'production' }, fakeHooks().hooks);
    expect(toProd.from).toBe('staging');
    const reg = await repo.registry();
    expect(reg.history.map((e) => [e.env, e.action, e.gate, e.gated_by ?? null])).toEqual([
      ['dev', 'deploy', 'pass', null],
      ['staging', 'promote', 'pass', devEntry.id],
      ['production', 'promote', 'pass', devEntry.id],
    ]);
    expect(lastEntry(reg)).toMatchObject({ from_env: 'staging', metrics: DEV_METRICS });
  });

  it('an explicit from may skip an environment, but must come earlier in the promotion order', async () => {
    const repo = await local(devPass);
    const r = await promoteVersion(repo.ctx, { to: 'production', from: 'dev' }, fakeHooks().hooks);
    expect(r.from).toBe('dev');
    expect(lastEntry(await repo.registry())).toMatchObject({ env: 'production', from_env: 'dev', gate: 'pass' });
    const before = await snapshot(repo);
    const { hooks, calls } = fakeHooks();
    const err = await rejection(promoteVersion(repo.ctx, { from: 'production', to: 'staging' }, hooks));
    expect(err.code).toBe('PRECONDITION');
    expect(err.message).toMatch(/cannot promote from production to staging/);
    // Refused before any stage: the store is not even asked.
    expect(err).not.toBeInstanceOf(PipelineError);
    expect(calls.checkPresent).toEqual([]);
    await expectUnchanged(repo, before);
  });
});

describe.concurrent('rollback', () => {
  it('records check-store and update-registry and moves back to the previous version', async () => {
    const repo = await fresh(twoDeploys);
    const [first, second] = (await repo.registry()).history;
    const { hooks, calls } = fakeHooks();
    const r = await rollbackVersion(repo.ctx, { env: 'staging', reason: 'bad answers' }, hooks);

    expect(stageList(r.stages)).toEqual(['check-store:ok', 'update-registry:ok']);
    expect(r.target).toEqual({ model: 'llama3', version: '1.0.0', quantization: 'q4km' });
    expect(r.gate).toBeNull();
    expect(calls.checkPresent).toEqual([fakeUri('llama3', '1.0.0')]);
    expect(calls.download).toEqual([]);
    expect(calls.gate).toEqual([]);
    expect(calls.smoke).toEqual([]);

    const reg = await repo.registry();
    const entry = lastEntry(reg);
    expect(entry).toMatchObject({
      action: 'rollback',
      env: 'staging',
      version: '1.0.0',
      previous_version: '1.1.0',
      reason: 'bad answers',
      metrics: STAGED_METRICS,
    });
    expect(reg.environments.staging).toMatchObject({ version: '1.0.0', history_id: entry.id });
    expect(reg.history.find((e) => e.id === second.id)?.rolled_back).toBe(true);
    expect(reg.history.find((e) => e.id === first.id)?.rolled_back).toBe(false);
    expect(r.outcome.result.abandoned?.id).toBe(second.id);
    expect(repo.remoteHead()).toBe(repo.head());
    expect(commitBody(repo)).toMatch(new RegExp(`^Mreg-Rolled-Back-Id: ${second.id}$`, 'm'));
  });

  it('returns to the gate record of the version it goes back to, so that version can still be promoted', async () => {
    const repo = await local(twoDeploys);
    const [first] = (await repo.registry()).history;
    await rollbackVersion(repo.ctx, { env: 'staging', reason: 'bad answers' }, fakeHooks().hooks);
    const back = lastEntry(await repo.registry());
    expect(back).toMatchObject({
      action: 'rollback',
      version: '1.0.0',
      gate: first.gate,
      gated_by: first.id,
      metrics: STAGED_METRICS,
    });
    const p = await promoteVersion(repo.ctx, { to: 'production' }, fakeHooks().hooks);
    expect(stageList(p.stages)).toEqual(['check-store:ok', 'gate:ok', 'update-registry:ok']);
    expect(lastEntry(await repo.registry())).toMatchObject({
      action: 'promote',
      version: '1.0.0',
      gate: 'pass',
      gated_by: first.id,
    });
  });

  it('with the artifact missing from the store: fails at check-store, nothing committed', async () => {
    const repo = await fresh(twoDeploys);
    const before = await snapshot(repo);
    const { hooks, calls } = fakeHooks({ missing: true });
    const err = await rejection<PipelineError>(rollbackVersion(repo.ctx, { env: 'staging' }, hooks));
    expect(err).toBeInstanceOf(PipelineError);
    expect(err.code).toBe('STORE');
    expect(stageList(err.stages)).toEqual(['check-store:failed']);
    expect(calls.checkPresent).toEqual([fakeUri('llama3', '1.0.0')]);
    await expectUnchanged(repo, before);
  });

  it('without a store hook: check-store not-configured, still committed', async () => {
    const repo = await local(twoDeploys);
    const r = await rollbackVersion(repo.ctx, { env: 'staging' }, {});
    expect(stageList(r.stages)).toEqual(['check-store:not-configured', 'update-registry:ok']);
    expect((await repo.registry()).environments.staging?.version).toBe('1.0.0');
  });

  it('refuses a mismatched expectCurrent before any stage', async () => {
    const repo = await fresh(twoDeploys);
    const before = await snapshot(repo);
    const { hooks, calls } = fakeHooks();
    const err = await rejection(rollbackVersion(repo.ctx, { env: 'staging', expectCurrent: '1.0.0' }, hooks));
    expect(err.code).toBe('PRECONDITION');
    expect(err.message).toContain('staging is at 1.1.0, not 1.0.0 as expected');
    expect(calls.checkPresent).toEqual([]);
    await expectUnchanged(repo, before);
  });

  it.each([
    ['an empty environment', () => base, /staging has no active version/],
    ['a single version', () => stagedPass, /no earlier registered, unblocked version ran there/],
  ] as const)('refuses with nothing to roll back to (%s)', async (_what, fixture, message) => {
    const repo = await fresh(fixture());
    const before = await snapshot(repo);
    const { hooks, calls } = fakeHooks();
    const err = await rejection(rollbackVersion(repo.ctx, { env: 'staging' }, hooks));
    expect(err.code).toBe('NOTHING_TO_ROLL_BACK');
    expect(err.message).toMatch(message);
    expect(calls.checkPresent).toEqual([]);
    await expectUnchanged(repo, before);
  });
});
