// publish checks the GGUF header by content, whatever the file is called (through the real CLI).
import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTinyModel } from '../../src/gguf/tiny-model.js';
import { mreg, mregJson, tempDir } from '../helpers/cli.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
let repo: TestRepo;
let q8bin: string;

beforeAll(async () => {
  tmp = await tempDir('mreg-publish-gguf-');
  repo = await makeRepo({ gate: false });
  const q8 = (
    await generateTinyModel({
      corpus: 'the quick brown fox. '.repeat(40),
      quantization: 'q8_0',
      out: path.join(tmp.dir, 'tiny-q8_0.gguf'),
    })
  ).path;
  q8bin = path.join(tmp.dir, 'weights.bin');
  await copyFile(q8, q8bin);
});
afterAll(async () => {
  await repo?.cleanup();
  await tmp?.cleanup();
});

describe('publish checks the GGUF header whatever the file name', () => {
  it('a q8_0 GGUF named .bin published as f16 is refused, naming the file, the header and the stated quantization', async () => {
    const r = await mreg(['publish', q8bin, '--model', 'tiny', '--version', '1.0.0', '--quantization', 'f16'], {
      cwd: repo.work,
      env: { CI: '1' },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${q8bin}: the stated quantization f16 does not match the GGUF header (general.file_type 7 = q8_0)`,
    );
  });

  it('a text file published as kind gguf (any name) is refused: found bytes and the expected magic are named', async () => {
    const text = path.join(tmp.dir, 'hostname');
    await writeFile(text, 'build-host-17\n');
    for (const kind of ['gguf', 'full']) {
      const r = await mreg(
        ['publish', text, '--model', 'tiny', '--version', '1.0.0', '--quantization', 'q8_0', '--kind', kind],
        {
          cwd: repo.work,
          env: { CI: '1' },
        },
      );
      expect(r.code, `${kind}: ${r.stderr}`).toBe(1);
      expect(r.stderr).toContain(
        `${text}: not a GGUF file: found bytes 0x6275696c ("buil") where the GGUF magic "GGUF" (0x47475546) was expected`,
      );
    }
    // Nothing was uploaded by the refused attempts.
    const v = await mregJson(['verify-store'], { cwd: repo.work, env: { CI: '1' } });
    expect(v.files).toBe(0);
  });

  it('the right quantization in a .bin file is accepted; a text file as a LoRA adapter is not', async () => {
    const out = await mregJson(['publish', q8bin, '--model', 'tiny', '--version', '1.0.0', '--quantization', 'q8_0'], {
      cwd: repo.work,
      env: { CI: '1' },
    });
    expect(out.id).toBe('tiny-v1.0.0-q8_0');
    const text = path.join(tmp.dir, 'adapter.txt');
    await writeFile(text, 'not an adapter');
    const r = await mreg(
      [
        'publish',
        text,
        '--model',
        'tiny-lora',
        '--version',
        '1.0.0',
        '--quantization',
        'f16',
        '--kind',
        'lora',
        '--base',
        'tiny-v1.0.0-q8_0',
      ],
      {
        cwd: repo.work,
        env: { CI: '1' },
      },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${text}: not a GGUF file: found bytes 0x6e6f7420 ("not ")`);
  });

  it('metadata naming a file outside the configured store: fetch refuses it, verify-store reports it', async () => {
    const outside = path.join(tmp.dir, 'outside.bin');
    await copyFile(q8bin, outside);
    const { createHash } = await import('node:crypto');
    const { mkdir, readFile } = await import('node:fs/promises');
    const bytes = await readFile(outside);
    const meta = {
      model: 'esc',
      version: '1.0.0',
      base_model: 'esc',
      quantization: 'q8_0',
      benchmark_score: null,
      created_at: '2026-01-01T00:00:00.000Z',
      parent_version: null,
      kind: 'gguf',
      status: 'active',
      artifact: {
        uri: `file://${outside}`,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        size: bytes.length,
      },
    };
    // Written into the working tree by hand (as a hostile or mistaken commit would).
    await mkdir(path.join(repo.work, 'registry/models/esc'), { recursive: true });
    await writeFile(
      path.join(repo.work, 'registry/models/esc/esc-v1.0.0-q8_0.json'),
      JSON.stringify(meta, null, 2) + '\n',
    );
    const f = await mreg(['fetch', 'esc-v1.0.0-q8_0', '--cache', path.join(tmp.dir, 'cache-esc')], {
      cwd: repo.work,
      env: { CI: '1' },
    });
    expect(f.code).toBe(1);
    expect(f.stderr).toContain(
      `refusing artifact URI file://${outside}: it is outside the configured store file://${repo.store}`,
    );
    const v = await mreg(['verify-store', '--json'], { cwd: repo.work, env: { CI: '1' } });
    expect(v.code).toBe(1);
    expect(JSON.parse(v.stdout).problems).toEqual([
      expect.objectContaining({
        id: 'esc-v1.0.0-q8_0',
        problem: 'error',
        detail: expect.stringContaining('outside the configured store'),
      }),
    ]);
  });
});
