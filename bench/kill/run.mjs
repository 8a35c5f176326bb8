#!/usr/bin/env node
// Kill soak (see soak.mjs): 50 SIGKILLs of `mreg deploy` / `mreg rollback` at random points, some
// followed by a lock file a killed git leaves, each followed by the next command; then a full disk
// at a different write each time (root only: it mounts a small tmpfs), then several commands at
// once in one clone. Prints what must stay at 0, the next commands' failures first.
// Usage: npm run build && node bench/kill/run.mjs [--kills 50] [--disk-steps 24] [--races 10] [--seed 1] [--cli path/to/cli.js]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runFullDiskSoak, runKillSoak, runRace } from './soak.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seed = arg('seed', 1);
const cliAt = process.argv.indexOf('--cli');
const cli = cliAt > 0 ? path.resolve(process.argv[cliAt + 1]) : path.join(root, 'dist', 'cli.js');
const log = (l) => console.log(l);
const t0 = performance.now();
const c = await runKillSoak({ cli, kills: arg('kills', 50), seed, log });
const d = arg('disk-steps', 24) ? await runFullDiskSoak({ cli, steps: arg('disk-steps', 24), seed, log }) : null;
const r = arg('races', 10)
  ? await runRace({ cli, rounds: arg('races', 10), seed, log })
  : { commands: 0, landed: 0, refused: 0, lost: 0, duplicateIds: 0, dirtyAfter: 0, problems: [] };

console.log(`\nnode ${process.version}, seed ${seed}, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
console.log(`${c.kills} kills`);
console.log(`  next command failed              ${c.nextCommandFailed} (ok: ${c.nextCommandOk})`);
for (const [what, n] of Object.entries(c.failures)) console.log(`    ${what}: ${n}`);
console.log(`  phantoms                         ${c.phantoms}`);
console.log(`  silent pushes                    ${c.silentPushes}`);
console.log(`  invalid registries on the remote ${c.invalidRemoteRegistries}`);
console.log(`  final-path files != sha256       ${c.badFinalFiles} (of ${c.finalFilesChecked} checks)`);
console.log(
  `  killed before exiting            ${c.killedBeforeExit} (after their push: ${c.killedCommitPushed}; finished before the kill: ${c.finishedBeforeKill})`,
);
console.log(`  lock files left after a kill     ${c.locksLeft}`);
if (d) {
  console.log(`${d.commands} commands on a full disk (${d.failedForSpace} failed for space, ${d.landed} landed)`);
  console.log(`  next command failed              ${d.nextCommandFailed} (ok: ${d.nextCommandOk})`);
  console.log(`  phantoms                         ${d.phantoms}`);
  console.log(`  invalid registries on the remote ${d.invalidRemoteRegistries}`);
} else console.log('full disk: skipped (no tmpfs could be mounted: run as root)');
console.log(`${r.commands} commands in one clone (${arg('races', 10)} rounds)`);
console.log(`  landed / refused                 ${r.landed} / ${r.refused}`);
console.log(`  lost (reported, not on remote)   ${r.lost}`);
console.log(`  rounds with a history id twice   ${r.duplicateIds}`);
console.log(`  rounds leaving registry/ dirty   ${r.dirtyAfter}`);
for (const p of [...c.problems, ...(d?.problems ?? []), ...r.problems]) console.log(`  ! ${p}`);
const bad = c.nextCommandFailed + c.phantoms + c.silentPushes + c.invalidRemoteRegistries + c.badFinalFiles;
const badDisk = d ? d.nextCommandFailed + d.phantoms + d.invalidRemoteRegistries : 0;
process.exitCode = bad || badDisk || r.lost || r.duplicateIds || r.dirtyAfter ? 1 : 0;
