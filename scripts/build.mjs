// Bundles the CLI, the action entry and the library (src/index.ts) into dist/ (ESM, Node 20+ and
// Node 24), with the library's type declarations in dist/types/.
// node-llama-cpp stays external: it carries native binaries and is loaded from node_modules at run time.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';

execFileSync(process.execPath, [new URL('./generate-validators.mjs', import.meta.url).pathname], { stdio: 'inherit' });
// Build beside dist/ and swap it in with renames, so a process running dist/cli.js at that moment
// never sees a half-written bundle.
const dist = new URL('../dist', import.meta.url).pathname;
const next = `${dist}.next-${process.pid}`;
const old = `${dist}.old-${process.pid}`;

const banner = {
  // Some bundled CommonJS packages call require(); give ESM output a real one.
  js: "import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);",
};

await build({
  entryPoints: { cli: 'src/cli/main.ts', action: 'src/action/index.ts', 'action-run': 'src/action/main.ts', index: 'src/index.ts' },
  outdir: next,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  external: ['node-llama-cpp', '@kubernetes/client-node'],
  banner,
  legalComments: 'none',
  logLevel: 'warning',
  minifySyntax: true,
});

// The library's type declarations (package.json "types"), emitted beside the bundle.
execFileSync(
  process.execPath,
  [
    new URL('../node_modules/typescript/bin/tsc', import.meta.url).pathname,
    '-p',
    new URL('../tsconfig.types.json', import.meta.url).pathname,
    '--outDir',
    `${next}/types`,
  ],
  {
    stdio: 'inherit',
  },
);

try {
  renameSync(dist, old);
} catch {
  /* first build */
}
renameSync(next, dist);
rmSync(old, { recursive: true, force: true });
