import {
  archiveProblems,
  segmentPath,
  segmentProblems
} from "./chunk-RFVOFJFX.js";
import {
  basePinProblem,
  movedStable
} from "./chunk-S2HYHD6V.js";
import {
  formatArtifactId,
  parseArtifactId
} from "./chunk-6XFSSTIM.js";
import {
  CONFIG_FILE,
  MODELS_DIR,
  REGISTRY_DIR,
  REGISTRY_FILE
} from "./chunk-GMYYM25C.js";
import {
  schemaProblems
} from "./chunk-NJIZENZ6.js";
import {
  parseJsonText,
  pointer,
  visit
} from "./chunk-VFSO6U6C.js";
import {
  MregError,
  errorMessage
} from "./chunk-J65ZUYIW.js";

// src/ops/validate.ts
import { existsSync, lstatSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";

// src/core/json-position.ts
function segments(pointer2) {
  return pointer2 === "" ? [] : pointer2.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function onTheWay(path2, target) {
  if (path2.length > target.length) return -1;
  for (let i = 0; i < path2.length; i++) if (String(path2[i]) !== target[i]) return -1;
  return path2.length;
}
function locatePointer(text, pointer2) {
  let target = segments(pointer2), best, found = new Error("found"), value = (line, column, path2) => {
    let depth = onTheWay(path2(), target);
    if (depth < 0) return !1;
    if ((!best || depth > best.depth) && (best = { depth, line: line + 1, column: column + 1 }), depth === target.length) throw found;
    return !0;
  };
  try {
    visit(
      text,
      {
        onObjectBegin: (_offset, _length, line, column, path2) => value(line, column, path2),
        onArrayBegin: (_offset, _length, line, column, path2) => value(line, column, path2),
        // (jsonc-parser skips what a begin callback refuses only when end callbacks are given.)
        onObjectEnd: () => {
        },
        onArrayEnd: () => {
        },
        onLiteralValue: (_value, _offset, _length, line, column, path2) => void value(line, column, path2)
      },
      { disallowComments: !0 }
    );
  } catch (err) {
    if (err !== found) throw err;
  }
  return best && { line: best.line, column: best.column };
}

// src/ops/validate.ts
async function validateRepository(root) {
  let config = loadJson(root, CONFIG_FILE, "config", 1048576), reg = loadJson(root, REGISTRY_FILE, "registry"), { artifacts, troubled, problems: metadataProblems } = loadArtifacts(root), archived = reg.value ? loadArchive(root, reg.value) : null, registry = reg.value && archived ? { ...reg.value, history: [...archived.history, ...reg.value.history] } : reg.value, places = archived ? [...archived.places, ...reg.value.history.map((_, index) => ({ file: REGISTRY_FILE, index }))] : [], workflows = config.value && existsSync(path.join(root, ".github", "workflows")) ? (await import("./workflow-files-GSPFZZNC.js")).workflowProblems(root, config.value.environments) : [], problems = [
    ...config.problems,
    ...[linkProblem(root, REGISTRY_FILE)].filter((p) => p !== null),
    ...reg.problems,
    ...archived?.problems ?? [],
    ...metadataProblems,
    ...checkUniqueUris(artifacts),
    ...checkLineage(artifacts),
    ...registry ? checkRegistry(registry, places, config.value, artifacts, troubled) : [],
    ...workflows
  ], texts = new Map([[REGISTRY_FILE, reg.text], [CONFIG_FILE, config.text], ...archived?.texts ?? []]);
  return locateProblems(root, problems, texts), problems.sort((a, b) => a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1), {
    ok: problems.length === 0,
    problems,
    counts: {
      artifacts: artifacts.size,
      history: registry?.history.length ?? 0,
      environments: registry ? Object.keys(registry.environments).length : 0
    }
  };
}
function loadJson(root, file, schema, maxBytes) {
  let text;
  try {
    text = readFileSync(path.join(root, file), "utf8");
  } catch {
    return { problems: [{ file, pointer: "", message: "file not found" }] };
  }
  let raw;
  try {
    raw = parseJsonText(text, file, maxBytes);
  } catch (err) {
    return err instanceof MregError && err.problems.length ? { text, problems: [...err.problems] } : { text, problems: [{ file, pointer: "", message: errorMessage(err) }] };
  }
  let found = schemaProblems(schema, raw, file);
  return found.length ? { text, problems: found } : { value: raw, text, problems: [] };
}
function loadArchive(root, registry) {
  let history = [], places = [], problems = [], texts = [];
  problems.push(...archiveProblems(registry)), (registry.archive ?? []).forEach((seg, k) => {
    let file = segmentPath(seg), link = linkProblem(root, file);
    link && problems.push(link);
    let loaded = loadJson(root, file, "history");
    if (texts.push([file, loaded.text]), loaded.text === void 0) {
      problems.push({
        file,
        pointer: "",
        message: `file not found (listed at ${REGISTRY_FILE}#${pointer("archive", k)})`
      });
      return;
    }
    problems.push(...loaded.problems, ...segmentProblems(loaded.text, loaded.value, seg, k)), loaded.value?.history.forEach((e, index) => {
      history.push(e), places.push({ file, index });
    });
  });
  let listed = new Set((registry.archive ?? []).map((seg) => segmentPath(seg)));
  for (let name of safeList(path.join(root, REGISTRY_DIR, "history"))) {
    let file = `${REGISTRY_DIR}/history/${name}`;
    listed.has(file) || problems.push({
      file,
      pointer: "",
      message: `not listed in ${REGISTRY_FILE}#/archive: archived history must be listed there (with its sha256) to count`
    });
  }
  return { history, places, problems, texts };
}
function loadArtifacts(root) {
  let artifacts = /* @__PURE__ */ new Map(), troubled = /* @__PURE__ */ new Set(), problems = [];
  for (let dir of modelDirs(root)) {
    let dirFile = `${MODELS_DIR}/${dir.name}`;
    if (!dir.isDirectory()) {
      dir.name !== ".gitkeep" && problems.push({ file: dirFile, pointer: "", message: "expected a folder per model in registry/models/" });
      continue;
    }
    for (let name of readdirSync(path.join(root, dirFile)).sort()) {
      let file = `${dirFile}/${name}`, read = readMetadataFile(root, dir.name, name);
      if (problems.push(...read.problems), read.problems.length && name.endsWith(".json") && troubled.add(idOfFileName(name)), !read.found) continue;
      let { id, meta } = read.found, prior = artifacts.get(id);
      prior ? problems.push({ file, pointer: "", message: `duplicate artifact ${id} (also ${prior.file})` }) : artifacts.set(id, { meta, file });
    }
  }
  return { artifacts, troubled, problems };
}
function linkProblem(root, file) {
  try {
    if (!lstatSync(path.join(root, file)).isSymbolicLink()) return null;
  } catch {
    return null;
  }
  return {
    file,
    pointer: "",
    message: "is a symbolic link; mreg reads and writes the registry's files themselves: replace the link by the file it points to"
  };
}
function safeList(dir) {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}
function modelDirs(root) {
  try {
    return readdirSync(path.join(root, MODELS_DIR), { withFileTypes: !0 });
  } catch {
    return [];
  }
}
function readMetadataFile(root, model, name) {
  let file = `${MODELS_DIR}/${model}/${name}`;
  if (!name.endsWith(".json"))
    return { problems: [{ file, pointer: "", message: "expected only <model>-v<x.y.z>-<quant>.json files here" }] };
  let { value: meta, problems } = loadJson(root, file, "metadata", 1024 * 1024);
  if (!meta) return { problems };
  let id;
  try {
    id = formatArtifactId(meta);
  } catch (err) {
    return { problems: [...problems, { file, pointer: "", message: errorMessage(err) }] };
  }
  return meta.model !== model && problems.push({
    file,
    pointer: "/model",
    message: `model ${JSON.stringify(meta.model)} does not match its folder ${JSON.stringify(model)}`
  }), `${id}.json` !== name && problems.push({
    file,
    pointer: mismatchedField(name, meta),
    message: `file name ${name} says ${idOfFileName(name)}, but its fields say ${id}`
  }), { problems, found: { id, meta } };
}
function mismatchedField(name, meta) {
  try {
    let named = parseArtifactId(name.slice(0, -5));
    for (let field of ["version", "quantization", "model"])
      if (named[field] !== meta[field]) return `/${field}`;
  } catch {
  }
  return "";
}
function idOfFileName(name) {
  try {
    return formatArtifactId(parseArtifactId(name.slice(0, -5)));
  } catch {
    return "an invalid id";
  }
}
function checkUniqueUris(artifacts) {
  let problems = [], byUri = /* @__PURE__ */ new Map();
  for (let [id, { meta, file }] of artifacts) {
    let prior = byUri.get(meta.artifact.uri);
    prior ? problems.push({ file, pointer: "/artifact/uri", message: `the same artifact URI is registered as ${prior}` }) : byUri.set(meta.artifact.uri, id);
  }
  return problems;
}
function checkLineage(artifacts) {
  let problems = [], versionsOf = /* @__PURE__ */ new Map();
  for (let { meta } of artifacts.values())
    versionsOf.has(meta.model) || versionsOf.set(meta.model, /* @__PURE__ */ new Set()), versionsOf.get(meta.model).add(meta.version);
  for (let { meta, file } of artifacts.values())
    if (meta.parent_version && !versionsOf.get(meta.model)?.has(meta.parent_version) && problems.push({
      file,
      pointer: "/parent_version",
      message: `parent version ${meta.parent_version} of ${meta.model} is not registered`
    }), meta.base) {
      let pin = basePinProblem(meta, artifacts.get(meta.base.id)?.meta);
      pin && problems.push({ file, ...pin });
    }
  return problems;
}
function checkRegistry(registry, places, config, artifacts, troubled) {
  return [
    ...config?.environments ? checkEnvironmentNames(registry, config.environments) : [],
    ...checkHistory(registry, places, artifacts, troubled),
    ...checkPointers(registry, artifacts, troubled)
  ];
}
function checkEnvironmentNames(registry, envs) {
  let file = REGISTRY_FILE, problems = [];
  for (let e of envs)
    e in registry.environments || problems.push({ file, pointer: "/environments", message: `environment ${e} from ${CONFIG_FILE} is missing` });
  for (let e of Object.keys(registry.environments))
    envs.includes(e) || problems.push({
      file,
      pointer: pointer("environments", e),
      message: `environment ${e} is not in ${CONFIG_FILE} environments (${envs.join(", ")})`
    });
  return problems;
}
function checkHistory(registry, places, artifacts, troubled) {
  let problems = [], lastId = 0, ids = /* @__PURE__ */ new Set(), outOfOrder = /* @__PURE__ */ new Set();
  return registry.history.forEach((e, k) => {
    let { file, index } = places[k] ?? { file: REGISTRY_FILE, index: k }, at = pointer("history", index);
    ids.has(e.id) ? problems.push({ file, pointer: `${at}/id`, message: `duplicate history id ${e.id}` }) : e.id <= lastId && !outOfOrder.has(file) && (outOfOrder.add(file), problems.push({ file, pointer: `${at}/id`, message: `history ids must increase: ${e.id} follows ${lastId}` })), ids.add(e.id), lastId = Math.max(lastId, e.id), e.env in registry.environments || problems.push({ file, pointer: `${at}/env`, message: `unknown environment ${e.env}` });
    let id = `${e.model}-v${e.version}-${e.quantization}`;
    !artifacts.has(id) && !troubled.has(id) && problems.push({ file, pointer: at, message: `names ${id}, which is not registered` });
  }), problems;
}
function checkPointers(registry, artifacts, troubled) {
  let lastOfEnv = /* @__PURE__ */ new Map();
  for (let e of registry.history) movedStable(e) && lastOfEnv.set(e.env, e.id);
  return Object.entries(registry.environments).flatMap(([env, p]) => [
    ...checkPointer(registry, env, p, lastOfEnv.get(env), artifacts, troubled),
    ...p?.canary ? checkCanary(registry, env, p, artifacts, troubled) : []
  ]);
}
function checkCanary(registry, env, p, artifacts, troubled) {
  let file = REGISTRY_FILE, at = `${pointer("environments", env)}/canary`, c = p.canary, id = `${p.model}-v${c.version}-${c.quantization}`, problems = [];
  c.version === p.version && c.quantization === p.quantization && problems.push({ file, pointer: at, message: `the canary ${id} is the stable version itself` }), artifacts.has(id) ? artifacts.get(id).meta.status === "blocked" && problems.push({ file, pointer: at, message: `the canary ${id} is blocked` }) : troubled.has(id) || problems.push({ file, pointer: at, message: `the canary ${id} is not registered` });
  let entry = registry.history.find((h) => h.id === c.history_id), newest = registry.history.filter((h) => h.env === env).pop();
  return !entry || entry.action !== "canary" || entry.env !== env || `${entry.model}-v${entry.version}-${entry.quantization}` !== id ? problems.push({
    file,
    pointer: `${at}/history_id`,
    message: `history entry ${c.history_id} is not a canary entry of ${env} for ${id}`
  }) : entry.canary_percent !== c.percent ? problems.push({
    file,
    pointer: `${at}/percent`,
    message: `is ${c.percent}, but history entry ${entry.id} records ${entry.canary_percent}`
  }) : (entry.id < p.history_id || newest && newest.id !== entry.id) && problems.push({
    file,
    pointer: `${at}/history_id`,
    message: `the latest ${env} entry is ${newest?.id}, but the canary follows ${entry.id}`
  }), problems;
}
function checkPointer(registry, env, p, last, artifacts, troubled) {
  let file = REGISTRY_FILE, at = pointer("environments", env);
  if (!p)
    return last !== void 0 ? [{ file, pointer: at, message: `is null but history entry ${last} deployed to ${env}` }] : [];
  let problems = [], id = `${p.model}-v${p.version}-${p.quantization}`;
  artifacts.has(id) ? artifacts.get(id).meta.status === "blocked" && problems.push({ file, pointer: at, message: `points at ${id}, which is blocked` }) : troubled.has(id) || problems.push({ file, pointer: at, message: `points at ${id}, which is not registered` });
  let entry = registry.history.find((h) => h.id === p.history_id);
  return entry ? entry.env !== env || entry.model !== p.model || entry.version !== p.version || entry.quantization !== p.quantization ? problems.push({
    file,
    pointer: `${at}/history_id`,
    message: `history entry ${p.history_id} records ${entry.env} ${entry.model} ${entry.version} (${entry.quantization}), not this pointer`
  }) : last !== void 0 && last !== p.history_id && problems.push({
    file,
    pointer: `${at}/history_id`,
    message: `the latest ${env} entry is ${last}, but the pointer follows ${p.history_id}`
  }) : problems.push({ file, pointer: `${at}/history_id`, message: `history entry ${p.history_id} does not exist` }), problems;
}
function locateProblems(root, problems, texts) {
  for (let p of problems) {
    if (p.line !== void 0) continue;
    let text = texts.get(p.file);
    if (text === void 0 && p.file.startsWith(MODELS_DIR)) {
      try {
        text = readFileSync(path.join(root, p.file), "utf8");
      } catch {
        text = void 0;
      }
      texts.set(p.file, text);
    }
    if (text !== void 0)
      try {
        let loc = locatePointer(text, p.pointer);
        loc && Object.assign(p, loc);
      } catch {
      }
  }
}

export {
  validateRepository
};
