import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';
import metadataSchema from '../../schemas/metadata.schema.json' with { type: 'json' };
import registrySchema from '../../schemas/registry.schema.json' with { type: 'json' };
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import type { Problem } from './errors.js';

/** The schemas are bundled into the build and compiled once, on first use. */
export type SchemaName = 'metadata' | 'registry' | 'config';

const ids: Record<SchemaName, string> = {
  metadata: metadataSchema.$id,
  registry: registrySchema.$id,
  config: configSchema.$id,
};

let ajv: Ajv2020 | null = null;
const compiled = new Map<string, ValidateFunction>();

function instance(): Ajv2020 {
  if (!ajv) {
    // allErrors: validate reports every problem at once, not the first one.
    ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
    // ajv-formats is CommonJS: its default export is the plugin itself or sits on .default.
    const plugin = ((addFormats as unknown as { default?: unknown }).default ?? addFormats) as (a: Ajv2020) => void;
    plugin(ajv);
    ajv.addSchema(metadataSchema);
    ajv.addSchema(registrySchema);
    ajv.addSchema(configSchema);
  }
  return ajv;
}

export function addSchema(schema: { $id: string }): void {
  const a = instance();
  if (!a.getSchema(schema.$id)) a.addSchema(schema);
}

export function validatorFor(name: SchemaName | string): ValidateFunction {
  const id = (ids as Record<string, string>)[name] ?? name;
  let v = compiled.get(id);
  if (!v) {
    const got = instance().getSchema(id);
    if (!got) throw new Error(`unknown schema ${name}`);
    compiled.set(id, got);
    return got;
  }
  return v;
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
export function schemaProblems(name: SchemaName | string, value: unknown, file: string): Problem[] {
  const v = validatorFor(name);
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
      pointerPath += '/' + String((e.params as { additionalProperty: string }).additionalProperty).replace(/~/g, '~0').replace(/\//g, '~1');
    }
    const key = pointerPath + '|' + message;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ file, pointer: pointerPath, message });
  }
  return problems;
}
