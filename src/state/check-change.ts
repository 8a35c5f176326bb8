import { access } from 'node:fs/promises';
import path from 'node:path';
import { MregError, errorMessage, type Problem } from '../core/errors.js';
import { pointer } from '../core/json.js';
import { metadataPath, type ArtifactRef } from '../core/naming.js';
import { checkDocument, parseDocument, schemaProblems, type SchemaName } from '../core/schema.js';
import type { ArtifactMetadata, Registry } from '../core/documents.js';
import { CONFIG_FILE, MODELS_DIR, REGISTRY_FILE } from './config.js';
import { historyPlace } from './history-files.js';

/**
 * What a change is about to commit must pass `mreg validate` as far as it reaches: every file it
 * writes passes its schema, and a registry.json it writes has unique history ids, pointers that
 * name a history entry of their environment and a registered artifact, and new history entries
 * that name registered artifacts. Only what the change touches is checked (a deploy stays fast on
 * a registry of thousands of artifacts): the rest of the repository is `mreg validate`'s job.
 */
export interface ChangedFile {
  path: string;
  content: string;
  /** What `content` serializes (see PlannedChange). */
  value?: unknown;
}

function schemaOf(file: string): SchemaName | null {
  if (file === REGISTRY_FILE) return 'registry';
  if (file === CONFIG_FILE) return 'config';
  if (file.startsWith(`${MODELS_DIR}/`)) return 'metadata';
  return null;
}

function refuse(code: 'SCHEMA' | 'INTEGRITY', problems: Problem[]): never {
  const [first] = problems;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  throw new MregError(
    code,
    `refusing to commit a registry that fails validation: ${first.file}#${first.pointer}: ${first.message}${more}; nothing was changed (run mreg validate)`,
    { problems },
  );
}

/**
 * Refuses (MregError 'SCHEMA' for a schema problem, 'INTEGRITY' for a cross-reference one, each
 * naming file and JSON pointer) a change whose files would fail validation. `before` is the
 * registry the change was planned on (its history ids tell which entries are new).
 */
export async function checkChange(
  root: string,
  files: ChangedFile[],
  before: { registry: Registry; text: string } | null,
): Promise<void> {
  const parsed = new Map<string, unknown>();
  for (const f of files) {
    const schema = schemaOf(f.path);
    if (!schema) continue;
    let value: unknown;
    try {
      value =
        schema === 'registry' && before
          ? f.value !== undefined
            ? checkRegistryValue(f.value as Registry, before.registry)
            : checkRegistryText(f.content, before.text)
          : parseDocument(schema, f.content, f.path);
    } catch (err) {
      if (err instanceof MregError && err.problems.length) refuse('SCHEMA', err.problems);
      if (err instanceof MregError && err.code === 'SCHEMA') throw err;
      refuse('SCHEMA', [{ file: f.path, pointer: '', message: errorMessage(err) }]);
    }
    parsed.set(f.path, value);
    if (schema === 'metadata') {
      const meta = value as ArtifactMetadata;
      let expected: string;
      try {
        expected = metadataPath(meta);
      } catch (err) {
        refuse('SCHEMA', [{ file: f.path, pointer: '', message: errorMessage(err) }]);
      }
      if (expected !== f.path)
        refuse('INTEGRITY', [{ file: f.path, pointer: '', message: `its fields name ${expected}, not this file` }]);
    }
  }
  const registry = parsed.get(REGISTRY_FILE) as Registry | undefined;
  if (registry) {
    const problems = (
      await registryProblems(root, registry, before?.registry ?? null, new Set(files.map((f) => f.path)))
    ).map((p) => placeProblem(registry, p));
    if (problems.length) refuse('INTEGRITY', problems);
  }
}

/**
 * A problem found at `/history/N` of the in-memory history (archived entries loaded, then the
 * recent ones) is reported where that entry is written: registry.json or an archived file.
 */
function placeProblem(registry: Registry, p: Problem): Problem {
  const m = p.file === REGISTRY_FILE ? /^\/history\/(\d+)(.*)$/.exec(p.pointer) : null;
  if (!m) return p;
  const place = historyPlace(registry, Number(m[1]));
  return { ...p, file: place.file, pointer: `/history/${place.index}${m[2]}` };
}

/**
 * A registry.json a writer built from the registry it read (transitions never mutate their input:
 * an entry carried over is the very object read, and passed the read check). Only the entries
 * that are not, and everything outside the history, are checked against the schema.
 */
function checkRegistryValue(value: Registry, before: Registry): Registry {
  const history = Array.isArray(value?.history) ? value.history : null;
  if (!history) return checkDocument<Registry>('registry', value, REGISTRY_FILE);
  const changed: number[] = [];
  for (let k = 0; k < history.length; k++) if (history[k] !== before.history[k]) changed.push(k);
  return checkChangedEntries(value, history, changed);
}

function checkChangedEntries(value: Registry, history: Registry['history'], changed: number[]): Registry {
  const problems = schemaProblems('registry', { ...value, history: changed.map((k) => history[k]) }, REGISTRY_FILE).map(
    (p) => {
      const m = /^\/history\/(\d+)(.*)$/.exec(p.pointer);
      return m ? placeProblem(value, { ...p, pointer: `/history/${changed[Number(m[1])]}${m[2]}` }) : p;
    },
  );
  if (problems.length)
    throw new MregError('SCHEMA', `${problems[0].file}#${problems[0].pointer}: ${problems[0].message}`, { problems });
  return value;
}

const HISTORY_OPEN = '  "history": [';

function entryLine(line: string): string {
  return line.endsWith(',') ? line.slice(0, -1) : line;
}

/**
 * The registry.json a writer is about to commit, checked against its schema without re-checking
 * the thousands of history entries it carries over unchanged from the registry it was planned on
 * (which passed the same check when it was read). The writer's own layout (formatRegistryJson:
 * one entry per line) tells which entries changed; any other layout gets the whole check. The
 * text comes from our serializer, so plain JSON.parse takes it (no duplicate keys, bounded depth).
 */
function checkRegistryText(content: string, beforeText: string): Registry {
  let value: Registry;
  try {
    value = JSON.parse(content) as Registry;
  } catch {
    return parseDocument<Registry>('registry', content, REGISTRY_FILE); // names the syntax error
  }
  const history = Array.isArray(value?.history) ? value.history : null;
  const lines = content.split('\n');
  const open = history && history.length ? lines.indexOf(HISTORY_OPEN) : -1;
  if (!history || open < 0 || lines[open + history.length + 1] !== '  ]')
    return checkDocument<Registry>('registry', value, REGISTRY_FILE);
  // Entries only ever get appended or edited in place: compare each line with the one at the same
  // position in the text planned on (no hashing of megabytes), normalizing the trailing comma.
  const was = beforeText.split('\n');
  const wasOpen = was.indexOf(HISTORY_OPEN);
  const changed: number[] = [];
  for (let k = 0; k < history.length; k++) {
    const line = lines[open + 1 + k];
    const prior = wasOpen < 0 ? undefined : was[wasOpen + 1 + k];
    if (line !== prior && (prior === undefined || entryLine(line) !== entryLine(prior))) changed.push(k);
  }
  return checkChangedEntries(value, history, changed);
}

async function registryProblems(
  root: string,
  registry: Registry,
  before: Registry | null,
  inChange: Set<string>,
): Promise<Problem[]> {
  const file = REGISTRY_FILE;
  const problems: Problem[] = [];
  const known = new Map<string, Promise<boolean>>();
  const registered = (ref: ArtifactRef): Promise<boolean> => {
    let p: string;
    try {
      p = metadataPath(ref);
    } catch {
      return Promise.resolve(false);
    }
    if (inChange.has(p)) return Promise.resolve(true);
    let hit = known.get(p);
    if (!hit) {
      hit = access(path.join(root, p)).then(
        () => true,
        () => false,
      );
      known.set(p, hit);
    }
    return hit;
  };
  const label = (r: ArtifactRef) => `${r.model}-v${r.version}-${r.quantization}`;

  const byId = new Map<number, { index: number; entry: Registry['history'][number] }>();
  const oldIds = new Set(before?.history.map((e) => e.id) ?? []);
  const fresh: number[] = [];
  registry.history.forEach((e, index) => {
    if (byId.has(e.id))
      problems.push({ file, pointer: `${pointer('history', index)}/id`, message: `duplicate history id ${e.id}` });
    else byId.set(e.id, { index, entry: e });
    if (!oldIds.has(e.id)) fresh.push(index);
  });
  for (const index of fresh) {
    const e = registry.history[index];
    if (!(e.env in registry.environments))
      problems.push({ file, pointer: `${pointer('history', index)}/env`, message: `unknown environment ${e.env}` });
    if (!(await registered(e)))
      problems.push({
        file,
        pointer: pointer('history', index),
        message: `names ${label(e)}, which is not registered`,
      });
  }
  for (const [env, p] of Object.entries(registry.environments)) {
    if (!p) continue;
    const at = pointer('environments', env);
    if (!(await registered(p)))
      problems.push({ file, pointer: at, message: `points at ${label(p)}, which is not registered` });
    const found = byId.get(p.history_id);
    if (!found)
      problems.push({ file, pointer: `${at}/history_id`, message: `history entry ${p.history_id} does not exist` });
    else {
      const h = found.entry;
      if (h.env !== env || h.model !== p.model || h.version !== p.version || h.quantization !== p.quantization) {
        problems.push({
          file,
          pointer: `${at}/history_id`,
          message: `history entry ${p.history_id} records ${h.env} ${h.model} ${h.version} (${h.quantization}), not this pointer`,
        });
      }
    }
  }
  return problems;
}
