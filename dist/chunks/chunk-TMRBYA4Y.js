import {
  MregError,
  errorMessage
} from "./chunk-J65ZUYIW.js";

// src/git/repo.ts
import { readFileSync, statSync } from "node:fs";
import { lstat, readFile as readFile2, realpath, stat } from "node:fs/promises";
import path2 from "node:path";

// src/git/config-files.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
var CONFIG_ENV = ["GIT_CONFIG", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT", "GIT_CONFIG_SYSTEM", "GIT_CONFIG_GLOBAL", "GIT_CONFIG_NOSYSTEM"];
async function settingsFromFiles(gitDir2) {
  let entries = await configFromFiles(gitDir2);
  if (!entries) return null;
  let userName, userEmail, remotes = [];
  for (let e of entries)
    e.value !== null && (e.section === "user" && e.subsection === null && e.key === "name" && (userName = e.value), e.section === "user" && e.subsection === null && e.key === "email" && (userEmail = e.value), e.section === "remote" && e.subsection !== null && e.key === "url" && !remotes.includes(e.subsection) && remotes.push(e.subsection));
  return !userName?.trim() || !userEmail?.trim() ? null : { userName, userEmail, remotes };
}
async function configFromFiles(gitDir2) {
  if (CONFIG_ENV.some((k) => process.env[k] !== void 0)) return null;
  let home = process.env.HOME;
  if (!home) return null;
  let files = [
    "/etc/gitconfig",
    path.join(process.env.XDG_CONFIG_HOME || path.join(home, ".config"), "git", "config"),
    path.join(home, ".gitconfig"),
    path.join(gitDir2, "config")
  ], texts = await Promise.all(files.map((f) => readFile(f, "utf8").catch((err) => err.code === "ENOENT" ? "" : null))), all = [];
  for (let text of texts) {
    let entries = text === null ? null : parseGitConfig(text);
    if (!entries || entries.some((e) => e.section === "include" || e.section === "includeif")) return null;
    all.push(...entries);
  }
  return all;
}
function parseGitConfig(text) {
  return parsed.has(text) || parsed.set(text, parseText(text)), parsed.get(text);
}
var parsed = /* @__PURE__ */ new Map();
function parseText(text) {
  let entries = [], section = null, subsection = null;
  if (text.includes("\0")) return null;
  let src = text.replace(/^\uFEFF/, "").replace(/\r\n/g, `
`), at = 0;
  for (; at < src.length; ) {
    let eol = src.indexOf(`
`, at) < 0 ? src.length : src.indexOf(`
`, at), line = src.slice(at, eol).replace(/^[ \t\r]+|[ \t\r]+$/g, "");
    if (!line || line[0] === "#" || line[0] === ";") {
      at = eol + 1;
      continue;
    }
    if (line[0] === "[") {
      let m2 = /^\[([A-Za-z0-9.-]+)(?:[ \t]+"((?:[^"\\\n]|\\.)*)")?\][ \t]*(?:[#;].*)?$/.exec(line);
      if (!m2) return null;
      let [name, sub] = [m2[1], m2[2]];
      if (sub !== void 0) {
        if (name.includes(".")) return null;
        section = name.toLowerCase(), subsection = sub.replace(/\\(.)/g, "$1");
      } else {
        let dot = name.indexOf(".");
        section = (dot < 0 ? name : name.slice(0, dot)).toLowerCase(), subsection = dot < 0 ? null : name.slice(dot + 1).toLowerCase();
      }
      at = eol + 1;
      continue;
    }
    let m = /^([A-Za-z][A-Za-z0-9-]*)[ \t]*(=?)/.exec(line);
    if (!m || section === null) return null;
    let key = m[1].toLowerCase();
    if (!m[2]) {
      if (line.slice(m[0].length).trim()) return null;
      entries.push({ section, subsection, key, value: null }), at = eol + 1;
      continue;
    }
    let valueStart = src.indexOf("=", at) + 1, parsed2 = parseValue(src, valueStart);
    if (!parsed2) return null;
    entries.push({ section, subsection, key, value: parsed2.value }), at = parsed2.end + 1;
  }
  return entries;
}
var ESCAPES = { n: `
`, t: "	", b: "\b", "\\": "\\", '"': '"' };
function parseValue(src, from) {
  let value = "", quote = !1, comment = !1, space = 0;
  for (let i = from; ; i++) {
    if (i >= src.length || src[i] === `
`) return quote ? null : { value, end: i };
    let c = src[i];
    if (!comment) {
      if (!quote && (c === " " || c === "	" || c === "\r")) {
        value.length && space++;
        continue;
      }
      if (!quote && (c === ";" || c === "#")) {
        comment = !0;
        continue;
      }
      if (value += " ".repeat(space), space = 0, c === "\\") {
        let next = src[++i];
        if (next === `
`) continue;
        let e = next === void 0 ? void 0 : ESCAPES[next];
        if (e === void 0) return null;
        value += e;
        continue;
      }
      if (c === '"') {
        quote = !quote;
        continue;
      }
      value += c;
    }
  }
}

// src/git/repo.ts
function gitRunner(baseDir, config = []) {
  let pre = config.flatMap((c) => ["-c", c]);
  return {
    raw: async (args) => {
      let { spawn } = await import("node:child_process");
      return new Promise((resolve, reject) => {
        let child = spawn("git", [...pre, ...args], { cwd: baseDir, stdio: ["ignore", "pipe", "pipe"] }), out = [], err = [];
        child.stdout.on("data", (b) => out.push(b)), child.stderr.on("data", (b) => err.push(b)), child.on("error", reject), child.on("close", (code, signal) => {
          let stdout = Buffer.concat(out).toString("utf8");
          if (code === 0) return resolve(stdout);
          let detail = [Buffer.concat(err).toString("utf8"), stdout].map((t) => t.trim()).filter(Boolean).join(`
`);
          reject(new Error(detail || `git ${args[0]} ${signal ? `killed by ${signal}` : `exited with ${code}`}`));
        });
      });
    }
  };
}
var DEFAULT_NAME = "mreg", DEFAULT_EMAIL = "mreg@localhost";
async function openRepo(dir) {
  let place = await placeFromFiles(dir), settings = place && await settingsFromFiles(path2.join(place.root, ".git"));
  if (place && settings)
    return { root: place.root, git: gitRunner(place.root), branch: place.branch, remotes: settings.remotes, userName: settings.userName };
  let base = gitRunner(dir), configRead = base.raw(["config", "--get-regexp", "^(user\\.(name|email)|remote\\..*\\.url)$"]).catch(() => ""), { root, branch } = place ?? await placeFromGit(base, dir), configured = await configRead, remotes = [...configured.matchAll(/^remote\.(.+)\.url /gm)].map((m) => m[1]), userName = [...configured.matchAll(/^user\.name (.+)$/gm)].at(-1)?.[1].trim() || void 0, config = [];
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
    throw new MregError("GIT", `${dir} is not inside a git repository (run "mreg init ${dir}" first): ${firstLine(msg)}`);
  }
}
var DISCOVERY_ENV = [
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_COMMON_DIR",
  "GIT_CEILING_DIRECTORIES",
  "GIT_DISCOVERY_ACROSS_FILESYSTEM",
  "GIT_INDEX_FILE",
  "GIT_OBJECT_DIRECTORY",
  "GIT_NAMESPACE"
];
function gitEnvironmentMovesFiles() {
  return DISCOVERY_ENV.some((k) => process.env[k] !== void 0);
}
async function placeFromFiles(dir) {
  try {
    if (gitEnvironmentMovesFiles()) return null;
    let at = await realpath(dir), device = (await stat(at)).dev, uid = process.getuid?.();
    for (; ; ) {
      let dotGit = path2.join(at, ".git"), st = await lstat(dotGit).catch(() => null);
      if (st)
        return !st.isDirectory() || uid !== void 0 && (st.uid !== uid || (await stat(at)).uid !== uid) ? null : await placeIn(at, dotGit);
      if ((await stat(path2.join(at, "objects")).catch(() => null))?.isDirectory()) return null;
      let up = path2.dirname(at);
      if (up === at) return null;
      let upDevice = (await stat(up)).dev;
      if (upDevice !== device) return null;
      at = up, device = upDevice;
    }
  } catch {
    return null;
  }
}
async function placeIn(root, dotGit) {
  let [headLink, objects, refs, config] = await Promise.all([
    lstat(path2.join(dotGit, "HEAD")),
    stat(path2.join(dotGit, "objects")).catch(() => null),
    stat(path2.join(dotGit, "refs")).catch(() => null),
    plainRepoConfig(dotGit)
  ]);
  if (!headLink.isFile() || !objects?.isDirectory() || !refs?.isDirectory() || !config) return null;
  let line = (await readFile2(path2.join(dotGit, "HEAD"), "utf8")).trim();
  if (/^[0-9a-f]{40}$/.test(line)) return { root, branch: null };
  let branch = /^ref: refs\/heads\/(\S+)$/.exec(line)?.[1];
  if (!branch || branch.startsWith(".") || branch.includes("..")) return null;
  let ref = await lstat(path2.join(dotGit, "refs/heads", branch)).catch(() => null);
  return ref && (!ref.isFile() || (await readFile2(path2.join(dotGit, "refs/heads", branch), "utf8")).startsWith("ref:")) ? null : { root, branch };
}
function plainRepoConfig(dotGit) {
  let text = "";
  try {
    text = readFileSync(path2.join(dotGit, "config"), "utf8");
  } catch {
  }
  let entries = parseGitConfig(text);
  if (!entries) return null;
  for (let e of entries) {
    if (e.section === "extensions" || e.section === "include" || e.section === "includeif") return null;
    if (!(e.section !== "core" || e.subsection !== null) && (e.key === "worktree" || e.key === "bare" && e.value?.toLowerCase() !== "false" || e.key === "repositoryformatversion" && e.value !== "0" && e.value !== "1"))
      return null;
  }
  return entries;
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
  let out = await repo.git.raw(["--no-optional-locks", "status", "--porcelain=v1", "-z", "--untracked-files=all", "--", ...paths]), changed = /* @__PURE__ */ new Set(), entries = out.split("\0");
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
  return newPaths.length && await repo.git.raw(["--literal-pathspecs", "add", "--", ...newPaths]), await repo.git.raw(["--literal-pathspecs", "-c", "maintenance.auto=false", "commit", "--quiet", "--no-verify", "-m", message, "--", ...paths]), headFromFiles(repo.root) ?? await headSha(repo);
}
function gitDir(root) {
  let dotGit = path2.join(root, ".git"), st = statSync(dotGit, { throwIfNoEntry: !1 });
  if (!st) return null;
  if (st.isDirectory()) return dotGit;
  let m = /^gitdir: (.+)$/m.exec(readOr(dotGit, ""));
  return m ? path2.resolve(root, m[1].trim()) : null;
}
function readOr(file, fallback) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return fallback;
  }
}
function headFromFiles(root) {
  try {
    let dir = gitDir(root);
    if (!dir) return null;
    let commondir = readOr(path2.join(dir, "commondir"), null), common = commondir === null ? dir : path2.resolve(dir, commondir.trim()), head = readFileSync(path2.join(dir, "HEAD"), "utf8").trim();
    if (/^[0-9a-f]{40}$/.test(head)) return head;
    let ref = /^ref: (refs\/heads\/[^\s]+)$/.exec(head)?.[1];
    return !ref || ref.includes("..") ? null : refFromFiles(common, ref);
  } catch {
    return null;
  }
}
function refFromFiles(common, ref) {
  let loose = readOr(path2.join(common, ref), null);
  if (loose !== null) return /^[0-9a-f]{40}$/.test(loose.trim()) ? loose.trim() : null;
  let line = readOr(path2.join(common, "packed-refs"), "").split(`
`).find((l) => l.endsWith(` ${ref}`));
  return line && /^[0-9a-f]{40} /.test(line) ? line.slice(0, 40) : null;
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
  configFromFiles,
  gitRunner,
  openRepo,
  gitEnvironmentMovesFiles,
  placeFromFiles,
  plainRepoConfig,
  firstLine,
  hasRemote,
  headSha,
  changedUnder,
  commitMessage,
  commitPaths,
  gitDir,
  headFromFiles,
  refFromFiles,
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
