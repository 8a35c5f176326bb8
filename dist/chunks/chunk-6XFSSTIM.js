import {
  MregError
} from "./chunk-J65ZUYIW.js";

// src/core/naming.ts
var MODEL_RE = /^[a-z0-9][a-z0-9._-]*$/, VERSION_RE = /^(0|[1-9]\d{0,14})\.(0|[1-9]\d{0,14})\.(0|[1-9]\d{0,14})$/, QUANT_RE = /^[a-z0-9][a-z0-9_]*$/, ID_RE = /^([a-z0-9][a-z0-9._-]*)-v((?:0|[1-9]\d{0,14})\.(?:0|[1-9]\d{0,14})\.(?:0|[1-9]\d{0,14}))-([a-z0-9][a-z0-9_]*)$/, MAX_NAME = 128;
function refuse(what, value, expected) {
  throw new MregError("INVALID_NAME", `invalid ${what} ${JSON.stringify(value)}: expected ${expected}`);
}
function checkPathSafe(what, value) {
  (value.includes("\0") || value.includes("/") || value.includes("\\") || value.includes("..") || value.startsWith(".")) && refuse(what, value, 'a plain name (no "/", "\\", "..", NUL or leading ".")');
}
function checkModel(model) {
  return (typeof model != "string" || model.length === 0) && refuse("model name", String(model), "a non-empty name"), model.length > MAX_NAME && refuse("model name", model.slice(0, 40) + "...", `at most ${MAX_NAME} characters`), checkPathSafe("model name", model), MODEL_RE.test(model) || refuse("model name", model, "lowercase [a-z0-9][a-z0-9._-]*"), /-v\d/.test(model) && refuse("model name", model, 'no "-v<digit>" inside the name (it would read as a version)'), model;
}
function checkVersion(version) {
  return typeof version != "string" && refuse("version", String(version), "semver MAJOR.MINOR.PATCH"), version.length > 64 && refuse("version", version.slice(0, 40) + "...", "semver MAJOR.MINOR.PATCH"), (version.includes("\0") || version.includes("/") || version.includes("\\")) && refuse("version", version, "semver MAJOR.MINOR.PATCH"), VERSION_RE.test(version) || refuse("version", version, 'strict semver MAJOR.MINOR.PATCH without leading zeros or a "v" (e.g. 2.1.0)'), version;
}
function checkQuantization(quant) {
  return (typeof quant != "string" || quant.length === 0) && refuse("quantization", String(quant), "a lowercase token such as q4km, q8_0 or f16"), quant.length > 32 && refuse("quantization", quant.slice(0, 40), "at most 32 characters"), checkPathSafe("quantization", quant), QUANT_RE.test(quant) || refuse("quantization", quant, "a lowercase token such as q4km, q8_0 or f16"), quant;
}
function quantizationFamily(quantization) {
  let q = quantization.trim().toLowerCase(), k = /^q(\d)_k(?:_([sml]))?$/.exec(q);
  return k ? `q${k[1]}k${k[2] ?? ""}` : q;
}
function checkRef(ref) {
  return checkModel(ref.model), checkVersion(ref.version), checkQuantization(ref.quantization), ref;
}
function formatArtifactId(ref) {
  return checkRef(ref), `${ref.model}-v${ref.version}-${ref.quantization}`;
}
function parseArtifactId(id) {
  typeof id != "string" && refuse("artifact id", String(id), "{model}-v{major}.{minor}.{patch}-{quant}"), checkPathSafe("artifact id", id);
  let m = ID_RE.exec(id);
  return m || refuse("artifact id", id, "{model}-v{major}.{minor}.{patch}-{quant}, e.g. llama3-instruct-v2.1.0-q4km"), checkRef({ model: m[1], version: m[2], quantization: m[3] });
}
function compareVersions(a, b) {
  let pa = a.split(".").map(Number), pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++)
    if (pa[i] !== pb[i]) return pa[i] < pb[i] ? -1 : 1;
  return 0;
}
function metadataPath(ref) {
  return `registry/models/${ref.model}/${formatArtifactId(ref)}.json`;
}
function storePrefix(ref) {
  return checkRef(ref), `${ref.model}/v${ref.version}/`;
}
function storeFileKey(ref, extension = "gguf") {
  return `${storePrefix(ref)}${formatArtifactId(ref)}.${extension}`;
}
function storeMetadataKey(ref) {
  return `${storePrefix(ref)}${formatArtifactId(ref)}.json`;
}

export {
  MODEL_RE,
  VERSION_RE,
  QUANT_RE,
  checkModel,
  checkVersion,
  checkQuantization,
  quantizationFamily,
  checkRef,
  formatArtifactId,
  parseArtifactId,
  compareVersions,
  metadataPath,
  storePrefix,
  storeFileKey,
  storeMetadataKey
};
