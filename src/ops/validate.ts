import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { MregError, errorMessage, type Problem } from '../core/errors.js';
import { parseJsonText, pointer } from '../core/json.js';
import { locatePointer } from '../core/locate.js';
import { formatArtifactId, parseArtifactId } from '../core/naming.js';
import { schemaProblems } from '../core/schema.js';
import type { ArtifactMetadata, Registry, RegistryConfig } from '../core/types.js';
import { CONFIG_FILE, MODELS_DIR, REGISTRY_FILE } from '../state/config.js';

/**
 * Validates the whole repository and reports every problem, each with its file and JSON pointer
 * (and line/column where the file can be located), instead of stopping at the first.
 */
export interface ValidationReport {
  ok: boolean;
  problems: Problem[];
  counts: { artifacts: number; history: number; environments: number };
}

interface Loaded<T> {
  value?: T;
  text?: string;
}

// Synchronous reads on purpose: a thousand small metadata files read ~5x faster in a plain loop
// than through the promise API's thread-pool round trips, and validate has nothing to overlap.
function loadJson<T>(root: string, file: string, schema: 'registry' | 'config' | 'metadata', problems: Problem[], maxBytes?: number): Loaded<T> {
  let text: string;
  try {
    text = readFileSync(path.join(root, file), 'utf8');
  } catch {
    problems.push({ file, pointer: '', message: 'file not found' });
    return {};
  }
  let raw: unknown;
  try {
    raw = parseJsonText(text, file, maxBytes);
  } catch (err) {
    if (err instanceof MregError && err.problems.length) problems.push(...err.problems);
    else problems.push({ file, pointer: '', message: errorMessage(err) });
    return { text };
  }
  const found = schemaProblems(schema, raw, file, { strict: true });
  if (found.length) {
    problems.push(...found);
    return { text };
  }
  return { value: raw as T, text };
}

export async function validateRepository(root: string): Promise<ValidationReport> {
  const problems: Problem[] = [];
  const config = loadJson<RegistryConfig>(root, CONFIG_FILE, 'config', problems, 1024 * 1024);
  const reg = loadJson<Registry>(root, REGISTRY_FILE, 'registry', problems);

  // Artifact metadata: every file under registry/models/<model>/.
  const artifacts = new Map<string, { meta: ArtifactMetadata; file: string }>();
  let modelDirs: import('node:fs').Dirent[] = [];
  try {
    modelDirs = readdirSync(path.join(root, MODELS_DIR), { withFileTypes: true });
  } catch {
    /* no models yet */
  }
  for (const dir of modelDirs) {
    const dirFile = `${MODELS_DIR}/${dir.name}`;
    if (!dir.isDirectory()) {
      if (dir.name !== '.gitkeep') problems.push({ file: dirFile, pointer: '', message: 'expected a folder per model in registry/models/' });
      continue;
    }
    for (const name of readdirSync(path.join(root, dirFile)).sort()) {
      const file = `${dirFile}/${name}`;
      if (!name.endsWith('.json')) {
        problems.push({ file, pointer: '', message: 'expected only <model>-v<x.y.z>-<quant>.json files here' });
        continue;
      }
      const { value: meta } = loadJson<ArtifactMetadata>(root, file, 'metadata', problems, 1024 * 1024);
      if (!meta) continue;
      let id: string;
      try {
        id = formatArtifactId(meta);
      } catch (err) {
        problems.push({ file, pointer: '', message: errorMessage(err) });
        continue;
      }
      if (meta.model !== dir.name) problems.push({ file, pointer: '/model', message: `model ${JSON.stringify(meta.model)} does not match its folder ${JSON.stringify(dir.name)}` });
      if (`${id}.json` !== name) {
        let fromName = '';
        try {
          fromName = formatArtifactId(parseArtifactId(name.slice(0, -5)));
        } catch {
          fromName = 'an invalid id';
        }
        problems.push({ file, pointer: '', message: `file name ${name} says ${fromName}, but its fields say ${id}` });
      }
      if (artifacts.has(id)) problems.push({ file, pointer: '', message: `duplicate artifact ${id} (also ${artifacts.get(id)!.file})` });
      else artifacts.set(id, { meta, file });
    }
  }

  // Cross-file rules between metadata files.
  const byUri = new Map<string, string>();
  const versionsOf = new Map<string, Set<string>>();
  for (const [id, { meta }] of artifacts) {
    if (!versionsOf.has(meta.model)) versionsOf.set(meta.model, new Set());
    versionsOf.get(meta.model)!.add(meta.version);
    const prior = byUri.get(meta.artifact.uri);
    if (prior) problems.push({ file: artifacts.get(id)!.file, pointer: '/artifact/uri', message: `the same artifact URI is registered as ${prior}` });
    else byUri.set(meta.artifact.uri, id);
  }
  for (const { meta, file } of artifacts.values()) {
    if (meta.parent_version && !versionsOf.get(meta.model)?.has(meta.parent_version)) {
      problems.push({ file, pointer: '/parent_version', message: `parent version ${meta.parent_version} of ${meta.model} is not registered` });
    }
    if (meta.base) {
      const base = artifacts.get(meta.base.id);
      if (!base) problems.push({ file, pointer: '/base/id', message: `base artifact ${meta.base.id} is not registered` });
      else if (base.meta.artifact.sha256 !== meta.base.sha256) problems.push({ file, pointer: '/base/sha256', message: `pins ${meta.base.sha256}, but ${meta.base.id} has sha256 ${base.meta.artifact.sha256}` });
    }
  }

  // Registry rules: pointers and history name registered artifacts and agree with each other.
  const registry = reg.value;
  if (registry) {
    const file = REGISTRY_FILE;
    const envs = config.value?.environments;
    if (envs) {
      for (const e of envs) if (!(e in registry.environments)) problems.push({ file, pointer: '/environments', message: `environment ${e} from ${CONFIG_FILE} is missing` });
      for (const e of Object.keys(registry.environments)) if (!envs.includes(e)) problems.push({ file, pointer: pointer('environments', e), message: `environment ${e} is not in ${CONFIG_FILE} environments (${envs.join(', ')})` });
    }
    let lastId = 0;
    const ids = new Set<number>();
    const lastOfEnv = new Map<string, { id: number; index: number }>();
    registry.history.forEach((e, index) => {
      const at = pointer('history', index);
      if (ids.has(e.id)) problems.push({ file, pointer: `${at}/id`, message: `duplicate history id ${e.id}` });
      else if (e.id <= lastId) problems.push({ file, pointer: `${at}/id`, message: `history ids must increase: ${e.id} follows ${lastId}` });
      ids.add(e.id);
      lastId = Math.max(lastId, e.id);
      if (!(e.env in registry.environments)) problems.push({ file, pointer: `${at}/env`, message: `unknown environment ${e.env}` });
      const id = `${e.model}-v${e.version}-${e.quantization}`;
      if (!artifacts.has(id)) problems.push({ file, pointer: at, message: `names ${id}, which is not registered` });
      lastOfEnv.set(e.env, { id: e.id, index });
    });
    for (const [env, p] of Object.entries(registry.environments)) {
      const at = pointer('environments', env);
      const last = lastOfEnv.get(env);
      if (!p) {
        if (last) problems.push({ file, pointer: at, message: `is null but history entry ${last.id} deployed to ${env}` });
        continue;
      }
      const id = `${p.model}-v${p.version}-${p.quantization}`;
      if (!artifacts.has(id)) problems.push({ file, pointer: at, message: `points at ${id}, which is not registered` });
      else if (artifacts.get(id)!.meta.status === 'blocked') problems.push({ file, pointer: at, message: `points at ${id}, which is blocked` });
      const entry = registry.history.find((h) => h.id === p.history_id);
      if (!entry) problems.push({ file, pointer: `${at}/history_id`, message: `history entry ${p.history_id} does not exist` });
      else if (entry.env !== env || entry.model !== p.model || entry.version !== p.version || entry.quantization !== p.quantization) {
        problems.push({ file, pointer: `${at}/history_id`, message: `history entry ${p.history_id} records ${entry.env} ${entry.model} ${entry.version} (${entry.quantization}), not this pointer` });
      } else if (last && last.id !== p.history_id) {
        problems.push({ file, pointer: `${at}/history_id`, message: `the latest ${env} entry is ${last.id}, but the pointer follows ${p.history_id}` });
      }
    }
  }

  // Line and column for every problem whose file we could read, for annotations.
  const texts = new Map<string, string | undefined>([
    [REGISTRY_FILE, reg.text],
    [CONFIG_FILE, config.text],
  ]);
  for (const p of problems) {
    if (p.line !== undefined) continue;
    let text = texts.get(p.file);
    if (text === undefined && p.file.startsWith(MODELS_DIR)) {
      try {
        text = readFileSync(path.join(root, p.file), 'utf8');
      } catch {
        text = undefined;
      }
      texts.set(p.file, text);
    }
    if (text === undefined) continue;
    try {
      const loc = locatePointer(text, p.pointer);
      if (loc) Object.assign(p, loc);
    } catch {
      /* leave without a line */
    }
  }
  problems.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
  return {
    ok: problems.length === 0,
    problems,
    counts: { artifacts: artifacts.size, history: registry?.history.length ?? 0, environments: registry ? Object.keys(registry.environments).length : 0 },
  };
}
