import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/cli.js';

/**
 * The package as a team installs it: `npm pack` of this checkout (dist/ built by the global
 * setup), installed into an empty project from the tarball, its dependencies from the npm
 * registry (the local npm cache first). The install must be free of warnings: a consumer's npm
 * applies none of this repository's `overrides`, so an engine warning of a transitive dependency
 * shows up only here.
 */

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    // npm_config_* of the test runner's own npm (npm test) would leak into the consumer's install.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
    execFile(cmd, args, { cwd, env: { ...env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err
        ? typeof (err as { code?: unknown }).code === 'number'
          ? (err as { code: number }).code
          : 1
        : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const INSTALL_TIMEOUT = 600_000;

describe('the packed package installs into an empty project', () => {
  let work: { dir: string; cleanup: () => Promise<void> };
  let project: string;
  let tarball: string;
  let install: Run;

  beforeAll(async () => {
    work = await tempDir('mreg-pack-');
    const pack = await run('npm', ['pack', ROOT, '--pack-destination', work.dir, '--json'], work.dir);
    expect(pack.code, pack.stderr).toBe(0);
    tarball = path.join(work.dir, (JSON.parse(pack.stdout) as Array<{ filename: string }>)[0].filename);

    project = path.join(work.dir, 'consumer');
    await run('mkdir', [project], work.dir);
    // What `npm init -y` writes, plus the approval of node-llama-cpp's install script (it checks
    // the prebuilt llama.cpp binary), which npm versions with install-script approval ask for.
    writeFileSync(
      path.join(project, 'package.json'),
      JSON.stringify(
        { name: 'consumer', version: '1.0.0', private: true, allowScripts: { 'node-llama-cpp': true } },
        null,
        2,
      ),
    );
    install = await run('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund'], project);
  }, INSTALL_TIMEOUT);

  afterAll(async () => {
    await work?.cleanup();
  });

  it('installs without a warning', () => {
    expect(install.code, install.stderr).toBe(0);
    expect(install.stderr + install.stdout).not.toMatch(/\bWARN\b/i);
  });

  it('links the mreg command, which reports the package version', async () => {
    const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const r = await run('npx', ['--no-install', 'mreg', '--version'], project);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(version);
    expect(r.code).toBe(0);
  });

  it('scaffolds and validates a registry from the installed package', async () => {
    const registry = path.join(work.dir, 'registry');
    const init = await run(
      'npx',
      ['--no-install', 'mreg', 'init', registry, '--store', path.join(work.dir, 'store')],
      project,
    );
    expect(init.code, init.stderr).toBe(0);
    const validate = await run(
      path.join(project, 'node_modules', '.bin', 'mreg'),
      ['--repo', registry, 'validate'],
      project,
    );
    expect(validate.code, validate.stderr).toBe(0);
    expect(validate.stdout).toMatch(/^OK/m);
  });

  it('loads node-llama-cpp from the installed dependencies (the library face resolves it)', async () => {
    const probe = path.join(project, 'probe.mjs');
    writeFileSync(
      probe,
      "const m = await import('node-llama-cpp');\nconsole.log(typeof m.getLlama);\nawait import('gitops-model-registry');\n",
    );
    const r = await run(process.execPath, [probe], project);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('function');
  });
});
