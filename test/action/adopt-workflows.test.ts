// A team adopts the template: `mreg init --action acme/gitops-model-registry@v1` makes a registry
// repository of JSON files (no package.json, no lockfile, no dist/), and its workflows run
// where they are written. The action is taken as GitHub takes it (the repository's tracked files,
// no node_modules, in a folder standing for the runner's _actions folder) and every job of the
// written workflows runs step by step (test/helpers/workflow-runner.ts): a pull request's gate, the
// deploy of the merge with a real gate, a second version gated against the first, a promotion, a
// rollback, a canary moved, checked on the schedule against a real Prometheus and aborted, each
// writer followed by the pointer ConfigMap through a stand-in Kubernetes API.
//
// The action installs node-llama-cpp and the Kubernetes client itself, into the runner's tool
// cache, with npm; npm runs here with prefer-offline, so the packages come from npm's cache when
// this machine has them (as after the repository's own `npm ci`) and from the registry otherwise.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, mreg } from '../helpers/cli.js';
import { startGitHubStandIn, type GitHubStandIn } from '../helpers/github-api.js';
import { node24 } from '../helpers/node24.js';
import { startPrometheus } from '../helpers/prometheus.js';
import { git } from '../helpers/repo.js';
import { runWorkflow, type JobRecord, type RunnerSetup, type WorkflowEvent } from '../helpers/workflow-runner.js';
import { StandInApiServer } from '../serve/k8s-api-server.js';

const ACTION = 'acme/gitops-model-registry@v1';
const REPOSITORY = 'acme/models';
const MODEL = 'tiny-chat';
const QUANT = 'q8_0';

/** The files GitHub puts in the action's folder: the repository's tracked files at the ref. */
function actionFiles(dest: string): void {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  for (const f of listed.split('\0').filter(Boolean)) {
    const from = path.join(ROOT, f);
    if (!existsSync(from)) continue; // deleted in the work tree, not yet committed
    mkdirSync(path.dirname(path.join(dest, f)), { recursive: true });
    copyFileSync(from, path.join(dest, f));
  }
}

const failures = (jobs: Record<string, JobRecord>) =>
  Object.entries(jobs)
    .flatMap(([name, j]) =>
      j.runs.flatMap((r) =>
        r.steps.filter((s) => s.outcome === 'failure').map((s) => `${name} / ${s.name}:\n${s.output}`),
      ),
    )
    .join('\n\n');

const step = (job: JobRecord, name: RegExp, run = 0) => {
  const s = job.runs[run]?.steps.find((x) => name.test(x.name));
  if (!s) throw new Error(`no step ${name} in ${job.runs[run]?.steps.map((x) => x.name).join(', ')}`);
  return s;
};

describe('a registry made by mreg init --action runs its workflows with the action alone', () => {
  let root: string;
  let laptop: string;
  let setup: RunnerSetup;
  let github: GitHubStandIn;
  let k8s: StandInApiServer;
  let pr = 0;
  let first: WorkflowEvent;

  const remoteSha = (ref: string) => git(['rev-parse', ref], setup.remote).trim();
  const registryOnMain = () => JSON.parse(git(['show', 'main:registry/registry.json'], setup.remote));
  const configMap = (env: string) =>
    JSON.parse(k8s.get('models', `mreg-pointer-${env}`)?.data?.['pointer.json'] ?? 'null');

  /** A branch that publishes one version (a real GGUF model of the registry's neutral text), and its pull request's merge commit. */
  async function openPullRequest(version: string, smoothing: string): Promise<WorkflowEvent> {
    const number = ++pr;
    const branch = `add-${version}`;
    git(['checkout', '--quiet', '-B', branch, 'origin/main'], laptop);
    const file = path.join(root, `${MODEL}-v${version}.gguf`);
    const gen = await mreg([
      'tiny-model',
      '--out',
      file,
      '--corpus',
      path.join(laptop, 'eval/neutral-text.txt'),
      '--quantization',
      QUANT,
      '--smoothing',
      smoothing,
    ]);
    expect(gen.code, gen.stderr).toBe(0);
    const pub = await mreg([
      '--repo',
      laptop,
      'publish',
      file,
      '--model',
      MODEL,
      '--version',
      version,
      '--quantization',
      QUANT,
      '--no-push',
    ]);
    expect(pub.code, pub.stderr).toBe(0);
    git(['push', '--quiet', 'origin', branch], laptop);
    // GitHub's merge commit of the pull request, refs/pull/N/merge.
    const merge = path.join(root, `merge-${number}`);
    git(['clone', '--quiet', setup.remote, merge], root);
    git(['checkout', '--quiet', '--detach', 'origin/main'], merge);
    git(['merge', '--quiet', '--no-ff', '--no-edit', `origin/${branch}`], merge);
    git(['push', '--quiet', 'origin', `HEAD:refs/pull/${number}/merge`], merge);
    const sha = git(['rev-parse', 'HEAD'], merge).trim();
    rmSync(merge, { recursive: true, force: true });
    return {
      name: 'pull_request',
      ref: `refs/pull/${number}/merge`,
      sha,
      payload: {
        number,
        pull_request: { number, head: { ref: branch, repo: { full_name: REPOSITORY } }, base: { ref: 'main' } },
        repository: { full_name: REPOSITORY, default_branch: 'main' },
      },
    };
  }

  /** The pull request merged into main (a merge commit), as the push event that follows. */
  function merge(event: WorkflowEvent): WorkflowEvent {
    const before = remoteSha('main');
    const branch = (event.payload.pull_request as { head: { ref: string } }).head.ref;
    git(['fetch', '--quiet', 'origin'], laptop);
    git(['checkout', '--quiet', '-B', 'main', 'origin/main'], laptop);
    git(['merge', '--quiet', '--no-ff', '--no-edit', `origin/${branch}`], laptop);
    git(['push', '--quiet', 'origin', 'main'], laptop);
    const after = remoteSha('main');
    return {
      name: 'push',
      ref: 'refs/heads/main',
      sha: after,
      payload: { before, after, ref: 'refs/heads/main', repository: { full_name: REPOSITORY, default_branch: 'main' } },
    };
  }

  const dispatch = (inputs: Record<string, string>): WorkflowEvent => ({
    name: 'workflow_dispatch',
    ref: 'refs/heads/main',
    sha: remoteSha('main'),
    inputs,
    payload: { repository: { full_name: REPOSITORY, default_branch: 'main' } },
  });

  const workflow = (name: string) => path.join(laptop, '.github/workflows', name);

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'mreg-adopt-'));
    const files = path.join(root, 'action-at-v1');
    actionFiles(files);
    github = await startGitHubStandIn('acme', 'models');
    k8s = new StandInApiServer();
    await k8s.start();
    const remote = path.join(root, 'models.git');
    git(['init', '--quiet', '--bare', '--initial-branch=main', remote], root);
    laptop = path.join(root, 'laptop');
    const init = await mreg(['init', laptop, '--action', ACTION, '--store', path.join(root, 'store')]);
    expect(init.code, init.stderr).toBe(0);
    // As a team would for its runner, in a reviewed commit: the tiny models' latency on a shared
    // 2-core machine is noise, so performance may vary widely and the budget is generous; quality
    // (perplexity on the neutral text) keeps the written threshold and is decided exactly.
    const configFile = path.join(laptop, 'registry/config.json');
    const config = JSON.parse(readFileSync(configFile, 'utf8'));
    for (const m of ['latency_p50_ms', 'latency_p95_ms', 'tokens_per_s']) config.gate.metrics[m].max_regression = 1;
    config.gate.budget_s = 120;
    writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`);
    git(['commit', '--quiet', '-am', 'gate: performance thresholds for a shared runner'], laptop);
    git(['remote', 'add', 'origin', remote], laptop);
    git(['push', '--quiet', '-u', 'origin', 'main'], laptop);
    const kubeconfig = [
      'apiVersion: v1',
      'kind: Config',
      `clusters: [{name: c, cluster: {server: '${k8s.url}', insecure-skip-tls-verify: true}}]`,
      'users: [{name: u, user: {token: deployer}}]',
      'contexts: [{name: x, context: {cluster: c, user: u}}]',
      'current-context: x',
    ].join('\n');
    setup = {
      root,
      remote,
      repository: REPOSITORY,
      action: { ref: ACTION, files },
      toolCache: path.join(root, 'toolcache'),
      node24: await node24(),
      vars: { MREG_K8S_NAMESPACE: 'models' },
      secrets: { MREG_KUBECONFIG: kubeconfig },
      env: { GITHUB_API_URL: github.url, npm_config_prefer_offline: 'true', npm_config_update_notifier: 'false' },
      artifacts: path.join(root, 'artifacts'),
    };
  }, 120_000);

  afterAll(async () => {
    await github?.close();
    await k8s?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('is a repository of JSON files whose workflows name the action, and the action folder has no node_modules', () => {
    const tracked = git(['ls-tree', '-r', '--name-only', 'main'], setup.remote).split('\n').filter(Boolean);
    expect(tracked.filter((f) => /(^|\/)(package(-lock)?\.json|node_modules|dist)(\/|$)/.test(f))).toEqual([]);
    for (const f of ['deploy.yml', 'rollback.yml', 'registry-pr.yml', 'canary.yml']) {
      const text = readFileSync(workflow(f), 'utf8');
      expect(text).not.toMatch(/npm ci|dist\/cli\.js|uses: \.\//);
      expect(text).toContain(`uses: ${ACTION}`);
    }
    expect(existsSync(path.join(setup.action.files, 'node_modules'))).toBe(false);
    expect(existsSync(path.join(setup.action.files, 'dist', 'action.js'))).toBe(true);
  });

  it('a pull request that adds a model is validated, planned and gated (first deployment), with the comment on the pull request', async () => {
    first = await openPullRequest('1.0.0', '1');
    const jobs = await runWorkflow(workflow('registry-pr.yml'), first, setup);
    expect(failures(jobs)).toBe('');
    expect(jobs.validate.outputs.candidates).toBe(
      JSON.stringify([{ model: MODEL, version: '1.0.0', quantization: QUANT }]),
    );
    const gate = step(jobs.gate, /^Gate /);
    expect(gate.outputs['gate-result']).toBe('pass');
    expect(gate.output).toMatch(/node-llama-cpp: installed into the tool cache/);
    expect(
      existsSync(
        path.join(
          setup.toolCache,
          'mreg-runtime/node-llama-cpp/3.21.1',
          `${process.platform}-${process.arch}-cpu`,
          '.mreg-complete',
        ),
      ),
    ).toBe(true);
    expect(JSON.parse(gate.outputs.metrics).perplexity).toBeGreaterThan(1);
    expect(jobs.verdict.result).toBe('success');
    expect(github.comments.get(1)?.[0].body).toContain(`${MODEL} 1.0.0`);
    expect(readdirSync(setup.artifacts)).toContain(`gate-report-${MODEL}-1.0.0-${QUANT}`);
  }, 300_000);

  it('the merge deploys it to staging through the gate and writes the pointer ConfigMap', async () => {
    const jobs = await runWorkflow(workflow('deploy.yml'), merge(first), setup);
    expect(failures(jobs)).toBe('');
    expect(jobs.promote.result).toBe('skipped');
    const deploy = step(jobs.deploy, /^Deploy /);
    expect(deploy.outputs).toMatchObject({ version: '1.0.0', 'gate-result': 'pass', 'commit-sha': remoteSha('main') });
    expect(deploy.output).toMatch(/node-llama-cpp: from the tool cache/);
    expect(step(jobs.deploy, /pointer ConfigMap/).output).toMatch(
      /Kubernetes client-node|@kubernetes\/client-node: installed into the tool cache/,
    );
    expect(configMap('staging')).toMatchObject({ pointer: { version: '1.0.0' } });
    expect(registryOnMain().environments.staging.version).toBe('1.0.0');
  }, 300_000);

  it('a better version is gated against the live one and deployed, then promoted to production', async () => {
    const opened = await openPullRequest('1.1.0', '0.1');
    const gated = await runWorkflow(workflow('registry-pr.yml'), opened, setup);
    expect(failures(gated)).toBe('');
    expect(step(gated.gate, /^Gate /).summary).toMatch(/1\.0\.0/);

    const deployed = await runWorkflow(workflow('deploy.yml'), merge(opened), setup);
    expect(failures(deployed)).toBe('');
    const deploy = step(deployed.deploy, /^Deploy /);
    expect(deploy.outputs).toMatchObject({ version: '1.1.0', 'previous-version': '1.0.0', 'gate-result': 'pass' });
    expect(configMap('staging').pointer.version).toBe('1.1.0');

    const promoted = await runWorkflow(
      workflow('deploy.yml'),
      dispatch({ environment: 'production', reason: 'weekly release' }),
      setup,
    );
    expect(failures(promoted)).toBe('');
    expect(promoted.plan.result).toBe('skipped');
    expect(step(promoted.promote, /^Promote /).outputs.version).toBe('1.1.0');
    expect(configMap('production').pointer.version).toBe('1.1.0');
  }, 600_000);

  it('a rollback returns staging to the previous version, in git and in the cluster', async () => {
    const jobs = await runWorkflow(
      workflow('rollback.yml'),
      dispatch({ environment: 'staging', reason: 'answers got worse', 'to-version': '' }),
      setup,
    );
    expect(failures(jobs)).toBe('');
    const rb = step(jobs.rollback, /^Roll back /);
    expect(rb.outputs).toMatchObject({
      version: '1.0.0',
      'previous-version': '1.1.0',
      'commit-sha': remoteSha('main'),
    });
    expect(step(jobs.rollback, /Record the result/).output).toContain(
      '::notice title=rolled back::staging 1.1.0 -> 1.0.0',
    );
    expect(configMap('staging').pointer.version).toBe('1.0.0');
    expect(registryOnMain().environments.staging.version).toBe('1.0.0');
  }, 300_000);

  it('a canary on staging is moved, checked on the schedule and aborted through canary.yml, in git and in the cluster', async () => {
    const canaryPercent = () => k8s.get('models', 'mreg-pointer-staging')?.data?.canary_percent;
    // Started by a person with the CLI (the same deploy, gate skipped with a reason, smoke test run).
    git(['fetch', '--quiet', 'origin'], laptop);
    git(['checkout', '--quiet', '-B', 'main', 'origin/main'], laptop);
    const started = await mreg([
      '--repo',
      laptop,
      'deploy',
      MODEL,
      '1.1.0',
      '--env',
      'staging',
      '--canary',
      '20',
      '--skip-gate',
      '--reason',
      'try 1.1.0 on a fifth',
    ]);
    expect(started.code, started.stderr).toBe(0);

    const set = await runWorkflow(
      workflow('canary.yml'),
      dispatch({ action: 'set', environment: 'staging', percent: '50', reason: '' }),
      setup,
    );
    expect(failures(set)).toBe('');
    expect(set.find.result).toBe('skipped');
    expect(step(set.dispatch, /^Set the canary of staging to 50%/).outputs).toMatchObject({
      version: '1.0.0',
      'canary-percent': '50',
      'commit-sha': remoteSha('main'),
    });
    expect(step(set.dispatch, /^Abort /).outcome).toBe('skipped');
    expect(canaryPercent()).toBe('50');

    // The schedule: a real Prometheus that has seen no request yet, so the one look waits.
    const prom = await startPrometheus([], 1);
    try {
      const before = remoteSha('main');
      const scheduled = await runWorkflow(
        workflow('canary.yml'),
        {
          name: 'schedule',
          ref: 'refs/heads/main',
          sha: before,
          payload: { schedule: '*/5 * * * *', repository: { full_name: REPOSITORY, default_branch: 'main' } },
        },
        { ...setup, vars: { ...setup.vars, MREG_PROMETHEUS_URL: prom.url } },
      );
      expect(failures(scheduled)).toBe('');
      expect(scheduled.dispatch.result).toBe('skipped');
      expect(JSON.parse(scheduled.find.outputs.environments)).toEqual(['staging']);
      expect(scheduled.check.runs.map((r) => r.matrix)).toEqual([{ environment: 'staging' }]);
      const check = step(scheduled.check, /^Check the canary of staging/);
      expect(check.outputs).toMatchObject({ 'canary-decision': 'wait', 'canary-percent': '50' });
      expect(check.summary).toMatch(/not sure yet: 0 canary and 0 stable requests/);
      expect(step(scheduled.check, /pointer ConfigMap/).outcome).toBe('skipped');
      expect(remoteSha('main')).toBe(before);
    } finally {
      await prom.stop();
    }

    const aborted = await runWorkflow(
      workflow('canary.yml'),
      dispatch({ action: 'abort', environment: 'staging', percent: '', reason: 'answers got worse' }),
      setup,
    );
    expect(failures(aborted)).toBe('');
    expect(step(aborted.dispatch, /^Abort the canary of staging/).outputs).toMatchObject({
      version: '1.0.0',
      'canary-percent': '',
    });
    expect(registryOnMain().environments.staging.canary).toBeUndefined();
    expect(registryOnMain().history.at(-1)).toMatchObject({ action: 'canary-abort', reason: 'answers got worse' });
    expect(canaryPercent()).toBe('');

    // With no canary left, the next scheduled run finds nothing and checks nothing.
    const idle = await runWorkflow(
      workflow('canary.yml'),
      {
        name: 'schedule',
        ref: 'refs/heads/main',
        sha: remoteSha('main'),
        payload: { schedule: '*/5 * * * *', repository: { full_name: REPOSITORY, default_branch: 'main' } },
      },
      setup,
    );
    expect(failures(idle)).toBe('');
    expect(idle.find.outputs.environments).toBe('[]');
    expect(idle.check.result).toBe('skipped');
  }, 300_000);
});
