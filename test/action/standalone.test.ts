// The action as another repository gets it with `uses: OWNER/REPO@v1`: the committed files only
// (action.yml, dist/ and the package files), checked out away from any node_modules. The bundle must
// run on its own; node-llama-cpp (not bundled) comes from the workspace's node_modules, or from the
// runner's tool cache (test/action/adopt-workflows.test.ts), or the gate fails clearly.
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { ROOT } from '../helpers/cli.js';
import { node24 } from '../helpers/node24.js';
import { git, makeRepo, registerFake, type TestRepo } from '../helpers/repo.js';

describe('the action checked out on its own (uses: OWNER/REPO@v1)', () => {
  let actionDir: string;
  let repo: TestRepo;

  beforeAll(async () => {
    await node24();
    actionDir = mkdtempSync(path.join(tmpdir(), 'mreg-actions-checkout-'));
    cpSync(path.join(ROOT, 'dist'), path.join(actionDir, 'dist'), { recursive: true });
    // The files beside the bundle that pin the versions of what it leaves out.
    for (const f of ['action.yml', 'package.json', 'package-lock.json'])
      cpSync(path.join(ROOT, f), path.join(actionDir, f));
    repo = await makeRepo({ smoke: false });
    await registerFake(repo, 'llama3', '1.0.0');
  });
  afterAll(async () => {
    rmSync(actionDir, { recursive: true, force: true });
    await repo?.cleanup();
  });

  const run = (inputs: Record<string, string>) =>
    runAction(
      { 'registry-path': '.', ...inputs },
      { action: path.join(actionDir, 'dist', 'action.js'), env: { GITHUB_WORKSPACE: repo.work }, cwd: repo.work },
    );

  it('has nothing but its own files to rely on', () => {
    for (let d = actionDir; d !== path.dirname(d); d = path.dirname(d))
      expect(existsSync(path.join(d, 'node_modules')), d).toBe(false);
  });

  it('validates and deploys with the bundle alone', async () => {
    const v = await run({ command: 'validate' });
    expect(v.code, v.stdout + v.stderr).toBe(0);
    const d = await run({
      command: 'deploy',
      model: 'llama3',
      version: '1.0.0',
      'skip-gate': 'true',
      reason: 'bootstrap',
    });
    expect(d.code, d.stdout + d.stderr).toBe(0);
    expect(d.outputs['commit-sha']).toBe(git(['rev-parse', 'main'], repo.remote).trim());
  });

  it('fails the gate clearly when the workspace has no node-llama-cpp', async () => {
    const r = await run({ command: 'gate', model: 'llama3', version: '1.0.0' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::.*node-llama-cpp.*RUNNER_TOOL_CACHE/);
  });

  it("uses the workspace's node-llama-cpp when the workflow installed it", async () => {
    mkdirSync(path.join(repo.work, 'node_modules'), { recursive: true });
    symlinkSync(
      path.join(ROOT, 'node_modules', 'node-llama-cpp'),
      path.join(repo.work, 'node_modules', 'node-llama-cpp'),
      'dir',
    );
    const r = await run({ command: 'gate', model: 'llama3', version: '1.0.0' });
    expect(r.stdout).not.toMatch(/could not find|which the action does not bundle/);
    expect(lstatSync(path.join(actionDir, 'node_modules', 'node-llama-cpp')).isSymbolicLink()).toBe(true);
  });
});
