import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The documentation stays navigable: README.md is the front door (short enough to read in one
 * sitting), and every relative link in it, in docs/, in bench/README.md and in CONTRIBUTING.md
 * points to a file that exists, and to a heading of that file when it names one (`file.md#part`,
 * or `#part` within the same file).
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

/** The anchors GitHub gives a document's headings: lower case, punctuation dropped, spaces to dashes, repeats numbered. */
function headingAnchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const [, text] of markdown.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6} +(.+?) *#*$/gm)) {
    const slug = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return anchors;
}

function isRelative(target: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#') && !target.startsWith('//');
}

describe('the documentation', () => {
  it(`keeps README.md within ${README_MAX_LINES} lines`, () => {
    const lines = readFileSync(path.join(ROOT, 'README.md'), 'utf8').replace(/\n$/, '').split('\n').length;
    expect(lines).toBeLessThanOrEqual(README_MAX_LINES);
  });

  it('has relative links that point to files in the repository, and to headings there', () => {
    const broken: string[] = [];
    for (const doc of documents()) {
      const text = readFileSync(path.join(ROOT, doc), 'utf8');
      for (const target of linkTargets(text).filter((t) => isRelative(t) || t.startsWith('#'))) {
        const [file, anchor] = target.split('#');
        const resolved = file ? path.resolve(ROOT, path.dirname(doc), decodeURIComponent(file)) : path.join(ROOT, doc);
        if (!existsSync(resolved)) broken.push(`${doc}: ${target}`);
        else if (anchor && resolved.endsWith('.md') && !headingAnchors(readFileSync(resolved, 'utf8')).has(anchor))
          broken.push(`${doc}: ${target} (no such heading)`);
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
    const anchors = headingAnchors(
      '# The `mreg` CLI\n## Step 1: init (git)\n## Notes\n## Notes\n```\n# not a heading\n```\n',
    );
    expect([...anchors]).toEqual(['the-mreg-cli', 'step-1-init-git', 'notes', 'notes-1']);
  });
});
