import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  readRegistry,
  recordProvenRegistryFile,
  recordProvenTexts,
  symlinkError
} from "./chunk-A33BJCYG.js";
import {
  historyPlace
} from "./chunk-MRNG3GI2.js";
import {
  metadataPath
} from "./chunk-R7MA5WMG.js";
import {
  CONFIG_FILE,
  MODELS_DIR,
  REGISTRY_DIR,
  REGISTRY_FILE,
  checkDocument,
  parseDocument,
  schemaProblems
} from "./chunk-HBCMGWHK.js";
import {
  pointer
} from "./chunk-XXDYKEZD.js";
import {
  changedUnder,
  commitMessage,
  commitPaths,
  commitsNotOn,
  fastForwardTo,
  fetchBranch,
  fetchBranchIfAny,
  firstLine,
  gitDir,
  hasRemote,
  headSha,
  pushBranch,
  resetTo
} from "./chunk-GQWRJ6LZ.js";
import {
  MregError,
  errorMessage
} from "./chunk-J65ZUYIW.js";

// src/state/sync.ts
async function syncWithRemote(ctx) {
  let { repo, remote } = ctx, branch = repo.branch, skip = (note) => ({ synced: !1, remoteHead: null, fastForwardedFrom: null, note });
  if (ctx.push === !1) return skip("push disabled");
  if (!hasRemote(repo, remote)) {
    if (ctx.push === !0) throw new MregError("GIT", `no remote named ${remote}: add it, or commit locally without pushing`);
    return skip(`no remote ${remote}`);
  }
  if (!branch) throw new MregError("GIT", "HEAD is detached; check out the registry branch first");
  let remoteHead = await fetchBranchIfAny(repo, remote, branch);
  if (remoteHead === null) return skip(`${remote} has no branch ${branch} yet`);
  let local = await commitsNotOn(repo, remoteHead);
  if (local.total) throw unpushedError(remote, branch, local.commits, local.total);
  let head = await headSha(repo);
  if (head === remoteHead) return { synced: !0, remoteHead, fastForwardedFrom: null };
  try {
    await fastForwardTo(repo, remoteHead);
  } catch (err) {
    throw new MregError(
      "CONFLICT",
      `cannot fast-forward ${branch} onto ${remote}/${branch} (${remoteHead.slice(0, 12)}): ${firstLine(errorMessage(err))}; commit or discard your edits there first (nothing was changed)`
    );
  }
  return ctx.logger.info(`${branch} was behind ${remote}/${branch}: fast-forwarded ${head?.slice(0, 8) ?? "none"} -> ${remoteHead.slice(0, 8)}`), { synced: !0, remoteHead, fastForwardedFrom: head };
}
function unpushedError(remote, branch, commits, total) {
  let listed = commits.map((c) => `${c.commit.slice(0, 12)} ${JSON.stringify(c.subject)}`).join(", "), more = total > commits.length ? ` and ${total - commits.length} more` : "", what = commits.some((c) => c.registry) ? "local registry commits" : "local commits";
  return new MregError(
    "CONFLICT",
    `${total === 1 ? "a" : total} ${what.replace(/commits$/, total === 1 ? "commit" : "commits")} not on ${remote}/${branch} would be pushed with this change: ${listed}${more}. Push ${total === 1 ? "it" : "them"} deliberately (git push ${remote} ${branch}) after checking ${total === 1 ? "it" : "them"} (mreg validate), or drop ${total === 1 ? "it" : "them"} (git reset --keep ${remote}/${branch}); nothing was changed`
  );
}

// src/state/transaction.ts
import { lstat, mkdir, readFile, readlink, rename, rm, stat, writeFile } from "node:fs/promises";
import path2 from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

// src/state/check.ts
import { access } from "node:fs/promises";
import path from "node:path";
function schemaOf(file) {
  return file === REGISTRY_FILE ? "registry" : file === CONFIG_FILE ? "config" : file.startsWith(`${MODELS_DIR}/`) ? "metadata" : null;
}
function refuse(code, problems) {
  let [first] = problems, more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : "";
  throw new MregError(
    code,
    `refusing to commit a registry that fails validation: ${first.file}#${first.pointer}: ${first.message}${more}; nothing was changed (run mreg validate)`,
    { problems }
  );
}
async function checkChange(root, files, before) {
  let parsed = /* @__PURE__ */ new Map();
  for (let f of files) {
    let schema = schemaOf(f.path);
    if (!schema) continue;
    let value;
    try {
      value = schema === "registry" && before ? f.value !== void 0 ? checkRegistryValue(f.value, before.registry) : checkRegistryText(f.content, before.text) : parseDocument(schema, f.content, f.path);
    } catch (err) {
      if (err instanceof MregError && err.problems.length && refuse("SCHEMA", err.problems), err instanceof MregError && err.code === "SCHEMA") throw err;
      refuse("SCHEMA", [{ file: f.path, pointer: "", message: errorMessage(err) }]);
    }
    if (parsed.set(f.path, value), schema === "metadata") {
      let meta = value, expected;
      try {
        expected = metadataPath(meta);
      } catch (err) {
        refuse("SCHEMA", [{ file: f.path, pointer: "", message: errorMessage(err) }]);
      }
      expected !== f.path && refuse("INTEGRITY", [{ file: f.path, pointer: "", message: `its fields name ${expected}, not this file` }]);
    }
  }
  let registry = parsed.get(REGISTRY_FILE);
  if (registry) {
    let problems = (await registryProblems(root, registry, before?.registry ?? null, new Set(files.map((f) => f.path)))).map(
      (p) => placeProblem(registry, p)
    );
    problems.length && refuse("INTEGRITY", problems);
  }
}
function placeProblem(registry, p) {
  let m = p.file === REGISTRY_FILE ? /^\/history\/(\d+)(.*)$/.exec(p.pointer) : null;
  if (!m) return p;
  let place = historyPlace(registry, Number(m[1]));
  return { ...p, file: place.file, pointer: `/history/${place.index}${m[2]}` };
}
function checkRegistryValue(value, before) {
  let history = Array.isArray(value?.history) ? value.history : null;
  if (!history) return checkDocument("registry", value, REGISTRY_FILE);
  let changed = [];
  for (let k = 0; k < history.length; k++) history[k] !== before.history[k] && changed.push(k);
  return checkChangedEntries(value, history, changed);
}
function checkChangedEntries(value, history, changed) {
  let problems = schemaProblems("registry", { ...value, history: changed.map((k) => history[k]) }, REGISTRY_FILE).map((p) => {
    let m = /^\/history\/(\d+)(.*)$/.exec(p.pointer);
    return m ? placeProblem(value, { ...p, pointer: `/history/${changed[Number(m[1])]}${m[2]}` }) : p;
  });
  if (problems.length) throw new MregError("SCHEMA", `${problems[0].file}#${problems[0].pointer}: ${problems[0].message}`, { problems });
  return value;
}
var HISTORY_OPEN = '  "history": [';
function entryLine(line) {
  return line.endsWith(",") ? line.slice(0, -1) : line;
}
function checkRegistryText(content, beforeText) {
  let value;
  try {
    value = JSON.parse(content);
  } catch {
    return parseDocument("registry", content, REGISTRY_FILE);
  }
  let history = Array.isArray(value?.history) ? value.history : null, lines = content.split(`
`), open = history && history.length ? lines.indexOf(HISTORY_OPEN) : -1;
  if (!history || open < 0 || lines[open + history.length + 1] !== "  ]") return checkDocument("registry", value, REGISTRY_FILE);
  let was = beforeText.split(`
`), wasOpen = was.indexOf(HISTORY_OPEN), changed = [];
  for (let k = 0; k < history.length; k++) {
    let line = lines[open + 1 + k], prior = wasOpen < 0 ? void 0 : was[wasOpen + 1 + k];
    line !== prior && (prior === void 0 || entryLine(line) !== entryLine(prior)) && changed.push(k);
  }
  return checkChangedEntries(value, history, changed);
}
async function registryProblems(root, registry, before, inChange) {
  let file = REGISTRY_FILE, problems = [], known = /* @__PURE__ */ new Map(), registered = (ref) => {
    let p;
    try {
      p = metadataPath(ref);
    } catch {
      return Promise.resolve(!1);
    }
    if (inChange.has(p)) return Promise.resolve(!0);
    let hit = known.get(p);
    return hit || (hit = access(path.join(root, p)).then(
      () => !0,
      () => !1
    ), known.set(p, hit)), hit;
  }, label = (r) => `${r.model}-v${r.version}-${r.quantization}`, byId = /* @__PURE__ */ new Map(), oldIds = new Set(before?.history.map((e) => e.id) ?? []), fresh = [];
  registry.history.forEach((e, index) => {
    byId.has(e.id) ? problems.push({ file, pointer: `${pointer("history", index)}/id`, message: `duplicate history id ${e.id}` }) : byId.set(e.id, { index, entry: e }), oldIds.has(e.id) || fresh.push(index);
  });
  for (let index of fresh) {
    let e = registry.history[index];
    e.env in registry.environments || problems.push({ file, pointer: `${pointer("history", index)}/env`, message: `unknown environment ${e.env}` }), await registered(e) || problems.push({ file, pointer: pointer("history", index), message: `names ${label(e)}, which is not registered` });
  }
  for (let [env, p] of Object.entries(registry.environments)) {
    if (!p) continue;
    let at = pointer("environments", env);
    await registered(p) || problems.push({ file, pointer: at, message: `points at ${label(p)}, which is not registered` });
    let found = byId.get(p.history_id);
    if (!found) problems.push({ file, pointer: `${at}/history_id`, message: `history entry ${p.history_id} does not exist` });
    else {
      let h = found.entry;
      (h.env !== env || h.model !== p.model || h.version !== p.version || h.quantization !== p.quantization) && problems.push({
        file,
        pointer: `${at}/history_id`,
        message: `history entry ${p.history_id} records ${h.env} ${h.model} ${h.version} (${h.quantization}), not this pointer`
      });
    }
  }
  return problems;
}

// src/state/transaction.ts
async function writeAtomic(file, content) {
  await mkdir(path2.dirname(file), { recursive: !0 });
  let tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, content), await rename(tmp, file);
}
async function applyFiles(root, files, known) {
  for (let f of files) {
    if (!f.path.startsWith("registry/") || f.path.includes("..")) throw new MregError("INTERNAL", `refusing to write outside registry/: ${f.path}`);
    let abs = path2.join(root, f.path);
    if ((await lstat(abs).catch(() => null))?.isSymbolicLink()) throw symlinkError(f.path, await readlink(abs).catch(() => "?"));
  }
  let before = await Promise.all(
    files.map(async (f) => ({ path: f.path, old: known.get(f.path) ?? await readFile(path2.join(root, f.path), "utf8").catch(() => null) }))
  ), restore = async () => {
    for (let b of before) {
      let abs = path2.join(root, b.path);
      b.old === null ? await rm(abs, { force: !0 }) : await writeAtomic(abs, b.old);
    }
  };
  try {
    for (let f of files) await writeAtomic(path2.join(root, f.path), f.content);
  } catch (err) {
    throw await restore(), new MregError("INTERNAL", `writing the registry failed (nothing was changed): ${errorMessage(err)}`);
  }
  return { restore, created: before.filter((b) => b.old === null).map((b) => b.path) };
}
var earlyLooks = /* @__PURE__ */ new WeakMap();
function lookForEditsEarly(ctx) {
  let look = (async () => {
    let dir = await gitDir(ctx.root);
    if (!dir) return null;
    let markFile = path2.join(dir, "mreg-look");
    await writeFile(markFile, `${process.pid}
`);
    let mark = (await stat(markFile)).ctimeMs, changed = changedUnder(ctx.repo, [REGISTRY_DIR]);
    return changed.catch(() => {
    }), { mark, changed };
  })().catch(() => null);
  earlyLooks.set(ctx, look);
}
async function earlyAnswer(ctx, paths) {
  let pending = earlyLooks.get(ctx);
  earlyLooks.delete(ctx);
  let look = pending && await pending;
  if (!look) return null;
  let dir = await gitDir(ctx.root);
  if (!dir) return null;
  let gitFiles = ["index", "HEAD", ...ctx.repo.branch ? [`refs/heads/${ctx.repo.branch}`] : []].map((f) => path2.join(dir, f)), places = /* @__PURE__ */ new Set([...gitFiles, ...paths.flatMap((p) => [path2.join(ctx.root, p), path2.join(ctx.root, path2.dirname(p))])]);
  return (await Promise.all(
    [...places].map(
      (f) => lstat(f).then(
        (st) => st.ctimeMs,
        () => null
      )
    )
  )).some((t) => t !== null && t >= look.mark) ? null : look.changed.catch(() => null);
}
async function commitChange(ctx, plan) {
  let { repo } = ctx, branch = repo.branch, push = ctx.push, pushNote;
  if (push !== !1)
    if (hasRemote(repo, ctx.remote))
      if (branch)
        push = !0;
      else throw new MregError("GIT", "HEAD is detached; check out the registry branch first");
    else {
      if (push === !0) throw new MregError("GIT", `no remote named ${ctx.remote}: add it, or commit locally without pushing`);
      push = !1, pushNote = `no remote ${ctx.remote}: committed locally`;
    }
  else pushNote = "push disabled";
  let parent = null;
  push && (parent = (await syncWithRemote({ ...ctx, push: !0 })).remoteHead ?? await headSha(repo));
  let retries = ctx.config.push.retries;
  for (let attempt = 1; ; attempt++) {
    let status = attempt === 1 && earlyLooks.has(ctx) ? null : changedUnder(repo, [REGISTRY_DIR]);
    status?.catch(() => {
    });
    let change = await plan(), paths = change.files.map((f) => f.path), changed = (status && await status) ?? await earlyAnswer(ctx, paths) ?? await changedUnder(repo, [REGISTRY_DIR]), dirty = paths.filter((p) => changed.has(p));
    if (dirty.length)
      throw new MregError(
        "CONFLICT",
        `uncommitted changes in ${dirty.slice(0, 3).join(", ")}${dirty.length > 3 ? ", ..." : ""}; commit or discard them first (nothing was changed)`
      );
    let before = change.files.some((f) => f.path === REGISTRY_FILE) ? change.planned ?? await readRegistry(ctx.root).catch(() => null) : null;
    await checkChange(ctx.root, change.files, before);
    let known = new Map(before ? [[REGISTRY_FILE, before.text]] : []), { restore, created } = await applyFiles(ctx.root, change.files, known);
    before && change.files.some((f) => f.path === REGISTRY_FILE) && (await recordProvenRegistryFile(ctx.root), await recordProvenTexts(
      ctx.root,
      change.files.filter((f) => f.path.startsWith(`${REGISTRY_DIR}/history/`)).map((f) => f.content)
    ));
    let commit;
    try {
      commit = await commitPaths(
        repo,
        change.files.map((f) => f.path),
        commitMessage(change.subject, change.body ?? null, change.trailers),
        created
      );
    } catch (err) {
      throw await restore(), await repo.git.raw(["reset", "--quiet", "--", ...change.files.map((f) => f.path)]).catch(() => {
      }), new MregError("GIT", `git commit failed: ${errorMessage(err)}`);
    }
    if (!push) return { result: change.result, commit, pushed: !1, pushNote, attempts: attempt };
    let pushed;
    try {
      pushed = await pushBranch(repo, ctx.remote, branch);
    } catch (err) {
      throw parent && await resetTo(repo, parent).catch(() => {
      }), err instanceof MregError ? new MregError(err.code, `${err.message}; the local commit was undone, nothing changed`) : err;
    }
    if (pushed.ok) return { result: change.result, commit, pushed: !0, attempts: attempt };
    let remoteHead = await fetchBranch(repo, ctx.remote, branch);
    if (await resetTo(repo, remoteHead), parent = remoteHead, attempt > retries)
      throw new MregError(
        "CONFLICT",
        `gave up after ${attempt} attempts: ${ctx.remote}/${branch} kept moving (${pushed.message}); nothing of this change was pushed`
      );
    ctx.logger.info(`${ctx.remote}/${branch} moved; re-applying on ${remoteHead.slice(0, 8)} (attempt ${attempt + 1})`), await sleep(Math.min(2e3, 25 * 2 ** Math.min(attempt, 6)) * (0.5 + Math.random()));
  }
}

export {
  syncWithRemote,
  lookForEditsEarly,
  commitChange
};
