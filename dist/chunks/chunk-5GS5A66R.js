import {
  commitsNotOn,
  fastForwardTo,
  fetchBranchIfAny,
  firstLine,
  hasRemote,
  headSha
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

export {
  syncWithRemote
};
