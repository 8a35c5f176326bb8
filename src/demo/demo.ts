import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { MregError, errorMessage } from '../core/errors.js';
import { packageRoot } from '../ops/package-files.js';
import { DemoContext, type DemoOptions, type StepRecord } from './demo-context.js';

export type { DemoOptions } from './demo-context.js';

/**
 * The product's whole promise, end to end, on the embedded defaults: a local folder store, a local
 * bare git remote, generated GGUF models (and a LoRA adapter for one of them) and the reference
 * server. Every step runs the real `mreg` CLI as a process, so the evidence record holds the exact
 * commands a person can re-run.
 */
export interface DemoResult {
  ok: boolean;
  evidenceFile: string;
  evidenceMarkdown: string;
  rollbackFollowMs: number | null;
  /** How long the server took to follow the adapter's deploy and its rollback. */
  adapterFollowMs: { deploy: number | null; rollback: number | null };
  totalMs: number;
  failures: string[];
}

const MODEL = 'tinyllama';
const QUANT = 'f16';
const ADAPTER = 'tinyllama-lora';
const ADAPTER_VERSION = '1.0.0';
// mreg tiny-model writes adapters in f32, whatever the base's quantization.
const ADAPTER_QUANT = 'f32';
const ADAPTER_ID = `${ADAPTER}-v${ADAPTER_VERSION}-${ADAPTER_QUANT}`;
const BASE_ID = `${MODEL}-v2.0.0-${QUANT}`;
const BAR_MS = 30_000;
const ADAPTER_RANK = 8;

/** In order; each depends on the state the ones before it left, so the first failure ends the run. */
const STEPS: ((d: DemoContext) => Promise<void>)[] = [
  startingState,
  publishVersions,
  startServer,
  deployFirst,
  deployBetter,
  rollBack,
  deployBad,
  deployAdapter,
  rollBackAdapter,
  showHistory,
];

export async function runDemo(o: DemoOptions): Promise<DemoResult> {
  const started = performance.now();
  const d = new DemoContext(o);
  await prepareDir(d);
  try {
    for (const step of STEPS) await step(d);
  } catch (err) {
    if (!d.current) d.step('Setup');
    d.check(`no unexpected error (${errorMessage(err)})`, false);
  } finally {
    await d.stopAll();
  }
  const totalMs = Math.round(performance.now() - started);
  const { evidenceFile, evidenceMarkdown } = await writeEvidence(d, totalMs);
  // Clean up what the run made, keeping the evidence, the registry repository and its remote.
  await rm(d.cache, { recursive: true, force: true });
  await rm(d.models, { recursive: true, force: true });
  return {
    ok: d.failures.length === 0,
    evidenceFile,
    evidenceMarkdown,
    rollbackFollowMs: d.rollbackFollowMs,
    adapterFollowMs: d.adapterFollowMs,
    totalMs,
    failures: d.failures,
  };
}

// Empty only a folder that is missing, empty, or an earlier demo's (it has evidence.json):
// never a folder someone pointed --dir at by mistake.
async function prepareDir(d: DemoContext): Promise<void> {
  const entries = await readdir(d.dir).catch(() => [] as string[]);
  if (entries.length && !entries.includes('evidence.json')) {
    throw new MregError(
      'USAGE',
      `--dir ${d.dir} is not empty and holds no earlier demo (no evidence.json): pick a new or empty folder`,
    );
  }
  await rm(d.dir, { recursive: true, force: true });
  await mkdir(d.models, { recursive: true });
}

async function startingState(d: DemoContext): Promise<void> {
  const { repo, remote } = d;
  d.step('Starting state');
  await d.must(['git', 'init', '--quiet', '--bare', '--initial-branch=main', remote]);
  await d.must(['mreg', 'init', repo, '--store', d.store]);
  // The gate runs with the defaults `mreg init` wrote (gate.inconclusive: "block"): quality is
  // exact and performance is decided from candidate/baseline pairs, so a noisy CPU does not block.
  await d.must(['git', '-C', repo, 'remote', 'add', 'origin', remote]);
  await d.must(['git', '-C', repo, 'push', '--quiet', '-u', 'origin', 'main']);
  const status = await d.must(['mreg', '--repo', repo, 'status']);
  d.check(
    'mreg status names the repository, the store and the versions',
    status.stdout.includes(repo) && status.stdout.includes('llama.cpp'),
  );
}

async function publishVersions(d: DemoContext): Promise<void> {
  d.step('Generate v2.0.0, a better v2.1.0 and a deliberately bad v2.2.0; publish them');
  const specs = [
    { version: '2.0.0', parent: null, extra: ['--smoothing', '1'] },
    { version: '2.1.0', parent: '2.0.0', extra: ['--smoothing', '0.1'] },
    { version: '2.2.0', parent: '2.1.0', extra: ['--smoothing', '0.1', '--degrade'] },
  ];
  for (const s of specs) await publishVersion(d, s);
  d.check('three versions published and registered', Object.keys(d.versions).length === 3);
}

async function publishVersion(
  d: DemoContext,
  s: { version: string; parent: string | null; extra: string[] },
): Promise<void> {
  const file = path.join(d.models, `${MODEL}-v${s.version}-${QUANT}.gguf`);
  await d.must(['mreg', 'tiny-model', '--out', file, '--corpus', d.corpus, '--quantization', QUANT, ...s.extra]);
  const pub = await d.must(
    [
      'mreg',
      '--repo',
      d.repo,
      'publish',
      file,
      '--model',
      MODEL,
      '--version',
      s.version,
      '--quantization',
      QUANT,
      ...(s.parent ? ['--parent-version', s.parent] : []),
      '--json',
    ],
    { show: false },
  );
  const meta = JSON.parse(pub.stdout) as {
    metadata?: { artifact?: { uri: string; sha256: string } };
    artifact?: { uri: string; sha256: string };
  };
  const artifact = meta.metadata?.artifact ?? meta.artifact;
  d.observe(`published ${MODEL}-v${s.version}-${QUANT}: ${artifact?.uri} sha256 ${artifact?.sha256?.slice(0, 16)}...`);
  d.versions[s.version] = artifact?.sha256 ?? '';
}

async function startServer(d: DemoContext): Promise<void> {
  const { repo, remote, store, cache } = d;
  d.step('Start the reference server following the production pointer in the git remote');
  d.server = spawn(
    process.execPath,
    [
      d.o.cli,
      '--repo',
      repo,
      'serve',
      '--env',
      'production',
      '--source',
      `git+file://${remote}#main`,
      '--poll-interval',
      '250',
      '--store',
      store,
      '--cache',
      cache,
      '--port',
      '0',
    ],
    {
      cwd: d.dir,
      env: d.childEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  d.serverUrl = await listeningUrl(d.server);
  d.current!.commands.push({
    command: `mreg --repo ${repo} serve --env production --source git+file://${remote}#main --poll-interval 250 --store ${store} --cache ${cache} --port 0`,
    exit_code: 0,
    ms: 0,
    stdout: d.serverUrl,
    stderr: '',
  });
  d.observe(`mreg serve listening on ${d.serverUrl}, following git+file://${remote}#main`);
  const health = await fetch(`${d.serverUrl}/health`).then(async (r) => ({ status: r.status, body: await r.text() }));
  d.observe(`GET /health before any deploy: ${health.status} ${health.body.trim()}`);
  d.check('/health is 503 while nothing is deployed', health.status === 503);
}

/** mreg serve prints the URL it listens on as its first line. */
function listeningUrl(server: ChildProcess): Promise<string> {
  const serverLog: string[] = [];
  server.stderr!.on('data', (d) => serverLog.push(String(d)));
  return new Promise<string>((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(
      () => reject(new Error(`mreg serve printed no URL in 60 s: ${serverLog.join('').slice(-500)}`)),
      60_000,
    );
    server.stdout!.on('data', (d) => {
      buf += d;
      const line = buf.split('\n')[0];
      if (buf.includes('\n')) {
        clearTimeout(timer);
        resolve(line.trim());
      }
    });
    server.once('exit', (code) =>
      reject(new Error(`mreg serve exited (${code}) before listening: ${serverLog.join('').slice(-500)}`)),
    );
  });
}

async function deployFirst(d: DemoContext): Promise<void> {
  d.step('Deploy v2.0.0; the model info endpoint reports 2.0.0');
  await d.must([
    'mreg',
    '--repo',
    d.repo,
    'deploy',
    MODEL,
    '2.0.0',
    '--env',
    'production',
    '--reason',
    'first release',
  ]);
  const t1 = await d.waitForVersion('2.0.0');
  const info1 = await d.modelInfo();
  d.observe(`GET /model-info: ${JSON.stringify(info1)}`);
  d.check(
    `/model-info reports 2.0.0${t1 !== null ? ` (${(t1 / 1000).toFixed(2)} s after the deploy returned)` : ''}`,
    t1 !== null && info1.sha256 === d.versions['2.0.0'],
  );
}

async function deployBetter(d: DemoContext): Promise<void> {
  d.step('Deploy v2.1.0: the gate passes; the endpoint switches to 2.1.0');
  const d2 = await d.run([
    'mreg',
    '--repo',
    d.repo,
    'deploy',
    MODEL,
    '2.1.0',
    '--env',
    'production',
    '--reason',
    'lower perplexity',
  ]);
  d.check('deploy 2.1.0 passed the gate and committed the pointer', d2.exit_code === 0 && /gate\s+ok/.test(d2.stdout));
  const t2 = await d.waitForVersion('2.1.0');
  const info2 = await d.modelInfo();
  d.observe(`GET /model-info: ${JSON.stringify(info2)}`);
  d.check(
    `/model-info reports 2.1.0${t2 !== null ? ` (${(t2 / 1000).toFixed(2)} s after the deploy returned)` : ''}`,
    t2 !== null && info2.sha256 === d.versions['2.1.0'],
  );
}

async function rollBack(d: DemoContext): Promise<void> {
  d.step('Roll back; the endpoint reports 2.0.0 again');
  await d.must(['mreg', '--repo', d.repo, 'rollback', '--env', 'production', '--reason', 'demo: production degraded']);
  const t3 = await d.waitForVersion('2.0.0');
  d.rollbackFollowMs = t3;
  const info3 = await d.modelInfo();
  d.observe(`GET /model-info: ${JSON.stringify(info3)}`);
  d.observe(
    t3 !== null
      ? `the server followed the rollback in ${(t3 / 1000).toFixed(2)} s (the bar is ${BAR_MS / 1000} s: ${(BAR_MS / t3).toFixed(0)}x under it)`
      : 'the server did not follow the rollback',
  );
  d.check('/model-info reports 2.0.0 within 30 s of the rollback', t3 !== null && t3 < BAR_MS);
}

async function deployBad(d: DemoContext): Promise<void> {
  d.step('Deploy the bad v2.2.0: the gate aborts it; pointer and endpoint stay on 2.0.0');
  const d4 = await d.run([
    'mreg',
    '--repo',
    d.repo,
    'deploy',
    MODEL,
    '2.2.0',
    '--env',
    'production',
    '--reason',
    'should be refused',
  ]);
  d.check('deploy 2.2.0 exits 1 with a failed gate', d4.exit_code === 1 && /gate fail/.test(d4.stderr + d4.stdout));
  const st = JSON.parse((await d.must(['mreg', '--repo', d.repo, 'status', '--json'], { show: false })).stdout) as {
    environments: { env: string; pointer: { version: string } | null }[];
  };
  const prod = st.environments.find((e) => e.env === 'production')?.pointer?.version;
  d.observe(`registry production pointer: ${prod}`);
  await sleep(1000); // a poll interval and more: the server would have moved by now if the pointer had
  const info4 = await d.modelInfo();
  d.observe(`GET /model-info: ${JSON.stringify(info4)}`);
  d.check('the production pointer is still 2.0.0', prod === '2.0.0');
  d.check('/model-info still reports 2.0.0', info4.version === '2.0.0');
}

/** Builds the demo's adapter for the live base and publishes it; deploying it is the step the demo shows. */
async function buildAndPublishAdapter(d: DemoContext): Promise<void> {
  const file = path.join(d.models, `${ADAPTER_ID}.gguf`);
  // Built for the base (smoothing 1): the 8 most frequent previous tokens predict as in the
  // smoothing-0.1 model (v2.1.0's), the rest as in the base.
  await d.must([
    'mreg',
    'tiny-model',
    '--lora',
    '--rank',
    String(ADAPTER_RANK),
    '--base-corpus',
    d.corpus,
    '--corpus',
    d.corpus,
    '--smoothing',
    '0.1',
    '--out',
    file,
  ]);
  await d.must(
    [
      'mreg',
      '--repo',
      d.repo,
      'publish',
      file,
      '--model',
      ADAPTER,
      '--version',
      ADAPTER_VERSION,
      '--quantization',
      ADAPTER_QUANT,
      '--kind',
      'lora',
      '--base',
      BASE_ID,
    ],
    { show: false },
  );
}

/**
 * The demo's adapter is rank 8 (`mreg tiny-model --lora --rank 8`): it turns the 8 most frequent
 * previous tokens' predictions into the better model's, so base + adapter is clearly better than
 * the base, for little work per token. (A full-rank adapter of this 0.5 M-parameter model costs
 * +3% to +16% per request, which the gate's paired latency test rightly holds against it.)
 */
async function deployAdapter(d: DemoContext): Promise<void> {
  d.step(
    `Deploy a LoRA adapter for the live base ${BASE_ID}: gated as base + adapter; the server swaps only the adapter`,
  );
  await buildAndPublishAdapter(d);
  const plain = await d.modelInfo();
  const deployStarted = new Date().toISOString();
  const dep = await d.run([
    'mreg',
    '--repo',
    d.repo,
    'deploy',
    ADAPTER,
    ADAPTER_VERSION,
    '--env',
    'production',
    '--reason',
    'support fine-tune',
  ]);
  d.check(
    `deploy ${ADAPTER_ID} passed the gate (base + adapter against the base alone) and committed the pointer`,
    dep.exit_code === 0 && /gate\s+ok/.test(dep.stdout) && dep.stdout.includes(`against ${BASE_ID} alone`),
  );
  const t = await d.waitForArtifact(ADAPTER_ID);
  const info = await d.modelInfo();
  d.observe(`GET /model-info: ${JSON.stringify(info)}`);
  d.observe(
    t !== null
      ? `the server followed the adapter deploy in ${(t / 1000).toFixed(2)} s`
      : 'the server did not follow the adapter deploy',
  );
  d.adapterFollowMs.deploy = t;
  const adapter = info.adapter as { id?: string; sha256?: string } | null;
  const base = info.base as { id?: string; sha256?: string; loaded_at?: string } | null;
  d.check(
    `/model-info reports adapter ${ADAPTER_ID} on base ${BASE_ID}`,
    t !== null && adapter?.id === ADAPTER_ID && base?.id === BASE_ID && base.sha256 === d.versions['2.0.0'],
  );
  // The plain base's own context was created just after its model file was loaded: base.loaded_at
  // is that load, no later than the plain model's loaded_at, and before this deploy began.
  d.check(
    `the base was not loaded again (an adapter-only swap): base.loaded_at ${base?.loaded_at} is from before the deploy (the plain base loaded at ${plain.loaded_at})`,
    !!base?.loaded_at &&
      plain.artifact_id === BASE_ID &&
      base.loaded_at <= String(plain.loaded_at) &&
      base.loaded_at < deployStarted,
  );
}

async function rollBackAdapter(d: DemoContext): Promise<void> {
  d.step(`Roll back the adapter; the server is back on the plain base ${BASE_ID}`);
  await d.must(['mreg', '--repo', d.repo, 'rollback', '--env', 'production', '--reason', 'demo: adapter rolled back']);
  const t = await d.waitForArtifact(BASE_ID);
  const info = await d.modelInfo();
  d.observe(`GET /model-info: ${JSON.stringify(info)}`);
  d.observe(
    t !== null
      ? `the server followed the adapter rollback in ${(t / 1000).toFixed(2)} s`
      : 'the server did not follow the adapter rollback',
  );
  d.adapterFollowMs.rollback = t;
  d.check(
    `/model-info reports ${BASE_ID} with adapter null within 30 s`,
    t !== null && t < BAR_MS && info.adapter === null && info.sha256 === d.versions['2.0.0'],
  );
}

async function showHistory(d: DemoContext): Promise<void> {
  d.step('The deployment history and the git audit log');
  const hist = await d.must(['mreg', '--repo', d.repo, 'history', '--env', 'production']);
  await d.must(['mreg', '--repo', d.repo, 'log']);
  const entries = JSON.parse(
    (await d.must(['mreg', '--repo', d.repo, 'history', '--env', 'production', '--json'], { show: false })).stdout,
  ) as {
    action: string;
    model: string;
    version: string;
    rolled_back: boolean;
  }[];
  const shape = entries
    .map(
      (e) => `${e.action}:${e.model === MODEL ? '' : `${e.model}@`}${e.version}${e.rolled_back ? ':rolled_back' : ''}`,
    )
    .join(' ');
  d.observe(`history: ${shape}`);
  d.check(
    `history records deploy 2.0.0, deploy 2.1.0 (rolled back), rollback to 2.0.0, deploy ${ADAPTER} ${ADAPTER_VERSION} (rolled back), rollback to 2.0.0, and no 2.2.0`,
    shape ===
      `deploy:2.0.0 deploy:2.1.0:rolled_back rollback:2.0.0 deploy:${ADAPTER}@${ADAPTER_VERSION}:rolled_back rollback:2.0.0` &&
      hist.exit_code === 0,
  );
}

async function writeEvidence(
  d: DemoContext,
  totalMs: number,
): Promise<{ evidenceFile: string; evidenceMarkdown: string }> {
  const versionsOf = await readFile(path.join(packageRoot(), 'package.json'), 'utf8').then(
    (t) => JSON.parse(t).version as string,
  );
  const evidence = {
    ok: d.failures.length === 0,
    when: new Date().toISOString(),
    mreg: versionsOf,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    store: d.store,
    model: MODEL,
    quantization: QUANT,
    artifacts: Object.fromEntries(Object.entries(d.versions).map(([v, sha]) => [`${MODEL}-v${v}-${QUANT}`, sha])),
    rollback_follow_ms: d.rollbackFollowMs,
    adapter_follow_ms: d.adapterFollowMs,
    total_ms: totalMs,
    failures: d.failures,
    steps: d.steps,
  };
  const evidenceFile = path.join(d.dir, 'evidence.json');
  const evidenceMarkdown = path.join(d.dir, 'evidence.md');
  await writeFile(evidenceFile, JSON.stringify(evidence, null, 2) + '\n');
  await writeFile(evidenceMarkdown, renderMarkdown(evidence));
  return { evidenceFile, evidenceMarkdown };
}

function renderMarkdown(e: {
  ok: boolean;
  when: string;
  mreg: string;
  node: string;
  store: string;
  steps: StepRecord[];
  rollback_follow_ms: number | null;
  adapter_follow_ms: { deploy: number | null; rollback: number | null };
  total_ms: number;
}): string {
  const lines = [
    `# mreg demo evidence (${e.ok ? 'all checks passed' : 'FAILED'})`,
    '',
    `- when: ${e.when}`,
    `- mreg ${e.mreg}, node ${e.node}`,
    `- store: ${e.store}`,
    `- rollback followed in: ${e.rollback_follow_ms !== null ? `${(e.rollback_follow_ms / 1000).toFixed(2)} s (bar: 30 s)` : 'n/a'}`,
    `- adapter deploy / rollback followed in: ${[e.adapter_follow_ms.deploy, e.adapter_follow_ms.rollback].map((ms) => (ms !== null ? `${(ms / 1000).toFixed(2)} s` : 'n/a')).join(' / ')}`,
    `- total: ${(e.total_ms / 1000).toFixed(1)} s`,
    '',
  ];
  for (const s of e.steps) {
    lines.push(`## ${s.step}. ${s.title}`, '');
    for (const c of s.commands) {
      lines.push(
        '```console',
        `$ ${c.command}`,
        (c.stdout.trim() || c.stderr.trim()).slice(0, 4000),
        `# exit ${c.exit_code}, ${c.ms} ms`,
        '```',
        '',
      );
    }
    for (const o of s.observations) lines.push(`- ${o}`);
    for (const c of s.checks) lines.push(`- ${c.ok ? 'PASS' : 'FAIL'}: ${c.what}`);
    lines.push('');
  }
  return lines.join('\n');
}
