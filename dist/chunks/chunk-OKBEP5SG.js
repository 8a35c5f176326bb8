import {
  REGISTRY_DIR
} from "./chunk-GMYYM25C.js";
import {
  firstLine,
  resolveRef
} from "./chunk-GUPMF7TG.js";
import {
  errorMessage
} from "./chunk-J65ZUYIW.js";

// src/git/move-branch.ts
import { lstat, mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
var NO_COMMIT = "0".repeat(40);
async function moveBranch(repo, next, expected, reason) {
  let ref = repo.branch ? `refs/heads/${repo.branch}` : "HEAD";
  try {
    return await repo.git.raw(["update-ref", "--no-deref", "-m", reason, ref, next, expected ?? NO_COMMIT]), !0;
  } catch (err) {
    if (await resolveRef(repo, ref) !== expected) return !1;
    throw new Error(`git update-ref ${ref} failed: ${firstLine(errorMessage(err))}`);
  }
}
async function followWorkTree(repo, files) {
  let paths = files.map((f) => f.path), listed = await repo.git.raw([
    "--literal-pathspecs",
    "ls-files",
    "-z",
    "--modified",
    "--others",
    "--",
    ...paths
  ]), kept = [...new Set(listed.split("\0").filter(Boolean))], writes = files.filter((f) => !kept.includes(f.path));
  return await Promise.all(writes.map((f) => replaceFile(repo.root, f))), writes.length ? {
    kept,
    indexNote: await recordInIndex(
      repo,
      writes.map((f) => f.path)
    )
  } : { kept };
}
async function recordInIndex(repo, paths) {
  try {
    await repo.git.raw(["--literal-pathspecs", "update-index", "--add", "--", ...paths]);
    return;
  } catch (err) {
    return firstLine(errorMessage(err));
  }
}
var TEMP_MARK = ".mreg-tmp";
async function replaceFile(root, f) {
  let file = path.join(root, f.path), folder = path.dirname(file);
  await mkdir(folder, { recursive: !0 });
  let base = path.basename(file), stale = (await readdir(folder)).filter((n) => n.startsWith(`.${base}.`) && n.endsWith(TEMP_MARK));
  await Promise.all(stale.map((n) => rm(path.join(folder, n), { force: !0 })));
  let tmp = path.join(folder, `.${base}.${process.pid}${TEMP_MARK}`);
  try {
    await writeFile(tmp, f.content), await rename(tmp, file);
  } catch (err) {
    throw await rm(tmp, { force: !0 }), err;
  }
}
async function finishCheckout(repo, under, trailer) {
  let lagging = await namesDiffering(repo, "HEAD", under).catch(() => []);
  if (!lagging.length) return [];
  let chain = await chainToIndex(repo, lagging, trailer);
  if (!chain) return [];
  let [current, ...known] = await Promise.all([
    workTreeBlobs(repo, lagging),
    ...chain.map((c) => blobsAt(repo, c, lagging))
  ]), now = known[0], ready = lagging.filter((p) => now.has(p) && current.get(p) === now.get(p)), behind = lagging.filter(
    (p) => now.has(p) && !ready.includes(p) && known.some((k) => current.get(p) === k.get(p))
  ), files = await Promise.all(
    behind.map(async (p) => ({ path: p, content: await repo.git.raw(["cat-file", "blob", now.get(p)]) }))
  );
  await Promise.all(files.map((f) => replaceFile(repo.root, f)));
  let done = [...ready, ...behind];
  return done.length ? await recordInIndex(repo, done) === void 0 ? [] : done : [];
}
async function chainToIndex(repo, paths, trailer) {
  let log = await repo.git.raw([
    "log",
    "--first-parent",
    "-n",
    "16",
    `--format=%H %P%x1f%(trailers:key=${trailer},valueonly)%x1e`,
    "HEAD"
  ]), chain = [];
  for (let record of log.split("")) {
    let [ids, value = ""] = record.trim().split(""), [commit, ...parents] = (ids ?? "").split(" ");
    if (!commit || parents.length !== 1 || !value.trim()) return null;
    if (chain.push(commit), !(await namesDiffering(repo, parents[0], paths)).length) return [...chain, parents[0]];
  }
  return null;
}
async function namesDiffering(repo, commit, paths) {
  return (await repo.git.raw([
    "--literal-pathspecs",
    "diff-index",
    "--cached",
    "--no-renames",
    "--name-only",
    "-z",
    commit,
    "--",
    ...paths
  ])).split("\0").filter(Boolean);
}
async function blobsAt(repo, commit, paths) {
  let out = await repo.git.raw(["ls-tree", "-z", commit, "--", ...paths]), blobs = /* @__PURE__ */ new Map();
  for (let line of out.split("\0")) {
    let m = /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(line);
    m && blobs.set(m[2], m[1]);
  }
  return blobs;
}
async function workTreeBlobs(repo, paths) {
  let present = (await Promise.all(
    paths.map(async (p) => (await lstat(path.join(repo.root, p)).catch(() => null))?.isFile() ? p : null)
  )).filter((p) => p !== null);
  if (!present.length) return /* @__PURE__ */ new Map();
  let out = (await repo.git.raw(["hash-object", "--", ...present])).trim().split(`
`);
  return new Map(present.map((p, i) => [p, out[i]]));
}

// src/state/finish-change.ts
var ACTION_TRAILER = "Mreg-Action";
async function finishLastChange(ctx) {
  try {
    return await finishCheckout(ctx.repo, [REGISTRY_DIR], ACTION_TRAILER);
  } catch (err) {
    return ctx.logger.warn(
      `the last registry commit is not yet in the work tree and could not be brought there: ${firstLine(errorMessage(err))}`
    ), [];
  }
}

export {
  moveBranch,
  followWorkTree,
  finishLastChange
};
