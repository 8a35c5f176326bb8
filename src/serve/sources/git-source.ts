import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { MregError, errorMessage } from '../../core/errors.js';
import { metadataPath, type ArtifactRef } from '../../core/naming.js';
import type { ArtifactMetadata } from '../../core/documents.js';
import { parseMetadata } from '../../core/schema.js';
import {
  checkPollInterval,
  PollSchedule,
  parsePointerText,
  type PointerSource,
  type PointerUpdate,
  ErrorOnce,
} from '../pointer-source.js';

export interface GitSourceOptions {
  /** What git accepts as a remote: `file:///srv/registry.git`, `https://github.com/o/r.git`, `git@...`. */
  url: string;
  branch: string;
  env: string;
  /** Where the bare cache clone lives (under the serve cache). */
  cacheDir: string;
  pollMs: number;
  /** Path of the registry inside the repository. */
  file?: string;
}

/** `git+file:///path/remote.git#main`, `git+https://host/o/r.git#release`, `git+ssh://...` */
export function parseGitSpec(spec: string): { url: string; branch: string } {
  const m = /^git\+(.+?)(?:#([^#]+))?$/.exec(spec);
  if (!m)
    throw new MregError(
      'USAGE',
      `invalid git source ${JSON.stringify(spec)}: expected git+URL#BRANCH, e.g. git+https://github.com/org/registry.git#main`,
    );
  return { url: m[1], branch: m[2] ?? 'main' };
}

/**
 * A token for https remotes, the way actions/checkout passes one: an `http.<url>.extraheader`
 * set through GIT_CONFIG_* environment variables (git >= 2.31), never in argv where other users
 * of the machine could read it in the process list, never written to a config file.
 * MREG_GIT_TOKEN goes to the configured remote; GITHUB_TOKEN only to github.com.
 */
export function gitAuthEnv(url: string, env: NodeJS.ProcessEnv): Record<string, string> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return {};
  }
  if (u.protocol !== 'https:') return {};
  const token = env.MREG_GIT_TOKEN || (u.hostname === 'github.com' ? env.GITHUB_TOKEN : undefined);
  if (!token) return {};
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${u.origin}/.extraheader`,
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
  };
}

function run(args: string[], cwd: string, extraEnv: Record<string, string> = {}, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      {
        cwd,
        timeout: timeoutMs,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...extraEnv },
      },
      (err, stdout, stderr) => {
        if (err)
          reject(
            new MregError('GIT', `git ${args[0]} failed: ${(stderr || errorMessage(err)).trim().split('\n').pop()}`),
          );
        else resolve(stdout);
      },
    );
  });
}

/**
 * Polls a git remote. Each poll asks `git ls-remote` for the branch head (one round trip, no
 * objects) and only when it moved runs `git fetch --depth=1` of that one branch into a bare cache
 * clone, then reads `registry/registry.json` from the fetched commit with `git show`. So a quiet
 * poll costs one ref advertisement, and a change costs one shallow commit's worth of objects.
 */
export class GitSource implements PointerSource {
  readonly description: string;
  private readonly bare: string;
  private timer: NodeJS.Timeout | null = null;
  private lastHead: string | null = null;
  private readonly errors = new ErrorOnce();
  private polling: Promise<void> | null = null;
  private closed = false;
  private failures = 0;
  private readonly schedule: PollSchedule;
  /** Remote round trips made (ls-remote, fetch), for the fleet benchmark. */
  readonly requests = { lsRemote: 0, fetch: 0 };

  constructor(private readonly o: GitSourceOptions) {
    this.description = `git+${o.url}#${o.branch}`;
    checkPollInterval('git', o.url, o.pollMs);
    this.schedule = new PollSchedule(o.pollMs);
    const key = createHash('sha256').update(`${o.url}#${o.branch}`).digest('hex').slice(0, 16);
    this.bare = path.join(o.cacheDir, 'git', key);
  }

  private async ensureBare(): Promise<void> {
    if (
      await stat(path.join(this.bare, 'HEAD')).then(
        () => true,
        () => false,
      )
    )
      return;
    await mkdir(this.bare, { recursive: true });
    await run(['init', '--quiet', '--bare'], this.bare);
  }

  private async poll(onUpdate: (u: PointerUpdate) => void, onError: (err: Error) => void): Promise<void> {
    try {
      const ref = `refs/heads/${this.o.branch}`;
      const auth = gitAuthEnv(this.o.url, process.env);
      this.requests.lsRemote++;
      const out = await run(['ls-remote', '--', this.o.url, ref], this.bare, auth);
      const head = out
        .split('\n')
        .map((l) => l.split('\t'))
        .find((p) => p[1] === ref)?.[0];
      if (!head) throw new MregError('NOT_FOUND', `${this.description}: the remote has no branch ${this.o.branch}`);
      this.failures = 0;
      if (head === this.lastHead) return;
      this.requests.fetch++;
      // Fetch into our own ref so later `git show` does not depend on FETCH_HEAD's lifetime.
      // No auto-maintenance after the fetch: one process less per change (the clone holds one commit).
      await run(
        [
          '-c',
          'maintenance.auto=false',
          '-c',
          'gc.auto=0',
          'fetch',
          '--quiet',
          '--depth=1',
          '--no-tags',
          '--',
          this.o.url,
          `+${ref}:refs/mreg/head`,
        ],
        this.bare,
        auth,
      );
      const fetched = (await run(['rev-parse', 'refs/mreg/head'], this.bare)).trim();
      const file = this.o.file ?? 'registry/registry.json';
      const text = await run(['show', `${fetched}:${file}`], this.bare);
      const update = parsePointerText(text, `${this.description}:${file}`, this.o.env, fetched);
      this.lastHead = fetched;
      this.errors.ok();
      onUpdate(update);
    } catch (err) {
      this.failures++;
      this.errors.report(err, onError);
    }
  }

  async start(onUpdate: (u: PointerUpdate) => void, onError: (err: Error) => void): Promise<void> {
    await this.ensureBare();
    const tick = async (): Promise<void> => {
      if (this.closed) return;
      this.schedule.started();
      this.polling = this.poll(onUpdate, onError);
      await this.polling;
      this.polling = null;
      // setTimeout after the poll (not setInterval): a slow remote never stacks polls.
      if (!this.closed) this.timer = setTimeout(() => void tick(), this.schedule.nextDelay(this.failures));
    };
    await tick();
  }

  async readMetadata(ref: ArtifactRef, revision: string): Promise<ArtifactMetadata | undefined> {
    const file = metadataPath(ref);
    const rev = /^[0-9a-f]{40,64}$/.test(revision) ? revision : 'refs/mreg/head';
    const text = await run(['show', `${rev}:${file}`], this.bare).catch(() => null);
    return text === null ? undefined : parseMetadata(text, `${this.description}:${file}`);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.polling;
  }
}
