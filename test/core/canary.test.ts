import { describe, expect, it } from 'vitest';
import {
  abortCanary,
  canaryRole,
  promoteAsCanary,
  promoteCanary,
  setCanary,
  startCanary,
} from '../../src/core/canary.js';
import { checkDocument } from '../../src/core/schema.js';
import { formatArtifactId, type ArtifactRef } from '../../src/core/naming.js';
import * as core from '../../src/core/registry-transitions.js';
import { RefusedWithNextStep } from '../../src/core/rules.js';
import type { ArtifactMetadata, Registry } from '../../src/core/documents.js';

/** A fleet numbered as a StatefulSet numbers its pods. */
const FLEET = Array.from({ length: 100 }, (_, i) => `mreg-serve-${i}`);
/** Pods of a Deployment: a random-looking suffix, no ordinal. */
const PODS = Array.from({ length: 100 }, (_, i) => `mreg-serve-7d9f8c-${(i * 7919).toString(36).padStart(5, 'x')}`);

const canaries = (names: string[], percent: number) => names.filter((n) => canaryRole(n, percent) === 'canary');

describe('canary roles', () => {
  it('of 100 numbered instances, round(100 x percent / 100) +-1 are canary at 10, 25 and 50%', () => {
    for (const percent of [10, 25, 50]) {
      const n = canaries(FLEET, percent).length;
      expect(Math.abs(n - percent), `${n} canary instances at ${percent}%`).toBeLessThanOrEqual(1);
    }
  });

  it('roles are the same on every call (a restart) and raising the percent only adds canary instances', () => {
    for (const names of [FLEET, PODS]) {
      let before = new Set<string>();
      for (const percent of [1, 5, 10, 25, 50, 75, 99]) {
        const now = canaries(names, percent);
        expect(canaries(names, percent)).toEqual(now);
        for (const n of before) expect(now).toContain(n);
        before = new Set(now);
      }
    }
    expect(canaries(FLEET, 0)).toEqual([]);
    expect(canaries(FLEET, 100)).toHaveLength(100);
  });

  it('names without an ordinal spread by their sha256: some of each role, the share roughly kept', () => {
    const n = canaries(PODS, 50).length;
    expect(n).toBeGreaterThan(30);
    expect(n).toBeLessThan(70);
  });
});

function meta(ref: ArtifactRef, status: ArtifactMetadata['status'] = 'active'): ArtifactMetadata {
  return {
    ...ref,
    base_model: ref.model,
    benchmark_score: null,
    created_at: '2026-01-01T00:00:00Z',
    parent_version: null,
    kind: 'gguf',
    status,
    artifact: { uri: `s3://m/${formatArtifactId(ref)}.gguf`, sha256: '0'.repeat(64), size: 1 },
    ...(status === 'blocked' ? { blocked_reason: 'bad' } : {}),
  };
}
const r = (version: string, model = 'llama3'): ArtifactRef => ({ model, version, quantization: 'q4km' });
const all = [meta(r('1.0.0')), meta(r('2.0.0')), meta(r('3.0.0'), 'blocked'), meta(r('1.0.0', 'other'))];
const lookup = (ref: ArtifactRef) => all.find((m) => formatArtifactId(m) === formatArtifactId(ref));
const input = (n: number) => ({ actor: 'tester', reason: null, now: `2026-01-0${n}T00:00:00.000Z` });

function stable(): Registry {
  return core.deploy(core.emptyRegistry(['production']), 'production', r('1.0.0'), lookup, input(1)).registry;
}

describe('canary transitions', () => {
  it('start, step, promote: the pointer carries the canary, then the canary becomes stable', () => {
    const t = startCanary(stable(), 'production', r('2.0.0'), 10, lookup, input(2));
    expect(t.registry.environments.production).toEqual({
      ...r('1.0.0'),
      history_id: 1,
      canary: { version: '2.0.0', quantization: 'q4km', history_id: 2, percent: 10, started_at: input(2).now },
    });
    expect(t.entry).toMatchObject({
      action: 'canary',
      version: '2.0.0',
      previous_version: '1.0.0',
      canary_percent: 10,
    });
    checkDocument('registry', t.registry, 'registry.json');
    const s = setCanary(t.registry, 'production', 50, input(3));
    // A step starts its own window and soak.
    expect(s.registry.environments.production?.canary).toMatchObject({
      percent: 50,
      history_id: 3,
      started_at: input(3).now,
    });
    const p = promoteCanary(s.registry, 'production', lookup, input(4));
    expect(p.registry.environments.production).toEqual({ ...r('2.0.0'), history_id: 4 });
    expect(p.entry).toMatchObject({ action: 'canary-promote', version: '2.0.0', previous_version: '1.0.0' });
    checkDocument('registry', p.registry, 'registry.json');
  });

  it('abort keeps the stable version, marks the canary entries rolled back, and no rollback returns to them', () => {
    const t = startCanary(stable(), 'production', r('2.0.0'), 10, lookup, input(2));
    const s = setCanary(t.registry, 'production', 25, input(3));
    const a = abortCanary(s.registry, 'production', input(4));
    expect(a.registry.environments.production).toEqual({ ...r('1.0.0'), history_id: 1 });
    expect(a.entry).toMatchObject({ action: 'canary-abort', version: '2.0.0', previous_version: '1.0.0' });
    expect(a.registry.history.filter((e) => e.action === 'canary').every((e) => e.rolled_back)).toBe(true);
    expect(() => core.rollbackTarget(a.registry, 'production', lookup)).toThrow(/nothing earlier to roll back to/);
    checkDocument('registry', a.registry, 'registry.json');
  });

  it('refuses what is not a canary: another model, the stable version, blocked, unregistered, bad percents, a second canary', () => {
    const reg = stable();
    const start =
      (ref: ArtifactRef, percent = 10) =>
      () =>
        startCanary(reg, 'production', ref, percent, lookup, input(2));
    expect(start(r('1.0.0', 'other'))).toThrow(/runs llama3, not other/);
    expect(start(r('1.0.0'))).toThrow(/already runs llama3-v1.0.0-q4km as its stable version/);
    expect(start(r('3.0.0'))).toThrow(/is blocked/);
    expect(start(r('9.0.0'))).toThrow(/is not registered/);
    for (const bad of [0, 100, 150, 2.5]) expect(start(r('2.0.0'), bad)).toThrow(/from 1 to 99/);
    const running = startCanary(reg, 'production', r('2.0.0'), 10, lookup, input(2)).registry;
    expect(() => startCanary(running, 'production', r('2.0.0'), 20, lookup, input(3))).toThrow(RefusedWithNextStep);
    expect(() => setCanary(running, 'production', 10, input(3))).toThrow(/already runs on 10%/);
    expect(() => promoteCanary(reg, 'production', lookup, input(3))).toThrow(/production has no canary to promote/);
    expect(() => abortCanary(reg, 'production', input(3))).toThrow(/production has no canary to abort/);
  });

  it('a plain deploy or rollback of a canary environment is refused, naming promote and abort', () => {
    const running = startCanary(stable(), 'production', r('2.0.0'), 10, lookup, input(2)).registry;
    for (const f of [
      () => core.deploy(running, 'production', r('2.0.0'), lookup, input(3)),
      () => core.rollback(running, 'production', lookup, input(3)),
    ]) {
      expect(f).toThrow(
        /runs a canary of llama3 2.0.0 \(q4km\) on 10% of its instances beside 1.0.0: promote or abort/,
      );
      try {
        f();
      } catch (err) {
        expect((err as RefusedWithNextStep).next).toEqual({ kind: 'canary-open', env: 'production' });
      }
    }
  });

  it("promote as a canary: staging's version starts beside production's, carrying staging's gate record to the end", () => {
    const envs = ['staging', 'production'];
    let reg = core.deploy(core.emptyRegistry(envs), 'production', r('1.0.0'), lookup, input(1)).registry;
    const metrics = { perplexity: 7.5 };
    reg = core.deploy(reg, 'staging', r('2.0.0'), lookup, { ...input(2), gate: 'pass', metrics }).registry;
    const t = promoteAsCanary(reg, 'staging', 'production', envs, 20, lookup, input(3));
    expect(t.registry.environments.production).toMatchObject({
      ...r('1.0.0'),
      canary: { version: '2.0.0', percent: 20 },
    });
    expect(t.entry).toMatchObject({
      action: 'canary',
      version: '2.0.0',
      from_env: 'staging',
      gate: 'pass',
      gated_by: 2,
      metrics,
      canary_percent: 20,
    });
    checkDocument('registry', t.registry, 'registry.json');
    // The promotion of the canary still says which gate run let the version in.
    const s = setCanary(t.registry, 'production', 50, input(4));
    const p = promoteCanary(s.registry, 'production', lookup, input(5));
    expect(p.entry).toMatchObject({ action: 'canary-promote', gate: 'pass', gated_by: 2, metrics });

    expect(() => promoteAsCanary(reg, 'production', 'staging', envs, 20, lookup, input(3))).toThrow(
      /cannot promote from production to staging/,
    );
    expect(() => promoteAsCanary(t.registry, 'staging', 'production', envs, 20, lookup, input(4))).toThrow(
      RefusedWithNextStep,
    );
    const onlyStaging = core.deploy(core.emptyRegistry(envs), 'staging', r('2.0.0'), lookup, input(1)).registry;
    expect(() => promoteAsCanary(onlyStaging, 'staging', 'production', envs, 20, lookup, input(2))).toThrow(
      /production has no stable version for a canary to run beside: promote llama3-v2\.0\.0-q4km without a canary first/,
    );
    const empty = core.emptyRegistry(envs);
    expect(() => promoteAsCanary(empty, 'staging', 'production', envs, 20, lookup, input(3))).toThrow(
      /staging has no active version to promote/,
    );
  });

  it('the schema refuses a canary percent outside 1..99', () => {
    const running = startCanary(stable(), 'production', r('2.0.0'), 10, lookup, input(2)).registry;
    const bad = structuredClone(running);
    bad.environments.production!.canary!.percent = 100;
    expect(() => checkDocument('registry', bad, 'registry.json')).toThrow(
      /\/environments\/production\/canary\/percent/,
    );
  });
});
