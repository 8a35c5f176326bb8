import { existsSync, lstatSync, readFileSync, readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { MregError, errorMessage, type Problem } from '../core/errors.js';
import { basePinProblem, movedStable } from '../core/rules.js';
import { parseJsonText, pointer } from '../core/json.js';
import { locatePointer } from '../core/json-position.js';
import { formatArtifactId, parseArtifactId } from '../core/naming.js';
import { schemaProblems } from '../core/schema.js';
import type { ArtifactMetadata, HistoryEntry, Pointer, Registry, RegistryConfig } from '../core/documents.js';
import { CONFIG_FILE, MODELS_DIR, REGISTRY_DIR, REGISTRY_FILE } from '../state/config.js';
import { archiveProblems, segmentPath, segmentProblems } from '../state/history-files.js';

export interface ValidationReport {
  ok: boolean;
  problems: Problem[];
  counts: { artifacts: number; history: number; environments: number };
}

/** Registered artifacts by id, with the metadata file that registers each. */
type Artifacts = Map<string, { meta: ArtifactMetadata; file: string }>;

/**
 * Validates the whole repository and reports every problem, each with its file and JSON pointer
 * (and line/column where the file can be located), instead of stopping at the first.
 */
export async function validateRepository(root: string): Promise<ValidationReport> {
  const config = loadJson<RegistryConfig>(root, CONFIG_FILE, 'config', 1024 * 1024);
  const reg = loadJson<Registry>(root, REGISTRY_FILE, 'registry');
  const { artifacts, troubled, problems: metadataProblems } = loadArtifacts(root);
  // The archived history joins registry.json's entries: the history is checked as one.
  const archived = reg.value ? loadArchive(root, reg.value) : null;
  const registry =
    reg.value && archived ? { ...reg.value, history: [...archived.history, ...reg.value.history] } : reg.value;
  const places = archived
    ? [...archived.places, ...reg.value!.history.map((_, index) => ({ file: REGISTRY_FILE, index }))]
    : [];
  // The workflows' environment choices against the config (parsed only where there are workflows).
  const workflows =
    config.value && existsSync(path.join(root, '.github', 'workflows'))
      ? (await import('./workflow-files.js')).workflowProblems(root, config.value.environments)
      : [];
  const problems = [
    ...config.problems,
    ...[linkProblem(root, REGISTRY_FILE)].filter((p): p is Problem => p !== null),
    ...reg.problems,
    ...(archived?.problems ?? []),
    ...metadataProblems,
    ...checkUniqueUris(artifacts),
    ...checkLineage(artifacts),
    ...(registry ? checkRegistry(registry, places, config.value, artifacts, troubled) : []),
    ...workflows,
  ];
  const texts = new Map([[REGISTRY_FILE, reg.text], [CONFIG_FILE, config.text], ...(archived?.texts ?? [])]);
  locateProblems(root, problems, texts);
  problems.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
  return {
    ok: problems.length === 0,
    problems,
    counts: {
      artifacts: artifacts.size,
      history: registry?.history.length ?? 0,
      environments: registry ? Object.keys(registry.environments).length : 0,
    },
  };
}

interface Loaded<T> {
  value?: T;
  text?: string;
  problems: Problem[];
}

// Synchronous reads on purpose: a thousand small metadata files read ~5x faster in a plain loop
// than through the promise API's thread-pool round trips, and validate has nothing to overlap.
function loadJson<T>(
  root: string,
  file: string,
  schema: 'registry' | 'config' | 'metadata' | 'history',
  maxBytes?: number,
): Loaded<T> {
  let text: string;
  try {
    text = readFileSync(path.join(root, file), 'utf8');
  } catch {
    return { problems: [{ file, pointer: '', message: 'file not found' }] };
  }
  let raw: unknown;
  try {
    raw = parseJsonText(text, file, maxBytes);
  } catch (err) {
    if (err instanceof MregError && err.problems.length) return { text, problems: [...err.problems] };
    return { text, problems: [{ file, pointer: '', message: errorMessage(err) }] };
  }
  const found = schemaProblems(schema, raw, file);
  if (found.length) return { text, problems: found };
  return { value: raw as T, text, problems: [] };
}

/** Where a history entry lives: registry.json or an archived file, and its index there. */
interface Place {
  file: string;
  index: number;
}

/**
 * The archived history files registry.json lists, in order: each present, with the sha256 listed,
 * valid against its schema, holding the ids and count listed; the files in order and before
 * registry.json's own entries. Entries of a damaged file still join the history when they parse,
 * so their references are checked too.
 */
function loadArchive(
  root: string,
  registry: Registry,
): { history: HistoryEntry[]; places: Place[]; problems: Problem[]; texts: [string, string | undefined][] } {
  const history: HistoryEntry[] = [];
  const places: Place[] = [];
  const problems: Problem[] = [];
  const texts: [string, string | undefined][] = [];
  problems.push(...archiveProblems(registry));
  (registry.archive ?? []).forEach((seg, k) => {
    const file = segmentPath(seg);
    const link = linkProblem(root, file);
    if (link) problems.push(link);
    const loaded = loadJson<{ first_id: number; last_id: number; history: HistoryEntry[] }>(root, file, 'history');
    texts.push([file, loaded.text]);
    if (loaded.text === undefined) {
      problems.push({
        file,
        pointer: '',
        message: `file not found (listed at ${REGISTRY_FILE}#${pointer('archive', k)})`,
      });
      return;
    }
    problems.push(...loaded.problems, ...segmentProblems(loaded.text, loaded.value, seg, k));
    loaded.value?.history.forEach((e, index) => {
      history.push(e);
      places.push({ file, index });
    });
  });
  // A file in registry/history/ that registry.json does not list is history nobody reads.
  const listed = new Set((registry.archive ?? []).map((seg) => segmentPath(seg)));
  for (const name of safeList(path.join(root, REGISTRY_DIR, 'history'))) {
    const file = `${REGISTRY_DIR}/history/${name}`;
    if (!listed.has(file))
      problems.push({
        file,
        pointer: '',
        message: `not listed in ${REGISTRY_FILE}#/archive: archived history must be listed there (with its sha256) to count`,
      });
  }
  return { history, places, problems, texts };
}

/**
 * Every metadata file under registry/models/<model>/; an id registered twice keeps its first file.
 * `troubled`: the ids (by file name) of metadata files with problems of their own, so that the
 * registry's references to them are not reported a second time as "not registered".
 */
function loadArtifacts(root: string): { artifacts: Artifacts; troubled: Set<string>; problems: Problem[] } {
  const artifacts: Artifacts = new Map();
  const troubled = new Set<string>();
  const problems: Problem[] = [];
  for (const dir of modelDirs(root)) {
    const dirFile = `${MODELS_DIR}/${dir.name}`;
    if (!dir.isDirectory()) {
      if (dir.name !== '.gitkeep')
        problems.push({ file: dirFile, pointer: '', message: 'expected a folder per model in registry/models/' });
      continue;
    }
    for (const name of readdirSync(path.join(root, dirFile)).sort()) {
      const file = `${dirFile}/${name}`;
      const read = readMetadataFile(root, dir.name, name);
      problems.push(...read.problems);
      if (read.problems.length && name.endsWith('.json')) troubled.add(idOfFileName(name));
      if (!read.found) continue;
      const { id, meta } = read.found;
      const prior = artifacts.get(id);
      if (prior) problems.push({ file, pointer: '', message: `duplicate artifact ${id} (also ${prior.file})` });
      else artifacts.set(id, { meta, file });
    }
  }
  return { artifacts, troubled, problems };
}

/** The registry's files are read and replaced in place: every command refuses one that is a symbolic link, and so does validate. */
function linkProblem(root: string, file: string): Problem | null {
  try {
    if (!lstatSync(path.join(root, file)).isSymbolicLink()) return null;
  } catch {
    return null; // missing: reported where it is read
  }
  return {
    file,
    pointer: '',
    message:
      "is a symbolic link; mreg reads and writes the registry's files themselves: replace the link by the file it points to",
  };
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return []; // no archived history
  }
}

function modelDirs(root: string): Dirent[] {
  try {
    return readdirSync(path.join(root, MODELS_DIR), { withFileTypes: true });
  } catch {
    return []; // no models yet
  }
}

/** One metadata file on its own: schema, id, and agreement with its folder and file name. */
function readMetadataFile(
  root: string,
  model: string,
  name: string,
): { problems: Problem[]; found?: { id: string; meta: ArtifactMetadata } } {
  const file = `${MODELS_DIR}/${model}/${name}`;
  if (!name.endsWith('.json'))
    return { problems: [{ file, pointer: '', message: 'expected only <model>-v<x.y.z>-<quant>.json files here' }] };
  const { value: meta, problems } = loadJson<ArtifactMetadata>(root, file, 'metadata', 1024 * 1024);
  if (!meta) return { problems };
  let id: string;
  try {
    id = formatArtifactId(meta);
  } catch (err) {
    return { problems: [...problems, { file, pointer: '', message: errorMessage(err) }] };
  }
  if (meta.model !== model)
    problems.push({
      file,
      pointer: '/model',
      message: `model ${JSON.stringify(meta.model)} does not match its folder ${JSON.stringify(model)}`,
    });
  if (`${id}.json` !== name)
    problems.push({
      file,
      pointer: mismatchedField(name, meta),
      message: `file name ${name} says ${idOfFileName(name)}, but its fields say ${id}`,
    });
  return { problems, found: { id, meta } };
}

/** The field that disagrees with the file name (the annotation goes on its line), or '' when the name is no id. */
function mismatchedField(name: string, meta: ArtifactMetadata): string {
  try {
    const named = parseArtifactId(name.slice(0, -5));
    for (const field of ['version', 'quantization', 'model'] as const)
      if (named[field] !== meta[field]) return `/${field}`;
  } catch {
    /* not an id at all: the whole file */
  }
  return '';
}

function idOfFileName(name: string): string {
  try {
    return formatArtifactId(parseArtifactId(name.slice(0, -5)));
  } catch {
    return 'an invalid id';
  }
}

/** Two ids for one stored object would let a deploy of one silently serve the other. */
function checkUniqueUris(artifacts: Artifacts): Problem[] {
  const problems: Problem[] = [];
  const byUri = new Map<string, string>();
  for (const [id, { meta, file }] of artifacts) {
    const prior = byUri.get(meta.artifact.uri);
    if (prior)
      problems.push({ file, pointer: '/artifact/uri', message: `the same artifact URI is registered as ${prior}` });
    else byUri.set(meta.artifact.uri, id);
  }
  return problems;
}

/** Parent versions and base artifacts name registered ones, and a base's pinned digest is its digest. */
function checkLineage(artifacts: Artifacts): Problem[] {
  const problems: Problem[] = [];
  const versionsOf = new Map<string, Set<string>>();
  for (const { meta } of artifacts.values()) {
    if (!versionsOf.has(meta.model)) versionsOf.set(meta.model, new Set());
    versionsOf.get(meta.model)!.add(meta.version);
  }
  for (const { meta, file } of artifacts.values()) {
    if (meta.parent_version && !versionsOf.get(meta.model)?.has(meta.parent_version)) {
      problems.push({
        file,
        pointer: '/parent_version',
        message: `parent version ${meta.parent_version} of ${meta.model} is not registered`,
      });
    }
    if (meta.base) {
      const pin = basePinProblem(meta, artifacts.get(meta.base.id)?.meta);
      if (pin) problems.push({ file, ...pin });
    }
  }
  return problems;
}

/** Pointers and history name registered artifacts and agree with each other and with the config. */
function checkRegistry(
  registry: Registry,
  places: Place[],
  config: RegistryConfig | undefined,
  artifacts: Artifacts,
  troubled: Set<string>,
): Problem[] {
  return [
    ...(config?.environments ? checkEnvironmentNames(registry, config.environments) : []),
    ...checkHistory(registry, places, artifacts, troubled),
    ...checkPointers(registry, artifacts, troubled),
  ];
}

function checkEnvironmentNames(registry: Registry, envs: string[]): Problem[] {
  const file = REGISTRY_FILE;
  const problems: Problem[] = [];
  for (const e of envs)
    if (!(e in registry.environments))
      problems.push({ file, pointer: '/environments', message: `environment ${e} from ${CONFIG_FILE} is missing` });
  for (const e of Object.keys(registry.environments))
    if (!envs.includes(e))
      problems.push({
        file,
        pointer: pointer('environments', e),
        message: `environment ${e} is not in ${CONFIG_FILE} environments (${envs.join(', ')})`,
      });
  return problems;
}

function checkHistory(registry: Registry, places: Place[], artifacts: Artifacts, troubled: Set<string>): Problem[] {
  const problems: Problem[] = [];
  let lastId = 0;
  const ids = new Set<number>();
  const outOfOrder = new Set<string>();
  registry.history.forEach((e, k) => {
    const { file, index } = places[k] ?? { file: REGISTRY_FILE, index: k };
    const at = pointer('history', index);
    if (ids.has(e.id)) problems.push({ file, pointer: `${at}/id`, message: `duplicate history id ${e.id}` });
    else if (e.id <= lastId && !outOfOrder.has(file)) {
      // Once per file: a file out of place (archive rows swapped) would otherwise report every entry.
      outOfOrder.add(file);
      problems.push({ file, pointer: `${at}/id`, message: `history ids must increase: ${e.id} follows ${lastId}` });
    }
    ids.add(e.id);
    lastId = Math.max(lastId, e.id);
    if (!(e.env in registry.environments))
      problems.push({ file, pointer: `${at}/env`, message: `unknown environment ${e.env}` });
    const id = `${e.model}-v${e.version}-${e.quantization}`;
    if (!artifacts.has(id) && !troubled.has(id))
      problems.push({ file, pointer: at, message: `names ${id}, which is not registered` });
  });
  return problems;
}

function checkPointers(registry: Registry, artifacts: Artifacts, troubled: Set<string>): Problem[] {
  // The id of the last history entry of each environment, in file order.
  // The id of the last entry of each environment that moved its stable version, in file order.
  const lastOfEnv = new Map<string, number>();
  for (const e of registry.history) if (movedStable(e)) lastOfEnv.set(e.env, e.id);
  return Object.entries(registry.environments).flatMap(([env, p]) => [
    ...checkPointer(registry, env, p, lastOfEnv.get(env), artifacts, troubled),
    ...(p?.canary ? checkCanary(registry, env, p, artifacts, troubled) : []),
  ]);
}

/**
 * A canary is a registered, unblocked version of the stable version's model, other than it, made
 * by the environment's newest canary entry after the stable version's own entry.
 */
function checkCanary(
  registry: Registry,
  env: string,
  p: Pointer,
  artifacts: Artifacts,
  troubled: Set<string>,
): Problem[] {
  const file = REGISTRY_FILE;
  const at = `${pointer('environments', env)}/canary`;
  const c = p.canary!;
  const id = `${p.model}-v${c.version}-${c.quantization}`;
  const problems: Problem[] = [];
  if (c.version === p.version && c.quantization === p.quantization)
    problems.push({ file, pointer: at, message: `the canary ${id} is the stable version itself` });
  if (!artifacts.has(id)) {
    if (!troubled.has(id)) problems.push({ file, pointer: at, message: `the canary ${id} is not registered` });
  } else if (artifacts.get(id)!.meta.status === 'blocked')
    problems.push({ file, pointer: at, message: `the canary ${id} is blocked` });
  const entry = registry.history.find((h) => h.id === c.history_id);
  const newest = registry.history.filter((h) => h.env === env).pop();
  if (
    !entry ||
    entry.action !== 'canary' ||
    entry.env !== env ||
    `${entry.model}-v${entry.version}-${entry.quantization}` !== id
  )
    problems.push({
      file,
      pointer: `${at}/history_id`,
      message: `history entry ${c.history_id} is not a canary entry of ${env} for ${id}`,
    });
  else if (entry.canary_percent !== c.percent)
    problems.push({
      file,
      pointer: `${at}/percent`,
      message: `is ${c.percent}, but history entry ${entry.id} records ${entry.canary_percent}`,
    });
  else if (entry.id < p.history_id || (newest && newest.id !== entry.id))
    problems.push({
      file,
      pointer: `${at}/history_id`,
      message: `the latest ${env} entry is ${newest?.id}, but the canary follows ${entry.id}`,
    });
  return problems;
}

function checkPointer(
  registry: Registry,
  env: string,
  p: Pointer | null,
  last: number | undefined,
  artifacts: Artifacts,
  troubled: Set<string>,
): Problem[] {
  const file = REGISTRY_FILE;
  const at = pointer('environments', env);
  if (!p)
    return last !== undefined
      ? [{ file, pointer: at, message: `is null but history entry ${last} deployed to ${env}` }]
      : [];
  const problems: Problem[] = [];
  const id = `${p.model}-v${p.version}-${p.quantization}`;
  // A metadata file with problems of its own is reported there; "not registered" would mislead.
  if (!artifacts.has(id)) {
    if (!troubled.has(id)) problems.push({ file, pointer: at, message: `points at ${id}, which is not registered` });
  } else if (artifacts.get(id)!.meta.status === 'blocked')
    problems.push({ file, pointer: at, message: `points at ${id}, which is blocked` });
  const entry = registry.history.find((h) => h.id === p.history_id);
  if (!entry)
    problems.push({ file, pointer: `${at}/history_id`, message: `history entry ${p.history_id} does not exist` });
  else if (
    entry.env !== env ||
    entry.model !== p.model ||
    entry.version !== p.version ||
    entry.quantization !== p.quantization
  ) {
    problems.push({
      file,
      pointer: `${at}/history_id`,
      message: `history entry ${p.history_id} records ${entry.env} ${entry.model} ${entry.version} (${entry.quantization}), not this pointer`,
    });
  } else if (last !== undefined && last !== p.history_id) {
    problems.push({
      file,
      pointer: `${at}/history_id`,
      message: `the latest ${env} entry is ${last}, but the pointer follows ${p.history_id}`,
    });
  }
  return problems;
}

/** Line and column for every problem whose file can be read, for annotations. */
function locateProblems(root: string, problems: Problem[], texts: Map<string, string | undefined>): void {
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
}
