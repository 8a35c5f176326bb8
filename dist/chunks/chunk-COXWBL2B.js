import {
  readRegistry,
  recordProvenRegistryFile,
  recordProvenTexts,
  symlinkError
} from "./chunk-5GGAVOLL.js";
import {
  historyPlace
} from "./chunk-XKDK3TQA.js";
import {
  metadataPath
} from "./chunk-6XFSSTIM.js";
import {
  CONFIG_FILE,
  MODELS_DIR,
  REGISTRY_DIR,
  REGISTRY_FILE
} from "./chunk-UV2GFVBV.js";
import {
  checkDocument,
  parseDocument,
  schemaProblems
} from "./chunk-MR7FSY5S.js";
import {
  pointer
} from "./chunk-64GSZUE7.js";
import {
  changedUnder,
  commitMessage,
  commitPaths,
  commitsNotOn,
  configFromFiles,
  fastForwardTo,
  fetchBranch,
  fetchBranchIfAny,
  firstLine,
  gitDir,
  gitEnvironmentMovesFiles,
  hasRemote,
  headFromFiles,
  headSha,
  plainRepoConfig,
  pushBranch,
  refFromFiles,
  resetTo
} from "./chunk-TMRBYA4Y.js";
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
import { lstatSync as lstatSync3, mkdirSync as mkdirSync2, readFileSync as readFileSync3, renameSync as renameSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { lstat, readlink, rm, stat, writeFile } from "node:fs/promises";
import path4 from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

// src/git/commit-files.ts
import { createHash, randomBytes } from "node:crypto";
import {
  appendFileSync,
  closeSync as closeSync2,
  linkSync,
  lstatSync as lstatSync2,
  mkdirSync,
  openSync as openSync2,
  readFileSync as readFileSync2,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync
} from "node:fs";
import path2 from "node:path";
import { deflateSync } from "node:zlib";

// src/git/index-file.ts
import { closeSync, fstatSync, lstatSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
import { inflateSync } from "node:zlib";
function unchangedFromFiles(root, paths) {
  return lookInIndex(root, paths).unchanged ? !0 : null;
}
var INDEX_SETTINGS = ["sparsecheckout", "splitindex", "fsmonitor"];
function lookInIndex(root, paths) {
  let none = { unchanged: !1, marked: [] };
  try {
    if (gitEnvironmentMovesFiles()) return none;
    let dir = path.join(root, ".git");
    if (!lstatSync(dir).isDirectory()) return none;
    let config = plainRepoConfig(dir);
    if (!config || config.some((e) => e.section === "core" && INDEX_SETTINGS.includes(e.key))) return none;
    let index = readIndex(dir, new Set(paths)), head = headFromFiles(root);
    if (!index) return none;
    let marked = paths.filter((p) => (index.entries.get(p) ?? []).some((e) => e.hidden));
    return !head || !index.rootTree || commitTree(dir, head) !== index.rootTree ? { unchanged: !1, marked } : { unchanged: paths.every((p) => matches(root, p, index)), marked };
  } catch {
    return none;
  }
}
function matches(root, file, index) {
  let entries = index.entries.get(file) ?? [];
  if (linkedFolder(root, file) !== null) return !1;
  let st;
  try {
    st = lstatSync(path.join(root, file), { bigint: !0 });
  } catch (err) {
    if (err.code !== "ENOENT") return !1;
    st = null;
  }
  if (!entries.length) return st === null;
  if (entries.length !== 1 || st === null || !st.isFile()) return !1;
  let [e] = entries;
  if (e.stage !== 0 || e.special) return !1;
  let sec = (ns) => Number(ns / 1000000000n & 0xffffffffn), nsec = (ns) => Number(ns % 1000000000n), exec = (Number(st.mode) & 64) !== 0, same = e.mode === (exec ? 33261 : 33188) && e.size === Number(st.size & 0xffffffffn) && e.mtimeS === sec(st.mtimeNs) && e.mtimeNs === nsec(st.mtimeNs) && e.ctimeS === sec(st.ctimeNs) && e.ctimeNs === nsec(st.ctimeNs) && e.ino === Number(st.ino & 0xffffffffn) && e.uid === Number(st.uid) && e.gid === Number(st.gid), racy = e.mtimeS > index.mtimeS || e.mtimeS === index.mtimeS && e.mtimeNs >= index.mtimeNs;
  return same && !racy;
}
function linkedFolder(root, file) {
  return foldersAbove(file).find((f) => lstatSync(path.join(root, f), { throwIfNoEntry: !1 })?.isSymbolicLink()) ?? null;
}
function walkEntries(d, visit) {
  if (d.length < 32 || d.toString("latin1", 0, 4) !== "DIRC") return null;
  let version = d.readUInt32BE(4);
  if (version !== 2 && version !== 3) return null;
  let count = d.readUInt32BE(8), end = d.length - 20, off = 12;
  for (let i = 0; i < count; i++) {
    if (off + 62 > end) return null;
    let flags = d[off + 60] << 8 | d[off + 61], extended = (flags & 16384) !== 0;
    if (extended && version < 3) return null;
    let extra = extended ? d[off + 62] << 8 | d[off + 63] : 0, nameStart = off + 62 + (extended ? 2 : 0), nameLength = flags & 4095;
    if (nameLength === 4095 && (nameLength = d.indexOf(0, nameStart) - nameStart), nameLength < 0 || nameStart + nameLength >= end || d[nameStart + nameLength] !== 0) return null;
    visit({ off, nameStart, nameLength, flags, extra }), off += Math.floor((nameStart + nameLength - off + 8) / 8) * 8;
  }
  return off;
}
function entryPlaces(d) {
  let places = [], after = walkEntries(d, (e) => places.push(e));
  return after === null ? null : { places, after };
}
function firstFrom(d, places, key) {
  let [lo, hi] = [0, places.length];
  for (; lo < hi; ) {
    let mid = lo + hi >> 1, e = places[mid];
    d.compare(key, 0, key.length, e.nameStart, e.nameStart + e.nameLength) < 0 ? lo = mid + 1 : hi = mid;
  }
  return lo;
}
function entriesNamed(d, places, key) {
  let found = [];
  for (let i = firstFrom(d, places, key); i < places.length; i++) {
    let e = places[i];
    if (e.nameLength !== key.length || d.compare(key, 0, key.length, e.nameStart, e.nameStart + e.nameLength) !== 0) break;
    found.push(e);
  }
  return found;
}
function extensionsOf(d, off) {
  let end = d.length - 20, found = [];
  for (; off + 8 <= end; ) {
    let signature = d.toString("latin1", off, off + 4), size = d.readUInt32BE(off + 4);
    if (!/^[A-Z]/.test(signature) || signature === "link" || signature === "sdir" || off + 8 + size > end) return null;
    found.push({ signature, start: off + 8, size }), off += 8 + size;
  }
  return found;
}
function readIndex(dir, wanted) {
  let { bytes: d, st } = readWithStat(path.join(dir, "index")), walked = entryPlaces(d), extensions = walked && extensionsOf(d, walked.after);
  if (!walked || !extensions) return null;
  let entries = /* @__PURE__ */ new Map();
  for (let name of wanted) {
    let found = entriesNamed(d, walked.places, Buffer.from(name, "utf8")).map(({ off, flags, extra }) => ({
      ctimeS: d.readUInt32BE(off),
      ctimeNs: d.readUInt32BE(off + 4),
      mtimeS: d.readUInt32BE(off + 8),
      mtimeNs: d.readUInt32BE(off + 12),
      ino: d.readUInt32BE(off + 20),
      mode: d.readUInt32BE(off + 24),
      uid: d.readUInt32BE(off + 28),
      gid: d.readUInt32BE(off + 32),
      size: d.readUInt32BE(off + 36),
      stage: flags >> 12 & 3,
      special: (extra & 24576) !== 0 || (flags & 32768) !== 0,
      hidden: (flags & 32768) !== 0 || (extra & 16384) !== 0
    }));
    found.length && entries.set(name, found);
  }
  let tree = extensions.find((x) => x.signature === "TREE"), rootTree = tree ? treeCache(d.subarray(tree.start, tree.start + tree.size)).get("")?.id ?? null : null, mtime = st.mtimeNs;
  return { entries, rootTree, mtimeS: Number(mtime / 1000000000n & 0xffffffffn), mtimeNs: Number(mtime % 1000000000n) };
}
function readWithStat(file) {
  let fd = openSync(file, "r");
  try {
    let st = fstatSync(fd, { bigint: !0 });
    return { bytes: readFileSync(fd), st };
  } finally {
    closeSync(fd);
  }
}
function foldersAbove(file) {
  let parts = file.split("/").slice(0, -1);
  return parts.map((_, i) => parts.slice(0, i + 1).join("/"));
}
function treeCache(body) {
  let found = /* @__PURE__ */ new Map(), at = 0, node = (parent) => {
    let nul = body.indexOf(0, at), nl = nul < 0 ? -1 : body.indexOf(10, nul);
    if (nl < 0) return !1;
    let name = body.toString("latin1", at, nul);
    if (parent === null && name !== "") return !1;
    let m = /^(-?\d+) (\d+)$/.exec(body.toString("latin1", nul + 1, nl));
    if (!m) return !1;
    let folder = parent === null ? "" : parent === "" ? name : `${parent}/${name}`;
    at = nl + 1;
    let valid = Number(m[1]) >= 0;
    if (valid && at + 20 > body.length) return !1;
    found.set(folder, { id: valid ? body.toString("hex", at, at + 20) : null, idAt: valid ? at : -1, entries: valid ? Number(m[1]) : -1 }), valid && (at += 20);
    for (let i = 0; i < Number(m[2]); i++) if (!node(folder)) return !1;
    return !0;
  };
  return node(null) ? found : /* @__PURE__ */ new Map();
}
function commitTree(dir, commit) {
  let raw;
  try {
    raw = readFileSync(path.join(dir, "objects", commit.slice(0, 2), commit.slice(2)));
  } catch {
    return null;
  }
  let text = inflateSync(raw).toString("latin1", 0, 64), m = /^commit \d+\0tree ([0-9a-f]{40})\n/.exec(text);
  return m ? m[1] : null;
}

// src/git/commit-files.ts
var INERT_ENV = /^GIT_(SSL_|SSH|ASKPASS$|TERMINAL_PROMPT$|TRACE|PAGER$|EDITOR$|HTTP_|CURL_VERBOSE$|PROTOCOL_FROM_USER$|ALLOW_PROTOCOL$|LFS_)/, INERT_SECTIONS = /* @__PURE__ */ new Set([
  "advice",
  "alias",
  "am",
  "apply",
  "blame",
  "branch",
  "checkout",
  "clean",
  "clone",
  "color",
  "column",
  "credential",
  "diff",
  "difftool",
  "fetch",
  "format",
  "fsck",
  "gc",
  "grep",
  "gui",
  "help",
  "http",
  "init",
  "interactive",
  "lfs",
  "log",
  "maintenance",
  "merge",
  "mergetool",
  "pack",
  "pager",
  "protocol",
  "pull",
  "push",
  "rebase",
  "receive",
  "remote",
  "safe",
  "sendemail",
  "stash",
  "status",
  "submodule",
  "tar",
  "transfer",
  "uploadpack",
  "url",
  "versionsort",
  "web",
  "worktree"
]), isTrue = (v) => v === null || /^(true|yes|on|1)$/i.test(v), isFalse = (v) => v !== null && /^(false|no|off|0|)$/i.test(v), any = () => !0, CORE = {
  repositoryformatversion: (v) => v === "0" || v === "1",
  bare: isFalse,
  filemode: (v) => isTrue(v) || isFalse(v),
  logallrefupdates: isTrue,
  ignorecase: isFalse,
  autocrlf: isFalse,
  symlinks: any,
  editor: any,
  pager: any,
  abbrev: any,
  quotepath: any,
  whitespace: any,
  askpass: any,
  sshcommand: any,
  excludesfile: any,
  trustctime: any,
  checkstat: any,
  preloadindex: any,
  safecrlf: any,
  compression: any,
  loosecompression: any,
  warnambiguousrefs: any,
  commentchar: any
}, BUSY = [
  "MERGE_HEAD",
  "CHERRY_PICK_HEAD",
  "REVERT_HEAD",
  "MERGE_RR",
  "rebase-merge",
  "rebase-apply",
  "sequencer",
  // git's rerere records after each commit where this folder exists.
  "rr-cache",
  // Replacement objects: git builds on what they replace HEAD's objects with.
  "refs/replace",
  "hooks/prepare-commit-msg",
  "hooks/post-commit",
  "hooks/post-index-change",
  "hooks/reference-transaction",
  "info/attributes"
];
function settingsFor(config) {
  let name = null, email = null, fileMode = !0;
  for (let e of config)
    if (e.section === "user" && e.subsection === null) {
      if (e.key === "name") name = e.value;
      else if (e.key === "email") email = e.value;
      else if (e.key !== "useconfigonly") return null;
    } else if (e.section === "core" && e.subsection === null) {
      let allowed = CORE[e.key];
      if (!allowed || !allowed(e.value)) return null;
      e.key === "filemode" && (fileMode = isTrue(e.value));
    } else if (!INERT_SECTIONS.has(e.section)) return null;
  return !name || !email || withoutCrud(name) !== name || withoutCrud(email) !== email || NONCHARACTER.test(name + email) ? null : { name, email, fileMode };
}
function withoutCrud(s) {
  let crud = (c) => c.charCodeAt(0) <= 32 || `.,:;<>"\\'`.includes(c), a = 0, b = s.length;
  for (; a < b && crud(s[a]); ) a++;
  for (; b > a && crud(s[b - 1]); ) b--;
  return s.slice(a, b).replace(/[\n<>]/g, "");
}
function cleanMessage(message) {
  if (/[\0-\x08\x0b-\x1f\x7f]/.test(message.replace(/\r\n/g, `
`).replace(/\r/g, "")) || NONCHARACTER.test(message)) return null;
  let lines = message.split(`
`).map((l) => l.replace(/[ \t\r]+$/, "")), out = [];
  for (let l of lines) (l || out.length && out[out.length - 1]) && out.push(l);
  for (; out.length && !out[out.length - 1]; ) out.pop();
  return out.length ? out.join(`
`) + `
` : null;
}
var NONCHARACTER = /[\u{FDD0}-\u{FDEF}]|[\u{FFFE}\u{FFFF}\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]/u;
function reflogMessage(s) {
  return s.replace(/[ \t\n\r]+/g, " ").replace(/^ | $/g, "");
}
function zone(date) {
  let offset = -date.getTimezoneOffset(), abs = Math.abs(offset);
  return `${offset < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}${String(abs % 60).padStart(2, "0")}`;
}
function objectId(type, body) {
  let raw = Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]);
  return { id: createHash("sha1").update(raw).digest("hex"), raw };
}
function writeObject(dir, id, raw) {
  let folder = path2.join(dir, "objects", id.slice(0, 2)), file = path2.join(folder, id.slice(2));
  if (exists(file)) {
    let now = /* @__PURE__ */ new Date();
    utimesSync(file, now, now);
    return;
  }
  mkdirSync(folder, { recursive: !0 });
  let tmp = path2.join(folder, `tmp_obj_${randomBytes(6).toString("hex")}`);
  writeFileSync(tmp, deflateSync(raw, { level: 1 }), { flag: "wx", mode: 292 });
  try {
    linkSync(tmp, file);
  } catch (err) {
    if (err.code !== "EEXIST") throw err;
  } finally {
    unlinkSync(tmp);
  }
}
function takeLock(file) {
  let lock = `${file}.lock`;
  try {
    return closeSync2(openSync2(lock, "wx")), lock;
  } catch (err) {
    if (err.code === "EEXIST") return null;
    throw err;
  }
}
function exists(f) {
  try {
    return lstatSync2(f), !0;
  } catch (err) {
    return err.code !== "ENOENT";
  }
}
async function commitRegistryPaths(repo, paths, message, newPaths) {
  return (!newPaths.length && repo.branch ? await commitFromFiles(repo.root, repo.branch, paths, message) : null) ?? await commitPaths(repo, paths, message, newPaths);
}
async function commitFromFiles(root, branch, paths, message) {
  if (Object.keys(process.env).some((k) => k.startsWith("GIT_") && !INERT_ENV.test(k)) || !paths.length) return null;
  let tz = process.env.TZ;
  if (tz !== void 0 && tz !== "" && !/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(tz)) return null;
  let dir = path2.join(root, ".git");
  if (!lstatSync2(dir, { throwIfNoEntry: !1 })?.isDirectory()) return null;
  let text = cleanMessage(message), config = await configFromFiles(dir), settings = config && settingsFor(config);
  if (!settings || !text) return null;
  let home = process.env.HOME, folders = /* @__PURE__ */ new Set(["", ...paths.flatMap(foldersAbove)]), busy = [
    ...BUSY.map((f) => path2.join(dir, f)),
    path2.join(process.env.XDG_CONFIG_HOME || path2.join(home, ".config"), "git", "attributes"),
    "/etc/gitattributes",
    ...[...folders].map((f) => path2.join(root, f, ".gitattributes"))
  ], ref = `refs/heads/${branch}`, onBranch = () => readFileSync2(path2.join(dir, "HEAD"), "utf8").trim() === `ref: ${ref}`;
  if (busy.some(exists) || packedReplaceRefs(dir) || !onBranch()) return null;
  let locks = [], release = () => {
    for (let l of locks) exists(l) && unlinkSync(l);
  };
  try {
    mkdirSync(path2.dirname(path2.join(dir, ref)), { recursive: !0 });
    for (let file of [path2.join(dir, "index"), path2.join(dir, "HEAD"), path2.join(dir, ref)]) {
      let lock = takeLock(file);
      if (!lock) return release(), null;
      locks.push(lock);
    }
    let [indexLock, headLock, refLock] = locks, parent = onBranch() ? refFromFiles(dir, ref) : null, parentTree = parent && commitTree(dir, parent), plan = null;
    try {
      parentTree && (plan = planCommit(root, readWithStat(path2.join(dir, "index")), parentTree, paths, settings.fileMode));
    } catch {
    }
    if (!parent || !plan) return release(), null;
    let now = /* @__PURE__ */ new Date(), ident = `${settings.name} <${settings.email}> ${Math.floor(now.getTime() / 1e3)} ${zone(now)}`, commit = objectId("commit", Buffer.from(`tree ${plan.tree}
parent ${parent}
author ${ident}
committer ${ident}

${text}`));
    for (let o of [...plan.objects, commit]) writeObject(dir, o.id, o.raw);
    writeIndex(indexLock, plan.index, plan.newest), writeFileSync(path2.join(dir, "COMMIT_EDITMSG"), text);
    let log = `${parent} ${commit.id} ${ident}	${reflogMessage(`commit: ${text.split(`
`)[0]}`)}
`;
    writeFileSync(refLock, `${commit.id}
`);
    for (let logFile of [path2.join(dir, "logs/HEAD"), path2.join(dir, "logs", ref)])
      mkdirSync(path2.dirname(logFile), { recursive: !0 }), appendFileSync(logFile, log);
    return renameSync(refLock, path2.join(dir, ref)), unlinkSync(headLock), renameSync(indexLock, path2.join(dir, "index")), commit.id;
  } catch (err) {
    throw release(), err;
  }
}
function writeIndex(file, content, newest) {
  for (let i = 0; ; i++) {
    if (writeFileSync(file, content), i === 20 || statSync(file, { bigint: !0 }).mtimeNs > newest) return;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
  }
}
function packedReplaceRefs(dir) {
  let packed = path2.join(dir, "packed-refs");
  return exists(packed) && readFileSync2(packed, "utf8").includes(" refs/replace/");
}
function planCommit(root, index, parentTree, paths, fileMode) {
  let d = index.bytes, indexSecond = Number(index.st.mtimeNs / 1000000000n), walked = entryPlaces(d);
  if (!walked) return null;
  let { places } = walked;
  if (places.some((e) => (e.flags & 45056) !== 0 || e.extra !== 0)) return null;
  let extensions = extensionsOf(d, walked.after), treeExt = extensions?.length === 1 && extensions[0].signature === "TREE" ? extensions[0] : null;
  if (!treeExt) return null;
  let cache = treeCache(d.subarray(treeExt.start, treeExt.start + treeExt.size)), top = cache.get("");
  if (top?.id !== parentTree || top.entries !== places.length) return null;
  let bytes = (p) => Buffer.from(p, "utf8").toString("latin1"), out = Buffer.from(d), objects = [], newest = 0n, changed = !1, ids = /* @__PURE__ */ new Map();
  for (let p of paths) {
    let [e, ...more] = entriesNamed(d, places, Buffer.from(p, "utf8"));
    if (!e || more.length || ids.has(bytes(p))) return null;
    let indexMode = d.readUInt32BE(e.off + 24);
    if (indexMode !== 33188 && indexMode !== 33261) return null;
    let { bytes: body, st } = readWithStat(path2.join(root, p));
    if (!st.isFile() || lstatSync2(path2.join(root, p)).isSymbolicLink()) return null;
    st.mtimeNs > newest && (newest = st.mtimeNs);
    let blob = objectId("blob", body);
    objects.push(blob), ids.set(bytes(p), blob.id), blob.id !== d.toString("hex", e.off + 40, e.off + 60) && (changed = !0);
    let mode = fileMode ? (Number(st.mode) & 64) !== 0 ? 33261 : 33188 : indexMode, u32 = (n) => Number(n & 0xffffffffn);
    [
      u32(st.ctimeNs / 1000000000n),
      Number(st.ctimeNs % 1000000000n),
      u32(st.mtimeNs / 1000000000n),
      Number(st.mtimeNs % 1000000000n),
      u32(st.dev),
      u32(st.ino),
      mode,
      u32(st.uid),
      u32(st.gid),
      u32(st.size)
    ].forEach((v, k) => out.writeUInt32BE(v, e.off + 4 * k)), out.write(blob.id, e.off + 40, "hex");
  }
  if (!changed) return null;
  let folders = /* @__PURE__ */ new Set(["", ...paths.map(bytes).flatMap(foldersAbove)]);
  for (let f of folders) if (entriesNamed(d, places, Buffer.from(f ? `${f}/.gitattributes` : ".gitattributes", "latin1")).length) return null;
  let depth = (f) => f ? f.split("/").length : 0;
  for (let folder of [...folders].sort((a, b) => depth(b) - depth(a))) {
    let cached = cache.get(folder);
    if (!cached || cached.idAt < 0) return null;
    let prefix = folder ? Buffer.from(`${folder}/`, "latin1") : Buffer.alloc(0), start = folder ? firstFrom(d, places, prefix) : 0, parts = [];
    for (let i = start; i < start + cached.entries; ) {
      let e = places[i];
      if (!e || e.nameLength <= prefix.length || d.compare(prefix, 0, prefix.length, e.nameStart, e.nameStart + prefix.length) !== 0) return null;
      let nameEnd = e.nameStart + e.nameLength, from = e.nameStart + prefix.length, slash = d.indexOf(47, from);
      if (slash < 0 || slash >= nameEnd) {
        let mode = out.readUInt32BE(e.off + 24);
        parts.push(Buffer.from(`${mode.toString(8)} `), d.subarray(from, nameEnd + 1), out.subarray(e.off + 40, e.off + 60)), i++;
        continue;
      }
      let sub = d.toString("latin1", from, slash), subPath = folder ? `${folder}/${sub}` : sub, subCache = cache.get(subPath), id = ids.get(subPath) ?? subCache?.id;
      if (!id || !subCache || subCache.entries <= 0) return null;
      parts.push(Buffer.from(`40000 ${sub}\0`, "latin1"), Buffer.from(id, "hex")), i += subCache.entries;
    }
    let tree2 = objectId("tree", Buffer.concat(parts));
    objects.push(tree2), ids.set(folder, tree2.id), out.write(tree2.id, treeExt.start + cached.idAt, "hex");
  }
  let written = new Set(paths.map(bytes));
  for (let e of places) {
    let mode = d.readUInt32BE(e.off + 24);
    if (d.readUInt32BE(e.off + 8) < indexSecond || mode === 57344) continue;
    let name = d.toString("latin1", e.nameStart, e.nameStart + e.nameLength);
    if (written.has(name)) continue;
    let same = !1;
    if (mode === 33188 || mode === 33261)
      try {
        same = objectId("blob", readFileSync2(path2.join(root, Buffer.from(name, "latin1").toString("utf8")))).id === d.toString("hex", e.off + 40, e.off + 60);
      } catch {
      }
    same || out.writeUInt32BE(0, e.off + 36);
  }
  let tree = ids.get("");
  return createHash("sha1").update(out.subarray(0, out.length - 20)).digest().copy(out, out.length - 20), { tree, objects, index: out, newest };
}

// src/state/check.ts
import { access } from "node:fs/promises";
import path3 from "node:path";
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
    return hit || (hit = access(path3.join(root, p)).then(
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
function writeAtomic(file, content) {
  mkdirSync2(path4.dirname(file), { recursive: !0 });
  let tmp = `${file}.${process.pid}.tmp`;
  writeFileSync2(tmp, content), renameSync2(tmp, file);
}
function readOrNull(file) {
  try {
    return readFileSync3(file, "utf8");
  } catch {
    return null;
  }
}
async function applyFiles(root, files, known) {
  for (let f of files) {
    if (!f.path.startsWith("registry/") || f.path.includes("..")) throw new MregError("INTERNAL", `refusing to write outside registry/: ${f.path}`);
    let abs = path4.join(root, f.path);
    if (lstatSync3(abs, { throwIfNoEntry: !1 })?.isSymbolicLink()) throw symlinkError(f.path, await readlink(abs).catch(() => "?"));
    let folder = linkedFolder(root, f.path);
    if (folder !== null) {
      let target = await readlink(path4.join(root, folder)).catch(() => "?");
      throw new MregError(
        "PRECONDITION",
        `${folder} is a symbolic link (to ${target}); mreg writes the registry's files inside the repository only: replace the link by the folder it points to and commit that (nothing was changed)`
      );
    }
  }
  let before = files.map((f) => ({ path: f.path, old: known.get(f.path) ?? readOrNull(path4.join(root, f.path)) })), restore = async () => {
    for (let b of before) {
      let abs = path4.join(root, b.path);
      b.old === null ? await rm(abs, { force: !0 }) : writeAtomic(abs, b.old);
    }
  };
  try {
    for (let f of files) writeAtomic(path4.join(root, f.path), f.content);
  } catch (err) {
    throw await restore(), new MregError("INTERNAL", `writing the registry failed (nothing was changed): ${errorMessage(err)}`);
  }
  return { restore, created: before.filter((b) => b.old === null).map((b) => b.path) };
}
var earlyLooks = /* @__PURE__ */ new WeakMap();
function beginLook(ctx) {
  return (async () => {
    if (gitEnvironmentMovesFiles()) return null;
    if (unchangedFromFiles(ctx.root, [])) return { git: null };
    let dir = gitDir(ctx.root);
    if (!dir) return null;
    let markFile = path4.join(dir, "mreg-look");
    await writeFile(markFile, `${process.pid}
`);
    let st = await stat(markFile), head = headFromFiles(ctx.root), git = changedUnder(ctx.repo, [REGISTRY_DIR]);
    return git.catch(() => {
    }), { git, mark: { ctimeMs: st.ctimeMs, dev: st.dev }, head };
  })().catch(() => null);
}
function lookForEditsEarly(ctx) {
  earlyLooks.set(ctx, beginLook(ctx));
}
async function lookAnswer(ctx, pending, paths, provenUnchanged) {
  let look = await pending;
  if (!look) return null;
  if (!look.git) return provenUnchanged ? /* @__PURE__ */ new Set() : null;
  let dir = gitDir(ctx.root);
  if (!dir || look.head === null || headFromFiles(ctx.root) !== look.head) return null;
  let places = /* @__PURE__ */ new Set([
    path4.join(dir, "index"),
    path4.join(dir, "HEAD"),
    ...paths.flatMap((p) => [path4.join(ctx.root, p), path4.join(ctx.root, path4.dirname(p))])
  ]);
  return (await Promise.all([...places].map((f) => lstat(f).catch(() => null)))).some((st) => st !== null && (st.dev !== look.mark.dev || st.ctimeMs >= look.mark.ctimeMs)) ? null : look.git.catch(() => null);
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
    let early = attempt === 1 ? earlyLooks.get(ctx) : void 0;
    earlyLooks.delete(ctx);
    let look = early ?? beginLook(ctx), change = await plan(), paths = change.files.map((f) => f.path), index = lookInIndex(ctx.root, paths), hidden = index.marked;
    if (hidden.length)
      throw new MregError(
        "CONFLICT",
        `${hidden.join(", ")} ${hidden.length === 1 ? "is" : "are"} marked assume-unchanged or skip-worktree in git's index, so git shows no edit of ${hidden.length === 1 ? "it" : "them"}: clear the mark first (git update-index --no-assume-unchanged --no-skip-worktree -- ${hidden.join(" ")}); nothing was changed`
      );
    let changed = await lookAnswer(ctx, look, paths, index.unchanged) ?? await changedUnder(repo, [REGISTRY_DIR]), dirty = paths.filter((p) => changed.has(p));
    if (dirty.length)
      throw new MregError(
        "CONFLICT",
        `uncommitted changes in ${dirty.slice(0, 3).join(", ")}${dirty.length > 3 ? ", ..." : ""}; commit or discard them first (nothing was changed)`
      );
    let before = change.files.some((f) => f.path === REGISTRY_FILE) ? change.planned ?? await readRegistry(ctx.root).catch(() => null) : null;
    await checkChange(ctx.root, change.files, before);
    let known = new Map(before ? [[REGISTRY_FILE, before.text]] : []), { restore, created } = await applyFiles(ctx.root, change.files, known);
    before && change.files.some((f) => f.path === REGISTRY_FILE) && (recordProvenRegistryFile(ctx.root), recordProvenTexts(
      ctx.root,
      change.files.filter((f) => f.path.startsWith(`${REGISTRY_DIR}/history/`)).map((f) => f.content)
    ));
    let commit;
    try {
      let message = commitMessage(change.subject, change.body ?? null, change.trailers);
      commit = await commitRegistryPaths(repo, paths, message, created);
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
