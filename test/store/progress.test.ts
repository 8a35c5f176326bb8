import { describe, expect, it } from 'vitest';
import { createFileProgress, createProgress, fmtBytes } from '../../src/store/progress.js';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return {
    writes,
    stream: { isTTY, columns: 80, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream,
  };
}

/** A clock the test moves by hand. */
function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

const MiB = 1024 * 1024;

describe('progress on a terminal', () => {
  it('draws a bar and clears its line when done', () => {
    const { writes, stream } = fakeStream(true);
    const p = createProgress('fetch x.gguf', stream, {});
    p.update(512, 1024);
    p.update(1024, 1024);
    p.done();
    expect(writes.some((w) => w.includes('fetch x.gguf [') && w.includes('100%'))).toBe(true);
    expect(writes.at(-1)).toBe('\r\x1b[K');
  });
});

describe('progress in a CI log or a pipe', () => {
  it.each([
    ['not a terminal', false, {}],
    ['CI set on a terminal', true, { CI: 'true' }],
  ] as const)('%s: a plain line every few seconds and one at the end, no carriage returns', (_name, tty, env) => {
    const { writes, stream } = fakeStream(tty);
    const c = clock();
    const p = createProgress('fetch x.gguf', stream, env, { lineIntervalMs: 5000, now: c.now });
    for (let i = 1; i <= 12; i++) {
      c.advance(1000);
      p.update(i * 10 * MiB, 120 * MiB);
    }
    p.done();
    // At 1 s (the first), 6 s, 11 s, and the end at 12 s.
    expect(writes).toHaveLength(4);
    for (const w of writes) {
      expect(w).toMatch(/^fetch x\.gguf: \d+% /);
      expect(w.endsWith('\n')).toBe(true);
      expect(w).not.toContain('\r');
    }
    expect(writes.at(-1)).toMatch(/^fetch x\.gguf: 100% 120\.0 MiB\/120\.0 MiB 10\.0 MiB\/s\n$/);
  });
});

describe('the rate', () => {
  it('is not shown before a second of samples, so a burst of buffered chunks does not read as GiB/s', () => {
    const { writes, stream } = fakeStream(false);
    const c = clock();
    const p = createProgress('x', stream, {}, { lineIntervalMs: 0, now: c.now });
    p.update(64 * MiB, 1024 * MiB); // arrives at once from buffers
    c.advance(4);
    p.update(80 * MiB, 1024 * MiB);
    expect(writes.join('')).not.toMatch(/\/s/);
    c.advance(1000);
    p.update(90 * MiB, 1024 * MiB);
    // (90 - 80) MiB over the last second: the burst is not counted.
    expect(writes.at(-1)).toMatch(/ 10\.0 MiB\/s\n$/);
  });

  it('follows the recent speed, not the average since the start', () => {
    const { writes, stream } = fakeStream(false);
    const c = clock();
    const p = createProgress('x', stream, {}, { lineIntervalMs: 0, now: c.now });
    let bytes = 0;
    for (let i = 0; i < 10; i++) {
      p.update((bytes += 100 * MiB), 10_000 * MiB); // 100 MiB per 500 ms
      c.advance(500);
    }
    for (let i = 0; i < 6; i++) {
      p.update((bytes += 5 * MiB), 10_000 * MiB); // then 5 MiB per 500 ms
      c.advance(500);
    }
    expect(writes.at(-1)).toMatch(/ 10\.0 MiB\/s\n$/);
  });
});

describe('fmtBytes', () => {
  it('formats sizes', () => {
    expect(fmtBytes(512)).toBe('512 B');
    expect(fmtBytes(1536 * 1024 * 1024)).toBe('1.5 GiB');
  });
});

describe('progress over the files of an artifact (deploy, gate and fetch downloads)', () => {
  it('labels each file, shows each one finishing, and leaves a terminal line clean after each', () => {
    const { writes, stream } = fakeStream(true);
    const p = createFileProgress('download', stream, {});
    p.update('a-00001-of-00002.gguf', 10, 20);
    p.update('a-00001-of-00002.gguf', 20, 20);
    p.update('a-00002-of-00002.gguf', 5, 5);
    const finals = writes.filter((w) => w.includes('100%'));
    expect(finals.map((w) => w.match(/download (\S+)/)?.[1])).toEqual([
      'a-00001-of-00002.gguf',
      'a-00002-of-00002.gguf',
    ]);
    expect(writes.at(-1)).toBe('\r\x1b[K');
  });

  it('in a job log (not a terminal): plain lines naming the file, no carriage returns', () => {
    const { writes, stream } = fakeStream(false);
    const p = createFileProgress('download', stream, {});
    p.update('m.gguf', 100, 100);
    expect(writes).toEqual([expect.stringMatching(/^download m\.gguf: 100% /)]);
    expect(writes.join('')).not.toContain('\r');
  });
});
