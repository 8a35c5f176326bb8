// The action's exported run() called in this process, with a stand-in for @actions/core (inputs
// from a table; outputs, failures and annotations recorded), as GitHub's action templates test
// theirs. The registry and the git history are real.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { mreg, tempDir } from '../helpers/cli.js';
import { git, makeRepo, registerFake, type TestRepo } from '../helpers/repo.js';

const core = vi.hoisted(() => {
  const state = {
    inputs: {} as Record<string, string>,
    outputs: {} as Record<string, string>,
    failed: [] as string[],
    errors: [] as { message: string; file?: string; startLine?: number; startColumn?: number }[],
    warnings: [] as string[],
    notices: [] as string[],
    infos: [] as string[],
  };
  const summary = { addRaw: () => summary, write: async () => summary };
  return {
    state,
    module: {
      getInput: (name: string, opts?: { required?: boolean }) => {
        const v = state.inputs[name] ?? '';
        if (opts?.required && !v) throw new Error(`Input required and not supplied: ${name}`);
        return v;
      },
      setOutput: (name: string, value: unknown) => void (state.outputs[name] = String(value)),
      setFailed: (message: string) => void state.failed.push(message),
      error: (message: string, props: Record<string, unknown> = {}) => void state.errors.push({ message, ...props }),
      warning: (message: string) => void state.warnings.push(message),
      notice: (message: string) => void state.notices.push(message),
      info: (message: string) => void state.infos.push(message),
      debug: () => undefined,
      summary,
    },
  };
});
vi.mock('@actions/core', () => core.module);

const { run } = await import('../../src/action/main.js');

async function runWith(inputs: Record<string, string>): Promise<typeof core.state> {
  core.state.inputs = inputs;
  await run();
  return core.state;
}

beforeEach(() => {
  Object.assign(core.state, { inputs: {}, outputs: {}, failed: [], errors: [], warnings: [], notices: [], infos: [] });
  delete process.env.GITHUB_STEP_SUMMARY;
});

describe('run() in process: validate', () => {
  let repo: TestRepo;
  beforeAll(async () => {
    repo = await makeRepo({ gate: false });
    await registerFake(repo, 'llama3', '1.0.0');
  });
  afterAll(() => repo?.cleanup());

  it('passes on a valid registry and fails the step (never throws) on a broken one', async () => {
    const ok = await runWith({ command: 'validate', 'registry-path': repo.work });
    expect(ok.failed).toEqual([]);
    expect(ok.infos.join('\n')).toMatch(/OK: 1 artifacts/);

    // staging runs 1.0.0; its metadata file is then edited to say 1.0.1.
    const d = await mreg([
      '--repo',
      repo.work,
      'deploy',
      'llama3',
      '1.0.0',
      '--env',
      'staging',
      '--skip-gate',
      '--reason',
      'bootstrap',
    ]);
    expect(d.code, d.stderr).toBe(0);
    const rel = 'registry/models/llama3/llama3-v1.0.0-q4km.json';
    const meta = JSON.parse(readFileSync(path.join(repo.work, rel), 'utf8'));
    const text = JSON.stringify({ ...meta, version: '1.0.1' }, null, 2) + '\n';
    writeFileSync(path.join(repo.work, rel), text);
    const bad = await runWith({ command: 'validate', 'registry-path': repo.work });
    expect(bad.failed).toHaveLength(1);
    expect(bad.failed[0]).toMatch(/SCHEMA: 1 validation problem in/);
    // One annotation, on the version field's line; none on registry.json, which still names 1.0.0.
    expect(bad.errors).toHaveLength(1);
    expect(bad.errors[0].file).toMatch(/registry\/models\/llama3\/llama3-v1\.0\.0-q4km\.json$/);
    expect(bad.errors[0].message).toMatch(
      /^\/version: file name llama3-v1\.0\.0-q4km\.json says llama3-v1\.0\.0-q4km, but its fields say llama3-v1\.0\.1-q4km/,
    );
    expect(text.split('\n')[bad.errors[0].startLine! - 1]).toContain('"version": "1.0.1"');
    git(['checkout', '--', '.'], repo.work);
  });

  it('status of an environment nothing was deployed to: empty version, gate-result not-run', async () => {
    const s = await runWith({ command: 'status', environment: 'production', 'registry-path': repo.work });
    expect(s.failed).toEqual([]);
    expect(s.outputs).toMatchObject({ version: '', 'gate-result': 'not-run', metrics: '{}' });
  });

  it('names an unknown command in the failure', async () => {
    const s = await runWith({ command: 'deploy-all' });
    expect(s.failed[0]).toMatch(/input command must be one of validate, plan, gate/);
  });
});

describe('run() in process: plan (what a push or a pull request adds)', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let base: string;

  const add = (model: string, version: string, quantization: string) => {
    const file = path.join(dir, 'registry/models', model, `${model}-v${version}-${quantization}.json`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ model, version, quantization }) + '\n');
  };
  const commit = (msg: string) => {
    git(['add', '-A'], dir);
    git(['commit', '--quiet', '-m', msg], dir);
    return git(['rev-parse', 'HEAD'], dir).trim();
  };
  const candidates = (s: typeof core.state) => JSON.parse(s.outputs.candidates ?? 'null');

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('mreg-plan-'));
    git(['init', '--quiet', '--initial-branch=main'], dir);
    mkdirSync(path.join(dir, 'registry/models'), { recursive: true });
    writeFileSync(
      path.join(dir, 'registry/config.json'),
      JSON.stringify({ schema_version: 1, store: '.mreg-store', environments: ['dev', 'qa', 'prod'] }),
    );
    add('tiny', '8.0.0', 'q4_k_m');
    base = commit('base');
  });
  afterAll(() => cleanup?.());

  it('refuses a push whose newest artifacts are of two quantization families (one pointer, two candidates)', async () => {
    add('tiny', '9.0.0', 'q4_k_m');
    add('tiny', '10.0.0', 'q4_k_m');
    add('tiny', '10.0.0', 'q4_k_s'); // another family (q4ks) than q4_k_m (q4km)
    commit('three artifacts');
    const s = await runWith({ command: 'plan', 'registry-path': dir, base });
    expect(s.failed).toHaveLength(1);
    expect(s.failed[0]).toMatch(
      /adds 2 artifacts of different models or quantization families \(tiny-v10\.0\.0-q4_k_m, tiny-v10\.0\.0-q4_k_s\)/,
    );
    expect(s.failed[0]).toMatch(/Nothing was deployed/);
    expect(s.outputs.environment).toBe('dev');
    git(['reset', '--quiet', '--hard', base], dir);
  });

  it('picks 10.0.0 over 9.0.0 (semver, not path order) and says which it left out', async () => {
    add('tiny', '9.0.0', 'q4_k_m');
    add('tiny', '10.0.0', 'q4_k_m');
    commit('two versions');
    const s = await runWith({ command: 'plan', 'registry-path': dir, base });
    expect(s.failed).toEqual([]);
    expect(candidates(s)).toEqual([{ model: 'tiny', version: '10.0.0', quantization: 'q4_k_m' }]);
    expect(s.notices.join('\n')).toContain('tiny-v9.0.0-q4_k_m is left out: tiny-v10.0.0-q4_k_m is a newer version');
    git(['reset', '--quiet', '--hard', base], dir);
  });

  it('lists several candidates for a pull request, with a warning, when allowed', async () => {
    add('tiny', '9.0.0', 'q8_0');
    add('other', '1.0.0', 'q8_0');
    commit('two models');
    const s = await runWith({ command: 'plan', 'registry-path': dir, base, 'allow-several': 'true' });
    expect(s.failed).toEqual([]);
    expect(candidates(s).map((c: { model: string }) => c.model)).toEqual(['other', 'tiny']);
    expect(s.warnings.join('\n')).toMatch(/the deploy on main will refuse it/);
    git(['reset', '--quiet', '--hard', base], dir);
  });

  it('lists nothing when the push adds no metadata (a registry commit), comparing with HEAD^ by default', async () => {
    writeFileSync(path.join(dir, 'registry/registry.json'), '{}\n');
    commit('pointer move');
    const s = await runWith({
      command: 'plan',
      'registry-path': dir,
      base: '0000000000000000000000000000000000000000',
    });
    expect(s.failed).toEqual([]);
    expect(candidates(s)).toEqual([]);
  });

  it('names the file and field of an added metadata file it cannot read', async () => {
    const file = path.join(dir, 'registry/models/tiny/tiny-v11.0.0-q4_k_m.json');
    writeFileSync(file, JSON.stringify({ model: 'tiny', version: 'eleven', quantization: 'q4_k_m' }));
    commit('bad');
    const s = await runWith({ command: 'plan', 'registry-path': dir });
    expect(s.failed[0]).toMatch(
      /registry\/models\/tiny\/tiny-v11\.0\.0-q4_k_m\.json: \/version must be a string matching/,
    );
  });
});
