import type { ErrorObject, ValidateFunction } from 'ajv';
import { createRequire } from 'node:module';
import * as fastValidators from './validators-fast.generated.js';
import { MregError, type Problem } from './errors.js';
import { MAX_JSON_BYTES, MAX_JSON_DEPTH, parseJsonText } from './json.js';
import { createHash } from 'node:crypto';
import registrySchema from '../../schemas/registry.schema.json' with { type: 'json' };
import metadataSchema from '../../schemas/metadata.schema.json' with { type: 'json' };
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import historySchema from '../../schemas/history.schema.json' with { type: 'json' };
import type { ArtifactMetadata } from './documents.js';

/**
 * The schemas in schemas/ are compiled at build time (scripts/generate-validators.mjs, ajv's
 * standalone mode), so no command pays for compiling them at start-up. Two builds accept exactly
 * the same documents: the fast one (first problem only) loads with every command; the one that
 * lists every problem is CommonJS beside this module (in dist/, a bundle of its own in chunks/),
 * loaded only when a document fails (`mreg validate` included), to name every problem.
 */
export type SchemaName = 'metadata' | 'registry' | 'config' | 'history';

const requireHere = createRequire(import.meta.url);
let everyProblem: Record<SchemaName, ValidateFunction> | undefined;

function listingValidator(name: SchemaName): ValidateFunction {
  everyProblem ??= requireHere('./validators.generated.cjs') as Record<SchemaName, ValidateFunction>;
  return everyProblem[name];
}

function describe(e: ErrorObject): string {
  switch (e.keyword) {
    case 'additionalProperties':
      return `unexpected property ${JSON.stringify((e.params as { additionalProperty: string }).additionalProperty)}`;
    case 'required':
      return `missing required property ${JSON.stringify((e.params as { missingProperty: string }).missingProperty)}`;
    case 'enum':
      return `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`;
    case 'pattern':
      return `must match ${(e.params as { pattern: string }).pattern}`;
    default:
      return e.message ?? e.keyword;
  }
}

/** Validates and returns problems with JSON pointers; `oneOf` noise is folded into its own node. */
export function schemaProblems(name: SchemaName, value: unknown, file: string): Problem[] {
  // The fast build accepts what the full one accepts: the full one only lists the problems.
  if (fastValidators[name](value)) return [];
  const v = listingValidator(name);
  if (v(value)) return [];
  const errors = v.errors ?? [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  // Children of a failing oneOf/if branch are reported as one problem at the oneOf's location.
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  for (const e of errors) {
    if (e.keyword === 'if') continue;
    let pointerPath = e.instancePath;
    let message = describe(e);
    if (e.keyword !== 'oneOf' && [...oneOfPaths].some((p) => pointerPath === p)) continue;
    if (e.keyword === 'oneOf') message = 'does not match any allowed form (see the schema)';
    if (e.keyword === 'additionalProperties') {
      pointerPath +=
        '/' +
        String((e.params as { additionalProperty: string }).additionalProperty)
          .replace(/~/g, '~0')
          .replace(/\//g, '~1');
    }
    const key = pointerPath + '|' + message;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ file, pointer: pointerPath, message });
  }
  return problems;
}

let fingerprint: string | null = null;

/** Identifies the read-path checks of this build: the schemas the validators were compiled from, and the JSON limits. */
export function schemaFingerprint(): string {
  fingerprint ??= createHash('sha256')
    .update(JSON.stringify([registrySchema, metadataSchema, configSchema, historySchema]))
    .update('formats:full')
    .update(`${MAX_JSON_BYTES}:${MAX_JSON_DEPTH}`)
    .digest('hex');
  return fingerprint;
}

const DOCUMENT_LIMITS: Record<SchemaName, number> = {
  registry: 64 * 1024 * 1024,
  history: 64 * 1024 * 1024,
  metadata: 1024 * 1024,
  config: 1024 * 1024,
};

/**
 * Parse + schema check of one of the registry's documents, the one way every reader takes them
 * in: a syntax error or the first schema problem is a MregError('SCHEMA') naming the file and
 * the JSON pointer, with every problem attached. `hint` is appended to the message when there are
 * more problems than the first (e.g. where to see them all).
 */
export function parseDocument<T>(name: SchemaName, text: string, file: string, o: { hint?: string } = {}): T {
  return checkDocument<T>(name, parseJsonText(text, file, DOCUMENT_LIMITS[name]), file, o);
}

/** The schema half of `parseDocument`, for a document already in memory. */
export function checkDocument<T>(name: SchemaName, raw: unknown, file: string, o: { hint?: string } = {}): T {
  const problems = schemaProblems(name, raw, file);
  if (problems.length) {
    const more = problems.length > 1 && o.hint ? ` (and ${problems.length - 1} more; ${o.hint})` : '';
    throw new MregError('SCHEMA', `${file}#${problems[0].pointer}: ${problems[0].message}${more}`, { problems });
  }
  return raw as T;
}

/** One artifact's metadata file (registry/models/... or the store's copy beside the artifact). */
export function parseMetadata(text: string, file: string): ArtifactMetadata {
  return parseDocument<ArtifactMetadata>('metadata', text, file);
}
