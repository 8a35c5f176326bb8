import { describe, expect, it } from 'vitest';
import { formatArtifactId, type ArtifactRef } from '../../src/core/naming.js';
import * as core from '../../src/core/registry-transitions.js';
import { RefusedWithNextStep } from '../../src/core/rules.js';
import type { ArtifactMetadata, Registry } from '../../src/core/documents.js';

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

const r = (version: string, quantization = 'q4km'): ArtifactRef => ({ model: 'llama3', version, quantization });

function world(...artifacts: ArtifactMetadata[]) {
  const map = new Map(artifacts.map((a) => [formatArtifactId(a), a]));
  return (ref: ArtifactRef) => map.get(formatArtifactId(ref));
}

const input = (n: number) => ({ actor: 'tester', reason: null, now: `2026-01-0${n}T00:00:00.000Z` });

function deployAll(lookup: core.ArtifactLookup, versions: string[], env = 'production'): Registry {
  let reg = core.emptyRegistry(['staging', 'production']);
  versions.forEach((v, i) => (reg = core.deploy(reg, env, r(v), lookup, input(i + 1)).registry));
  return reg;
}

describe('registry transitions', () => {
  const lookup = world(meta(r('1.0.0')), meta(r('2.0.0')), meta(r('2.1.0')), meta(r('3.0.0', 'q8_0')));

  it('deploy moves the pointer and appends an entry with the history columns', () => {
    const before = core.emptyRegistry(['staging', 'production']);
    const t = core.deploy(before, 'production', r('2.0.0'), lookup, input(1));
    expect(t.registry.environments.production).toEqual({
      model: 'llama3',
      version: '2.0.0',
      quantization: 'q4km',
      history_id: 1,
    });
    expect(t.entry).toMatchObject({
      id: 1,
      env: 'production',
      model: 'llama3',
      version: '2.0.0',
      rolled_back: false,
      metrics: null,
      action: 'deploy',
      previous_version: null,
    });
    expect(before.history).toHaveLength(0); // inputs are never mutated
  });

  it('rollback returns to history[-2] and marks the abandoned entry', () => {
    const reg = deployAll(lookup, ['2.0.0', '2.1.0']);
    const t = core.rollback(reg, 'production', lookup, input(5));
    expect(t.registry.environments.production?.version).toBe('2.0.0');
    expect(t.entry).toMatchObject({ id: 3, action: 'rollback', version: '2.0.0', previous_version: '2.1.0' });
    expect(t.registry.history.find((e) => e.id === 2)?.rolled_back).toBe(true);
    expect(reg.history.find((e) => e.id === 2)?.rolled_back).toBe(false);
  });

  it('two rollbacks in a row walk back two known-good versions; a third refuses rather than go forward onto a rolled-back one', () => {
    let reg = deployAll(lookup, ['1.0.0', '2.0.0', '2.1.0']);
    reg = core.rollback(reg, 'production', lookup, input(5)).registry;
    expect(reg.environments.production?.version).toBe('2.0.0');
    reg = core.rollback(reg, 'production', lookup, input(6)).registry;
    expect(reg.environments.production?.version).toBe('1.0.0');
    // Every earlier version was rolled back: only an explicit target returns to one, and the refusal lists them.
    let err: unknown;
    try {
      core.rollback(reg, 'production', lookup, input(7));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RefusedWithNextStep);
    expect((err as RefusedWithNextStep).code).toBe('NOTHING_TO_ROLL_BACK');
    expect((err as Error).message).toMatch(
      /production has nothing earlier to roll back to: .*\(skipped: llama3-v2\.0\.0-q4km \(rolled back\), llama3-v2\.1\.0-q4km \(rolled back\)\)/,
    );
    expect((err as RefusedWithNextStep).next).toEqual({
      kind: 'rollback-to',
      env: 'production',
      versions: ['2.0.0', '2.1.0'],
    });
    const explicit = core.rollback(reg, 'production', lookup, { ...input(7), toVersion: '2.0.0' });
    expect(explicit.entry).toMatchObject({ version: '2.0.0', explicit_target: true });
  });

  it('a rollback never lands on a blocked version, even as the only earlier one', () => {
    const reg = core.rollback(deployAll(lookup, ['1.0.0', '2.0.0', '2.1.0']), 'production', lookup, input(5)).registry;
    const blocked = world(meta(r('1.0.0'), 'blocked'), meta(r('2.0.0')), meta(r('2.1.0')));
    expect(() => core.rollback(reg, 'production', blocked, input(6))).toThrow(
      /nothing earlier to roll back to: .*\(skipped: llama3-v2\.1\.0-q4km \(rolled back\), llama3-v1\.0\.0-q4km \(blocked\)\)/,
    );
  });

  it('an explicit rollback --to does not make a plain rollback impossible (the exit exists while an earlier usable version does)', () => {
    // deploy 2.0.0, deploy 2.1.0, rollback, deploy 3.0.0 (q8_0), rollback, rollback --to 2.1.0, rollback
    let reg = deployAll(lookup, ['2.0.0', '2.1.0']);
    reg = core.rollback(reg, 'production', lookup, input(3)).registry;
    reg = core.deploy(reg, 'production', r('3.0.0', 'q8_0'), lookup, input(4)).registry;
    reg = core.rollback(reg, 'production', lookup, input(5)).registry;
    expect(reg.environments.production?.version).toBe('2.0.0');
    const jump = core.rollback(reg, 'production', lookup, { ...input(6), toVersion: '2.1.0' });
    expect(jump.entry).toMatchObject({ version: '2.1.0', explicit_target: true });
    reg = jump.registry;
    // 2.0.0 was left by the explicit jump, not judged bad: it is the known-good exit.
    const plain = core.rollback(reg, 'production', lookup, input(7));
    expect(plain.entry.version).toBe('2.0.0');
    expect(plain.entry.explicit_target).toBeUndefined();
  });

  it('is a no-op when the version it was asked to leave was already rolled back, and refuses a third version', () => {
    const reg = deployAll(lookup, ['2.0.0', '2.1.0']);
    const from = reg.environments.production!.history_id;
    const first = core.rollback(reg, 'production', lookup, { ...input(3), from });
    // A second rollback planned against the same state, applied after the first landed.
    let err: unknown;
    try {
      core.rollback(first.registry, 'production', lookup, { ...input(4), from });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(core.AlreadyRolledBack);
    expect((err as core.AlreadyRolledBack).by?.id).toBe(first.entry.id);
    expect((err as Error).message).toMatch(
      /llama3-v2\.1\.0-q4km was already rolled back in production by history entry #3/,
    );
    // The environment moved to a third version by a deploy: the premise is gone, refuse.
    const moved = core.deploy(reg, 'production', r('1.0.0'), lookup, input(5)).registry;
    expect(() => core.rollback(moved, 'production', lookup, { ...input(6), from })).toThrow(
      /moved to llama3-v1\.0\.0-q4km/,
    );
  });

  it('skips blocked artifacts and can target an explicit earlier version', () => {
    const blocked = world(meta(r('1.0.0')), meta(r('2.0.0'), 'blocked'), meta(r('2.1.0')));
    const reg = deployAll(lookup, ['1.0.0', '2.0.0', '2.1.0']);
    expect(core.rollback(reg, 'production', blocked, input(5)).registry.environments.production?.version).toBe('1.0.0');
    expect(core.rollback(reg, 'production', lookup, { ...input(5), toVersion: '1.0.0' }).entry.version).toBe('1.0.0');
    expect(() => core.rollback(reg, 'production', lookup, { ...input(5), toVersion: '9.9.9' })).toThrow(
      /no earlier usable deployment of version 9.9.9/,
    );
  });

  it('refuses with nothing to roll back to, an unknown environment, blocked or unknown artifacts', () => {
    const one = deployAll(lookup, ['2.0.0']);
    expect(() => core.rollback(one, 'production', lookup, input(2))).toThrow(/nothing earlier/);
    expect(() => core.rollback(one, 'staging', lookup, input(2))).toThrow(/no active version/);
    expect(() => core.deploy(one, 'qa', r('2.1.0'), lookup, input(2))).toThrow(/unknown environment "qa"/);
    expect(() => core.deploy(one, 'production', r('9.0.0'), lookup, input(2))).toThrow(/not registered/);
    expect(() => core.deploy(one, 'production', r('2.0.0'), lookup, input(2))).toThrow(/already runs/);
    // Only blocked (or unregistered) earlier versions: nothing to return to, and the message says why.
    const two = deployAll(lookup, ['2.0.0', '2.1.0']);
    const oldBlocked = world(meta(r('2.0.0'), 'blocked'), meta(r('2.1.0')));
    expect(() => core.rollback(two, 'production', oldBlocked, input(3))).toThrow(
      /nothing earlier to roll back to: .*\(skipped: llama3-v2\.0\.0-q4km \(blocked\)\)/,
    );
    const withBlocked = world(meta(r('2.0.0')), meta(r('2.1.0'), 'blocked'));
    expect(() => core.deploy(one, 'production', r('2.1.0'), withBlocked, input(2))).toThrow(/blocked/);
  });

  it('promote copies the source pointer along the promotion order only', () => {
    const reg = deployAll(lookup, ['2.1.0'], 'staging');
    const order = ['staging', 'production'];
    const t = core.promote(reg, 'staging', 'production', order, lookup, input(3));
    expect(t.registry.environments.production).toMatchObject({ version: '2.1.0', history_id: 2 });
    expect(t.entry).toMatchObject({ action: 'promote', from_env: 'staging' });
    expect(() => core.promote(t.registry, 'production', 'staging', order, lookup, input(4))).toThrow(/promotion order/);
  });

  it('expect-current guards against a moved pointer', () => {
    const reg = deployAll(lookup, ['2.0.0']);
    expect(() => core.checkExpectCurrent(reg, 'production', '2.0.0')).not.toThrow();
    expect(() => core.checkExpectCurrent(reg, 'production', '1.0.0')).toThrow(/is at 2.0.0, not 1.0.0/);
  });

  it('marks what no environment runs any more as superseded, and leaves blocked alone', () => {
    const reg = deployAll(lookup, ['2.0.0', '2.1.0']);
    const changes = core.statusChanges(reg, [
      meta(r('2.0.0')),
      meta(r('2.1.0'), 'superseded'),
      meta(r('1.0.0'), 'blocked'),
      meta(r('3.0.0', 'q8_0')),
    ]);
    expect(changes.map((m) => [m.version, m.status])).toEqual([
      ['2.0.0', 'superseded'],
      ['2.1.0', 'active'],
    ]);
  });
});
