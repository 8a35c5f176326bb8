// The suite `mreg init` writes serves real models: perplexity on a neutral text and latency, no
// accuracy items, so the config's accuracy floor waits for items the team writes. A floor missed on
// the suite's own items says where they come from and where the guide is.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideGate, type GateInput } from '../../src/core/gate-decision.js';
import { DEFAULT_CONFIG } from '../../src/state/config.js';
import { loadSuite } from '../../src/eval/suite.js';
import { mreg, ROOT, tempDir } from '../helpers/cli.js';

describe('the suite mreg init writes', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('mreg-starter-'));
    const r = await mreg(['init', dir]);
    expect(r.code, r.stderr).toBe(0);
  });
  afterAll(() => cleanup?.());

  it('is named by gate.suite and measures perplexity on the neutral text and latency, with no accuracy items', async () => {
    const config = JSON.parse(readFileSync(path.join(dir, 'registry/config.json'), 'utf8'));
    expect(config.gate.suite).toBe('eval/suite.json');
    expect(existsSync(path.join(dir, 'eval/default-suite.json'))).toBe(false);
    const suite = await loadSuite(path.join(dir, config.gate.suite));
    expect(suite.accuracy).toEqual([]);
    expect(suite.latency.length).toBeGreaterThanOrEqual(3);
    const text = readFileSync(path.join(dir, 'eval/neutral-text.txt'), 'utf8');
    expect(text).toBe(readFileSync(path.join(ROOT, 'eval/neutral-text.txt'), 'utf8'));
    expect(text.length).toBeGreaterThan(3000);
    expect((await mreg(['--repo', dir, 'validate'])).code).toBe(0);
  });
});

describe('the default thresholds with the starter suite', () => {
  const first = (metrics: Record<string, number | null>): GateInput => ({
    candidate: { metrics, quantization: 'q4_k_m', hardware: null },
    baseline: null,
    thresholds: DEFAULT_CONFIG.gate.metrics!,
    defaultMaxRegression: 0.05,
  });

  it('pass a first deployment that measured no accuracy: the floor waits for task items', () => {
    const d = decideGate(first({ perplexity: 12.3, accuracy: null, latency_p50_ms: 800, tokens_per_s: 40 }));
    expect(d.verdict).toBe('pass');
    expect(d.metrics.find((m) => m.metric === 'accuracy')).toMatchObject({ verdict: 'skipped' });
  });

  it('refuse accuracy below the floor and say it comes from the items of gate.suite, with the guide', () => {
    const d = decideGate(first({ perplexity: 12.3, accuracy: 0.25 }));
    expect(d.verdict).toBe('fail');
    const row = d.metrics.find((m) => m.metric === 'accuracy')!;
    expect(row.reason).toMatch(
      /below the floor 0\.5: scored on the accuracy items of the suite that registry\/config\.json gate\.suite names/,
    );
    expect(row.reason).toContain('docs/writing-a-suite.md');
    expect(existsSync(path.join(ROOT, 'docs/writing-a-suite.md'))).toBe(true);
  });
});
