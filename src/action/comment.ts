import { readFile } from 'node:fs/promises';
import { getOctokit } from '@actions/github';
import { COMMENT_MARKER, commentKeyMarker } from './markdown.js';

/**
 * One pull-request comment per pull request, updated in place on every push: found again by the
 * hidden marker, so a busy pull request gets one up-to-date gate report instead of one per push.
 * Loaded with a dynamic import only when a comment is due, because octokit and undici are most of
 * the bundle and every other command would pay for loading them.
 */
export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
}

/** The pull request this run belongs to, from the event payload; null for other events. */
export async function currentPullRequest(env: NodeJS.ProcessEnv = process.env): Promise<PullRequestRef | null> {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || !env.GITHUB_EVENT_PATH) return null;
  let payload: { pull_request?: { number?: unknown } };
  try {
    payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8'));
  } catch {
    return null;
  }
  const number = payload.pull_request?.number;
  return typeof number === 'number' ? { owner, repo, number } : null;
}

export async function upsertComment(
  token: string,
  pr: PullRequestRef,
  key: string,
  body: string,
): Promise<{ id: number; action: 'created' | 'updated'; url: string }> {
  const keyMarker = commentKeyMarker(key);
  if (!body.startsWith(COMMENT_MARKER) || !body.includes(keyMarker))
    throw new Error('internal: the comment body lacks its markers');
  // @actions/github reads GITHUB_API_URL when it is first loaded; passing it again here keeps
  // GitHub Enterprise Server (and a test's stand-in server) working however the module was loaded.
  const octokit = getOctokit(token, { baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com' });
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    per_page: 100,
  });
  const ours = comments.filter((c) => c.body?.startsWith(COMMENT_MARKER) && c.body.includes(keyMarker));
  // Prefer a bot's comment (GITHUB_TOKEN and App tokens comment as bots; a personal token does not).
  const existing = ours.find((c) => c.user?.type === 'Bot') ?? ours[0];
  if (existing) {
    const { data } = await octokit.rest.issues.updateComment({
      owner: pr.owner,
      repo: pr.repo,
      comment_id: existing.id,
      body,
    });
    return { id: data.id, action: 'updated', url: data.html_url };
  }
  const { data } = await octokit.rest.issues.createComment({
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    body,
  });
  return { id: data.id, action: 'created', url: data.html_url };
}
