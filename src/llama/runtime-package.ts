import { execFile } from 'node:child_process';
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MregError, errorMessage } from '../core/errors.js';

/**
 * The packages the bundle leaves out (native binaries, per-GPU builds; the Kubernetes client), found
 * or brought at run time. The code that uses them loads them with a dynamic `import(NAME)`, which
 * Node resolves from dist/'s folder upwards.
 *
 * With the CLI installed from npm, or `uses: ./` after the repository's own `npm ci`, they are
 * already resolvable. With `uses: OWNER/REPO@REF` the action lives under the runner's _actions
 * folder, which has no node_modules, and the registry repository it runs for is a repository of
 * JSON files with no package.json. There the action installs the package itself, at the version its
 * own lockfile pins, into the runner's tool cache (one folder per package, version, platform and
 * build, so a self-hosted runner installs it once and every later run reuses it), and links it next
 * to the action: Node resolves a module by its real path, so the package's own dependencies (its
 * prebuilt binaries) are found in the tool cache folder too.
 */
export type RuntimePackage = 'node-llama-cpp' | '@kubernetes/client-node';

export interface RuntimeOptions {
  /** This package's folder (package.json, package-lock.json, dist/): the pins, and where the link goes. */
  packageDir: string;
  /** Folders whose node_modules may already hold the package (the workspace after an `npm ci`). */
  searchRoots: string[];
  /** Where installs are kept between runs (the runner's tool cache); none: only look. */
  cacheDir?: string;
  /** node-llama-cpp: install the GPU builds (CUDA, Vulkan) too; default: when an NVIDIA driver is loaded. */
  gpu?: boolean;
  log?: (message: string) => void;
}

export type RuntimeSource = 'found' | 'linked' | 'installed' | 'cached';

function resolvable(pkg: RuntimePackage): boolean {
  try {
    import.meta.resolve(pkg);
    return true;
  } catch {
    return false;
  }
}

/** The exact version this package was built and tested with: its lockfile's, else package.json's pin. */
export function pinnedVersion(pkg: RuntimePackage, root: string): string {
  const lock = path.join(root, 'package-lock.json');
  if (existsSync(lock)) {
    const v = (JSON.parse(readFileSync(lock, 'utf8')) as { packages?: Record<string, { version?: string }> })
      .packages?.[`node_modules/${pkg}`]?.version;
    if (v) return v;
  }
  const spec = (
    JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> }
  ).dependencies?.[pkg];
  const exact = spec?.replace(/^[~^=]/, '');
  if (!exact || !/^\d+\.\d+\.\d+/.test(exact))
    throw new MregError('INTERNAL', `no pinned version of ${pkg} in ${root}/package-lock.json or package.json`);
  return exact;
}

export function hasNvidiaGpu(): boolean {
  return existsSync('/proc/driver/nvidia/version') || existsSync('/dev/nvidiactl');
}

/** node-llama-cpp's prebuilt CPU binaries for this machine (its optional dependency of that name). */
function cpuBuild(version: string): string {
  const os = process.platform === 'darwin' ? 'mac' : process.platform === 'win32' ? 'win' : process.platform;
  const metal = os === 'mac' && process.arch === 'arm64' ? '-metal' : '';
  return `@node-llama-cpp/${os}-${process.arch}${metal}@${version}`;
}

/** The folder of one install in the cache, and what npm installs into it. */
export function runtimeInstall(
  pkg: RuntimePackage,
  o: { packageDir: string; cacheDir: string; gpu: boolean },
): { dir: string; specs: string[]; omitOptional: boolean } {
  const { cacheDir, gpu } = o;
  const version = pinnedVersion(pkg, o.packageDir);
  const llama = pkg === 'node-llama-cpp';
  const build = `${process.platform}-${process.arch}${llama ? (gpu ? '-gpu' : '-cpu') : ''}`;
  const dir = path.join(cacheDir, 'mreg-runtime', pkg.replace('/', '+'), version, build);
  // On a GPU machine npm brings every prebuilt build of the platform (CUDA among them) and
  // node-llama-cpp picks the one the machine runs; elsewhere the CPU build alone (80 MB, not 700).
  if (llama && !gpu) return { dir, specs: [`${pkg}@${version}`, cpuBuild(version)], omitOptional: true };
  return { dir, specs: [`${pkg}@${version}`], omitOptional: false };
}

/** npm next to the running Node (the runner's own Node ships it), else the one on PATH. */
function npmCommand(): { file: string; args: string[] } {
  const cli = path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');
  if (existsSync(cli)) return { file: process.execPath, args: [cli] };
  return { file: process.platform === 'win32' ? 'npm.cmd' : 'npm', args: [] };
}

const COMPLETE = '.mreg-complete';

/** The gate's runtime fails as the gate does; the Kubernetes client as the serving side does. */
const errorCode = (pkg: RuntimePackage) => (pkg === 'node-llama-cpp' ? 'EVAL' : 'SERVE');

/**
 * Installs into a fresh folder beside the final one and renames it into place, so a killed install
 * never leaves a folder that looks complete; a racing job's finished install is kept.
 */
async function install(
  pkg: RuntimePackage,
  target: ReturnType<typeof runtimeInstall>,
  log: (m: string) => void,
): Promise<void> {
  const tmp = `${target.dir}.partial-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  const npm = npmCommand();
  // No install scripts: the prebuilt binaries are plain (optional) dependencies.
  const args = [
    ...npm.args,
    'install',
    '--prefix',
    tmp,
    '--no-save',
    '--no-package-lock',
    '--ignore-scripts',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
  ];
  if (target.omitOptional) args.push('--omit=optional');
  log(`installing ${target.specs.join(' ')} into ${target.dir} (once per runner and version)`);
  try {
    await new Promise<void>((resolve, reject) =>
      execFile(npm.file, [...args, ...target.specs], { cwd: tmp, maxBuffer: 16 * 1024 * 1024 }, (err, _out, stderr) =>
        err ? reject(new Error(`${errorMessage(err)}${stderr ? `\n${stderr.trim()}` : ''}`)) : resolve(),
      ),
    );
    if (!existsSync(path.join(tmp, 'node_modules', pkg, 'package.json')))
      throw new Error(`npm finished without ${pkg} in ${tmp}/node_modules`);
    await writeFile(path.join(tmp, COMPLETE), `${target.specs.join(' ')}\n`);
    try {
      await rename(tmp, target.dir);
    } catch (err) {
      if (!existsSync(path.join(target.dir, COMPLETE))) throw err;
    }
  } catch (err) {
    throw new MregError(
      errorCode(pkg),
      `could not install ${target.specs.join(' ')} for the action (${errorMessage(err)})`,
    );
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Links `source` (a package folder) as the action's node_modules/PKG, replacing a stale link. */
async function linkNextToAction(pkg: RuntimePackage, packageDir: string, source: string): Promise<void> {
  const link = path.join(packageDir, 'node_modules', pkg);
  await mkdir(path.dirname(link), { recursive: true });
  try {
    if (lstatSync(link).isSymbolicLink()) await rm(link);
  } catch {
    /* no link yet */
  }
  await symlink(source, link, 'dir');
}

export async function ensureRuntimePackage(pkg: RuntimePackage, o: RuntimeOptions): Promise<RuntimeSource> {
  if (resolvable(pkg)) return 'found';
  const log = o.log ?? (() => {});
  const tryLink = async (source: string): Promise<boolean> => {
    try {
      await linkNextToAction(pkg, o.packageDir, source);
    } catch (err) {
      log(`could not link ${source} next to the action: ${errorMessage(err)}`);
    }
    return resolvable(pkg);
  };
  for (const root of o.searchRoots) {
    const candidate = path.join(root, 'node_modules', pkg);
    if (existsSync(path.join(candidate, 'package.json')) && (await tryLink(candidate))) return 'linked';
  }
  if (o.cacheDir) {
    const target = runtimeInstall(pkg, {
      packageDir: o.packageDir,
      cacheDir: o.cacheDir,
      gpu: o.gpu ?? hasNvidiaGpu(),
    });
    const cached = existsSync(path.join(target.dir, COMPLETE));
    if (!cached) await install(pkg, target, log);
    if (await tryLink(path.join(target.dir, 'node_modules', pkg))) return cached ? 'cached' : 'installed';
  }
  throw new MregError(
    errorCode(pkg),
    `the action needs the npm package ${pkg}, which it does not bundle and could not find ` +
      `(looked next to the action and in ${o.searchRoots.map((r) => path.join(r, 'node_modules')).join(', ')}` +
      `${o.cacheDir ? `, and installed into ${o.cacheDir}` : ''}). ` +
      (o.cacheDir
        ? 'Check that the runner can reach the npm registry (or its configured mirror) and write to its tool cache.'
        : 'Run it on a GitHub runner (RUNNER_TOOL_CACHE set), or `npm install ' + pkg + '` next to mreg.'),
  );
}
