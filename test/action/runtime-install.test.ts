// Where the action installs what its bundle leaves out, and what: the versions its own lockfile
// pins, one tool-cache folder per package, version, platform and build, the CPU build alone where
// there is no GPU. (The install itself runs in test/action/adopt-workflows.test.ts.)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pinnedVersion, runtimeInstall } from '../../src/llama/runtime-package.js';
import { ROOT } from '../helpers/cli.js';

const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));

describe('the runtime packages of the action', () => {
  it('are pinned by the lockfile', () => {
    expect(pinnedVersion('node-llama-cpp', ROOT)).toBe('3.21.1');
    expect(pinnedVersion('@kubernetes/client-node', ROOT)).toBe(
      lock.packages['node_modules/@kubernetes/client-node'].version,
    );
  });

  it('fall back to the version package.json names, and refuse a tag there', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mreg-pins-'));
    try {
      writeFileSync(
        path.join(dir, 'package.json'),
        JSON.stringify({ dependencies: { 'node-llama-cpp': '3.21.1', '@kubernetes/client-node': '^1.4.0' } }),
      );
      expect(pinnedVersion('node-llama-cpp', dir)).toBe('3.21.1');
      expect(pinnedVersion('@kubernetes/client-node', dir)).toBe('1.4.0');
      writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ dependencies: { 'node-llama-cpp': 'latest' } }));
      expect(() => pinnedVersion('node-llama-cpp', dir)).toThrow(/no pinned version of node-llama-cpp/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('install the CPU build alone without a GPU, every prebuilt build (CUDA among them) with one', () => {
    const o = { packageDir: ROOT, cacheDir: '/cache' };
    const cpu = runtimeInstall('node-llama-cpp', { ...o, gpu: false });
    expect(cpu.dir).toBe(`/cache/mreg-runtime/node-llama-cpp/3.21.1/${process.platform}-${process.arch}-cpu`);
    expect(cpu).toMatchObject({ omitOptional: true });
    expect(cpu.specs[0]).toBe('node-llama-cpp@3.21.1');
    expect(cpu.specs[1]).toMatch(/^@node-llama-cpp\/[a-z]+-[a-z0-9]+(-metal)?@3\.21\.1$/);
    const gpu = runtimeInstall('node-llama-cpp', { ...o, gpu: true });
    expect(gpu).toEqual({
      dir: `/cache/mreg-runtime/node-llama-cpp/3.21.1/${process.platform}-${process.arch}-gpu`,
      specs: ['node-llama-cpp@3.21.1'],
      omitOptional: false,
    });
    const k8s = runtimeInstall('@kubernetes/client-node', { ...o, gpu: true });
    expect(k8s.dir).toBe(
      `/cache/mreg-runtime/@kubernetes+client-node/${lock.packages['node_modules/@kubernetes/client-node'].version}/${process.platform}-${process.arch}`,
    );
  });
});
