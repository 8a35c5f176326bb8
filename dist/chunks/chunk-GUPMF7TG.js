import {
  MregError,
  errorMessage
} from "./chunk-J65ZUYIW.js";

// src/git/repo.ts
import { spawn } from "node:child_process";
function gitRunner(baseDir, config = []) {
  let pre = config.flatMap((c) => ["-c", c]);
  return {
    raw: (args, options = {}) => new Promise((resolve, reject) => {
      let child = spawn("git", [...pre, ...args], {
        cwd: baseDir,
        stdio: [options.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
        env: options.env ? { ...process.env, ...options.env } : process.env
      }), out = [], err = [];
      child.stdout?.on("data", (b) => out.push(b)), child.stderr?.on("data", (b) => err.push(b)), child.on("error", reject), child.stdin?.on("error", () => {
      }), child.stdin?.end(options.input), child.on("close", (code, signal) => {
        let stdout = Buffer.concat(out).toString("utf8");
        if (code === 0) return resolve(stdout);
        let detail = [Buffer.concat(err).toString("utf8"), stdout].map((t) => t.trim()).filter(Boolean).join(`
`);
        reject(new Error(detail || `git ${args[0]} ${signal ? `killed by ${signal}` : `exited with ${code}`}`));
      });
    })
  };
}
var DEFAULT_NAME = "mreg", DEFAULT_EMAIL = "mreg@localhost";
async function openRepo(dir) {
  let base = gitRunner(dir), configRead = base.raw(["config", "--get-regexp", "^(user\\.(name|email)|remote\\..*\\.url)$"]).catch(() => ""), { root, branch } = await placeFromGit(base, dir), configured = await configRead, remotes = [...configured.matchAll(/^remote\.(.+)\.url /gm)].map((m) => m[1]), userName = [...configured.matchAll(/^user\.name (.+)$/gm)].at(-1)?.[1].trim() || void 0, config = [];
  return !userName && !process.env.GIT_AUTHOR_NAME && config.push(`user.name=${DEFAULT_NAME}`), !/^user\.email /m.test(configured) && !process.env.GIT_AUTHOR_EMAIL && config.push(`user.email=${DEFAULT_EMAIL}`), { root, git: gitRunner(root, config), branch, remotes, userName };
}
async function placeFromGit(base, dir) {
  try {
    let [root, head = ""] = (await base.raw(["rev-parse", "--show-toplevel", "--symbolic-full-name", "HEAD"])).trim().split(`
`);
    return { root, branch: head.startsWith("refs/heads/") ? head.slice(11) : null };
  } catch (err) {
    let msg = errorMessage(err);
    if (/ambiguous argument 'HEAD'|unknown revision/.test(msg)) {
      let root = (await base.raw(["rev-parse", "--show-toplevel"])).trim(), branch = (await base.raw(["symbolic-ref", "--quiet", "--short", "HEAD"]).catch(() => "")).trim() || null;
      return { root, branch };
    }
    throw new MregError(
      "GIT",
      `${dir} is not inside a git repository (run "mreg init ${dir}" first): ${firstLine(msg)}`
    );
  }
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
async function changedUnder(repo, paths) {
  let out = await repo.git.raw([
    "--literal-pathspecs",
    "--no-optional-locks",
    "status",
    "--porcelain=v1",
    "-z",
    "--untracked-files=all",
    "--",
    ...paths
  ]), changed = /* @__PURE__ */ new Set(), entries = out.split("\0");
  for (let i = 0; i < entries.length; i++) {
    let e = entries[i];
    e.length < 4 || (changed.add(e.slice(3)), (e[0] === "R" || e[0] === "C") && (i++, e[0] === "R" && entries[i] && changed.add(entries[i])));
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
  return newPaths.length && await repo.git.raw(["--literal-pathspecs", "add", "--", ...newPaths]), await repo.git.raw([
    "--literal-pathspecs",
    "-c",
    "maintenance.auto=false",
    "commit",
    "--quiet",
    "--no-verify",
    "-m",
    message,
    "--",
    ...paths
  ]), await headSha(repo);
}
async function pushBranch(repo, remote, branch, commit = "HEAD") {
  try {
    return await repo.git.raw(["push", "--quiet", "--porcelain", remote, `${commit}:refs/heads/${branch}`]), { ok: !0 };
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
    await repo.git.raw([
      "fetch",
      "--quiet",
      "--no-tags",
      remote,
      `+refs/heads/${branch}:${trackingRef(remote, branch)}`
    ]);
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
var AUDIT_FORMAT = "--format=%x1e%H%x1f%aI%x1f%an%x1f%s%x1f%(trailers:only,unfold)%x1f";
async function auditLog(repo, limit) {
  let out = await repo.git.raw(["log", "--topo-order", AUDIT_FORMAT, "--name-only", "--", "registry/"]).catch(() => ""), records = [];
  for (let chunk of out.split("")) {
    if (!chunk.trim()) continue;
    let [commit, date, author, subject, trailerText = "", files = ""] = chunk.split(""), trailers = {};
    for (let line of trailerText.split(`
`)) {
      let m = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
      m && (trailers[m[1]] = m[2]);
    }
    let kind = trailers["Mreg-Action"] ? "registry" : files.split(`
`).includes(CONFIG_PATH) ? "config" : null;
    if (kind && (records.push({ commit, date, author, subject, trailers, kind }), limit !== void 0 && records.length >= limit))
      break;
  }
  return records;
}
var CONFIG_PATH = "registry/config.json";

export {
  gitRunner,
  openRepo,
  firstLine,
  hasRemote,
  headSha,
  changedUnder,
  commitMessage,
  commitPaths,
  pushBranch,
  trackingRef,
  fetchBranch,
  fetchBranchIfAny,
  resolveRef,
  commitsNotOn,
  fastForwardTo,
  auditLog
};
