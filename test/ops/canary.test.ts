/**
 * The canary's use cases in process, on a real repository with a bare remote: the gate of a canary
 * deploy, the analysis record in the history and the commit, the ConfigMap's canary, validation.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abortCanary, readCanary, setCanaryPercent, type CanaryAnalysisRecord } from '../../src/ops/canary.js';
import { deployVersion } from '../../src/ops/deploy.js';
import { act } from '../../src/canary/act.js';
import type { CanaryAction } from '../../src/canary/decision.js';
import { validateRepository } from '../../src/ops/validate.js';
import { renderConfigMap } from '../../src/serve/k8s.js';
import { parsePointerText } from '../../src/serve/pointer-source.js';
import {
  buildFixture,
  copyFixture,
  deriveFixture,
  fakeHooks,
  gateOutcome,
  git,
  lastEntry,
  register,
  rejection,
  tempRoot,
  useGitIdentity,
  type Fixture,
} from './helpers.js';

let restoreIdentity: () => void;
let root: Awaited<ReturnType<typeof tempRoot>>;
/** llama3 1.0.0 and 1.1.0 registered; production runs 1.0.0 (gate pass). */
let stable: Fixture;

beforeAll(async () => {
  restoreIdentity = useGitIdentity();
  root = await tempRoot();
  const base = await buildFixture(root.dir, { remote: true }, async (ctx) => {
    for (const v of ['1.0.0', '1.1.0']) await register(ctx, 'llama3', v);
  });
  stable = await deriveFixture(root.dir, base, async (ctx) => {
    await deployVersion(ctx, { env: 'production', model: 'llama3', version: '1.0.0' }, fakeHooks().hooks);
  });
});
afterAll(async () => {
  restoreIdentity?.();
  await root?.cleanup();
});

const analysis = (verdict: 'pass' | 'fail'): CanaryAnalysisRecord => ({
  checks: [
    {
      name: 'error_rate',
      query: 'sum(rate(mreg_requests_total{outcome="error",role="$role"}[1m]))',
      canary: verdict === 'fail' ? 0.2 : 0.001,
      stable: 0.001,
      interval: [verdict === 'fail' ? 0.15 : -0.01, verdict === 'fail' ? 0.25 : 0.01],
      threshold: 0.01,
      verdict,
    },
  ],
  requests: { canary: 120, stable: 480 },
  window_s: 60,
});

describe('canary use cases', () => {
  it('deploy --canary gates against the stable version, then records the canary instead of moving the pointer', async () => {
    const r = await copyFixture(root.dir, stable);
    const { hooks, calls } = fakeHooks({ gate: gateOutcome('pass') });
    const out = await deployVersion(r.ctx, { env: 'production', model: 'llama3', version: '1.1.0', canary: 10 }, hooks);
    expect(calls.gate[0].baseline?.version).toBe('1.0.0');
    const reg = await r.registry();
    expect(reg.environments.production).toMatchObject({ version: '1.0.0', canary: { version: '1.1.0', percent: 10 } });
    expect(lastEntry(reg)).toMatchObject({ action: 'canary', version: '1.1.0', canary_percent: 10, gate: 'pass' });
    expect(r.remoteHead()).toBe(out.outcome.commit);
    expect(readCanary(reg, 'production')).toMatchObject({
      stable: { version: '1.0.0' },
      canary: { version: '1.1.0', percent: 10 },
    });
  });

  it('a failed gate starts no canary and changes nothing', async () => {
    const r = await copyFixture(root.dir, stable);
    const before = await r.registryText();
    const err = await rejection(
      deployVersion(
        r.ctx,
        { env: 'production', model: 'llama3', version: '1.1.0', canary: 10 },
        fakeHooks({ gate: gateOutcome('fail') }).hooks,
      ),
    );
    expect(err.code).toBe('GATE_FAILED');
    expect(await r.registryText()).toBe(before);
  });

  it('a step and an abort carry their analysis in the history entry and the commit message', async () => {
    const r = await copyFixture(root.dir, stable);
    await deployVersion(r.ctx, { env: 'production', model: 'llama3', version: '1.1.0', canary: 10 }, fakeHooks().hooks);
    await setCanaryPercent(r.ctx, 'production', 50, { reason: 'step', analysis: analysis('pass') });
    let reg = await r.registry();
    expect(lastEntry(reg)).toMatchObject({ action: 'canary', canary_percent: 50, analysis: analysis('pass') });
    let message = git(['log', '-1', '--format=%B'], r.work);
    expect(message).toMatch(/^canary\(production\): llama3 1\.1\.0 \(q4km\) beside 1\.0\.0 at 50%/);
    expect(message).toContain('check error_rate: pass, canary 0.001, stable 0.001');
    expect(message).toContain(
      'Mreg-Canary-Percent: 50\nMreg-Canary-Verdict: pass\nMreg-Canary-Requests: canary=120 stable=480',
    );

    // A verdict about another canary version moves nothing.
    const before = await r.registryText();
    const stale = await rejection(
      abortCanary(r.ctx, 'production', { reason: 'x', analysis: analysis('fail'), expectVersion: '1.2.0' }),
    );
    expect(stale.message).toMatch(
      /the canary of production is now 1\.1\.0, not 1\.2\.0 as decided; nothing was changed/,
    );
    expect(await r.registryText()).toBe(before);

    const out = await abortCanary(r.ctx, 'production', {
      reason: 'errors',
      analysis: analysis('fail'),
      expectVersion: '1.1.0',
    });
    reg = await r.registry();
    expect(reg.environments.production).toEqual({
      model: 'llama3',
      version: '1.0.0',
      quantization: 'q4km',
      history_id: 1,
    });
    expect(out.result.entry).toMatchObject({ action: 'canary-abort', version: '1.1.0', analysis: analysis('fail') });
    message = git(['log', '-1', '--format=%B'], r.work);
    expect(message).toMatch(/Mreg-Action: canary-abort/);
    expect(message).toMatch(/Mreg-Canary-Verdict: fail/);
    expect(readCanary(reg, 'production')).toBeNull();
    expect((await validateRepository(r.work)).problems).toEqual([]);
  });

  it("the analysis's decisions commit through these writes: a step, then an abort with its evidence", async () => {
    const r = await copyFixture(root.dir, stable);
    await deployVersion(r.ctx, { env: 'production', model: 'llama3', version: '1.1.0', canary: 10 }, fakeHooks().hooks);
    const decision = (action: CanaryAction, verdict: 'pass' | 'fail', nextPercent: number | null = null) => ({
      action,
      nextPercent,
      reason: `${verdict} after the soak`,
      lookConfidence: 0.97,
      passConfidence: 0.97,
      record: analysis(verdict),
    });
    const step = await act(r.ctx, 'production', decision('promote-step', 'pass', 50), {
      dryRun: false,
      canaryVersion: '1.1.0',
    });
    expect(step.committed).toBe('step');
    expect(readCanary(await r.registry(), 'production')?.canary).toMatchObject({ version: '1.1.0', percent: 50 });
    const abort = await act(r.ctx, 'production', decision('abort', 'fail'), { dryRun: false, canaryVersion: '1.1.0' });
    expect(abort.committed).toBe('abort');
    const reg = await r.registry();
    expect(readCanary(reg, 'production')).toBeNull();
    expect(lastEntry(reg)).toMatchObject({
      action: 'canary-abort',
      reason: 'canary analysis: fail after the soak',
      analysis: analysis('fail'),
    });
    expect(r.remoteHead()).toBe(git(['rev-parse', 'HEAD'], r.work).trim());
  });

  it('the ConfigMap carries the canary with its metadata; validate names a canary the history does not record', async () => {
    const r = await copyFixture(root.dir, stable, { push: false });
    await deployVersion(r.ctx, { env: 'production', model: 'llama3', version: '1.1.0', canary: 25 }, fakeHooks().hooks);
    const cm = await renderConfigMap({ repo: r.work, env: 'production' });
    expect(cm.manifest.data).toMatchObject({ version: '1.0.0', canary_version: '1.1.0', canary_percent: '25' });
    const u = parsePointerText(
      (cm.manifest.data as Record<string, string>)['pointer.json'],
      'pointer.json',
      'production',
    );
    expect(u.canary).toMatchObject({ pointer: { version: '1.1.0' }, percent: 25, metadata: { version: '1.1.0' } });
    expect((await validateRepository(r.work)).problems).toEqual([]);

    const reg = await r.registry();
    reg.environments.production!.canary!.percent = 40;
    await writeFile(path.join(r.work, 'registry/registry.json'), JSON.stringify(reg, null, 2) + '\n');
    const problems = (await validateRepository(r.work)).problems;
    expect(problems).toEqual([
      expect.objectContaining({
        pointer: '/environments/production/canary/percent',
        message: expect.stringMatching(/is 40, but history entry \d+ records 25/),
      }),
    ]);
  });
});
