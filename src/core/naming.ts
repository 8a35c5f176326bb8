import { MregError } from './errors.js';

/**
 * Artifact identity: `{model}-v{major}.{minor}.{patch}-{quant}`, e.g. `llama3-instruct-v2.1.0-q4km`.
 * Every name here ends up in a path (git and the store), so anything that could escape one is refused.
 */
export const MODEL_RE = /^[a-z0-9][a-z0-9._-]*$/;
/** Each part at most 15 digits: it stays an exact number everywhere a version is compared. */
export const VERSION_RE = /^(0|[1-9]\d{0,14})\.(0|[1-9]\d{0,14})\.(0|[1-9]\d{0,14})$/;
export const QUANT_RE = /^[a-z0-9][a-z0-9_]*$/;
const ID_RE =
  /^([a-z0-9][a-z0-9._-]*)-v((?:0|[1-9]\d{0,14})\.(?:0|[1-9]\d{0,14})\.(?:0|[1-9]\d{0,14}))-([a-z0-9][a-z0-9_]*)$/;

export interface ArtifactRef {
  model: string;
  version: string;
  quantization: string;
}

const MAX_NAME = 128;

function refuse(what: string, value: string, expected: string): never {
  throw new MregError('INVALID_NAME', `invalid ${what} ${JSON.stringify(value)}: expected ${expected}`);
}

function checkPathSafe(what: string, value: string): void {
  if (
    value.includes('\0') ||
    value.includes('/') ||
    value.includes('\\') ||
    value.includes('..') ||
    value.startsWith('.')
  ) {
    refuse(what, value, 'a plain name (no "/", "\\", "..", NUL or leading ".")');
  }
}

export function checkModel(model: string): string {
  if (typeof model !== 'string' || model.length === 0) refuse('model name', String(model), 'a non-empty name');
  if (model.length > MAX_NAME) refuse('model name', model.slice(0, 40) + '...', `at most ${MAX_NAME} characters`);
  checkPathSafe('model name', model);
  if (!MODEL_RE.test(model)) refuse('model name', model, 'lowercase [a-z0-9][a-z0-9._-]*');
  // `-v1.2.3` inside a model name would make ids ambiguous.
  if (/-v\d/.test(model)) refuse('model name', model, 'no "-v<digit>" inside the name (it would read as a version)');
  return model;
}

export function checkVersion(version: string): string {
  if (typeof version !== 'string') refuse('version', String(version), 'semver MAJOR.MINOR.PATCH');
  if (version.length > 64) refuse('version', version.slice(0, 40) + '...', 'semver MAJOR.MINOR.PATCH');
  if (version.includes('\0') || version.includes('/') || version.includes('\\'))
    refuse('version', version, 'semver MAJOR.MINOR.PATCH');
  if (!VERSION_RE.test(version))
    refuse('version', version, 'strict semver MAJOR.MINOR.PATCH without leading zeros or a "v" (e.g. 2.1.0)');
  return version;
}

export function checkQuantization(quant: string): string {
  if (typeof quant !== 'string' || quant.length === 0)
    refuse('quantization', String(quant), 'a lowercase token such as q4km, q8_0 or f16');
  if (quant.length > 32) refuse('quantization', quant.slice(0, 40), 'at most 32 characters');
  checkPathSafe('quantization', quant);
  if (!QUANT_RE.test(quant)) refuse('quantization', quant, 'a lowercase token such as q4km, q8_0 or f16');
  return quant;
}

/**
 * The quantization family an artifact belongs to: its quantization token normalized
 * (`Q4_K_M`, `q4_k_m` and `q4km` are one family; `q8_0` and `f16` are different ones).
 * Used by the gate (core/gate-decision.ts re-exports it) and by the GGUF header check; it lives here so
 * that the check, which every download runs, does not load the gate's code.
 */
export function quantizationFamily(quantization: string): string {
  const q = quantization.trim().toLowerCase();
  const k = /^q(\d)_k(?:_([sml]))?$/.exec(q);
  return k ? `q${k[1]}k${k[2] ?? ''}` : q;
}

export function checkRef(ref: ArtifactRef): ArtifactRef {
  checkModel(ref.model);
  checkVersion(ref.version);
  checkQuantization(ref.quantization);
  return ref;
}

export function formatArtifactId(ref: ArtifactRef): string {
  checkRef(ref);
  return `${ref.model}-v${ref.version}-${ref.quantization}`;
}

export function parseArtifactId(id: string): ArtifactRef {
  if (typeof id !== 'string') refuse('artifact id', String(id), '{model}-v{major}.{minor}.{patch}-{quant}');
  checkPathSafe('artifact id', id);
  const m = ID_RE.exec(id);
  if (!m) refuse('artifact id', id, '{model}-v{major}.{minor}.{patch}-{quant}, e.g. llama3-instruct-v2.1.0-q4km');
  return checkRef({ model: m[1], version: m[2], quantization: m[3] });
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    if (pa[i] !== pb[i]) return pa[i] < pb[i] ? -1 : 1;
  }
  return 0;
}

/** Paths relative to the repository root / store root. */
export function metadataPath(ref: ArtifactRef): string {
  return `registry/models/${ref.model}/${formatArtifactId(ref)}.json`;
}

/** `<model>/v<x.y.z>/` inside a store, as the layout fixes it. */
export function storePrefix(ref: ArtifactRef): string {
  checkRef(ref);
  return `${ref.model}/v${ref.version}/`;
}

export function storeFileKey(ref: ArtifactRef, extension = 'gguf'): string {
  return `${storePrefix(ref)}${formatArtifactId(ref)}.${extension}`;
}

export function storeMetadataKey(ref: ArtifactRef): string {
  return `${storePrefix(ref)}${formatArtifactId(ref)}.json`;
}
