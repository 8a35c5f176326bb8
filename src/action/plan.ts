import { readFile } from 'node:fs/promises';
import { gitRunner } from '../git/repo.js';
import path from 'node:path';

import { quantizationFamily } from '../core/gate-decision.js';
import { MregError } from '../core/errors.js';
import { compareVersions, formatArtifactId, MODEL_RE, QUANT_RE, VERSION_RE, type ArtifactRef } from '../core/naming.js';

/**
 * Which artifacts a push or a pull request adds, and which of them to gate or deploy.
 *
 * An environment has one pointer, so deploying every added file one after the other leaves the
 * environment on whichever ran last: a merge adding v9.0.0 and v10.0.0 would end on v9.0.0 when the
 * files sort that way. The plan keeps the newest version (semver order) of each model and
 * quantization family; when that still leaves several artifacts, which one should end up live is a
 * decision the push did not make, and the deploy is refused with a message saying so.
 */
export interface Plan {
  /** The artifacts to gate or deploy, newest last. */
  candidates: ArtifactRef[];
  /** Added artifacts left out because a newer version of the same model and family was added too. */
  superseded: { ref: ArtifactRef; by: ArtifactRef }[];
}

/** Metadata files added between two commits (paths relative to the repository root). */
export async function addedMetadataFiles(root: string, base: string, head = 'HEAD'): Promise<string[]> {
  const git = gitRunner(root);
  const out = await git.raw([
    'diff',
    '-z',
    '--diff-filter=A',
    '--name-only',
    `${base}`,
    head,
    '--',
    'registry/models/*/*.json',
  ]);
  return out.split('\0').filter(Boolean).sort();
}

/** `base` when it names a commit here; otherwise HEAD's first parent (a new branch has no "before"). */
export async function resolveBase(root: string, base: string | undefined): Promise<string> {
  const git = gitRunner(root);
  if (base && !/^0+$/.test(base)) {
    const ok = await git.raw(['cat-file', '-e', `${base}^{commit}`]).then(
      () => true,
      () => false,
    );
    if (ok) return base;
  }
  return (await git.raw(['rev-parse', 'HEAD^'])).trim();
}

async function readRef(root: string, file: string): Promise<ArtifactRef> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path.join(root, file), 'utf8'));
  } catch (err) {
    throw new MregError('INVALID_JSON', `${file}: not valid JSON (${(err as Error).message})`, {
      problems: [{ file, pointer: '', message: 'not valid JSON' }],
    });
  }
  const o = (data ?? {}) as Record<string, unknown>;
  const checks: [keyof ArtifactRef, RegExp][] = [
    ['model', MODEL_RE],
    ['version', VERSION_RE],
    ['quantization', QUANT_RE],
  ];
  for (const [field, re] of checks) {
    const v = o[field];
    if (typeof v !== 'string' || !re.test(v)) {
      throw new MregError('SCHEMA', `${file}: /${field} must be a string matching ${re}, not ${JSON.stringify(v)}`, {
        problems: [{ file, pointer: `/${field}`, message: `must be a string matching ${re}` }],
      });
    }
  }
  return { model: o.model as string, version: o.version as string, quantization: o.quantization as string };
}

/** The newest added version per model and quantization family, in semver order (newest last). */
export function planCandidates(added: ArtifactRef[]): Plan {
  const groups = new Map<string, ArtifactRef[]>();
  for (const ref of added) {
    const key = `${ref.model}\0${quantizationFamily(ref.quantization)}`;
    groups.set(key, [...(groups.get(key) ?? []), ref]);
  }
  const candidates: ArtifactRef[] = [];
  const superseded: Plan['superseded'] = [];
  for (const refs of groups.values()) {
    const sorted = [...refs].sort(
      (a, b) => compareVersions(a.version, b.version) || a.quantization.localeCompare(b.quantization),
    );
    const newest = sorted[sorted.length - 1];
    candidates.push(newest);
    for (const r of sorted.slice(0, -1)) superseded.push({ ref: r, by: newest });
  }
  candidates.sort(
    (a, b) =>
      compareVersions(a.version, b.version) ||
      a.model.localeCompare(b.model) ||
      a.quantization.localeCompare(b.quantization),
  );
  return { candidates, superseded };
}

export async function planFromGit(root: string, base: string | undefined): Promise<Plan & { base: string }> {
  const from = await resolveBase(root, base);
  const files = await addedMetadataFiles(root, from);
  const refs: ArtifactRef[] = [];
  for (const f of files) refs.push(await readRef(root, f));
  return { ...planCandidates(refs), base: from };
}

/** The refusal of a deploy that would have to choose between several added artifacts. */
export function severalCandidatesMessage(plan: Plan, env: string): string {
  const ids = plan.candidates.map(formatArtifactId);
  return (
    `this push adds ${ids.length} artifacts of different models or quantization families (${ids.join(', ')}), ` +
    `and ${env} has one pointer: deploying them one after the other would leave ${env} on whichever ran last. ` +
    `Nothing was deployed. Deploy the one you want with \`mreg deploy MODEL VERSION --env ${env} --quantization Q\`, ` +
    `or merge the artifacts in separate pull requests.`
  );
}
