import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  simpleGit
} from "./chunk-Y52MQDP2.js";
import {
  MregError,
  errorMessage
} from "./chunk-J65ZUYIW.js";

// src/git/repo.ts
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
var DEFAULT_NAME = "mreg", DEFAULT_EMAIL = "mreg@localhost";
async function openRepo(dir) {
  let base = simpleGit({ baseDir: dir }), root, branch = null;
  try {
    let [top, head = ""] = (await base.raw(["rev-parse", "--show-toplevel", "--symbolic-full-name", "HEAD"])).trim().split(`
`);
    root = top, head.startsWith("refs/heads/") && (branch = head.slice(11));
  } catch (err) {
    let msg = errorMessage(err);
    if (/ambiguous argument 'HEAD'|unknown revision/.test(msg))
      root = (await base.raw(["rev-parse", "--show-toplevel"])).trim(), branch = (await base.raw(["symbolic-ref", "--quiet", "--short", "HEAD"]).catch(() => "")).trim() || null;
    else throw new MregError("GIT", `${dir} is not inside a git repository (run "mreg init ${dir}" first): ${firstLine(msg)}`);
  }
  let configured = await simpleGit({ baseDir: root }).raw(["config", "--get-regexp", "^(user\\.(name|email)|remote\\..*\\.url)$"]).catch(() => ""), remotes = [...configured.matchAll(/^remote\.(.+)\.url /gm)].map((m) => m[1]), config = [];
  return !/^user\.name /m.test(configured) && !process.env.GIT_AUTHOR_NAME && config.push(`user.name=${DEFAULT_NAME}`), !/^user\.email /m.test(configured) && !process.env.GIT_AUTHOR_EMAIL && config.push(`user.email=${DEFAULT_EMAIL}`), { root, git: simpleGit({ baseDir: root, config }), branch, remotes };
}
function firstLine(s) {
  return s.split(`
`).map((l) => l.trim()).find((l) => l.length > 0) ?? s;
}
function hasRemote(repo, remote = "origin") {
  return repo.remotes.includes(remote);
}
async function headSha(repo) {
  return (await repo.git.raw(["rev-parse", "--verify", "--quiet", "HEAD"]).catch(() => "")).trim() || null;
}
function gitBlobId(bytes) {
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
async function changedSinceHead(repo, paths) {
  let listing = await repo.git.raw(["ls-tree", "-z", "HEAD", "--", ...paths]).catch(() => ""), atHead = /* @__PURE__ */ new Map();
  for (let entry of listing.split("\0")) {
    let m = /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(entry);
    m && atHead.set(m[2], m[1]);
  }
  let changed = [];
  for (let p of paths) {
    let bytes = await readFile(path.join(repo.root, p)).catch(() => null), head = atHead.get(p);
    (bytes === null ? head !== void 0 : head === void 0 || gitBlobId(bytes) !== head) && changed.push(p);
  }
  return changed;
}
function trailerValue(v) {
  return v.replace(/[\r\n]+/g, " ").trim();
}
function commitMessage(subject, body, trailers) {
  let lines = [trailerValue(subject), ""];
  body && body.trim() && lines.push(body.trim(), "");
  for (let [k, v] of Object.entries(trailers))
    v == null || v === "" || lines.push(`${k}: ${trailerValue(String(v))}`);
  return lines.join(`
`) + `
`;
}
async function commitPaths(repo, paths, message, newPaths = paths) {
  return newPaths.length && await repo.git.raw(["add", "--", ...newPaths]), await repo.git.raw(["commit", "--quiet", "--no-verify", "-m", message, "--", ...paths]), await headSha(repo);
}
async function resetTo(repo, rev) {
  await repo.git.raw(["reset", "--quiet", "--keep", rev]);
}
async function pushBranch(repo, remote, branch) {
  try {
    return await repo.git.raw(["push", "--quiet", "--porcelain", remote, `HEAD:refs/heads/${branch}`]), { ok: !0 };
  } catch (err) {
    let message = errorMessage(err);
    if (!/hook declined|protected branch|permission|denied|not allowed/i.test(message) && /\[rejected\]|non-fast-forward|fetch first|stale info|cannot lock ref|failed to update ref/i.test(message))
      return { ok: !1, rejected: !0, message: firstLine(message) };
    let reasons = message.split(`
`).map((l) => l.trim()).filter((l) => /^remote: \S|rejected\]|^error: |^fatal: /.test(l));
    throw new MregError(
      "GIT",
      `git push to ${remote} ${branch} failed: ${(reasons.length ? reasons.slice(0, 3).join("; ") : firstLine(message)).replace(/\t/g, " ")}`
    );
  }
}
function trackingRef(remote, branch) {
  return `refs/remotes/${remote}/${branch}`;
}
async function fetchBranch(repo, remote, branch) {
  let head = await fetchBranchIfAny(repo, remote, branch);
  if (head === null) throw new MregError("GIT", `${remote} has no branch ${branch}`);
  return head;
}
async function fetchBranchIfAny(repo, remote, branch) {
  try {
    await repo.git.raw(["fetch", "--quiet", "--no-tags", remote, `+refs/heads/${branch}:${trackingRef(remote, branch)}`]);
  } catch (err) {
    let message = errorMessage(err);
    if (/couldn't find remote ref|no such ref/i.test(message)) return null;
    throw new MregError("GIT", `git fetch ${remote} ${branch} failed: ${firstLine(message)}`);
  }
  return (await repo.git.raw(["rev-parse", "--verify", `${trackingRef(remote, branch)}^{commit}`])).trim();
}
async function resolveRef(repo, ref) {
  return (await repo.git.raw(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).catch(() => "")).trim() || null;
}
async function commitsNotOn(repo, base, limit = 20) {
  let range = `${base}..HEAD`, total = Number((await repo.git.raw(["rev-list", "--count", range])).trim()) || 0;
  if (!total) return { commits: [], total: 0 };
  let out = await repo.git.raw(["log", `-n${limit}`, "--format=%x1e%H%x1f%s", "--name-only", range]), commits = [];
  for (let chunk of out.split("")) {
    if (!chunk.trim()) continue;
    let [head, ...files] = chunk.split(`
`), [commit, subject = ""] = head.split("");
    commits.push({ commit, subject, registry: files.some((f) => f.startsWith("registry/")) });
  }
  return { commits, total };
}
async function fastForwardTo(repo, rev) {
  await repo.git.raw(["merge", "--quiet", "--ff-only", "--no-edit", rev]);
}
async function auditLog(repo, limit) {
  let args = ["log", "--grep=^Mreg-Action:", "--format=%H%x1f%aI%x1f%an%x1f%s%x1f%(trailers:only,unfold)%x1e"];
  limit !== void 0 && args.push(`-n${limit}`);
  let out = await repo.git.raw(args).catch(() => ""), records = [];
  for (let chunk of out.split("")) {
    let c = chunk.replace(/^\n+/, "");
    if (!c.trim()) continue;
    let [commit, date, author, subject, trailerText = ""] = c.split(""), trailers = {};
    for (let line of trailerText.split(`
`)) {
      let m = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
      m && (trailers[m[1]] = m[2]);
    }
    records.push({ commit, date, author, subject, trailers });
  }
  return records;
}

export {
  openRepo,
  firstLine,
  hasRemote,
  headSha,
  gitBlobId,
  changedSinceHead,
  commitMessage,
  commitPaths,
  resetTo,
  pushBranch,
  trackingRef,
  fetchBranch,
  fetchBranchIfAny,
  resolveRef,
  commitsNotOn,
  fastForwardTo,
  auditLog
};
