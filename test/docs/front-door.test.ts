import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The documentation stays navigable: README.md is the front door (short enough to read in one
 * sitting), and every relative link in it, in docs/, in bench/README.md and in CONTRIBUTING.md
 * points to a file that exists.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const README_MAX_LINES = 250;

function documents(): string[] {
  const docs = readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => path.join('docs', f));
  return ['README.md', 'CONTRIBUTING.md', 'bench/README.md', ...docs];
}

/** The targets of markdown links and images, `[text](target)`, outside code blocks and code spans. */
function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]);
}

function isRelative(target: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#') && !target.startsWith('//');
}

describe('the documentation', () => {
  it(`keeps README.md within ${README_MAX_LINES} lines`, () => {
    const lines = readFileSync(path.join(ROOT, 'README.md'), 'utf8').replace(/\n$/, '').split('\n').length;
    expect(lines).toBeLessThanOrEqual(README_MAX_LINES);
  });

  it('has relative links that point to files in the repository', () => {
    const broken: string[] = [];
    for (const doc of documents()) {
      const text = readFileSync(path.join(ROOT, doc), 'utf8');
      for (const target of linkTargets(text).filter(isRelative)) {
        const file = decodeURIComponent(target.split('#')[0]);
        if (!existsSync(path.resolve(ROOT, path.dirname(doc), file))) broken.push(`${doc}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('finds links the way a reader sees them (the link check itself)', () => {
    const md = [
      'See [the gate](docs/gate.md#paired) and ![chart](img/a.png "A").',
      '```',
      '[not a link](nowhere.md)',
      '```',
      '`[code](span.md)` [web](https://x.org)',
    ].join('\n');
    expect(linkTargets(md)).toEqual(['docs/gate.md#paired', 'img/a.png', 'https://x.org']);
    expect(linkTargets(md).filter(isRelative)).toEqual(['docs/gate.md#paired', 'img/a.png']);
  });
});
