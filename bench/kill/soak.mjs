// Kill soak: SIGKILL `mreg deploy` / `mreg rollback` at random points (some kills leave a lock file
// behind as a killed git does), then run the next command, and count what must never happen:
// - a next command that fails (every failure is counted, whatever it asks the operator to do);
// - a phantom: the work tree's registry.json is in no commit of the branch (a change shown live
//   that was never committed);
// - a silent push: the next command pushes anything besides its own reported commit;
// - an invalid registry on the remote: `mreg validate` on a fresh clone of it fails;
// - a file at a final path of the cache that differs from its registered sha256.
// Then the same with a full disk (runFullDiskSoak: the clone on a small file system, filled at a
// random moment of each command, so the space ends at a different write each time) and several commands at once in one clone (runRace).
// Real processes throughout: the bundled CLI (dist/cli.js), git with a bare remote that refuses
// non-fast-forward pushes, a folder store, artifacts of a few MiB so kills land mid-download.
// Used by bench/kill/run.mjs (50 kills) and, with a few seeded kills, by test/cli/kill-deploy.test.ts.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import { mulberry32 } from '../../dist/index.js';
import { ggufHeader } from '../gguf-header.mjs';

const MiB = 1024 * 1024;
const GIT_ENV = {
  GIT_AUTHOR_NAME: 'soak',
  GIT_AUTHOR_EMAIL: 'soak@localhost',
  GIT_COMMITTER_NAME: 'soak',
  GIT_COMMITTER_EMAIL: 'soak@localhost',
};

const sha = (b) => createHash('sha256').update(b).digest('hex');

/** A bare remote that refuses non-fast-forward pushes, and a clone of it initialised by mreg with the gate and smoke test off. */
function initSoakRegistry({ cli, dir, remote, work, store, env, git }) {
  git(['init', '--quiet', '--bare', '--initial-branch=main', remote], dir);
  git(['config', 'receive.denyNonFastForwards', 'true'], remote);
  execFileSync(process.execPath, [cli, 'init', work, '--store', store], { stdio: 'ignore', env });
  const configFile = path.join(work, 'registry/config.json');
  const config = JSON.parse(readFileSync(configFile, 'utf8'));
  config.gate.enabled = false; // plain-bytes artifacts: this measures the registry's safety, not the gate
  config.smoke.enabled = false;
  writeFileSync(configFile, JSON.stringify(config, null, 2) + '\n');
  git(['commit', '--quiet', '-am', 'soak: no gate']);
  git(['remote', 'add', 'origin', remote]);
  git(['push', '--quiet', 'origin', 'main']);
}

/** Whether the work tree's registry.json is the branch's at one of its last commits (else: a phantom). */
function workTreeInBranch(work, git) {
  const text = readFileSync(path.join(work, 'registry/registry.json'), 'utf8');
  const blob = execFileSync('git', ['hash-object', '--stdin'], { cwd: work, input: text, encoding: 'utf8' }).trim();
  const recent = git(['log', '-n', '5', '--format=%H', 'HEAD']).split('\n');
  return recent.some((c) => git(['rev-parse', `${c}:registry/registry.json`]) === blob);
}

/** The remote, as a fresh clone sees it, passes validation: null, else what validate said. */
function remoteValidation(name, { cli, dir, remote, git }) {
  const check = path.join(dir, `check-${name}`);
  git(['clone', '--quiet', remote, check], dir);
  try {
    execFileSync(process.execPath, [cli, '--repo', check, 'validate'], { stdio: 'pipe' });
    return null;
  } catch (err) {
    return String(err.stdout ?? err.message).trim();
  } finally {
    rmSync(check, { recursive: true, force: true });
  }
}

/**
 * A registry with a bare remote and `versions` registered artifacts, some history in both
 * environments. `workParent`: where the clone lives (a small file system for the full-disk soak);
 * `cacheDir`: the artifact cache, given to mreg as MREG_CACHE.
 */
async function soakRepo(o) {
  const random = mulberry32(o.seed ?? 1); // seeded, so a failing run can be replayed
  const dir = mkdtempSync(path.join(tmpdir(), 'mreg-kill-soak-'));
  const remote = path.join(dir, 'remote.git');
  const work = path.join(o.workParent ?? dir, 'work');
  const store = path.join(dir, 'store');
  const cacheDir = o.cacheDir ?? path.join(work, '.mreg-cache', 'artifacts');
  const env = { ...process.env, ...GIT_ENV, CI: '1', ...(o.cacheDir ? { MREG_CACHE: o.cacheDir } : {}) };
  const git = (args, cwd = work) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  const run = runner(o.cli, work, env, () => remoteHead());
  // The loose ref file, read directly: polled every few ms while a command runs, where a git process each time would be too slow.
  const remoteHead = () => {
    try {
      return readFileSync(path.join(remote, 'refs/heads/main'), 'utf8').trim();
    } catch {
      return git(['rev-parse', 'refs/heads/main'], remote);
    }
  };
  const remoteRegistry = () => JSON.parse(git(['show', 'main:registry/registry.json'], remote));

  initSoakRegistry({ cli: o.cli, dir, remote, work, store, env, git });

  const { versions, registered, durations } = await seedHistory(o, store, run);
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  /** A deploy or rollback that can succeed on the remote's state (the next command must be able to). */
  const nextOp = () => {
    const reg = remoteRegistry();
    const env = pick(['staging', 'production']);
    const current = reg.environments[env]?.version;
    const deployable = versions.filter((v) => v !== current);
    // A plain rollback rightly refuses once every earlier version was rolled back, so name the target:
    // the environment's latest earlier version (`--to` may return to a rolled-back one).
    const earlier = (reg.history ?? []).filter((e) => e.env === env && e.version !== current).at(-1)?.version;
    if (random() < 0.4 && earlier) return ['rollback', '--env', env, '--to', earlier];
    return ['deploy', 'km', pick(deployable), '--env', env];
  };
  const inBranch = () => workTreeInBranch(work, git);
  const remoteInvalid = (name) => remoteValidation(name, { cli: o.cli, dir, remote, git });
  /** Every file at a final path of the cache is the registered bytes: the names of those that are not, and how many were checked. */
  const badCachedFiles = () => {
    const names = (existsSync(cacheDir) ? readdirSync(cacheDir) : []).filter((n) => registered.has(n));
    return {
      checked: names.length,
      bad: names.filter((n) => sha(readFileSync(path.join(cacheDir, n))) !== registered.get(n)),
    };
  };
  const cleanup = () => {
    if (!process.env.MREG_BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
  };
  return {
    random,
    pick,
    dir,
    work,
    remote,
    cacheDir,
    git,
    run,
    remoteHead,
    nextOp,
    inBranch,
    remoteInvalid,
    badCachedFiles,
    durations,
    cleanup,
  };
}

/**
 * Runs mreg in a process group of its own. A kill is either of the mreg process alone (its git
 * children, a push among them, run on to their end: what `kill -9 <pid>` or the OOM killer does)
 * or of the whole group (what a cancelled CI job does). Either way the run ends only when no
 * process of the group is left, so what a killed command's git push did is counted as its own.
 * `afterMs`: a time after the start; `afterPushMs`: a time after the remote's branch moved,
 * aimed at the narrow end of the run: the branch move and the work tree following.
 */
function runner(cli, work, env, remoteHead) {
  return (args, kill) =>
    new Promise((resolve) => {
      const t0 = performance.now();
      const p = spawn(process.execPath, [cli, '--repo', work, ...args, '--json'], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      let stdout = '';
      let stderr = '';
      p.stdout.on('data', (d) => (stdout += d));
      p.stderr.on('data', (d) => (stderr += d));
      const killNow = () => {
        try {
          process.kill(kill.group ? -p.pid : p.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      };
      let timer;
      let watch;
      if (kill?.afterPushMs !== undefined) {
        const head0 = remoteHead();
        watch = setInterval(() => {
          if (remoteHead() !== head0) {
            clearInterval(watch);
            timer = setTimeout(killNow, kill.afterPushMs);
          }
        }, 5);
      } else if (kill !== undefined) timer = setTimeout(killNow, kill.afterMs);
      p.on('close', async (code, signal) => {
        clearTimeout(timer);
        clearInterval(watch);
        for (let waited = 0; waited < 120_000; waited += 20) {
          try {
            process.kill(-p.pid, 0);
          } catch {
            break; // no process left in the group
          }
          await new Promise((r) => setTimeout(r, 20));
        }
        resolve({ code, signal, stdout, stderr, ms: performance.now() - t0 });
      });
    });
}

/** `o.versions` artifacts registered, then some history in both environments; how long each deploy took. */
async function seedHistory(o, store, run) {
  const mustRun = async (args) => {
    const r = await run(args);
    if (r.code !== 0) throw new Error(`mreg ${args.join(' ')}: ${r.stderr}`);
    return r;
  };
  const versions = [];
  const registered = new Map();
  for (let v = 0; v < (o.versions ?? 6); v++) {
    const version = `1.${v}.0`;
    const id = `km-v${version}-q4km`;
    const file = path.join(store, 'km', `v${version}`, `${id}.gguf`);
    mkdirSync(path.dirname(file), { recursive: true });
    const body = Buffer.alloc((o.artifactMiB ?? 4) * MiB);
    for (let i = 0; i < body.length; i += 4096) body.writeUInt32LE((i * 2654435761 + v) >>> 0, i);
    const bytes = Buffer.concat([ggufHeader(15), Buffer.from(`artifact ${id}\n`), body]);
    writeFileSync(file, bytes);
    await mustRun([
      'register',
      '--model',
      'km',
      '--version',
      version,
      '--quantization',
      'q4km',
      '--uri',
      `file://${file}`,
      '--sha256',
      sha(bytes),
      '--size',
      String(bytes.length),
    ]);
    versions.push(version);
    registered.set(`${id}.gguf`, sha(bytes));
  }
  // Some history in both environments, so rollbacks have somewhere to go; the durations set the kill window.
  const durations = [];
  for (const [env, v] of [
    ['staging', versions[0]],
    ['staging', versions[1]],
    ['production', versions[0]],
    ['production', versions[1]],
    ['staging', versions[2]],
  ]) {
    durations.push((await mustRun(['deploy', 'km', v, '--env', env])).ms);
  }
  return { versions, registered, durations };
}

/**
 * Lock files a killed git leaves: the index's, the branch's, the remote-tracking ref's. Each is
 * left, as a killed git would, after some kills; the next command then meets it.
 */
const LOCKS = ['index.lock', 'refs/heads/main.lock', 'refs/remotes/origin/main.lock'];

/** What a failure of the next command asked for, by kind (for the report; every failure counts). */
function failureKind(stderr) {
  if (/\.lock'?: File exists|\.lock.*exists/.test(stderr)) return 'a lock file git left';
  if (/not on origin\/main would be pushed/.test(stderr)) return 'an unpushed commit left behind';
  if (/uncommitted changes in/.test(stderr)) return 'uncommitted changes';
  return 'other';
}

/** Brings the clone back to the remote's head, as an operator would after a failed command, so the soak goes on. */
function operatorRepair(s) {
  for (const l of LOCKS) rmSync(path.join(s.work, '.git', l), { force: true });
  s.git(['fetch', '--quiet', 'origin']);
  s.git(['reset', '--quiet', '--hard', 'origin/main']);
}

/**
 * `locks`: the lock files left after some kills (default: all of LOCKS).
 * @param {{ cli: string, kills: number, seed?: number, versions?: number, artifactMiB?: number, locks?: string[], log?: (line: string) => void }} o
 */
export async function runKillSoak(o) {
  const log = o.log ?? (() => {});
  const s = await soakRepo(o);
  const counts = {
    kills: 0,
    killedBeforeExit: 0,
    finishedBeforeKill: 0,
    killedCommitPushed: 0,
    locksLeft: 0,
    phantoms: 0,
    silentPushes: 0,
    invalidRemoteRegistries: 0,
    badFinalFiles: 0,
    finalFilesChecked: 0,
    nextCommandOk: 0,
    nextCommandFailed: 0,
    /** The next command's failures, by what they asked for. */
    failures: {},
    problems: [],
  };
  try {
    // The kill window follows the machine: the duration of the last unkilled command of that kind
    // (the next commands), so kills spread over the whole run, its commit and push included.
    const lastMs = { deploy: Math.max(...s.durations), rollback: Math.max(...s.durations) };
    log(`set-up: deploy took ${s.durations.map((d) => d.toFixed(0)).join(', ')} ms`);
    for (let k = 0; k < o.kills; k++) await killOnce(s, k, o, counts, lastMs, log);
    return counts;
  } finally {
    s.cleanup();
  }
}

async function killOnce(s, k, o, counts, lastMs, log) {
  const { random } = s;
  const op = s.nextOp();
  // Half the deploys start from a cold cache, so kills also land inside downloads.
  if (op[0] === 'deploy' && random() < 0.5) rmSync(path.join(s.cacheDir, `km-v${op[2]}-q4km.gguf`), { force: true });
  // Two kills in three at a random time of the whole run; one in three aimed at the end (0-200 ms
  // after the push landed: the branch move and the work tree following), a narrow slice of the
  // run that uniform times rarely hit.
  const aimed = k % 3 === 2;
  const delay = Math.floor(aimed ? random() * 200 : random() * lastMs[op[0]] * 1.05);
  const group = random() < 0.5;
  const before = s.remoteHead();
  const killed = await s.run(op, aimed ? { afterPushMs: delay, group } : { afterMs: delay, group });
  counts.kills++;
  const afterKill = s.remoteHead();
  if (killed.signal === 'SIGKILL') counts.killedBeforeExit++;
  else counts.finishedBeforeKill++;
  if (afterKill !== before && killed.signal === 'SIGKILL') counts.killedCommitPushed++;
  if (!s.inBranch()) {
    counts.phantoms++;
    counts.problems.push(`kill ${k}: the work tree's registry.json is in no recent commit of the branch`);
  }
  // A lock a killed git would have left, one kill in four.
  const locks = o.locks ?? LOCKS;
  const lock = locks.length && random() < 0.25 ? s.pick(locks) : null;
  if (lock) {
    counts.locksLeft++;
    writeFileSync(path.join(s.work, '.git', lock), '');
  }

  // The next command, not killed: it must succeed, pushing only its own commit.
  const next = s.nextOp();
  const r = await s.run(next);
  const afterNext = s.remoteHead();
  const landed = afterKill === afterNext ? [] : s.git(['rev-list', `${afterKill}..${afterNext}`]).split('\n');
  if (r.code === 0) {
    counts.nextCommandOk++;
    lastMs[next[0]] = r.ms;
    const out = JSON.parse(r.stdout);
    const own = out.commit && out.pushed ? [out.commit] : [];
    // A no-op (already rolled back) commits nothing.
    if (landed.length !== own.length || (own.length && landed[0] !== own[0])) {
      counts.silentPushes++;
      counts.problems.push(
        `kill ${k}: ${next.join(' ')} pushed ${landed.length} commits, reported ${own.join(',') || 'none'}`,
      );
    }
  } else {
    counts.nextCommandFailed++;
    const kind = `${failureKind(r.stderr)}${lock ? ` (${lock} left)` : ''}`;
    counts.failures[kind] = (counts.failures[kind] ?? 0) + 1;
    counts.problems.push(
      `kill ${k}: next command ${next.join(' ')} failed${lock ? ` (${lock} left)` : ''}: ${r.stderr.trim().split('\n').pop()}`,
    );
    if (landed.length) counts.silentPushes++;
  }
  // A lock an operator would remove once git names it (or once its process is known to be gone).
  if (lock) rmSync(path.join(s.work, '.git', lock), { force: true });
  if (r.code !== 0) operatorRepair(s);
  checkRemoteAndCache(s, k, counts);
  log(
    `kill ${k}: ${op.join(' ')} at ${delay} ms${aimed ? ' after its push' : ''} (${group ? 'process group' : 'mreg process'}) -> ${killed.signal ?? `exit ${killed.code}`}${lock ? `; ${lock} left` : ''}; next: ${next.join(' ')} -> ${r.code === 0 ? 'ok' : 'failed'}`,
  );
}

function checkRemoteAndCache(s, k, counts) {
  const invalid = s.remoteInvalid(k);
  if (invalid) {
    counts.invalidRemoteRegistries++;
    counts.problems.push(`kill ${k}: mreg validate on a fresh clone: ${invalid}`);
  }
  const cache = s.badCachedFiles();
  counts.finalFilesChecked += cache.checked;
  counts.badFinalFiles += cache.bad.length;
  for (const name of cache.bad) counts.problems.push(`kill ${k}: ${name} at its final path differs from its sha256`);
}

/**
 * A full disk at every write: the clone lives on a small file system (a tmpfs, mounted here; root
 * only), and while each command runs the file system is filled to the last byte at a random
 * moment of its run (one time in three aimed just after its push), so the space runs out at
 * whichever write comes next: objects, the ref, the registry's files, the index. Then the space
 * comes back and the next command must succeed. Null where no file system can be mounted.
 * @param {{ cli: string, steps: number, seed?: number, log?: (line: string) => void }} o
 */
export async function runFullDiskSoak(o) {
  const log = o.log ?? (() => {});
  const mount = mkdtempSync(path.join(tmpdir(), 'mreg-full-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', mount], { stdio: 'ignore' });
  } catch {
    rmSync(mount, { recursive: true, force: true });
    return null;
  }
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'mreg-full-disk-cache-'));
  const counts = {
    commands: 0,
    failedForSpace: 0,
    landed: 0,
    phantoms: 0,
    nextCommandOk: 0,
    nextCommandFailed: 0,
    invalidRemoteRegistries: 0,
    problems: [],
  };
  let s;
  try {
    s = await soakRepo({ cli: o.cli, seed: o.seed ?? 3, versions: 4, artifactMiB: 1, workParent: mount, cacheDir });
    const lastMs = Math.max(...s.durations);
    for (let step = 0; step < o.steps; step++) await fullDiskOnce(s, step, mount, lastMs, counts, log);
    return counts;
  } finally {
    s?.cleanup();
    execFileSync('umount', [mount], { stdio: 'ignore' });
    rmSync(mount, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

async function fullDiskOnce(s, step, mount, lastMs, counts, log) {
  const filler = path.join(mount, 'filler');
  const aimed = step % 3 === 2;
  const delay = Math.floor(aimed ? s.random() * 50 : s.random() * lastMs);
  const op = s.nextOp();
  let timer;
  const fillNow = () => fill(filler);
  let watch;
  if (aimed) {
    const head0 = s.remoteHead();
    watch = setInterval(() => {
      if (s.remoteHead() !== head0) {
        clearInterval(watch);
        timer = setTimeout(fillNow, delay);
      }
    }, 2);
  } else timer = setTimeout(fillNow, delay);
  const r = await s.run(op);
  clearTimeout(timer);
  clearInterval(watch);
  rmSync(filler, { force: true });
  counts.commands++;
  if (r.code === 0) counts.landed++;
  else counts.failedForSpace++;
  if (!s.inBranch()) {
    counts.phantoms++;
    counts.problems.push(`full disk ${step}: the work tree's registry.json is in no recent commit`);
  }
  const next = s.nextOp();
  const n = await s.run(next);
  if (n.code === 0) counts.nextCommandOk++;
  else {
    counts.nextCommandFailed++;
    counts.problems.push(
      `full disk ${step}: next command ${next.join(' ')} failed: ${n.stderr.trim().split('\n').pop()}`,
    );
    operatorRepair(s);
  }
  const invalid = s.remoteInvalid(`disk-${step}`);
  if (invalid) {
    counts.invalidRemoteRegistries++;
    counts.problems.push(`full disk ${step}: mreg validate on a fresh clone: ${invalid}`);
  }
  const said =
    r.code === 0
      ? `ok${/could not|does not record/.test(r.stderr) ? ` (${r.stderr.trim().split('\n').pop()})` : ''}`
      : r.stderr.trim().split('\n').pop();
  log(
    `full disk ${step}: filled at ${delay} ms${aimed ? ' after its push' : ''}: ${op.join(' ')} -> ${said}; next ${next.join(' ')} -> ${n.code === 0 ? 'ok' : 'failed'}`,
  );
}

/** Fills the file system holding `filler` to the last byte. */
function fill(filler) {
  const chunk = Buffer.alloc(256 * 1024);
  const fd = openSync(filler, 'w');
  try {
    for (;;) writeSync(fd, chunk);
  } catch {
    // full: what this is for
  } finally {
    closeSync(fd);
  }
}

/**
 * Several commands at once in one clone, `rounds` times: every command that reports a commit has
 * it on the remote, the remote's history ids are unique, and the work tree ends at HEAD.
 * @param {{ cli: string, rounds: number, width?: number, seed?: number, log?: (line: string) => void }} o
 */
export async function runRace(o) {
  const log = o.log ?? (() => {});
  const s = await soakRepo({ cli: o.cli, seed: o.seed ?? 5, versions: 6, artifactMiB: 1 });
  const counts = { commands: 0, landed: 0, refused: 0, lost: 0, duplicateIds: 0, dirtyAfter: 0, problems: [] };
  try {
    for (let round = 0; round < o.rounds; round++) {
      const ops = Array.from({ length: o.width ?? 3 }, () => s.nextOp());
      const results = await Promise.all(ops.map((op) => s.run(op)));
      const history = JSON.parse(s.git(['show', 'main:registry/registry.json'], s.remote)).history;
      const commits = new Set(s.git(['rev-list', 'main'], s.remote).split('\n'));
      for (const [i, r] of results.entries()) {
        counts.commands++;
        if (r.code !== 0) {
          counts.refused++;
          counts.problems.push(`round ${round}: ${ops[i].join(' ')} refused: ${r.stderr.trim().split('\n').pop()}`);
          continue;
        }
        const out = JSON.parse(r.stdout);
        if (!out.commit) continue; // nothing to do (already there)
        counts.landed++;
        if (!commits.has(out.commit) || !history.some((e) => e.id === out.history_id)) {
          counts.lost++;
          counts.problems.push(
            `round ${round}: ${ops[i].join(' ')} reported ${out.commit} (id ${out.history_id}), not on the remote`,
          );
        }
      }
      const ids = history.map((e) => e.id);
      if (new Set(ids).size !== ids.length) counts.duplicateIds++;
      if (s.git(['status', '--porcelain', '--untracked-files=all', '--', 'registry'])) counts.dirtyAfter++;
      log(`race ${round}: ${results.map((r) => (r.code === 0 ? 'ok' : 'refused')).join(', ')}`);
    }
    return counts;
  } finally {
    s.cleanup();
  }
}
