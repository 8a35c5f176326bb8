import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { OlderHistoryNeeded, historyComplete } from '../../src/core/history.js';
import { formatArtifactId, type ArtifactRef } from '../../src/core/naming.js';
import * as core from '../../src/core/registry-transitions.js';
import { liveEntry } from '../../src/core/rules.js';
import type { ArtifactMetadata, HistoryEntry, Registry } from '../../src/core/documents.js';
import { SEGMENT_ENTRIES, historyPlace, registryFiles } from '../../src/state/history-files.js';

/**
 * A registry whose older history is archived is held in memory as a suffix of the whole history.
 * Answers found in the suffix are final; questions whose answer may lie further back say so
 * (OlderHistoryNeeded) instead of answering from part of the history.
 */
const r = (version: string): ArtifactRef => ({ model: 'tm', version, quantization: 'q4km' });
const meta = (ref: ArtifactRef): ArtifactMetadata => ({
  ...ref,
  base_model: 'tm',
  benchmark_score: null,
  created_at: '2026-01-01T00:00:00Z',
  parent_version: null,
  kind: 'gguf',
  status: 'superseded',
  artifact: { uri: `s3://m/${formatArtifactId(ref)}.gguf`, sha256: '0'.repeat(64), size: 1 },
});
const metas = new Map(['1.0.0', '2.0.0', '3.0.0'].map((v) => [formatArtifactId(r(v)), meta(r(v))]));
const lookup = (ref: ArtifactRef) => metas.get(formatArtifactId(ref));
const input = { actor: 't', reason: null, now: '2026-01-01T00:00:00.000Z' };

/** production: 1.0.0 (id 1), 2.0.0 (id 2); then `staging` deployments up to `total` entries. */
function longHistory(total: number): Registry {
  let reg = core.emptyRegistry(['staging', 'production']);
  reg = core.deploy(reg, 'production', r('1.0.0'), lookup, input).registry;
  reg = core.deploy(reg, 'production', r('2.0.0'), lookup, input).registry;
  for (let id = 3; id <= total; id++)
    reg = core.deploy(reg, 'staging', r(id % 2 ? '1.0.0' : '3.0.0'), lookup, input).registry;
  return reg;
}

/** What a reader holds after the first change archived entries 1-500 and loaded none of them. */
function archivedOnce(full: Registry): { stored: Registry; files: ReturnType<typeof registryFiles> } {
  const files = registryFiles(full, new Map());
  const stored = JSON.parse(files[0].content) as Registry;
  return { stored, files };
}

describe('archived history in memory', () => {
  const full = longHistory(1100);

  it('the first write archives the oldest entries and lists the file with the sha256 of its bytes', () => {
    const { stored, files } = archivedOnce(full);
    expect(files.map((f) => f.path)).toEqual(['registry/registry.json', 'registry/history/0000000001-0000000500.json']);
    expect(stored.archive).toEqual([
      {
        file: 'history/0000000001-0000000500.json',
        first_id: 1,
        last_id: 500,
        entries: 500,
        sha256: createHash('sha256').update(files[1].content).digest('hex'),
      },
    ]);
    expect(stored.history).toHaveLength(1100 - SEGMENT_ENTRIES);
    expect((JSON.parse(files[1].content) as { history: HistoryEntry[] }).history).toEqual(full.history.slice(0, 500));
    // A registry.json that already holds fewer than two files' worth is written alone.
    expect(registryFiles({ ...stored }, new Map()).map((f) => f.path)).toEqual(['registry/registry.json']);
  });

  it('answers from the recent entries when they hold the answer; says when they cannot', () => {
    const { stored } = archivedOnce(full);
    expect(historyComplete(stored)).toBe(false);
    expect(core.nextHistoryId(stored)).toBe(1101);
    expect(core.envHistory(stored, 'staging', 20).map((e) => e.id)).toEqual(full.history.slice(-20).map((e) => e.id));
    expect(liveEntry(stored, 'staging')?.id).toBe(1100);
    // production's entries are all archived: its live entry, its history, its rollback target.
    expect(() => liveEntry(stored, 'production')).toThrow(OlderHistoryNeeded);
    expect(() => core.envHistory(stored, 'production')).toThrow(OlderHistoryNeeded);
    expect(() => core.rollbackTarget(stored, 'production', lookup)).toThrow(OlderHistoryNeeded);
    // A staging rollback finds a known-good version among the recent entries: final.
    expect(core.rollbackTarget(stored, 'staging', lookup).target.id).toBe(1099);
  });

  it('a rollback that finds only a fallback in the loaded entries asks for the rest, which may hold a better target', () => {
    // Loaded: production's live entry (2) onwards; its only earlier entry (1) is archived.
    const { stored } = archivedOnce(full);
    const window: Registry = { ...stored, history: full.history.slice(1) };
    expect(() => core.rollbackTarget(window, 'production', lookup)).toThrow(OlderHistoryNeeded);
    const whole: Registry = { ...stored, history: full.history };
    expect(historyComplete(whole)).toBe(true);
    expect(core.rollbackTarget(whole, 'production', lookup)).toMatchObject({ target: { id: 1, version: '1.0.0' } });
  });

  it('a change rewrites an archived file only when one of its entries changed', () => {
    const { stored, files } = archivedOnce(full);
    const archivedEntries = (JSON.parse(files[1].content) as { history: HistoryEntry[] }).history;
    const loaded: Registry = { ...stored, history: [...archivedEntries, ...stored.history] };
    const segments = new Map([[0, archivedEntries]]);
    // A staging deploy: registry.json alone.
    const deployed = core.deploy(loaded, 'staging', r('1.0.0'), lookup, input).registry;
    expect(registryFiles(deployed, segments).map((f) => f.path)).toEqual(['registry/registry.json']);
    // A production rollback marks entry 2 (archived) rolled back: that file is rewritten, its sha256 updated.
    const rolled = core.rollback(loaded, 'production', lookup, input);
    const out = registryFiles(rolled.registry, segments);
    expect(out.map((f) => f.path)).toEqual(['registry/registry.json', 'registry/history/0000000001-0000000500.json']);
    const seg = JSON.parse(out[1].content) as { history: HistoryEntry[] };
    expect(seg.history[1]).toMatchObject({ id: 2, rolled_back: true });
    const written = JSON.parse(out[0].content) as Registry;
    expect(written.archive![0].sha256).toBe(createHash('sha256').update(out[1].content).digest('hex'));
    expect(written.archive![0].sha256).not.toBe(stored.archive![0].sha256);
  });

  it('a problem found in the in-memory history is placed in the file that holds the entry', () => {
    const { stored, files } = archivedOnce(full);
    const whole: Registry = { ...stored, history: full.history };
    expect(historyPlace(whole, 0)).toEqual({ file: 'registry/history/0000000001-0000000500.json', index: 0 });
    expect(historyPlace(whole, 499)).toEqual({ file: 'registry/history/0000000001-0000000500.json', index: 499 });
    expect(historyPlace(whole, 500)).toEqual({ file: 'registry/registry.json', index: 0 });
    expect(historyPlace(stored, 99)).toEqual({ file: 'registry/registry.json', index: 99 });
    // A change that cuts a new file: its entries are placed there (registry.json's value as written).
    const sealed = files[0].value as Registry;
    expect(historyPlace(sealed, 10)).toEqual({ file: 'registry/history/0000000001-0000000500.json', index: 10 });
    expect(historyPlace(sealed, 510)).toEqual({ file: 'registry/registry.json', index: 10 });
  });
});
