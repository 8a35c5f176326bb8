// Bundles the CLI and the action entry into dist/ (ESM, Node 20+ and Node 24).
// node-llama-cpp stays external: it carries native binaries and is loaded from node_modules at run time.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

const banner = {
  // Some bundled CommonJS packages call require(); give ESM output a real one.
  js: "import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);",
};

await build({
  entryPoints: { cli: 'src/cli/main.ts', action: 'src/action/main.ts' },
  outdir: 'dist',
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
