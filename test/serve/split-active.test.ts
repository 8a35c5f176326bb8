/**
 * A server we do not own loads a split model (a full fine-tune of several files) by the first
 * split's own path: llama.cpp derives the other splits' names from the path it is given (the
 * `-00001-of-0000N.gguf` postfix), so `<cache>/active`, a link with no such postfix, cannot load
 * it, and no fixed name could across versions with different N. What works is the resolved link
 * (`readlink -f <cache>/active`), which is what the agent's reload hook receives as
 * `$MREG_MODEL_PATH`: proven here through llama.cpp after a switch between split models with
 * different split counts and after a rollback.
 */
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTinyModel } from '../../src/gguf/tiny-model.js';
import { getSharedLlama, loadLlamaModel } from '../../src/llama/runtime.js';
import { mreg } from '../helpers/cli.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';
import { startCli, waitForVersion } from './helpers.js';

const CORPUS = 'the quick brown fox jumps over the lazy dog. a model registry follows git. '.repeat(6);
// The reload hook a server's supervisor would run: here it records what it was given.
const HOOK = `import { appendFileSync } from 'node:fs';
appendFileSync(process.argv[2], JSON.stringify({ version: process.env.MREG_VERSION, model_path: process.env.MREG_MODEL_PATH, active_path: process.env.MREG_ACTIVE_PATH }) + '\\n');
`;
let repo: TestRepo;

async function run(args: string[]): Promise<void> {
  const r = await mreg(['--repo', repo.work, ...args]);
  if (r.code !== 0) throw new Error(`mreg ${args.join(' ')}: ${r.stderr}`);
}

beforeAll(async () => {
  repo = await makeRepo({ gate: false });
  const dir = path.join(repo.root, 'models');
  mkdirSync(dir);
  // Two versions split into different numbers of files: 3, then 2.
  for (const [version, split] of [
    ['1.0.0', 3],
    ['1.1.0', 2],
  ] as const) {
    const ft = await generateTinyModel({
      corpus: CORPUS,
      out: path.join(dir, `ft-${version}.gguf`),
      split,
      name: `ft ${version}`,
    });
    await run([
      'publish',
      ...ft.paths,
      '--model',
      'ft',
      '--version',
      version,
      '--quantization',
      'f32',
      '--kind',
      'full',
    ]);
  }
});
afterAll(async () => {
  await repo?.cleanup();
});

/** Loads `file` with llama.cpp and returns the model's general.name (the version it was written as). */
async function loadName(file: string): Promise<string> {
  const model = await loadLlamaModel(file, await getSharedLlama(false));
  try {
    return String(model.fileInfo.metadata.general?.name);
  } finally {
    await model.dispose();
  }
}

describe('a split model behind a server we do not own', () => {
  it('loads from the resolved active link, the same path the reload hook gets in $MREG_MODEL_PATH, after a switch and a rollback', async () => {
    const cache = path.join(repo.root, 'agent-cache');
    const active = path.join(cache, 'active');
    const hook = path.join(repo.root, 'hook.mjs');
    const calls = path.join(repo.root, 'hook-calls.jsonl');
    writeFileSync(hook, HOOK);
    writeFileSync(calls, '');
    const lastCall = () => JSON.parse(readFileSync(calls, 'utf8').trim().split('\n').pop()!);
    await run(['deploy', 'ft', '1.0.0', '--env', 'production', '--skip-gate', '--reason', 'test']);
    const agent = await startCli([
      'agent',
      '--env',
      'production',
      '--source',
      path.join(repo.work, 'registry/registry.json'),
      '--cache',
      cache,
      '--port',
      '0',
      '--reload-command',
      `${process.execPath} ${hook} ${calls}`,
    ]);
    try {
      const expectLoadable = async (version: string, splits: number) => {
        await waitForVersion(agent.url, version);
        const resolved = realpathSync(active);
        expect(path.basename(resolved)).toBe(`ft-${version}-00001-of-0000${splits}.gguf`);
        const call = lastCall();
        expect(call).toMatchObject({ version, active_path: active });
        // The hook's path is the first split's own (the postfix included), not the link.
        expect(path.isAbsolute(call.model_path)).toBe(true);
        expect(path.basename(call.model_path)).toBe(path.basename(resolved));
        expect(realpathSync(call.model_path)).toBe(resolved);
        expect(await loadName(resolved)).toBe(`ft ${version}`);
        expect(await loadName(call.model_path)).toBe(`ft ${version}`);
      };
      await expectLoadable('1.0.0', 3);
      // The link itself carries no split postfix: llama.cpp cannot find the other files from it.
      await expect(loadName(active)).rejects.toThrow(`${active}: llama.cpp could not load the model`);

      await run(['deploy', 'ft', '1.1.0', '--env', 'production', '--skip-gate', '--reason', 'test']);
      await expectLoadable('1.1.0', 2);
      await run(['rollback', '--env', 'production', '--reason', 'test']);
      await expectLoadable('1.0.0', 3);
      expect(readFileSync(calls, 'utf8').trim().split('\n')).toHaveLength(3);
    } finally {
      expect(await agent.stop()).toBe(0);
    }
  });
});
