import { defineConfig } from 'vitest/config';

/**
 * Two projects, both run by `npm test`:
 * - unit: pure code and the use cases with fake stages, straight from src/ (no build), seconds.
 *   `npm run test:unit` runs these alone, for a fast loop.
 * - e2e: the real bundled CLI and action (dist/, built once by the global setup), real git with
 *   bare remotes, an S3-protocol server on loopback and llama.cpp on the CPU.
 */
const UNIT = [
  'test/core/**/*.test.ts',
  'test/git/**/*.test.ts',
  'test/ops/**/*.test.ts',
  'test/eval/gate-core.test.ts',
  'test/eval/gguf.test.ts',
  'test/store/progress.test.ts',
  'test/docs/**/*.test.ts',
  'test/canary/decision.test.ts',
  'test/canary/config.test.ts',
  'test/canary/act.test.ts',
  'test/serve/relabel-metrics.test.ts',
];

export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        test: { name: 'unit', include: UNIT, pool: 'forks', maxWorkers: 2, testTimeout: 60_000, hookTimeout: 60_000 },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/**/*.test.ts'],
          exclude: UNIT,
          // Real git, real S3 server and real llama.cpp: generous limits for a 2-core machine.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          pool: 'forks',
          maxWorkers: 2,
          globalSetup: ['test/global-setup.ts'],
        },
      },
    ],
  },
});
