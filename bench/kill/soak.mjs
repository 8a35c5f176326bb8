// Kill soak: SIGKILL `mreg deploy` / `mreg rollback` at random points, then run the next command,
// and count what must never happen:
// - a silent push: the next command pushes anything besides its own reported commit (the killed
//   command's leftover commit riding along);
// - an invalid registry on the remote: `mreg validate` on a fresh clone of it fails;
// - a file at a final path of the cache that differs from its registered sha256.
// And what the operator had to do by hand after a kill (named by the refusing command), by kind.
// Real processes throughout: the bundled CLI (dist/cli.js), git with a bare remote that refuses
// non-fast-forward pushes, a folder store, artifacts of a few MiB so kills land mid-download.
// Used by bench/kill/run.mjs (50 kills) and, with a few seeded kills, by test/cli/kill-deploy.test.ts.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import { mulberry32 } from '../../dist/index.js';
import { ggufHeader } from '../gguf-header.mjs';

const MiB = 1024 * 1024;
const GIT_ENV = { GIT_AUTHOR_NAME: 'soak', GIT_AUTHOR_EMAIL: 'soak@localhost', GIT_COMMITTER_NAME: 'soak', GIT_COMMITTER_EMAIL: 'soak@localhost' };

const sha = (b) => createHash('sha256').update(b).digest('hex');

/**
 * @param {{ cli: string, kills: number, seed?: number, versions?: number, artifactMiB?: number, log?: (line: string) => void }} o
 */
export async function runKillSoak(o) {
  const random = mulberry32(o.seed ?? 1); // seeded, so a failing run can be replayed
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const log = o.log ?? (() => {});
  const dir = mkdtempSync(path.join(tmpdir(), 'mreg-kill-soak-'));
  const remote = path.join(dir, 'remote.git');
  const work = path.join(dir, 'work');
  const store = path.join(dir, 'store');
  const git = (args, cwd = work) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV }, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  /**
   * Runs mreg in a process group of its own. A kill is either of the mreg process alone (its git
   * children, a push among them, run on to their end: what `kill -9 <pid>` or the OOM killer does)
   * or of the whole group (what a cancelled CI job does). Either way the run ends only when no
   * process of the group is left, so what a killed command's git push did is counted as its own.
   * `afterMs`: a time after the start; `afterCommitMs`: a time after the local commit (the reflog
   * grew), aimed at the narrow end of the run: before, during or after the push.
   */
  const run = (args, kill) =>
    new Promise((resolve) => {
      const t0 = performance.now();
      const p = spawn(process.execPath, [o.cli, '--repo', work, ...args, '--json'], {
        env: { ...process.env, ...GIT_ENV, CI: '1' },
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
      if (kill?.afterCommitMs !== undefined) {
        const reflog = path.join(work, '.git', 'logs', 'HEAD');
        const size0 = statSync(reflog).size;
        watch = setInterval(() => {
          if (statSync(reflog).size !== size0) {
            clearInterval(watch);
            timer = setTimeout(killNow, kill.afterCommitMs);
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
  const mustRun = async (args) => {
    const r = await run(args);
    if (r.code !== 0) throw new Error(`mreg ${args.join(' ')}: ${r.stderr}`);
    return r;
  };
  const remoteHead = () => git(['rev-parse', 'refs/heads/main'], remote);
  const remoteRegistry = () => JSON.parse(git(['show', 'main:registry/registry.json'], remote));

  const counts = {
    kills: 0,
    killedBeforeExit: 0,
    finishedBeforeKill: 0,
    killedCommitPushed: 0,
    killedCommitLeftLocal: 0,
    silentPushes: 0,
    invalidRemoteRegistries: 0,
    badFinalFiles: 0,
    finalFilesChecked: 0,
    nextCommandOk: 0,
    nextCommandRefused: 0,
    /** What the refusals asked the operator to do, by kind. */
    operatorActions: {},
    problems: [],
  };

  try {
    git(['init', '--quiet', '--bare', '--initial-branch=main', remote], dir);
    git(['config', 'receive.denyNonFastForwards', 'true'], remote);
    execFileSync(process.execPath, [o.cli, 'init', work, '--store', store], { stdio: 'ignore', env: { ...process.env, ...GIT_ENV } });
    const configFile = path.join(work, 'registry/config.json');
    const config = JSON.parse(readFileSync(configFile, 'utf8'));
    config.gate.enabled = false; // plain-bytes artifacts: this measures the registry's safety, not the gate
    config.smoke.enabled = false;
    writeFileSync(configFile, JSON.stringify(config, null, 2) + '\n');
    git(['commit', '--quiet', '-am', 'soak: no gate']);
    git(['remote', 'add', 'origin', remote]);
    git(['push', '--quiet', 'origin', 'main']);

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
    // The kill window follows the machine: the duration of the last unkilled command of that kind
    // (the next commands), so kills spread over the whole run, its commit and push included.
    const lastMs = { deploy: Math.max(...durations), rollback: Math.max(...durations) };
    log(`set-up: ${versions.length} artifacts of ${o.artifactMiB ?? 4} MiB; deploy took ${durations.map((d) => d.toFixed(0)).join(', ')} ms`);

    const cacheDir = path.join(work, '.mreg-cache', 'artifacts');
    /** A deploy or rollback that can succeed on the remote's state (the next command must be able to). */
    const nextOp = () => {
      const reg = remoteRegistry();
      const env = pick(['staging', 'production']);
      const current = reg.environments[env]?.version;
      const deployable = versions.filter((v) => v !== current);
      if (random() < 0.4 && current) return ['rollback', '--env', env];
      return ['deploy', 'km', pick(deployable), '--env', env];
    };
    const operatorFix = (stderr) => {
      // What the refusal says to do, done as an operator would (dropping what no one confirmed).
      if (/not on origin\/main would be pushed/.test(stderr)) {
        git(['reset', '--quiet', '--keep', 'origin/main']);
        return 'drop unpushed commit (named by the refusal)';
      }
      if (/uncommitted changes in/.test(stderr)) {
        git(['checkout', '--', 'registry']);
        return 'discard uncommitted registry edit (named by the refusal)';
      }
      if (/index\.lock/.test(stderr)) {
        rmSync(path.join(work, '.git', 'index.lock'), { force: true });
        return 'remove stale .git/index.lock';
      }
      return null;
    };

    for (let k = 0; k < o.kills; k++) {
      const op = nextOp();
      // Half the deploys start from a cold cache, so kills also land inside downloads.
      if (op[0] === 'deploy' && random() < 0.5) rmSync(path.join(cacheDir, `km-v${op[2]}-q4km.gguf`), { force: true });
      // Two kills in three at a random time of the whole run; one in three aimed at the commit and
      // push (0-400 ms after the local commit), a narrow slice of the run that uniform times rarely hit.
      const aimed = k % 3 === 2;
      const delay = Math.floor(aimed ? random() * 400 : random() * lastMs[op[0]] * 1.05);
      const group = random() < 0.5;
      const before = remoteHead();
      const killed = await run(op, aimed ? { afterCommitMs: delay, group } : { afterMs: delay, group });
      counts.kills++;
      const afterKill = remoteHead();
      if (killed.signal === 'SIGKILL') counts.killedBeforeExit++;
      else counts.finishedBeforeKill++;
      if (afterKill !== before) counts.killedCommitPushed += killed.signal === 'SIGKILL' ? 1 : 0;
      const local = git(['rev-parse', 'HEAD']);
      if (killed.signal === 'SIGKILL' && local !== afterKill && git(['rev-list', '--count', `${afterKill}..HEAD`]) !== '0') counts.killedCommitLeftLocal++;

      // The next command, not killed.
      const next = nextOp();
      let r = await run(next);
      if (r.code !== 0) {
        const fix = operatorFix(r.stderr);
        if (fix) {
          counts.operatorActions[fix] = (counts.operatorActions[fix] ?? 0) + 1;
          if (remoteHead() !== afterKill) {
            counts.silentPushes++;
            counts.problems.push(`kill ${k}: a refused command moved the remote`);
          }
          r = await run(next);
        }
      }
      if (r.code === 0) lastMs[next[0]] = r.ms;
      const afterNext = remoteHead();
      const landed = afterKill === afterNext ? [] : git(['rev-list', `${afterKill}..${afterNext}`]).split('\n');
      if (r.code === 0) {
        counts.nextCommandOk++;
        const out = JSON.parse(r.stdout);
        const own = out.commit && out.pushed ? [out.commit] : [];
        // A no-op (already rolled back) commits nothing.
        if (landed.length !== own.length || (own.length && landed[0] !== own[0])) {
          counts.silentPushes++;
          counts.problems.push(`kill ${k}: ${next.join(' ')} pushed ${landed.length} commits, reported ${own.join(',') || 'none'}`);
        }
      } else {
        counts.nextCommandRefused++;
        counts.problems.push(`kill ${k}: next command ${next.join(' ')} failed: ${r.stderr.trim().split('\n')[0]}`);
        if (landed.length) counts.silentPushes++;
      }

      // The remote, as a fresh clone sees it, passes validation.
      const check = path.join(dir, `check-${k}`);
      git(['clone', '--quiet', remote, check], dir);
      try {
        execFileSync(process.execPath, [o.cli, '--repo', check, 'validate'], { stdio: 'pipe' });
      } catch (err) {
        counts.invalidRemoteRegistries++;
        counts.problems.push(`kill ${k}: mreg validate on a fresh clone: ${String(err.stdout ?? err.message).trim()}`);
      }
      rmSync(check, { recursive: true, force: true });

      // Every file at a final path of the cache is the registered bytes.
      for (const name of existsSync(cacheDir) ? readdirSync(cacheDir) : []) {
        if (!registered.has(name)) continue;
        counts.finalFilesChecked++;
        if (sha(readFileSync(path.join(cacheDir, name))) !== registered.get(name)) {
          counts.badFinalFiles++;
          counts.problems.push(`kill ${k}: ${name} at its final path differs from its sha256`);
        }
      }
      log(
        `kill ${k}: ${op.join(' ')} at ${delay} ms${aimed ? ' after its commit' : ''} (${group ? 'process group' : 'mreg process'}) -> ${killed.signal ?? `exit ${killed.code}`}; next: ${next.join(' ')} -> ${r.code === 0 ? 'ok' : 'refused'}`,
      );
    }
    return counts;
  } finally {
    if (!process.env.MREG_BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
    else log(`kept ${dir}`);
  }
}
