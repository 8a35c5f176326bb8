import { describe, expect, it } from 'vitest';
import { createProgress, fmtBytes } from '../../src/store/progress.js';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 80, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream };
}

describe('progress bar', () => {
  it('draws on a terminal and clears its line when done', () => {
    const { writes, stream } = fakeStream(true);
    const p = createProgress('fetch x.gguf', stream, {});
    p.update(512, 1024);
    p.update(1024, 1024);
    p.done();
    expect(writes.some((w) => w.includes('fetch x.gguf [') && w.includes('100%'))).toBe(true);
    expect(writes.at(-1)).toBe('\r\x1b[K');
  });

  it('is quiet when not a terminal, or in CI', () => {
    for (const [tty, env] of [
      [false, {}],
      [true, { CI: 'true' }],
    ] as const) {
      const { writes, stream } = fakeStream(tty);
      const p = createProgress('x', stream, env);
      p.update(1, 2);
      p.done();
      expect(writes).toEqual([]);
    }
  });

  it('formats sizes', () => {
    expect(fmtBytes(512)).toBe('512 B');
    expect(fmtBytes(1536 * 1024 * 1024)).toBe('1.5 GiB');
  });
});
