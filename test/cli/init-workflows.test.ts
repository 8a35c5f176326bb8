// `mreg init` writes the registry's workflows from its environments, and `mreg validate` reports
// workflows whose environment choices disagree with registry/config.json: the bundled CLI on real
// git repositories; the written workflows go through the same checks as the template's own.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryWorkflowFiles } from '../../src/ops/workflow-files.js';
import { actionlint } from '../helpers/actionlint.js';
import { mreg, ROOT, tempDir } from '../helpers/cli.js';
import { git } from '../helpers/repo.js';
import { checkWorkflow } from '../helpers/workflow-checks.js';

const ACTION = 'acme/gitops-model-registry@0123456789abcdef0123456789abcdef01234567';

describe('the template workflows are what init writes for staging and production', () => {
  it.each(Object.entries(registryWorkflowFiles(['staging', 'production'])))('%s', (file, text) => {
    // (with .github/actionlint.yaml, copied as it is)
    expect(text).toBe(readFileSync(path.join(ROOT, file), 'utf8'));
  });
});

describe('mreg init --env dev --env qa --env prod', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  const wf = (name: string) => parse(readFileSync(path.join(dir, '.github/workflows', name), 'utf8')) as any;

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('mreg-init-wf-'));
    const r = await mreg(['init', dir, '--env', 'dev', '--env', 'qa', '--env', 'prod', '--action', ACTION]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('.github/workflows/rollback.yml');
    expect(r.stdout).toContain('.github/workflows/canary.yml');
    expect(r.stdout).toContain('.github/actionlint.yaml');
  });
  afterAll(() => cleanup?.());

  it('offers every environment to roll back and to run a canary in, and every later one to promote to', () => {
    expect(wf('rollback.yml').on.workflow_dispatch.inputs.environment.options).toEqual(['dev', 'qa', 'prod']);
    expect(wf('canary.yml').on.workflow_dispatch.inputs.environment.options).toEqual(['dev', 'qa', 'prod']);
    const promote = wf('deploy.yml').on.workflow_dispatch.inputs.environment;
    expect(promote).toMatchObject({ options: ['qa', 'prod'], default: 'qa' });
  });

  it('points every step at the given action and keeps the rules and actionlint happy', async () => {
    for (const name of ['registry-pr.yml', 'deploy.yml', 'rollback.yml', 'canary.yml']) {
      const text = readFileSync(path.join(dir, '.github/workflows', name), 'utf8');
      expect(text).not.toMatch(/uses: \.\/\s/);
      expect(text).toContain(`uses: ${ACTION}`);
      expect(checkWorkflow(text), name).toEqual([]);
      const problems = await actionlint(text, `.github/workflows/${name}`);
      expect(problems, name).toEqual([]);
    }
  });

  it('validates, and a choice list from another registry is reported with its file, pointer and line', async () => {
    expect((await mreg(['--repo', dir, 'validate'])).code).toBe(0);
    const file = path.join(dir, '.github/workflows/rollback.yml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      text.replace(/options:\n(\s+)- dev\n\s+- qa\n\s+- prod\n/, 'options:\n$1- staging\n$1- prod\n'),
    );
    git(['commit', '--quiet', '-am', 'rollback choices from the template'], dir);
    const r = await mreg(['--repo', dir, 'validate']);
    expect(r.code).toBe(1);
    const line = text.split('\n').findIndex((l) => /- dev$/.test(l)) + 1;
    expect(r.stdout + r.stderr).toContain(`.github/workflows/rollback.yml:${line}`);
    expect(r.stdout + r.stderr).toMatch(
      /rollback offers environment staging, which is not in registry\/config\.json environments \(dev, qa, prod\)/,
    );
    expect(r.stdout + r.stderr).toMatch(/rollback does not offer dev, qa from registry\/config\.json environments/);
    git(['reset', '--quiet', '--hard', 'HEAD^'], dir);
  });

  it('reports a canary choice that leaves an environment out', async () => {
    const file = path.join(dir, '.github/workflows/canary.yml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/options:\n(\s+)- dev\n\s+- qa\n\s+- prod\n/, 'options:\n$1- dev\n$1- qa\n'));
    git(['commit', '--quiet', '-am', 'canary choices without prod'], dir);
    const r = await mreg(['--repo', dir, 'validate']);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(
      /\.github\/workflows\/canary\.yml:\d+.*canary does not offer prod from registry\/config\.json environments \(a canary can run in every environment\)/,
    );
    git(['reset', '--quiet', '--hard', 'HEAD^'], dir);
  });

  it('writes no workflows in a repository without the action unless told which to use', async () => {
    const other = await tempDir('mreg-init-noaction-');
    try {
      const r = await mreg(['init', other.dir, '--env', 'dev', '--env', 'prod']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/no \.github\/workflows written: .* pass --action OWNER\/gitops-model-registry@REF/);
      const bad = await mreg(['init', path.join(other.dir, 'x'), '--action', 'not a ref']);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/--action must be \.\/ or OWNER\/REPO@REF/);
    } finally {
      await other.cleanup();
    }
  });
});
