// Bundles the CLI, the action entry and the library (src/index.ts) into dist/ (ESM, Node 20+ and
// Node 24), with the library's type declarations in dist/types/.
// node-llama-cpp stays external: it carries native binaries and is loaded from node_modules at run time.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

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

// @huggingface/tasks (pulled in by @huggingface/gguf for its quantization names) does not declare
// itself free of side effects, so esbuild would keep all of it (~300 KB in the chunk every command
// that touches the store loads); declared so, only the part the GGUF parser uses is bundled.
const tasksWithoutSideEffects = {
  name: 'huggingface-tasks-without-side-effects',
  setup(b) {
    b.onResolve({ filter: /^@huggingface\/tasks$/ }, async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      });
      return resolved.errors.length ? resolved : { path: resolved.path, sideEffects: false };
    });
  },
};

// jsonc-parser's main entry is a UMD module whose require() calls esbuild cannot follow: bundle its
// ES module build instead.
const jsoncParserAsModule = {
  name: 'jsonc-parser-as-module',
  setup(b) {
    b.onResolve({ filter: /^jsonc-parser$/ }, (args) =>
      b.resolve('jsonc-parser/lib/esm/main.js', {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
      }),
    );
  },
};

const result = await build({
  entryPoints: {
    cli: 'src/cli/main.ts',
    action: 'src/action/index.ts',
    'action-run': 'src/action/main.ts',
    index: 'src/index.ts',
  },
  outdir: next,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  external: ['node-llama-cpp', '@kubernetes/client-node'],
  banner,
  // Licence texts are collected once into dist/licenses.txt (below) instead of repeated per chunk.
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  minifySyntax: true,
  plugins: [tasksWithoutSideEffects, jsoncParserAsModule],
});

// Most chunks never call require(): there the banner would only cost start-up time (a
// createRequire and an import.meta per chunk, ~0.1 ms each, two dozen chunks on a deploy). It is
// kept wherever the word require appears (esbuild's __require shim, bundled CommonJS, text).
for (const file of Object.keys(result.metafile.outputs)) {
  if (!file.endsWith('.js')) continue;
  const text = readFileSync(file, 'utf8');
  const without = text.replace(`${banner.js}\n`, '');
  if (without !== text && !/(?<![\w$.])require(?![\w$])/.test(without)) writeFileSync(file, without);
}

// The validators that list every problem (loaded on demand by src/core/schema.ts with require(),
// relative to the chunk it is bundled into): a CommonJS bundle of their own beside that chunk.
const schemaOutput = Object.entries(result.metafile.outputs).find(([, o]) => 'src/core/schema.ts' in o.inputs)?.[0];
if (!schemaOutput || path.dirname(schemaOutput) !== path.join(path.basename(next), 'chunks')) {
  throw new Error(
    `src/core/schema.ts was bundled into ${schemaOutput}, not a chunk: validators.generated.cjs would not be found beside it`,
  );
}
const everyProblem = await build({
  entryPoints: ['src/core/validators.generated.cjs'],
  outfile: `${next}/chunks/validators.generated.cjs`,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  minifySyntax: true,
});

writeFileSync(
  `${next}/licenses.txt`,
  thirdPartyLicenses({ inputs: { ...result.metafile.inputs, ...everyProblem.metafile.inputs } }),
);

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

/**
 * The licences of the third-party packages bundled into dist/ (those the bundle carries; packages
 * loaded from node_modules at run time, such as node-llama-cpp, ship their own), one section per
 * package: name, version, licence identifier and the package's licence file.
 */
function thirdPartyLicenses(metafile) {
  const root = new URL('..', import.meta.url).pathname;
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) dirs.add(m[1]);
  }
  const sections = [];
  for (const dir of [...dirs].sort()) {
    const pkg = JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8'));
    if (pkg.name === 'gitops-model-registry') continue;
    const file = readdirSync(path.join(root, dir)).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = file ? readFileSync(path.join(root, dir, file), 'utf8').trim() : '(no licence file in the package)';
    sections.push(
      `${pkg.name}@${pkg.version}\nLicense: ${typeof pkg.license === 'string' ? pkg.license : JSON.stringify(pkg.license ?? 'unknown')}\n\n${text}`,
    );
  }
  const unique = [...new Set(sections)];
  return `Third-party software bundled into dist/ (${unique.length} packages)\n\n${unique.join('\n\n' + '-'.repeat(72) + '\n\n')}\n`;
}
