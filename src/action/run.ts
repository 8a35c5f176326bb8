import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MregError, errorMessage, type Problem } from '../core/errors.js';
import type { HistoryEntry, Metrics } from '../core/documents.js';
import { entryOf, movedStable } from '../core/rules.js';
import { CONFIG_FILE } from '../state/config.js';
import { openContext, type OpsContext } from '../state/context.js';
import { settingsFromEnv } from '../state/settings.js';
import { gitRunner } from '../git/repo.js';
import { createFileProgress } from '../store/progress.js';
import type { GateOutcome } from '../ops/pipeline.js';
import type { PointerOutcome } from '../ops/registry-ops.js';
import { validateRepository } from '../ops/validate.js';
import { readInputs, type ActionCommand, type ActionInputs } from './inputs.js';
import { ensureRuntimePackage, type RuntimePackage } from '../llama/runtime-package.js';
import { packageRoot } from '../ops/package-files.js';

// Each command loads the operations it needs when it runs (dynamic imports below): a validate on a
// pull request should not pay for git writes, the store clients or the gate's eval code at start.
const ops = {
  deploy: () => import('../ops/deploy.js'),
  info: () => import('../ops/info.js'),
  registry: () => import('../ops/registry-ops.js'),
  stages: () => import('../ops/stages.js'),
  gate: () => import('../ops/gate.js'),
};
import {
  commentBody,
  gateSection,
  historySection,
  judgedMetrics,
  metricCharts,
  planSection,
  pointerChangeSection,
  problemsSection,
  stagesSection,
  statusSection,
} from './markdown.js';

/**
 * The GitHub front end: inputs -> ops -> outputs, job summary, annotations and the pull-request
 * comment. Everything the registry does lives in src/ops; this file only maps and renders.
 */

/** What a command leaves behind for the summary, collected so a failure still shows what ran. */
export class Report {
  readonly sections: string[] = [];
  /** Whether the gate table is already in the summary (a gate failure's message repeats it). */
  gateShown = false;
  add(markdown: string): void {
    if (markdown) this.sections.push(markdown);
  }
  addGate(gate: GateOutcome): void {
    this.add(gateSection(gate));
    this.gateShown = true;
  }
}

/** The failure at the end of the summary; a gate failure's report is markdown, not a log. */
function failureSection(command: string, err: unknown, report: Report): string {
  const [first, ...rest] = errorMessage(err).split('\n');
  const body = rest.join('\n').trim();
  if (err instanceof MregError && err.code === 'GATE_FAILED') {
    return [`### ❌ ${command} failed`, '', first, ...(body && !report.gateShown ? ['', body] : [])].join('\n');
  }
  const block = [first, body].filter(Boolean).join('\n').replace(/```/g, "'''");
  return [`### ❌ ${command} failed`, '', '```', block, '```'].join('\n');
}

type Handler = (i: ActionInputs, report: Report) => Promise<void>;

const plan: Handler = async (i, report) => {
  const root = await registryRoot(i.registryPath);
  const [{ planFromGit, severalCandidatesMessage }, { loadConfig }, { formatArtifactId }] = await Promise.all([
    import('./plan.js'),
    import('../state/config.js'),
    import('../core/naming.js'),
  ]);
  const env = i.environment ?? (await loadConfig(root)).environments[0];
  const p = await planFromGit(root, i.base);
  for (const s of p.superseded)
    core.notice(
      `${formatArtifactId(s.ref)} is left out: ${formatArtifactId(s.by)} is a newer version of the same model and quantization family`,
    );
  core.setOutput('environment', env);
  core.setOutput(
    'candidates',
    JSON.stringify(p.candidates.map((c) => ({ model: c.model, version: c.version, quantization: c.quantization }))),
  );
  report.add(
    planSection(
      env,
      p.candidates.map(formatArtifactId),
      p.superseded.map((s) => formatArtifactId(s.ref)),
    ),
  );
  core.info(
    `compared with ${p.base}: ${p.candidates.length ? p.candidates.map(formatArtifactId).join(', ') : 'no artifact added'}`,
  );
  if (p.candidates.length > 1) {
    if (!i.allowSeveral) throw new MregError('PRECONDITION', severalCandidatesMessage(p, env));
    core.warning(
      `Merging this adds several artifacts; the deploy on main will refuse it. ${severalCandidatesMessage(p, env)}`,
    );
  }
};

export function setOutputs(o: {
  version?: string | null;
  previousVersion?: string | null;
  commit?: string;
  historyId?: number;
  gateResult?: string | null;
  metrics?: Metrics | null;
}): void {
  if (o.version !== undefined) core.setOutput('version', o.version ?? '');
  if (o.previousVersion !== undefined) core.setOutput('previous-version', o.previousVersion ?? '');
  if (o.commit !== undefined) core.setOutput('commit-sha', o.commit);
  if (o.historyId !== undefined) core.setOutput('history-id', String(o.historyId));
  // No gate ran for this command or entry (a rollback, an environment never deployed): `not-run`.
  if (o.gateResult !== undefined) core.setOutput('gate-result', o.gateResult ?? 'not-run');
  if (o.metrics !== undefined) core.setOutput('metrics', JSON.stringify(judgedMetrics(o.metrics)));
}

/** The gate report as files, for actions/upload-artifact: the table people read, the JSON tools read. */
async function writeGateReport(i: ActionInputs, gate: GateOutcome): Promise<void> {
  if (!i.reportPath) return;
  await mkdir(i.reportPath, { recursive: true });
  await writeFile(path.join(i.reportPath, 'gate.md'), `${gate.markdown.trim()}\n`);
  await writeFile(
    path.join(i.reportPath, 'gate.json'),
    `${JSON.stringify({ verdict: gate.verdict, metrics: gate.metrics, report: gate.json }, null, 2)}\n`,
  );
  core.info(`gate report written to ${i.reportPath}`);
}

/** Problems in an error (e.g. an invalid config.json met by deploy) annotate their files too. */
let annotationRoot: { root: string; workspace: string } | null = null;

function logger() {
  // Downloads show in the job log as a line every few seconds (stderr is not a terminal there).
  return {
    info: (m: string) => core.info(m),
    warn: (m: string) => core.warning(m),
    progress: createFileProgress('download').update,
  };
}

export async function context(i: ActionInputs): Promise<OpsContext> {
  // Registry commits made on a runner without a git identity read as the GitHub Actions bot; the
  // person who started the run is recorded as the actor in the history entry and the trailers.
  if (process.env.GITHUB_ACTIONS === 'true' && !process.env.GIT_AUTHOR_EMAIL && !process.env.GIT_COMMITTER_EMAIL) {
    const email = await gitRunner(i.registryPath)
      .raw(['config', '--get', 'user.email'])
      .catch(() => '');
    if (!email.trim()) {
      process.env.GIT_AUTHOR_NAME = process.env.GIT_COMMITTER_NAME = 'github-actions[bot]';
      process.env.GIT_AUTHOR_EMAIL = process.env.GIT_COMMITTER_EMAIL =
        '41898282+github-actions[bot]@users.noreply.github.com';
    }
  }
  const ctx = await openContext({
    repo: i.registryPath,
    push: i.push,
    store: i.store,
    settings: settingsFromEnv(process.env),
    logger: logger(),
  });
  // Problems in later errors name files relative to the repository root, which may lie above registry-path.
  annotationRoot = { root: ctx.root, workspace: i.workspace };
  return ctx;
}

function commitUrl(sha: string): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo } = process.env;
  return server && repo ? `${server}/${repo}/commit/${sha}` : undefined;
}

/** The canary's percent after a pointer change: empty once the environment runs none (promoted, aborted). */
export function setCanaryPercentOutput(out: PointerOutcome): void {
  core.setOutput('canary-percent', out.result.to.canary ? String(out.result.to.canary.percent) : '');
}

/** A moved pointer: outputs, the change table and the environment's metric charts. */
export async function reportPointer(
  ctx: OpsContext,
  out: PointerOutcome,
  report: Report,
  gate: GateOutcome | null,
): Promise<HistoryEntry[]> {
  const c = out.result;
  setOutputs({
    version: c.to.version,
    previousVersion: c.from?.version ?? null,
    commit: out.commit,
    historyId: c.entry.id,
    gateResult: c.entry.gate ?? gate?.verdict ?? null,
    metrics: gate?.metrics ?? c.entry.metrics,
  });
  report.add(
    pointerChangeSection({
      env: c.env,
      action: c.action,
      from: c.from,
      to: c.to,
      historyId: c.entry.id,
      commit: out.commit,
      pushed: out.pushed,
      pushNote: out.pushNote,
      commitUrl: out.pushed ? commitUrl(out.commit) : undefined,
      rolledBackId: c.abandoned?.id,
    }),
  );
  const [{ history }, { subjectFor }] = await Promise.all([ops.info(), ops.registry()]);
  core.info(
    `${subjectFor(c.action, c.env, c.from, c.to)}, history id ${c.entry.id}, commit ${out.commit}${out.pushed ? ' pushed' : ` not pushed (${out.pushNote})`}`,
  );
  return history(ctx, { env: c.env });
}

/** Where annotation paths start: GitHub resolves them against the workspace, not the registry. */
function annotationFile(root: string, workspace: string, file: string): string {
  const rel = path.relative(workspace, path.join(root, file));
  return rel.startsWith('..') ? file : rel.split(path.sep).join('/');
}

function annotate(problems: Problem[], root: string, workspace: string): void {
  for (const p of problems) {
    core.error(p.pointer ? `${p.pointer}: ${p.message}` : p.message, {
      file: annotationFile(root, workspace, p.file),
      startLine: p.line,
      startColumn: p.column,
    });
  }
}

export function reportFailure(err: unknown): string {
  if (err instanceof MregError && err.problems.length && annotationRoot)
    annotate(err.problems, annotationRoot.root, annotationRoot.workspace);
  return err instanceof MregError ? `${err.code}: ${err.message}` : errorMessage(err);
}

/** The repository root without spawning git when registry-path is the root (the usual case). */
async function registryRoot(dir: string): Promise<string> {
  if (existsSync(path.join(dir, CONFIG_FILE))) return dir;
  const { openRepo } = await import('../git/repo.js');
  return openRepo(dir).then(
    (r) => r.root,
    () => dir,
  );
}

const validate: Handler = async (i, report) => {
  const root = await registryRoot(i.registryPath);
  const result = await validateRepository(root);
  report.add(problemsSection(result.problems, result.counts));
  annotate(result.problems, root, i.workspace);
  if (!result.ok) {
    // Already annotated one by one: the failure itself carries only the count.
    throw new MregError(
      'SCHEMA',
      `${result.problems.length} validation problem${result.problems.length === 1 ? '' : 's'} in ${root}`,
    );
  }
  core.info(
    `OK: ${result.counts.artifacts} artifacts, ${result.counts.history} history entries, ${result.counts.environments} environments`,
  );
};

/** The metrics the gate judges (registry/config.json gate.metrics): what the charts show. */
function judged(ctx: OpsContext): string[] {
  return Object.keys(ctx.config.gate.metrics ?? {});
}

function gateWillRun(ctx: OpsContext, skip: boolean): boolean {
  return !skip && ctx.config.gate.enabled && ctx.config.gate.backend === 'llama';
}

/** A deploy loads the model in llama.cpp for its gate or its smoke test (which runs with skip-gate too). */
function deployNeedsLlama(ctx: OpsContext, skipGate: boolean): boolean {
  return gateWillRun(ctx, skipGate) || ctx.config.smoke.enabled;
}

/**
 * A package the bundle leaves out, found in the workspace (`uses: ./` after `npm ci`) or installed
 * once into the runner's tool cache at the version this action's lockfile pins: the registry
 * repository is a repository of JSON files and brings none.
 */
async function runtime(pkg: RuntimePackage, i: ActionInputs, roots: string[]): Promise<void> {
  const source = await ensureRuntimePackage(pkg, {
    packageDir: packageRoot(),
    searchRoots: roots,
    cacheDir: i.toolCache,
    log: (m) => core.info(m),
  });
  if (source !== 'found')
    core.info(
      `${pkg}: ${source === 'linked' ? 'from the workspace' : source === 'cached' ? 'from the tool cache' : 'installed into the tool cache'}`,
    );
}

const deploy: Handler = async (i, report) => {
  const ctx = await context(i);
  const env = i.environment ?? ctx.config.environments[0];
  if (deployNeedsLlama(ctx, i.skipGate)) await runtime('node-llama-cpp', i, [ctx.root, i.workspace]);
  const [{ PipelineError, deployVersion }, { defaultHooks }] = await Promise.all([ops.deploy(), ops.stages()]);
  try {
    const r = await deployVersion(
      ctx,
      {
        env,
        model: i.model!,
        version: i.version!,
        quantization: i.quantization,
        reason: i.reason ?? null,
        expectCurrent: i.expectCurrent,
        skipGate: i.skipGate,
        canary: i.canary,
      },
      await defaultHooks(),
    );
    const entries = await reportPointer(ctx, r.outcome, report, r.gate);
    if (i.canary !== undefined) setCanaryPercentOutput(r.outcome);
    report.add(stagesSection(r.stages));
    if (r.gate) {
      report.addGate(r.gate);
      await writeGateReport(i, r.gate);
    }
    report.add(metricCharts(env, entries, judged(ctx)));
  } catch (err) {
    if (err instanceof PipelineError) {
      report.add(stagesSection(err.stages));
      if (err.gate) {
        report.addGate(err.gate);
        setOutputs({ gateResult: err.gate.verdict, metrics: err.gate.metrics });
        await writeGateReport(i, err.gate);
      }
    }
    throw err;
  }
};

const promote: Handler = async (i, report) => {
  const ctx = await context(i);
  const to = i.environment!;
  const [{ PipelineError, promoteVersion }, { defaultHooks }] = await Promise.all([ops.deploy(), ops.stages()]);
  try {
    const r = await promoteVersion(
      ctx,
      {
        from: i.fromEnvironment,
        to,
        reason: i.reason ?? null,
        expectCurrent: i.expectCurrent,
        skipGate: i.skipGate,
        canary: i.canary,
      },
      await defaultHooks(),
    );
    const entries = await reportPointer(ctx, r.outcome, report, null);
    if (i.canary !== undefined) setCanaryPercentOutput(r.outcome);
    report.add(stagesSection(r.stages));
    report.add(metricCharts(to, entries, judged(ctx)));
  } catch (err) {
    if (err instanceof PipelineError) report.add(stagesSection(err.stages));
    throw err;
  }
};

const rollback: Handler = async (i, report) => {
  const ctx = await context(i);
  const env = i.environment!;
  const [{ rollbackVersion }, { defaultHooks }] = await Promise.all([ops.deploy(), ops.stages()]);
  const r = await rollbackVersion(
    ctx,
    { env, to: i.toVersion, expectCurrent: i.expectCurrent, reason: i.reason ?? null },
    await defaultHooks(),
  );
  if (r.noop) core.notice(`Nothing to do: ${r.noop}`);
  const entries = await reportPointer(ctx, r.outcome, report, null);
  report.add(stagesSection(r.stages));
  report.add(metricCharts(env, entries, judged(ctx)));
};

const historyCommand: Handler = async (i, report) => {
  const ctx = await context(i);
  const { history } = await ops.info();
  const entries = await history(ctx, { env: i.environment });
  report.add(historySection(i.environment, entries.slice(-50)));
  const envs = i.environment ? [i.environment] : ctx.config.environments;
  for (const env of envs) report.add(metricCharts(env, entries, judged(ctx)));
  if (i.environment) {
    // The stable version: canary steps and aborts did not move it.
    const live = [...entries].reverse().find((e) => !e.rolled_back && movedStable(e)) ?? null;
    setOutputs({
      version: live?.version ?? null,
      previousVersion: live?.previous_version ?? null,
      historyId: live?.id,
      gateResult: live?.gate ?? null,
      metrics: live?.metrics ?? null,
    });
  }
  core.info(
    `${entries.length} history entr${entries.length === 1 ? 'y' : 'ies'}${i.environment ? ` for ${i.environment}` : ''}`,
  );
};

const statusCommand: Handler = async (i, report) => {
  const ctx = await context(i);
  const { status } = await ops.info();
  const s = await status(ctx);
  report.add(statusSection(s.environments, s.head));
  // For a scheduled canary check: the environments it has something to look at in.
  core.setOutput(
    'canary-environments',
    JSON.stringify(s.environments.filter((e) => e.pointer?.canary).map((e) => e.env)),
  );
  core.info(`mreg ${s.mreg} on Node ${s.node}, git ${s.git}, node-llama-cpp ${s.nodeLlamaCpp ?? 'not installed'}`);
  for (const e of s.environments)
    core.info(
      `${e.env}: ${e.pointer ? `${e.pointer.model} ${e.pointer.version} (${e.pointer.quantization})` : 'none'}`,
    );
  if (i.environment) {
    const e = s.environments.find((x) => x.env === i.environment);
    if (!e)
      throw new MregError(
        'NOT_FOUND',
        `unknown environment ${i.environment} (known: ${s.environments.map((x) => x.env).join(', ')})`,
      );
    const { registry } = await import('../state/read.js').then((m) => m.readRegistry(ctx.root));
    const entry = entryOf(registry, e.pointer);
    setOutputs({
      version: e.pointer?.version ?? null,
      previousVersion: entry?.previous_version ?? null,
      historyId: e.pointer?.history_id,
      gateResult: entry?.gate ?? null,
      metrics: entry?.metrics ?? null,
    });
    core.setOutput('canary-percent', e.pointer?.canary ? String(e.pointer.canary.percent) : '');
  }
};

const gate: Handler = async (i, report) => {
  const ctx = await context(i);
  const env = i.environment ?? ctx.config.environments[0];
  let sections: string[] = [];
  try {
    if (gateWillRun(ctx, false)) await runtime('node-llama-cpp', i, [ctx.root, i.workspace]);
    const [{ gateVersion }, { history }, { resolveQuantization }] = await Promise.all([
      ops.gate(),
      ops.info(),
      ops.registry(),
    ]);
    const candidate = await resolveQuantization(ctx, i.model!, i.version!, i.quantization);
    const g = await gateVersion(ctx, { env, candidate });
    setOutputs({ gateResult: g.verdict, metrics: g.metrics });
    await writeGateReport(i, g);
    sections = [gateSection(g), metricCharts(env, await history(ctx, { env }), judged(ctx))];
    report.addGate(g);
    report.add(sections[1]);
    // The same rule as deploy: an inconclusive verdict fails the check unless gate.inconclusive allows it.
    if (!g.allowed) throw new MregError('GATE_FAILED', `gate ${g.verdict} for ${i.model} ${i.version} against ${env}`);
  } catch (err) {
    if (!sections.length) sections = [`### Gate: ❌ could not run\n\n\`\`\`\n${errorMessage(err)}\n\`\`\``];
    throw err;
  } finally {
    await comment(i, `${i.model}-v${i.version}${i.quantization ? `-${i.quantization}` : ''}`, [
      `**${i.model} ${i.version}${i.quantization ? ` (${i.quantization})` : ''}** against **${env}**`,
      ...sections,
    ]);
  }
};

/**
 * The environment's pointer ConfigMap written through the Kubernetes API (`mreg k8s apply`), from
 * the registry at HEAD, which the deploy, promote or rollback step before it has just moved. A
 * kubeconfig given as an input lives in a private file for this step only; without one, and
 * outside a cluster, there is nothing to write to and the step says so.
 */
const k8sApply: Handler = async (i, report) => {
  const root = await registryRoot(i.registryPath);
  const env = i.environment!;
  const dir = i.kubeconfig ? await mkdtemp(path.join(i.tempDir ?? tmpdir(), 'mreg-kube-')) : null;
  try {
    const environment: NodeJS.ProcessEnv = { ...process.env };
    if (dir) {
      environment.KUBECONFIG = path.join(dir, 'config');
      await writeFile(environment.KUBECONFIG, i.kubeconfig!, { mode: 0o600 });
    }
    const [{ applyConfigMap }, { kubeConfigSource }] = await Promise.all([
      import('../serve/k8s.js'),
      import('../serve/sources/kubernetes-source.js'),
    ]);
    try {
      kubeConfigSource(environment, 'k8s-apply');
    } catch (err) {
      if (!(err instanceof MregError && err.code === 'USAGE')) throw err;
      core.notice(
        `k8s-apply: no cluster configured (no kubeconfig input, KUBECONFIG, MREG_K8S_API or service account): nothing written`,
      );
      report.add(`### Kubernetes\n\nNo cluster configured: the ${env} pointer ConfigMap was not written.`);
      return;
    }
    await runtime('@kubernetes/client-node', i, [root, i.workspace]);
    const r = await applyConfigMap({ repo: root, env, namespace: i.k8sNamespace, environment });
    const what = `ConfigMap ${r.namespace}/${r.name}`;
    const text =
      r.outcome === 'kept-newer'
        ? `${what} already holds a newer registry state (history id ${r.cluster_history_id} > ${r.history_id}); left as it is`
        : `${what} ${r.outcome} (history id ${r.history_id})`;
    core.info(text);
    setOutputs({ historyId: r.history_id });
    report.add(`### Kubernetes\n\n${text}.`);
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true });
  }
};

/** The gate's pull-request comment: only on pull-request events, and only with a token. */
async function comment(i: ActionInputs, key: string, sections: string[]): Promise<void> {
  if (!i.githubToken) return;
  const { currentPullRequest, upsertComment } = await import('./comment.js');
  const pr = await currentPullRequest();
  if (!pr) {
    core.info('not a pull-request event: no comment');
    return;
  }
  const runUrl =
    process.env.GITHUB_RUN_ID && process.env.GITHUB_SERVER_URL && process.env.GITHUB_REPOSITORY
      ? `${process.env.GITHUB_SERVER_URL}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}`
      : undefined;
  const footer = `Updated ${new Date().toISOString()}${process.env.GITHUB_SHA ? ` for ${process.env.GITHUB_SHA.slice(0, 12)}` : ''}${runUrl ? ` · [workflow run](${runUrl})` : ''}`;
  try {
    const c = await upsertComment(i.githubToken, pr, key, commentBody(key, sections, footer));
    core.info(`pull-request comment ${c.action}: ${c.url}`);
  } catch (err) {
    // The gate's verdict is the step's result; a comment that could not be written (a fork's
    // read-only token, an API hiccup) is reported but does not change it.
    core.warning(`could not write the pull-request comment: ${errorMessage(err)}`);
  }
}

const handlers: Record<ActionCommand, Handler> = {
  validate,
  plan,
  gate,
  deploy,
  promote,
  rollback,
  history: historyCommand,
  status: statusCommand,
  'k8s-apply': k8sApply,
  // Loaded when used, as the operations are: a deploy does not pay for the analysis code.
  'canary-check': async (i, r) => (await import('./canary.js')).canaryCheck(i, r),
  'canary-promote': async (i, r) => (await import('./canary.js')).canaryPointer(i, r, 'promote'),
  'canary-abort': async (i, r) => (await import('./canary.js')).canaryPointer(i, r, 'abort'),
  'canary-set': async (i, r) => (await import('./canary.js')).canaryPointer(i, r, 'set'),
};

/** One command from the inputs; throws on failure (main.ts turns that into the step's failure). */
export async function runCommand(): Promise<void> {
  const inputs = readInputs();
  annotationRoot = { root: inputs.registryPath, workspace: inputs.workspace };
  const report = new Report();
  try {
    await handlers[inputs.command](inputs, report);
  } catch (err) {
    report.add(failureSection(inputs.command, err, report));
    throw err;
  } finally {
    // The summary is written even on failure: the stages and the gate table say why.
    if (process.env.GITHUB_STEP_SUMMARY && report.sections.length) {
      await core.summary.addRaw(`## mreg ${inputs.command}\n\n${report.sections.join('\n\n')}\n`).write();
    }
  }
}
