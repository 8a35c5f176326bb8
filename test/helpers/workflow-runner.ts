// Runs a workflow's jobs as a GitHub runner would, step by step, on this machine: `run:` steps in
// bash (`bash --noprofile --norc -eo pipefail`, GitHub's shell) with fresh GITHUB_OUTPUT, GITHUB_ENV,
// GITHUB_PATH and GITHUB_STEP_SUMMARY files per step; steps of this action through its action.yml
// (runs.using node24: the `main` file started with Node 24 and INPUT_* variables, defaults filled
// from action.yml); and the other actions by stand-ins that do what their documentation says:
// actions/checkout (a fresh clone of the repository at the event's ref, shallow unless fetch-depth
// says otherwise), actions/setup-node (Node 24 and npm first on PATH) and actions/upload-artifact
// (the files copied where the test can read them). Anything else fails the run: the test then
// learns that a workflow uses something this runner does not know.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseOutputFile } from './action.js';
import { condition, interpolate, asString, type Contexts } from './expressions.js';

export interface RunnerSetup {
  /** Scratch folder for the jobs' workspaces and temporary folders. */
  root: string;
  /** The repository on "GitHub": a bare repository (refs/heads/*, refs/pull/N/merge). */
  remote: string;
  /** owner/name of the repository, as github.repository. */
  repository: string;
  /** What `uses:` names this action by (OWNER/REPO@REF), and the folder holding its files at that ref. */
  action: { ref: string; files: string };
  /** The runner's tool cache (RUNNER_TOOL_CACHE), kept between jobs as a self-hosted runner keeps it. */
  toolCache: string;
  node24: string;
  vars: Record<string, string>;
  secrets: Record<string, string>;
  /** Variables every step sees besides the runner's own (e.g. GITHUB_API_URL of a stand-in). */
  env: Record<string, string>;
  /** Where upload-artifact puts each artifact (a folder per name). */
  artifacts: string;
}

export interface WorkflowEvent {
  name: 'push' | 'pull_request' | 'workflow_dispatch' | 'schedule';
  /** github.ref: refs/heads/main, refs/pull/1/merge. */
  ref: string;
  sha: string;
  payload: Record<string, unknown>;
  inputs?: Record<string, string>;
}

export interface StepRecord {
  name: string;
  outcome: 'success' | 'failure' | 'skipped';
  output: string;
  outputs: Record<string, string>;
  summary: string;
  with?: Record<string, string>;
}

export interface JobRecord {
  result: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  /** One list of steps per matrix combination (one for a job without a matrix). */
  runs: { matrix: Record<string, unknown> | null; steps: StepRecord[] }[];
}

type Step = Record<string, any>;
type Job = Record<string, any>;

const sh = (file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) =>
  new Promise<{ code: number; output: string }>((resolve) => {
    execFile(file, args, { cwd, env, maxBuffer: 256 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err
        ? typeof (err as { code?: unknown }).code === 'number'
          ? (err as { code: number }).code
          : 1
        : 0;
      resolve({ code, output: `${stdout}${stderr}` });
    });
  });

async function git(args: string[], cwd: string): Promise<string> {
  const r = await sh('git', args, cwd, process.env);
  if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.output}`);
  return r.output;
}

/**
 * The combinations of a job's matrix: `include`'s list as it is, or every combination of the other
 * keys' lists (each may be an expression such as fromJSON(needs.x.outputs.y)); null for no matrix.
 */
function matrixOf(matrix: Record<string, unknown> | undefined, base: Contexts): (Record<string, unknown> | null)[] {
  if (matrix === undefined) return [null];
  if (matrix.include !== undefined) return interpolate(matrix.include, base) as Record<string, unknown>[];
  let combos: Record<string, unknown>[] = [{}];
  for (const [key, raw] of Object.entries(matrix)) {
    const values = interpolate(raw, base);
    if (!Array.isArray(values)) throw new Error(`matrix.${key} is not a list: ${JSON.stringify(values)}`);
    combos = combos.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
  }
  return combos;
}

/** Jobs in an order that puts every job after the ones it needs. */
function jobOrder(jobs: Record<string, Job>): string[] {
  const done: string[] = [];
  const visit = (name: string) => {
    if (done.includes(name)) return;
    for (const n of [jobs[name].needs ?? []].flat()) visit(n);
    done.push(name);
  };
  Object.keys(jobs).forEach(visit);
  return done;
}

export async function runWorkflow(
  file: string,
  event: WorkflowEvent,
  setup: RunnerSetup,
): Promise<Record<string, JobRecord>> {
  const wf = parse(readFileSync(file, 'utf8')) as { jobs: Record<string, Job> };
  const records: Record<string, JobRecord> = {};
  const eventFile = path.join(setup.root, `event-${Date.now()}.json`);
  writeFileSync(eventFile, JSON.stringify({ ...event.payload, inputs: event.inputs }));
  const github = {
    event_name: event.name,
    event: event.payload,
    ref: event.ref,
    sha: event.sha,
    repository: setup.repository,
    token: 'ghs_stand-in-token',
    actor: 'octo-dev',
    server_url: 'https://github.com',
  };
  for (const name of jobOrder(wf.jobs)) {
    const job = wf.jobs[name];
    const needs: Record<string, unknown> = {};
    const needed = [job.needs ?? []].flat() as string[];
    for (const n of needed) needs[n] = { result: records[n].result, outputs: records[n].outputs };
    const base: Contexts = { github, needs, inputs: event.inputs ?? {}, vars: setup.vars, secrets: setup.secrets };
    const needsFailed = needed.some((n) => records[n].result !== 'success');
    if (!condition(job.if, base, { failed: needsFailed })) {
      records[name] = { result: 'skipped', outputs: {}, runs: [] };
      continue;
    }
    const matrices = matrixOf(job.strategy?.matrix, base);
    const record: JobRecord = { result: 'success', outputs: {}, runs: [] };
    for (const [i, matrix] of matrices.entries()) {
      const dir = path.join(setup.root, 'runner', `${name}-${Date.now()}-${i}`);
      const run = await runSteps(job, { ...base, matrix: matrix ?? {} }, { dir, job: name, event, eventFile, setup });
      record.runs.push({ matrix, steps: run.steps });
      if (run.failed) record.result = 'failure';
      for (const [k, v] of Object.entries<string>(job.outputs ?? {}))
        record.outputs[k] = asString(interpolate(v, { ...base, matrix, steps: run.stepsContext }));
    }
    records[name] = record;
  }
  return records;
}

interface JobContext {
  dir: string;
  job: string;
  event: WorkflowEvent;
  eventFile: string;
  setup: RunnerSetup;
}

async function runSteps(
  job: Job,
  ctx: Contexts,
  jc: JobContext,
): Promise<{ failed: boolean; steps: StepRecord[]; stepsContext: Record<string, unknown> }> {
  const { setup } = jc;
  const workspace = path.join(jc.dir, 'work', path.basename(setup.repository));
  const temp = path.join(jc.dir, 'temp');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(temp, { recursive: true });
  // The runner downloads each action a job uses into its own _actions folder.
  const [owner, rest] = setup.action.ref.split('/');
  const [repo, ref] = rest.split('@');
  const actionDir = path.join(jc.dir, '_actions', owner, repo, ref);
  cpSync(setup.action.files, actionDir, { recursive: true });

  const stepsContext: Record<string, unknown> = {};
  const records: StepRecord[] = [];
  const addedEnv: Record<string, string> = {};
  const addedPath: string[] = [];
  let failed = false;
  for (const [n, step] of (job.steps as Step[]).entries()) {
    const c: Contexts = { ...ctx, steps: stepsContext, env: addedEnv };
    const label = asString(interpolate(step.name ?? step.uses ?? step.run, c));
    if (!condition(step.if, c, { failed })) {
      records.push({ name: label, outcome: 'skipped', output: '', outputs: {}, summary: '' });
      if (step.id) stepsContext[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      continue;
    }
    const stepDir = path.join(temp, '_runner_file_commands', String(n));
    mkdirSync(stepDir, { recursive: true });
    const files = { output: 'output', env: 'env', path: 'path', summary: 'summary.md' };
    for (const key of Object.keys(files) as (keyof typeof files)[]) {
      files[key] = path.join(stepDir, files[key]);
      writeFileSync(files[key], '');
    }
    const env = runnerEnv(jc, { workspace, temp, files, addedEnv, addedPath });
    for (const [k, v] of Object.entries<unknown>(step.env ?? {})) env[k] = asString(interpolate(v, c));
    const inputs: Record<string, string> = {};
    for (const [k, v] of Object.entries<unknown>(step.with ?? {})) inputs[k] = asString(interpolate(v, c));

    let r: { code: number; output: string };
    if (step.run !== undefined) {
      const script = path.join(stepDir, 'script.sh');
      writeFileSync(script, asString(interpolate(step.run, c)));
      r = await sh('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], workspace, env);
    } else if (step.uses === setup.action.ref) {
      r = await runThisAction(actionDir, inputs, env, workspace, setup.node24);
    } else if (String(step.uses).startsWith('actions/checkout@')) {
      r = await checkout(inputs, jc, workspace);
    } else if (String(step.uses).startsWith('actions/setup-node@')) {
      r = setupNode(inputs, temp, setup.node24, addedPath);
    } else if (String(step.uses).startsWith('actions/upload-artifact@')) {
      r = uploadArtifact(inputs, workspace, setup.artifacts);
    } else {
      throw new Error(`${jc.job}: no stand-in for ${step.uses}`);
    }
    const outputs = parseOutputFile(readFileSync(files.output, 'utf8'));
    Object.assign(addedEnv, parseOutputFile(readFileSync(files.env, 'utf8')));
    addedPath.unshift(...readFileSync(files.path, 'utf8').split('\n').filter(Boolean).reverse());
    const outcome = r.code === 0 ? 'success' : 'failure';
    if (outcome === 'failure') failed = true;
    if (step.id) stepsContext[step.id] = { outputs, outcome, conclusion: outcome };
    records.push({
      name: label,
      outcome,
      output: r.output,
      outputs,
      summary: readFileSync(files.summary, 'utf8'),
      with: inputs,
    });
  }
  return { failed, steps: records, stepsContext };
}

/** What the runner gives every step: its GITHUB_* and RUNNER_* variables, the job's env and PATH additions. */
function runnerEnv(
  jc: JobContext,
  o: {
    workspace: string;
    temp: string;
    files: Record<'output' | 'env' | 'path' | 'summary', string>;
    addedEnv: Record<string, string>;
    addedPath: string[];
  },
): NodeJS.ProcessEnv {
  const { setup } = jc;
  const { workspace, temp, files, addedEnv, addedPath } = o;
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_|npm_)/.test(k)) env[k] = v;
  Object.assign(env, setup.env, addedEnv, {
    PATH: [...addedPath, process.env.PATH].join(path.delimiter),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: jc.event.name,
    GITHUB_EVENT_PATH: jc.eventFile,
    GITHUB_REF: jc.event.ref,
    GITHUB_SHA: jc.event.sha,
    GITHUB_REPOSITORY: setup.repository,
    GITHUB_ACTOR: 'octo-dev',
    GITHUB_JOB: jc.job,
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: setup.toolCache,
    RUNNER_OS: 'Linux',
  });
  return env;
}

/** action.yml's runs (node24 only, as this action declares) with the inputs and their defaults. */
async function runThisAction(
  actionDir: string,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv,
  workspace: string,
  node24: string,
) {
  const meta = parse(readFileSync(path.join(actionDir, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string; required?: boolean }>;
    runs: { using: string; main: string };
  };
  if (meta.runs.using !== 'node24') throw new Error(`action.yml runs.using is ${meta.runs.using}, not node24`);
  for (const k of Object.keys(inputs)) if (!(k in meta.inputs)) return { code: 1, output: `Unexpected input '${k}'` };
  for (const [k, d] of Object.entries(meta.inputs))
    env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = inputs[k] ?? d.default ?? '';
  return sh(node24, [path.join(actionDir, meta.runs.main)], workspace, env);
}

/**
 * actions/checkout: the event's commit (a pull request's merge commit, detached) or the branch
 * named by `ref`/the event's ref, fetched `fetch-depth` deep (1 by default, 0 for all history).
 */
async function checkout(inputs: Record<string, string>, jc: JobContext, workspace: string) {
  const depth = inputs['fetch-depth'] ?? '1';
  const deep = depth === '0' ? [] : [`--depth=${depth}`];
  await git(['init', '--quiet', workspace], workspace);
  await git(['remote', 'add', 'origin', `file://${jc.setup.remote}`], workspace);
  const ref = inputs.ref ? (inputs.ref.startsWith('refs/') ? inputs.ref : `refs/heads/${inputs.ref}`) : jc.event.ref;
  if (ref.startsWith('refs/heads/')) {
    const branch = ref.slice('refs/heads/'.length);
    await git(['fetch', '--quiet', '--no-tags', ...deep, 'origin', `+${ref}:refs/remotes/origin/${branch}`], workspace);
    await git(['checkout', '--quiet', '--force', '-B', branch, `refs/remotes/origin/${branch}`], workspace);
    await git(['branch', '--quiet', `--set-upstream-to=origin/${branch}`, branch], workspace);
  } else {
    await git(
      ['fetch', '--quiet', '--no-tags', ...deep, 'origin', `+${ref}:refs/remotes/${ref.slice('refs/'.length)}`],
      workspace,
    );
    await git(['checkout', '--quiet', '--force', '--detach', `refs/remotes/${ref.slice('refs/'.length)}`], workspace);
  }
  return { code: 0, output: `checked out ${ref} at ${(await git(['rev-parse', 'HEAD'], workspace)).trim()}` };
}

/** actions/setup-node: Node (24 here) and its npm first on PATH. */
function setupNode(inputs: Record<string, string>, temp: string, node24: string, addedPath: string[]) {
  if (inputs.cache) return { code: 1, output: `setup-node cache: ${inputs.cache} needs a lockfile in the repository` };
  const bin = path.join(temp, 'setup-node', 'bin');
  mkdirSync(bin, { recursive: true });
  symlinkSync(node24, path.join(bin, 'node'));
  const npm = realpathSync(path.join(path.dirname(realpathSync(process.execPath)), 'npm'));
  symlinkSync(npm, path.join(bin, 'npm'));
  addedPath.unshift(bin);
  return { code: 0, output: `node ${inputs['node-version']} at ${bin}` };
}

/** actions/upload-artifact: the path's files under the artifact's name; if-no-files-found decides an empty path. */
function uploadArtifact(inputs: Record<string, string>, workspace: string, artifacts: string) {
  const from = path.resolve(workspace, inputs.path);
  if (!existsSync(from)) {
    const mode = inputs['if-no-files-found'] ?? 'warn';
    return { code: mode === 'error' ? 1 : 0, output: `no files at ${inputs.path} (${mode})` };
  }
  cpSync(from, path.join(artifacts, inputs.name), { recursive: true });
  return { code: 0, output: `uploaded ${inputs.path} as ${inputs.name}` };
}
