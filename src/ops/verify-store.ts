import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatArtifactId } from '../core/naming.js';
import type { ArtifactMetadata } from '../core/types.js';
import { artifactFiles, locateObject } from '../store/index.js';
import { MODELS_DIR } from '../state/config.js';
import type { OpsContext } from '../state/context.js';
import { storeOf } from './fetch.js';
import { parseMetadata } from '../core/schema.js';

export interface StoreProblem {
  id: string;
  uri: string;
  problem: 'missing' | 'size' | 'sha256' | 'error';
  detail: string;
}

export interface VerifyStoreReport {
  ok: boolean;
  deep: boolean;
  artifacts: number;
  files: number;
  problems: StoreProblem[];
}

/**
 * Every registered artifact's files are in the store with the recorded size; with `deep`, their
 * bytes hash to the recorded sha256 (read once, streamed; never held in memory).
 */
export async function verifyStore(ctx: OpsContext, o: { deep?: boolean; onFile?: (id: string, uri: string) => void } = {}): Promise<VerifyStoreReport> {
  const configured = storeOf(ctx);
  const metas = await allMetadata(ctx.root);
  const problems: StoreProblem[] = [];
  let files = 0;
  for (const meta of metas) {
    const id = formatArtifactId(meta);
    for (const f of artifactFiles(meta)) {
      files++;
      o.onFile?.(id, f.uri);
      try {
        // Only the configured store is checked: a URI elsewhere is reported, as fetch refuses it.
        const { store, key } = locateObject(f.uri, configured, { ...ctx.config, baseDir: ctx.root, confine: true });
        const info = await store.head(key);
        if (!info) {
          problems.push({ id, uri: f.uri, problem: 'missing', detail: `${f.uri} does not exist` });
          continue;
        }
        if (info.size !== f.size) {
          problems.push({ id, uri: f.uri, problem: 'size', detail: `${f.uri} is ${info.size} bytes, the registry records ${f.size}` });
          continue;
        }
        if (o.deep) {
          const hash = createHash('sha256');
          if (f.size > 0) for await (const chunk of await store.getRange(key, 0, f.size - 1)) hash.update(chunk as Buffer);
          const got = hash.digest('hex');
          if (got !== f.sha256) problems.push({ id, uri: f.uri, problem: 'sha256', detail: `${f.uri} has sha256 ${got}, the registry records ${f.sha256}` });
        }
      } catch (err) {
        problems.push({ id, uri: f.uri, problem: 'error', detail: err instanceof Error ? err.message : String(err) });
      }
    }
  }
  return { ok: problems.length === 0, deep: !!o.deep, artifacts: metas.length, files, problems };
}

async function allMetadata(root: string): Promise<ArtifactMetadata[]> {
  const out: ArtifactMetadata[] = [];
  const dir = path.join(root, MODELS_DIR);
  for (const model of (await readdir(dir, { withFileTypes: true }).catch(() => []))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()) {
    for (const name of (await readdir(path.join(dir, model))).filter((n) => n.endsWith('.json')).sort()) {
      const file = `${MODELS_DIR}/${model}/${name}`;
      out.push(parseMetadata(await readFile(path.join(root, file), 'utf8'), file));
    }
  }
  return out;
}
