import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  changedSinceHead,
  commitMessage,
  commitPaths,
  fetchBranch,
  hasRemote,
  headSha,
  pushBranch,
  resetTo
} from "./chunk-HLSFVDC7.js";
import {
  MregError,
  errorMessage
} from "./chunk-J65ZUYIW.js";

// src/state/transaction.ts
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
async function writeAtomic(file, content) {
  await mkdir(path.dirname(file), { recursive: !0 });
  let tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, content), await rename(tmp, file);
}
async function applyFiles(root, files) {
  for (let f of files)
    if (!f.path.startsWith("registry/") || f.path.includes("..")) throw new MregError("INTERNAL", `refusing to write outside registry/: ${f.path}`);
  let before = await Promise.all(files.map(async (f) => ({ path: f.path, old: await readFile(path.join(root, f.path), "utf8").catch(() => null) }))), restore = async () => {
    for (let b of before) {
      let abs = path.join(root, b.path);
      b.old === null ? await rm(abs, { force: !0 }) : await writeAtomic(abs, b.old);
    }
  };
  try {
    for (let f of files) await writeAtomic(path.join(root, f.path), f.content);
  } catch (err) {
    throw await restore(), new MregError("INTERNAL", `writing the registry failed (nothing was changed): ${errorMessage(err)}`);
  }
  return { restore, created: before.filter((b) => b.old === null).map((b) => b.path) };
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
  let retries = ctx.config.push.retries;
  for (let attempt = 1; ; attempt++) {
    let change = await plan(), dirty = await changedSinceHead(
      repo,
      change.files.map((f) => f.path)
    );
    if (dirty.length)
      throw new MregError(
        "CONFLICT",
        `uncommitted changes in ${dirty.slice(0, 3).join(", ")}${dirty.length > 3 ? ", ..." : ""}; commit or discard them first (nothing was changed)`
      );
    let before = await headSha(repo), { restore, created } = await applyFiles(ctx.root, change.files), commit;
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
      throw before && await resetTo(repo, before).catch(() => {
      }), err instanceof MregError ? new MregError(err.code, `${err.message}; the local commit was undone, nothing changed`) : err;
    }
    if (pushed.ok) return { result: change.result, commit, pushed: !0, attempts: attempt };
    let remoteHead = await fetchBranch(repo, ctx.remote, branch);
    if (await resetTo(repo, remoteHead), attempt > retries)
      throw new MregError(
        "CONFLICT",
        `gave up after ${attempt} attempts: ${ctx.remote}/${branch} kept moving (${pushed.message}); nothing of this change was pushed`
      );
    ctx.logger.info(`${ctx.remote}/${branch} moved; re-applying on ${remoteHead.slice(0, 8)} (attempt ${attempt + 1})`), await sleep(Math.min(2e3, 25 * 2 ** Math.min(attempt, 6)) * (0.5 + Math.random()));
  }
}

export {
  commitChange
};
