import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { packageRoot } from '../ops/package-files.js';

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

export interface CommandRecord {
  command: string;
  exit_code: number;
  ms: number;
  stdout: string;
  stderr: string;
}

export interface StepRecord {
  step: number;
  title: string;
  commands: CommandRecord[];
  observations: string[];
  checks: { what: string; ok: boolean }[];
}

const quote = (a: string) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);

/** What the steps share: the demo's paths, the evidence so far, and helpers that record into it. */
export class DemoContext {
  readonly dir: string;
  readonly repo: string;
  readonly remote: string;
  readonly models: string;
  readonly cache: string;
  readonly store: string;
  readonly corpus: string;

  readonly steps: StepRecord[] = [];
  readonly failures: string[] = [];
  /** sha256 of each published version. */
  readonly versions: Record<string, string> = {};
  rollbackFollowMs: number | null = null;
  /** How long the server took to serve the adapter after its deploy, and the plain base after its rollback. */
  readonly adapterFollowMs: { deploy: number | null; rollback: number | null } = { deploy: null, rollback: null };
  current: StepRecord | null = null;

  server: ChildProcess | null = null;
  serverUrl = '';
  private readonly children = new Set<ChildProcess>();

  constructor(readonly o: DemoOptions) {
    this.dir = path.resolve(o.dir);
    this.repo = path.join(this.dir, 'registry-repo');
    this.remote = path.join(this.dir, 'remote.git');
    this.models = path.join(this.dir, 'models');
    this.cache = path.join(this.dir, 'serve-cache');
    this.store = o.store ?? `file://${path.join(this.dir, 'store')}`;
    // The text the starter suite of `mreg init` measures perplexity on: models estimated from it
    // with less smoothing are better there, and the gate can tell.
    this.corpus = path.join(packageRoot(), 'eval', 'neutral-text.txt');
  }

  childEnv(): NodeJS.ProcessEnv {
    return { ...process.env, CI: process.env.CI ?? 'true' };
  }

  step(title: string): void {
    this.current = { step: this.steps.length + 1, title, commands: [], observations: [], checks: [] };
    this.steps.push(this.current);
    this.o.log(`\n== ${this.current.step}. ${title}`);
  }

  observe(line: string): void {
    this.current!.observations.push(line);
    this.o.log(line);
  }

  check(what: string, ok: boolean): boolean {
    this.current!.checks.push({ what, ok });
    this.o.log(`${ok ? 'PASS' : 'FAIL'} ${what}`);
    if (!ok) this.failures.push(`step ${this.current!.step}: ${what}`);
    return ok;
  }

  /** Runs a command to completion and records it; `mreg` means the running CLI. */
  run(argv: string[], opts: { show?: boolean } = {}): Promise<CommandRecord> {
    const { o } = this;
    return new Promise((resolve, reject) => {
      if (o.signal.aborted) return reject(o.signal.reason);
      const [cmd, ...args] = argv[0] === 'mreg' ? [process.execPath, o.cli, ...argv.slice(1)] : argv;
      const t = performance.now();
      const child = spawn(cmd, args, { cwd: this.dir, env: this.childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
      this.children.add(child);
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => {
        this.children.delete(child);
        const rec: CommandRecord = {
          command: argv.map(quote).join(' '),
          exit_code: code ?? 1,
          ms: Math.round(performance.now() - t),
          stdout,
          stderr,
        };
        this.current!.commands.push(rec);
        o.log(`$ ${rec.command}   (exit ${rec.exit_code}, ${rec.ms} ms)`);
        if (opts.show !== false) this.showOutput(rec);
        resolve(rec);
      });
    });
  }

  private showOutput(rec: CommandRecord): void {
    const { stdout, stderr } = rec;
    const text = (stdout.trim() || stderr.trim()).split('\n');
    for (const line of text) this.o.log(`  ${line}`);
    // A failure's reason is on stderr even when the command also printed to stdout.
    if (stdout.trim() && stderr.trim() && rec.exit_code !== 0)
      for (const line of stderr.trim().split('\n')) this.o.log(`  ${line}`);
  }

  /** Like run, but a non-zero exit ends the demo. */
  async must(argv: string[], opts?: { show?: boolean }): Promise<CommandRecord> {
    const r = await this.run(argv, opts);
    if (r.exit_code !== 0)
      throw new Error(`${r.command} failed (exit ${r.exit_code}): ${r.stderr.trim().split('\n').pop()}`);
    return r;
  }

  async modelInfo(): Promise<Record<string, unknown>> {
    const res = await fetch(`${this.serverUrl}/model-info`, { signal: AbortSignal.timeout(5000) });
    return (await res.json()) as Record<string, unknown>;
  }

  /** Polls /model-info until it reports `version`; returns how long that took. */
  async waitForVersion(version: string, timeoutMs = 90_000): Promise<number | null> {
    const t = performance.now();
    while (performance.now() - t < timeoutMs) {
      if (this.o.signal.aborted) throw this.o.signal.reason;
      try {
        const info = await this.modelInfo();
        if (info.version === version && !info.desired) return performance.now() - t;
        if (info.version === version && (info.desired as { version?: string } | null)?.version === version)
          return performance.now() - t;
      } catch {
        /* the server may be between states */
      }
      await sleep(25);
    }
    return null;
  }

  /** Polls /model-info until it serves `artifactId` (an adapter and a plain model alike); returns how long that took. */
  async waitForArtifact(artifactId: string, timeoutMs = 90_000): Promise<number | null> {
    const t = performance.now();
    while (performance.now() - t < timeoutMs) {
      if (this.o.signal.aborted) throw this.o.signal.reason;
      try {
        const info = await this.modelInfo();
        if (info.artifact_id === artifactId && info.state === 'serving' && !info.desired) return performance.now() - t;
      } catch {
        /* the server may be between states */
      }
      await sleep(25);
    }
    return null;
  }

  async stopAll(): Promise<void> {
    for (const c of this.children) c.kill('SIGTERM');
    const server = this.server;
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await Promise.race([exited, sleep(5000)]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
  }
}
