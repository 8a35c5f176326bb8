import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { MregError, errorMessage } from '../core/errors.js';
import { packageRoot } from '../ops/package-files.js';

/**
 * The product's whole promise, end to end, on the embedded defaults: a local folder store, a local
 * bare git remote, generated GGUF models and the reference server. Every step runs the real `mreg`
 * CLI as a process, so the evidence record holds the exact commands a person can re-run.
 */
export interface DemoOptions {
  /** Working folder; emptied first. */
  dir: string;
  /** Artifact store URI (default: a folder inside dir). */
  store?: string;
  /** The mreg entry script to run (the running CLI). */
  cli: string;
  log: (line: string) => void;
  signal: AbortSignal;
}

interface CommandRecord {
  command: string;
  exit_code: number;
  ms: number;
  stdout: string;
  stderr: string;
}

interface StepRecord {
  step: number;
  title: string;
  commands: CommandRecord[];
  observations: string[];
  checks: { what: string; ok: boolean }[];
}

export interface DemoResult {
  ok: boolean;
  evidenceFile: string;
  evidenceMarkdown: string;
  rollbackFollowMs: number | null;
  totalMs: number;
  failures: string[];
}

const MODEL = 'tinyllama';
const QUANT = 'f16';
const BAR_MS = 30_000;

const quote = (a: string) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);

export async function runDemo(o: DemoOptions): Promise<DemoResult> {
  const started = performance.now();
  const dir = path.resolve(o.dir);
  const repo = path.join(dir, 'registry-repo');
  const remote = path.join(dir, 'remote.git');
  const models = path.join(dir, 'models');
  const cache = path.join(dir, 'serve-cache');
  const store = o.store ?? `file://${path.join(dir, 'store')}`;
  const corpus = path.join(packageRoot(), 'eval', 'default-corpus.txt');
  const steps: StepRecord[] = [];
  const failures: string[] = [];
  const children = new Set<ChildProcess>();
  let server: ChildProcess | null = null;
  let serverUrl = '';
  let rollbackFollowMs: number | null = null;
  const versions: Record<string, string> = {};

  // Empty only a folder that is missing, empty, or an earlier demo's (it has evidence.json):
  // never a folder someone pointed --dir at by mistake.
  const entries = await readdir(dir).catch(() => [] as string[]);
  if (entries.length && !entries.includes('evidence.json')) {
    throw new MregError('USAGE', `--dir ${dir} is not empty and holds no earlier demo (no evidence.json): pick a new or empty folder`);
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(models, { recursive: true });

  let current: StepRecord | null = null;
  const step = (title: string) => {
    current = { step: steps.length + 1, title, commands: [], observations: [], checks: [] };
    steps.push(current);
    o.log(`\n== ${current.step}. ${title}`);
  };
  const observe = (line: string) => {
    current!.observations.push(line);
    o.log(line);
  };
  const check = (what: string, ok: boolean) => {
    current!.checks.push({ what, ok });
    o.log(`${ok ? 'PASS' : 'FAIL'} ${what}`);
    if (!ok) failures.push(`step ${current!.step}: ${what}`);
    return ok;
  };

  /** Runs a command to completion and records it; `mreg` means the running CLI. */
  const run = (argv: string[], opts: { show?: boolean } = {}): Promise<CommandRecord> =>
    new Promise((resolve, reject) => {
      if (o.signal.aborted) return reject(o.signal.reason);
      const [cmd, ...args] = argv[0] === 'mreg' ? [process.execPath, o.cli, ...argv.slice(1)] : argv;
      const t = performance.now();
      const child = spawn(cmd, args, { cwd: dir, env: { ...process.env, CI: process.env.CI ?? 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
      children.add(child);
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => {
        children.delete(child);
        const rec: CommandRecord = { command: argv.map(quote).join(' '), exit_code: code ?? 1, ms: Math.round(performance.now() - t), stdout, stderr };
        current!.commands.push(rec);
        o.log(`$ ${rec.command}   (exit ${rec.exit_code}, ${rec.ms} ms)`);
        if (opts.show !== false) {
          const text = (stdout.trim() || stderr.trim()).split('\n');
          for (const line of text) o.log(`  ${line}`);
          if (stdout.trim() && stderr.trim() && rec.exit_code !== 0) for (const line of stderr.trim().split('\n')) o.log(`  ${line}`);
        }
        resolve(rec);
      });
    });

  const must = async (argv: string[], opts?: { show?: boolean }) => {
    const r = await run(argv, opts);
    if (r.exit_code !== 0) throw new Error(`${r.command} failed (exit ${r.exit_code}): ${r.stderr.trim().split('\n').pop()}`);
    return r;
  };

  const modelInfo = async (): Promise<Record<string, unknown>> => {
    const res = await fetch(`${serverUrl}/model-info`, { signal: AbortSignal.timeout(5000) });
    return (await res.json()) as Record<string, unknown>;
  };

  /** Polls /model-info until it reports `version`; returns how long that took. */
  const waitForVersion = async (version: string, timeoutMs = 90_000): Promise<number | null> => {
    const t = performance.now();
    while (performance.now() - t < timeoutMs) {
      if (o.signal.aborted) throw o.signal.reason;
      try {
        const info = await modelInfo();
        if (info.version === version && !info.desired) return performance.now() - t;
        if (info.version === version && (info.desired as { version?: string } | null)?.version === version) return performance.now() - t;
      } catch {
        /* the server may be between states */
      }
      await sleep(25);
    }
    return null;
  };

  const stopAll = async () => {
    for (const c of children) c.kill('SIGTERM');
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server!.once('exit', r));
      server.kill('SIGTERM');
      await Promise.race([exited, sleep(5000)]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
  };

  try {
    step('Starting state');
    await must(['git', 'init', '--quiet', '--bare', '--initial-branch=main', remote]);
    await must(['mreg', 'init', repo, '--store', store]);
    // The gate runs with the defaults `mreg init` wrote (gate.inconclusive: "block"): quality is
    // exact and performance is decided from candidate/baseline pairs, so a noisy CPU does not block.
    await must(['git', '-C', repo, 'remote', 'add', 'origin', remote]);
    await must(['git', '-C', repo, 'push', '--quiet', '-u', 'origin', 'main']);
    const status = await must(['mreg', '--repo', repo, 'status']);
    check('mreg status names the repository, the store and the versions', status.stdout.includes(repo) && status.stdout.includes('llama.cpp'));

    step('Generate v2.0.0, a better v2.1.0 and a deliberately bad v2.2.0; publish them');
    const specs = [
      { version: '2.0.0', parent: null, extra: ['--smoothing', '1'] },
      { version: '2.1.0', parent: '2.0.0', extra: ['--smoothing', '0.1'] },
      { version: '2.2.0', parent: '2.1.0', extra: ['--smoothing', '0.1', '--degrade'] },
    ];
    for (const s of specs) {
      const file = path.join(models, `${MODEL}-v${s.version}-${QUANT}.gguf`);
      await must(['mreg', 'tiny-model', '--out', file, '--corpus', corpus, '--quantization', QUANT, ...s.extra]);
      const pub = await must(['mreg', '--repo', repo, 'publish', file, '--model', MODEL, '--version', s.version, '--quantization', QUANT, ...(s.parent ? ['--parent-version', s.parent] : []), '--json'], { show: false });
      const meta = JSON.parse(pub.stdout) as { metadata?: { artifact?: { uri: string; sha256: string } }; artifact?: { uri: string; sha256: string } };
      const artifact = meta.metadata?.artifact ?? meta.artifact;
      observe(`published ${MODEL}-v${s.version}-${QUANT}: ${artifact?.uri} sha256 ${artifact?.sha256?.slice(0, 16)}...`);
      versions[s.version] = artifact?.sha256 ?? '';
    }
    check('three versions published and registered', Object.keys(versions).length === 3);

    step('Start the reference server following the production pointer in the git remote');
    server = spawn(process.execPath, [o.cli, '--repo', repo, 'serve', '--env', 'production', '--source', `git+file://${remote}#main`, '--poll-interval', '250', '--store', store, '--cache', cache, '--port', '0'], {
      cwd: dir,
      env: { ...process.env, CI: process.env.CI ?? 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const serverLog: string[] = [];
    server.stderr!.on('data', (d) => serverLog.push(String(d)));
    serverUrl = await new Promise<string>((resolve, reject) => {
      let buf = '';
      const timer = setTimeout(() => reject(new Error(`mreg serve printed no URL in 60 s: ${serverLog.join('').slice(-500)}`)), 60_000);
      server!.stdout!.on('data', (d) => {
        buf += d;
        const line = buf.split('\n')[0];
        if (buf.includes('\n')) {
          clearTimeout(timer);
          resolve(line.trim());
        }
      });
      server!.once('exit', (code) => reject(new Error(`mreg serve exited (${code}) before listening: ${serverLog.join('').slice(-500)}`)));
    });
    current!.commands.push({ command: `mreg --repo ${repo} serve --env production --source git+file://${remote}#main --poll-interval 250 --store ${store} --cache ${cache} --port 0`, exit_code: 0, ms: 0, stdout: serverUrl, stderr: '' });
    observe(`mreg serve listening on ${serverUrl}, following git+file://${remote}#main`);
    const health = await fetch(`${serverUrl}/health`).then(async (r) => ({ status: r.status, body: await r.text() }));
    observe(`GET /health before any deploy: ${health.status} ${health.body.trim()}`);
    check('/health is 503 while nothing is deployed', health.status === 503);

    step('Deploy v2.0.0; the model info endpoint reports 2.0.0');
    await must(['mreg', '--repo', repo, 'deploy', MODEL, '2.0.0', '--env', 'production', '--reason', 'first release']);
    const t1 = await waitForVersion('2.0.0');
    const info1 = await modelInfo();
    observe(`GET /model-info: ${JSON.stringify(info1)}`);
    check(`/model-info reports 2.0.0${t1 !== null ? ` (${(t1 / 1000).toFixed(2)} s after the deploy returned)` : ''}`, t1 !== null && info1.sha256 === versions['2.0.0']);

    step('Deploy v2.1.0: the gate passes; the endpoint switches to 2.1.0');
    const d2 = await run(['mreg', '--repo', repo, 'deploy', MODEL, '2.1.0', '--env', 'production', '--reason', 'lower perplexity']);
    check('deploy 2.1.0 passed the gate and committed the pointer', d2.exit_code === 0 && /gate\s+ok/.test(d2.stdout));
    const t2 = await waitForVersion('2.1.0');
    const info2 = await modelInfo();
    observe(`GET /model-info: ${JSON.stringify(info2)}`);
    check(`/model-info reports 2.1.0${t2 !== null ? ` (${(t2 / 1000).toFixed(2)} s after the deploy returned)` : ''}`, t2 !== null && info2.sha256 === versions['2.1.0']);

    step('Roll back; the endpoint reports 2.0.0 again');
    await must(['mreg', '--repo', repo, 'rollback', '--env', 'production', '--reason', 'demo: production degraded']);
    const t3 = await waitForVersion('2.0.0');
    rollbackFollowMs = t3;
    const info3 = await modelInfo();
    observe(`GET /model-info: ${JSON.stringify(info3)}`);
    observe(t3 !== null ? `the server followed the rollback in ${(t3 / 1000).toFixed(2)} s (the bar is ${BAR_MS / 1000} s: ${(BAR_MS / t3).toFixed(0)}x under it)` : 'the server did not follow the rollback');
    check('/model-info reports 2.0.0 within 30 s of the rollback', t3 !== null && t3 < BAR_MS);

    step('Deploy the bad v2.2.0: the gate aborts it; pointer and endpoint stay on 2.0.0');
    const d4 = await run(['mreg', '--repo', repo, 'deploy', MODEL, '2.2.0', '--env', 'production', '--reason', 'should be refused']);
    check('deploy 2.2.0 exits 1 with a failed gate', d4.exit_code === 1 && /gate fail/.test(d4.stderr + d4.stdout));
    const st = JSON.parse((await must(['mreg', '--repo', repo, 'status', '--json'], { show: false })).stdout) as { environments: { env: string; pointer: { version: string } | null }[] };
    const prod = st.environments.find((e) => e.env === 'production')?.pointer?.version;
    observe(`registry production pointer: ${prod}`);
    await sleep(1000); // a poll interval and more: the server would have moved by now if the pointer had
    const info4 = await modelInfo();
    observe(`GET /model-info: ${JSON.stringify(info4)}`);
    check('the production pointer is still 2.0.0', prod === '2.0.0');
    check('/model-info still reports 2.0.0', info4.version === '2.0.0');

    step('The deployment history and the git audit log');
    const hist = await must(['mreg', '--repo', repo, 'history', '--env', 'production']);
    await must(['mreg', '--repo', repo, 'log']);
    const entries = JSON.parse((await must(['mreg', '--repo', repo, 'history', '--env', 'production', '--json'], { show: false })).stdout) as {
      action: string;
      version: string;
      rolled_back: boolean;
    }[];
    const shape = entries.map((e) => `${e.action}:${e.version}${e.rolled_back ? ':rolled_back' : ''}`).join(' ');
    observe(`history: ${shape}`);
    check('history records deploy 2.0.0, deploy 2.1.0 (rolled back), rollback to 2.0.0, and no 2.2.0', shape === 'deploy:2.0.0 deploy:2.1.0:rolled_back rollback:2.0.0' && hist.exit_code === 0);
  } catch (err) {
    if (!current) step('Setup');
    check(`no unexpected error (${errorMessage(err)})`, false);
  } finally {
    await stopAll();
  }

  const totalMs = Math.round(performance.now() - started);
  const versionsOf = await readFile(path.join(packageRoot(), 'package.json'), 'utf8').then((t) => JSON.parse(t).version as string);
  const evidence = {
    ok: failures.length === 0,
    when: new Date().toISOString(),
    mreg: versionsOf,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    store,
    model: MODEL,
    quantization: QUANT,
    artifacts: Object.fromEntries(Object.entries(versions).map(([v, sha]) => [`${MODEL}-v${v}-${QUANT}`, sha])),
    rollback_follow_ms: rollbackFollowMs,
    total_ms: totalMs,
    failures,
    steps,
  };
  const evidenceFile = path.join(dir, 'evidence.json');
  const evidenceMarkdown = path.join(dir, 'evidence.md');
  await writeFile(evidenceFile, JSON.stringify(evidence, null, 2) + '\n');
  await writeFile(evidenceMarkdown, renderMarkdown(evidence));
  // Clean up what the run made, keeping the evidence, the registry repository and its remote.
  await rm(cache, { recursive: true, force: true });
  await rm(models, { recursive: true, force: true });
  return { ok: failures.length === 0, evidenceFile, evidenceMarkdown, rollbackFollowMs, totalMs, failures };
}

function renderMarkdown(e: { ok: boolean; when: string; mreg: string; node: string; store: string; steps: StepRecord[]; rollback_follow_ms: number | null; total_ms: number }): string {
  const lines = [
    `# mreg demo evidence (${e.ok ? 'all checks passed' : 'FAILED'})`,
    '',
    `- when: ${e.when}`,
    `- mreg ${e.mreg}, node ${e.node}`,
    `- store: ${e.store}`,
    `- rollback followed in: ${e.rollback_follow_ms !== null ? `${(e.rollback_follow_ms / 1000).toFixed(2)} s (bar: 30 s)` : 'n/a'}`,
    `- total: ${(e.total_ms / 1000).toFixed(1)} s`,
    '',
  ];
  for (const s of e.steps) {
    lines.push(`## ${s.step}. ${s.title}`, '');
    for (const c of s.commands) {
      lines.push('```console', `$ ${c.command}`, (c.stdout.trim() || c.stderr.trim()).slice(0, 4000), `# exit ${c.exit_code}, ${c.ms} ms`, '```', '');
    }
    for (const o of s.observations) lines.push(`- ${o}`);
    for (const c of s.checks) lines.push(`- ${c.ok ? 'PASS' : 'FAIL'}: ${c.what}`);
    lines.push('');
  }
  return lines.join('\n');
}
