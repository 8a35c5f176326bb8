import {
  readRegistry,
  symlinkError
} from "./chunk-ZLBD6LEX.js";
import {
  historyPlace
} from "./chunk-RFVOFJFX.js";
import {
  metadataPath
} from "./chunk-6XFSSTIM.js";
import {
  finishLastChange,
  followWorkTree,
  moveBranch
} from "./chunk-OKBEP5SG.js";
import {
  CONFIG_FILE,
  MODELS_DIR,
  REGISTRY_DIR,
  REGISTRY_FILE
} from "./chunk-GMYYM25C.js";
import {
  checkDocument,
  parseDocument,
  schemaProblems
} from "./chunk-NJIZENZ6.js";
import {
  pointer
} from "./chunk-VFSO6U6C.js";
import {
  changedUnder,
  commitMessage,
  commitsNotOn,
  fastForwardTo,
  fetchBranchIfAny,
  firstLine,
  hasRemote,
  headSha,
  pushBranch
} from "./chunk-GUPMF7TG.js";
import {
  MregError,
  errorMessage
} from "./chunk-J65ZUYIW.js";

// src/state/sync.ts
async function syncWithRemote(ctx) {
  let { repo, remote } = ctx, branch = repo.branch, skip = (note) => ({ synced: !1, remoteHead: null, fastForwardedFrom: null, note });
  if (ctx.push === !1) return skip("push disabled");
  if (!hasRemote(repo, remote)) {
    if (ctx.push === !0)
      throw new MregError("GIT", `no remote named ${remote}: add it, or commit locally without pushing`);
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
    let lock = /Unable to create '([^']+\.lock)': File exists/.exec(errorMessage(err))?.[1];
    throw lock ? new MregError(
      "GIT",
      `cannot fast-forward ${branch} onto ${remote}/${branch}: git's lock file ${lock} exists (a git process is running, or one was stopped and left it); once no git process runs, remove it (nothing was changed)`
    ) : new MregError(
      "CONFLICT",
      `cannot fast-forward ${branch} onto ${remote}/${branch} (${remoteHead.slice(0, 12)}): ${firstLine(errorMessage(err))}; commit or discard your edits there first (nothing was changed)`
    );
  }
  return ctx.logger.info(
    `${branch} was behind ${remote}/${branch}: fast-forwarded ${head?.slice(0, 8) ?? "none"} -> ${remoteHead.slice(0, 8)}`
  ), { synced: !0, remoteHead, fastForwardedFrom: head };
}
function unpushedError(remote, branch, commits, total) {
  let listed = commits.map((c) => `${c.commit.slice(0, 12)} ${JSON.stringify(c.subject)}`).join(", "), more = total > commits.length ? ` and ${total - commits.length} more` : "", what = commits.some((c) => c.registry) ? "local registry commits" : "local commits";
  return new MregError(
    "CONFLICT",
    `${total === 1 ? "a" : total} ${what.replace(/commits$/, total === 1 ? "commit" : "commits")} not on ${remote}/${branch} would be pushed with this change: ${listed}${more}. Push ${total === 1 ? "it" : "them"} deliberately (git push ${remote} ${branch}) after checking ${total === 1 ? "it" : "them"} (mreg validate), or drop ${total === 1 ? "it" : "them"} (git reset --keep ${remote}/${branch}); nothing was changed`
  );
}

// src/state/transaction.ts
import { lstat, readlink } from "node:fs/promises";
import path3 from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

// src/git/write-commit.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
async function writeCommit(repo, parent, files, message) {
  let dir = await mkdtemp(path.join(tmpdir(), "mreg-index-")), env = { GIT_INDEX_FILE: path.join(dir, "index") };
  try {
    let [modes, blobs] = await Promise.all([
      parent ? modesAt(repo, parent, files) : /* @__PURE__ */ new Map(),
      Promise.all(
        files.map(
          async (f) => (await repo.git.raw(["hash-object", "-w", "--stdin", `--path=${f.path}`], { input: f.content })).trim()
        )
      ),
      parent ? repo.git.raw(["read-tree", parent], { env }) : null
    ]), info = files.map((f, i) => `${modes.get(f.path) ?? "100644"} ${blobs[i]}	${f.path}
`).join("");
    await repo.git.raw(["update-index", "--index-info"], { env, input: info });
    let tree = (await repo.git.raw(["write-tree"], { env })).trim();
    return { commit: (await repo.git.raw(["commit-tree", tree, ...parent ? ["-p", parent] : [], "-F", "-"], { input: message })).trim(), blobs: new Map(files.map((f, i) => [f.path, blobs[i]])) };
  } finally {
    await rm(dir, { recursive: !0, force: !0 });
  }
}
async function modesAt(repo, commit, files) {
  let out = await repo.git.raw(["ls-tree", "-z", commit, "--", ...files.map((f) => f.path)]), modes = /* @__PURE__ */ new Map();
  for (let line of out.split("\0")) {
    let m = /^(\d+) blob [0-9a-f]+\t(.+)$/s.exec(line);
    m && m[1] === "100755" && modes.set(m[2], m[1]);
  }
  return modes;
}

// src/state/check-change.ts
import { access } from "node:fs/promises";
import path2 from "node:path";
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
    let problems = (await registryProblems(root, registry, before?.registry ?? null, new Set(files.map((f) => f.path)))).map((p) => placeProblem(registry, p));
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
  let problems = schemaProblems("registry", { ...value, history: changed.map((k) => history[k]) }, REGISTRY_FILE).map(
    (p) => {
      let m = /^\/history\/(\d+)(.*)$/.exec(p.pointer);
      return m ? placeProblem(value, { ...p, pointer: `/history/${changed[Number(m[1])]}${m[2]}` }) : p;
    }
  );
  if (problems.length)
    throw new MregError("SCHEMA", `${problems[0].file}#${problems[0].pointer}: ${problems[0].message}`, { problems });
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
  if (!history || open < 0 || lines[open + history.length + 1] !== "  ]")
    return checkDocument("registry", value, REGISTRY_FILE);
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
    return hit || (hit = access(path2.join(root, p)).then(
      () => !0,
      () => !1
    ), known.set(p, hit)), hit;
  }, label = (r) => `${r.model}-v${r.version}-${r.quantization}`, byId = /* @__PURE__ */ new Map(), oldIds = new Set(before?.history.map((e) => e.id) ?? []), fresh = [];
  registry.history.forEach((e, index) => {
    byId.has(e.id) ? problems.push({ file, pointer: `${pointer("history", index)}/id`, message: `duplicate history id ${e.id}` }) : byId.set(e.id, { index, entry: e }), oldIds.has(e.id) || fresh.push(index);
  });
  for (let index of fresh) {
    let e = registry.history[index];
    e.env in registry.environments || problems.push({ file, pointer: `${pointer("history", index)}/env`, message: `unknown environment ${e.env}` }), await registered(e) || problems.push({
      file,
      pointer: pointer("history", index),
      message: `names ${label(e)}, which is not registered`
    });
  }
  for (let [env, p] of Object.entries(registry.environments)) {
    if (!p) continue;
    let at = pointer("environments", env);
    await registered(p) || problems.push({ file, pointer: at, message: `points at ${label(p)}, which is not registered` });
    let found = byId.get(p.history_id);
    if (!found)
      problems.push({ file, pointer: `${at}/history_id`, message: `history entry ${p.history_id} does not exist` });
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
function pushMode(ctx) {
  if (ctx.push === !1) return { push: !1, pushNote: "push disabled" };
  if (!hasRemote(ctx.repo, ctx.remote)) {
    if (ctx.push === !0)
      throw new MregError("GIT", `no remote named ${ctx.remote}: add it, or commit locally without pushing`);
    return { push: !1, pushNote: `no remote ${ctx.remote}: committed locally` };
  }
  if (!ctx.repo.branch) throw new MregError("GIT", "HEAD is detached; check out the registry branch first");
  return { push: !0 };
}
async function commitChange(ctx, plan) {
  let mode = pushMode(ctx), retries = ctx.config.push.retries;
  for (let attempt = 1; ; attempt++) {
    let outcome = await attemptChange(ctx, mode, plan);
    if (outcome.done) return { ...outcome.done, pushed: mode.push, pushNote: mode.pushNote, attempts: attempt };
    if (attempt > retries)
      throw new MregError(
        "CONFLICT",
        `gave up after ${attempt} attempts: ${outcome.moved} kept moving; nothing of this change was committed`
      );
    ctx.logger.info(`${outcome.moved} moved; planning the change again on its new head (attempt ${attempt + 1})`), await sleep(Math.min(2e3, 25 * 2 ** Math.min(attempt, 6)) * (0.5 + Math.random()));
  }
}
async function attemptChange(ctx, mode, plan) {
  let { repo } = ctx;
  mode.push && await syncWithRemote({ ...ctx, push: !0 });
  let lagging = await finishLastChange(ctx), parent = await headSha(repo), change = await plan(), before = change.files.some((f) => f.path === REGISTRY_FILE) ? change.planned ?? await readRegistry(ctx.root).catch(() => null) : null;
  await Promise.all([
    refuseEdits(
      ctx,
      change.files.map((f) => f.path),
      lagging
    ),
    checkChange(ctx.root, change.files, before),
    refuseLinks(ctx.root, change.files)
  ]);
  let message = commitMessage(change.subject, change.body ?? null, change.trailers), commit;
  try {
    commit = (await writeCommit(repo, parent, change.files, message)).commit;
  } catch (err) {
    throw new MregError("GIT", `git could not write the commit (nothing was changed): ${firstLine(errorMessage(err))}`);
  }
  let branch = repo.branch;
  if (mode.push) {
    let pushed = await pushBranch(repo, ctx.remote, branch, commit).catch((err) => {
      throw err instanceof MregError ? new MregError(err.code, `${err.message}; nothing was changed`) : err;
    });
    if (!pushed.ok) return { moved: `${ctx.remote}/${branch} (${pushed.message})` };
  }
  let local = await moveLocalBranch(ctx, mode, commit, parent, change.subject);
  return local === "lost" ? { moved: repo.branch ?? "HEAD" } : (local === "moved" && await bringWorkTree(ctx, change.files), { done: { result: change.result, commit } });
}
async function moveLocalBranch(ctx, mode, commit, parent, subject) {
  try {
    if (await moveBranch(ctx.repo, commit, parent, `mreg: ${subject}`)) return "moved";
    if (!mode.push) return "lost";
    await headSha(ctx.repo) !== commit && ctx.logger.warn(`pushed ${commit.slice(0, 12)}; ${ctx.repo.branch} moved here meanwhile and was left as it is`);
  } catch (err) {
    if (!mode.push) throw new MregError("GIT", `${errorMessage(err)}; nothing was changed`);
    ctx.logger.warn(
      `pushed ${commit.slice(0, 12)}; ${errorMessage(err)}: the next mreg command fast-forwards ${ctx.repo.branch}`
    );
  }
  return "stayed";
}
async function bringWorkTree(ctx, files) {
  try {
    let follow = await followWorkTree(ctx.repo, files);
    follow.kept.length && ctx.logger.warn(
      `committed; ${follow.kept.join(", ")} edited meanwhile: kept as edited (compare with git diff HEAD)`
    ), follow.indexNote && ctx.logger.warn(
      `committed; git's index does not record it yet (${follow.indexNote}): the next mreg command records it`
    );
  } catch (err) {
    ctx.logger.warn(
      `committed; the work tree could not be brought to the commit (${firstLine(errorMessage(err))}): the next mreg command does it`
    );
  }
}
async function refuseEdits(ctx, paths, lagging) {
  let [changed, flagged] = await Promise.all([
    changedUnder(ctx.repo, paths),
    ctx.repo.git.raw(["--literal-pathspecs", "ls-files", "-v", "-z", "--", ...paths])
  ]), hidden = flagged.split("\0").filter((l) => /^[a-zS] /.test(l)).map((l) => l.slice(2));
  if (hidden.length) {
    let one = hidden.length === 1;
    throw new MregError(
      "CONFLICT",
      `${hidden.join(", ")} ${one ? "is" : "are"} marked assume-unchanged or skip-worktree in git's index, so git shows no edit of ${one ? "it" : "them"}: clear the mark first (git update-index --no-assume-unchanged --no-skip-worktree -- ${hidden.join(" ")}); nothing was changed`
    );
  }
  let dirty = paths.filter((p) => changed.has(p) && !lagging.includes(p));
  if (dirty.length)
    throw new MregError(
      "CONFLICT",
      `uncommitted changes in ${dirty.slice(0, 3).join(", ")}${dirty.length > 3 ? ", ..." : ""}; commit or discard them first (nothing was changed)`
    );
}
async function refuseLinks(root, files) {
  for (let f of files) {
    if (!f.path.startsWith(`${REGISTRY_DIR}/`) || f.path.split("/").includes(".."))
      throw new MregError("INTERNAL", `refusing to write outside registry/: ${f.path}`);
    let parts = f.path.split("/");
    for (let i = 1; i <= parts.length; i++) {
      let rel = parts.slice(0, i).join("/"), abs = path3.join(root, rel);
      if (!(await lstat(abs).catch(() => null))?.isSymbolicLink()) continue;
      let target = await readlink(abs).catch(() => "?");
      throw i === parts.length ? symlinkError(f.path, target) : new MregError(
        "PRECONDITION",
        `${rel} is a symbolic link (to ${target}); mreg writes the registry's files inside the repository only: replace the link by the folder it points to and commit that (nothing was changed)`
      );
    }
  }
}

export {
  syncWithRemote,
  commitChange
};
