#!/usr/bin/env node
// Kill soak (see soak.mjs): 50 SIGKILLs of `mreg deploy` / `mreg rollback` at random points, each
// followed by the next command; prints what must stay at 0 and what the operator had to do.
// Usage: npm run build && node bench/kill/run.mjs [--kills 50] [--seed 1] [--cli path/to/cli.js]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runKillSoak } from './soak.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const kills = arg('kills', 50);
const seed = arg('seed', 1);
const t0 = performance.now();
const cliAt = process.argv.indexOf('--cli');
const cli = cliAt > 0 ? path.resolve(process.argv[cliAt + 1]) : path.join(root, 'dist', 'cli.js');
const c = await runKillSoak({ cli, kills, seed, log: (l) => console.log(l) });
console.log(`\n${c.kills} kills (seed ${seed}, node ${process.version}, ${((performance.now() - t0) / 1000).toFixed(0)} s)`);
console.log(`  killed before exiting            ${c.killedBeforeExit} (finished before the kill: ${c.finishedBeforeKill})`);
console.log(`    ... before any commit          ${c.killedBeforeExit - c.killedCommitPushed - c.killedCommitLeftLocal}`);
console.log(`    ... after their push           ${c.killedCommitPushed}`);
console.log(`    ... with a commit left unpushed ${c.killedCommitLeftLocal}`);
console.log(`  silent pushes                    ${c.silentPushes}`);
console.log(`  invalid registries on the remote ${c.invalidRemoteRegistries}`);
console.log(`  final-path files != sha256       ${c.badFinalFiles} (of ${c.finalFilesChecked} checks)`);
console.log(`  next command ok / refused        ${c.nextCommandOk} / ${c.nextCommandRefused}`);
for (const [what, n] of Object.entries(c.operatorActions)) console.log(`  operator: ${what}: ${n}`);
for (const p of c.problems) console.log(`  ! ${p}`);
process.exitCode = c.silentPushes || c.invalidRemoteRegistries || c.badFinalFiles ? 1 : 0;
