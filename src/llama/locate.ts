import { existsSync } from 'node:fs';
import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MregError } from '../core/errors.js';

/**
 * node-llama-cpp is not in the bundle (native binaries, per-GPU builds): the gate loads it with a
 * dynamic `import('node-llama-cpp')`, which Node resolves from dist/'s folder upwards.
 *
 * With `uses: ./` that is the workspace, whose `npm ci` installed it. With `uses: OWNER/REPO@v1`
 * the action lives under the runner's _actions folder, which has no node_modules, so the package
 * the workflow installed in the workspace would not be found. In that case we link the workspace's
 * copy next to the action: Node resolves a module by its real path, so node-llama-cpp's own
 * dependencies (its prebuilt binaries) are found in the workspace's node_modules too.
 */
const PACKAGE = 'node-llama-cpp';

function resolvable(): boolean {
  try {
    import.meta.resolve(PACKAGE);
    return true;
  } catch {
    return false;
  }
}

export async function ensureNodeLlamaCpp(searchRoots: string[]): Promise<'found' | 'linked'> {
  if (resolvable()) return 'found';
  // This code runs from dist/action.js or from a chunk in dist/chunks/; the action's root is above dist/.
  let distDir = path.dirname(fileURLToPath(import.meta.url));
  if (path.basename(distDir) === 'chunks') distDir = path.dirname(distDir);
  const actionDir = path.dirname(distDir);
  for (const root of searchRoots) {
    const candidate = path.join(root, 'node_modules', PACKAGE);
    if (!existsSync(path.join(candidate, 'package.json'))) continue;
    const link = path.join(actionDir, 'node_modules', PACKAGE);
    try {
      await mkdir(path.dirname(link), { recursive: true });
      await symlink(candidate, link, 'dir');
    } catch {
      /* a read-only action folder: fall through to the error below */
    }
    if (resolvable()) return 'linked';
  }
  throw new MregError(
    'EVAL',
    `the gate needs the npm package ${PACKAGE}, which the action does not bundle and could not find ` +
      `(looked next to the action and in ${searchRoots.map((r) => path.join(r, 'node_modules')).join(', ')}). ` +
      'Run `npm ci` (or `npm install node-llama-cpp`) in the workspace before this step, on the GPU runner that runs the gate, ' +
      'or deploy with skip-gate: true and a reason.',
  );
}
