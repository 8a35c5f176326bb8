/** Threads that fit the machine: never more than its math cores across the process's contexts. */
import { describe, expect, it } from 'vitest';
import type { Llama } from 'node-llama-cpp';
import { contextThreads, describeThreads, getSharedLlama } from '../../src/llama/runtime.js';

const cpu = (cores: number, maxThreads = cores) =>
  ({ gpu: false, cpuMathCores: cores, maxThreads }) as unknown as Llama;
const cuda = (cores: number) => ({ gpu: 'cuda', cpuMathCores: cores, maxThreads: 0 }) as unknown as Llama;
const MB = 1024 * 1024;

describe('context threads', () => {
  it('on a CPU: the math cores for a real model, one for a tiny one, an explicit count wins', () => {
    expect(contextThreads(cpu(2), 322 * MB)).toBe(2);
    expect(contextThreads(cpu(16), 4000 * MB)).toBe(16);
    expect(contextThreads(cpu(2), 2 * MB)).toBe(1);
    expect(contextThreads(cpu(2), 322 * MB, 1)).toBe(1);
    expect(contextThreads(cpu(1), 322 * MB)).toBe(1);
  });

  it('a measurement on a CPU leaves one core to the rest of the machine; on a GPU it does not', () => {
    expect(contextThreads(cpu(2), 322 * MB, undefined, 'measure')).toBe(1);
    expect(contextThreads(cpu(16), 4000 * MB, undefined, 'measure')).toBe(15);
    expect(contextThreads(cpu(1), 322 * MB, undefined, 'measure')).toBe(1);
    expect(contextThreads(cpu(16), 4000 * MB, 16, 'measure')).toBe(16);
    expect(contextThreads(cuda(16), 4000 * MB, undefined, 'measure')).toBe(16);
  });

  it('on a GPU: the math cores that feed it, whatever the model size', () => {
    expect(contextThreads(cuda(16), 2 * MB)).toBe(16);
    expect(contextThreads(cuda(16), 4000 * MB)).toBe(16);
  });

  it('the shared CPU runtime never hands out more threads at once than the math cores', async () => {
    const llama = await getSharedLlama(false);
    expect(llama.maxThreads).toBe(llama.cpuMathCores);
    expect(describeThreads(llama, 2)).toBe(
      `llama.cpp threads: 2 per context on the CPU (${llama.cpuMathCores} math cores; at most ${llama.cpuMathCores} at once across contexts)`,
    );
  });
});
