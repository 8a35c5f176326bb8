import { access, mkdir, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { MregError } from '../core/errors.js';
import { formatJson, formatRegistryJson } from '../core/json.js';
import { emptyRegistry } from '../core/registry-transitions.js';
import metadataSchema from '../../schemas/metadata.schema.json' with { type: 'json' };
import registrySchema from '../../schemas/registry.schema.json' with { type: 'json' };
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import { gitRunner, openRepo, commitMessage, commitPaths } from '../git/repo.js';
import { CONFIG_FILE, DEFAULT_CONFIG, REGISTRY_FILE } from '../state/config.js';
import { defaultEvalFiles, STARTER_SUITE } from './package-files.js';
import { registryWorkflowFiles } from './workflow-files.js';

/** Scaffolds a GitOps registry repository and commits it (git init when the folder has no repository). */
export interface InitOptions {
  dir: string;
  environments?: string[];
  store?: string;
  /** Extra files to write (paths relative to the repository), e.g. an eval suite. */
  extraFiles?: Record<string, string>;
  /**
   * What the workflows' steps `uses:` (`OWNER/gitops-model-registry@REF`). Default: `./` when the
   * repository holds the action (action.yml at its root, as the template does); otherwise the
   * workflows are not written, since a step could not find the action.
   */
  action?: string;
}

export interface InitResult {
  root: string;
  files: string[];
  commit: string;
  createdRepository: boolean;
  /** Why the workflows were not written, when they were not. */
  workflowsSkipped?: string;
}

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

/**
 * DIR is the repository's root: a folder inside another repository gets a repository of its own
 * (never a commit in the enclosing one). Says whether DIR already was a repository's root.
 */
async function ensureRepository(dir: string): Promise<boolean> {
  const top = await gitRunner(dir)
    .raw(['rev-parse', '--show-toplevel'])
    .then(
      (t) => t.trim(),
      () => null,
    );
  const isRepo = top !== null && (await realpath(top)) === (await realpath(dir));
  if (!isRepo) await gitRunner(dir).raw(['init', '--quiet', '--initial-branch=main']);
  return isRepo;
}

/** registry/config.json of a new registry. */
function starterConfig(o: InitOptions, environments: string[]) {
  return {
    schema_version: 1,
    store: o.store ?? '.mreg-store',
    environments,
    // The gate written out in full, so a team sees (and reviews changes to) every threshold.
    gate: {
      enabled: true,
      // Perplexity on a neutral text and latency: no accuracy items, so the accuracy floor below
      // applies only once the team writes items of its own tasks into the suite.
      suite: STARTER_SUITE,
      backend: 'llama',
      default_max_regression: 0.05,
      inconclusive: 'block',
      budget_s: DEFAULT_CONFIG.gate.budget_s,
      metrics: DEFAULT_CONFIG.gate.metrics,
    },
    smoke: { enabled: true, timeout_ms: 30000 },
    cache: { dir: '.mreg-cache', keep: 3 },
    download: { part_size_mb: 16, concurrency: 8 },
  };
}

/** Writes the files (a template's own schemas and suite stay as they are) and a .gitignore if there is none; returns what it wrote. */
async function writeInitFiles(root: string, files: Record<string, string>): Promise<string[]> {
  const written: string[] = [];
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    if ((rel.startsWith('schemas/') || rel.startsWith('eval/')) && (await exists(abs))) continue; // a template's own files stay
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, content);
    written.push(rel);
  }
  const gitignore = path.join(root, '.gitignore');
  if (!(await exists(gitignore))) {
    await writeFile(gitignore, '.mreg-cache/\n.mreg-store/\n');
    written.push('.gitignore');
  }
  return written;
}

export async function initRepository(o: InitOptions): Promise<InitResult> {
  const dir = path.resolve(o.dir);
  await mkdir(dir, { recursive: true });
  const environments = o.environments ?? ['staging', 'production'];
  if (await exists(path.join(dir, REGISTRY_FILE)))
    throw new MregError('EXISTS', `${path.join(dir, REGISTRY_FILE)} already exists; nothing was changed`);
  const isRepo = await ensureRepository(dir);
  const repo = await openRepo(dir);
  const config = starterConfig(o, environments);
  // The workflows offer exactly these environments (rollback: all; promote: all but the first).
  const action = o.action ?? ((await exists(path.join(repo.root, 'action.yml'))) ? './' : undefined);
  const workflows = action ? registryWorkflowFiles(environments, action) : {};
  const workflowsSkipped = action
    ? undefined
    : 'no .github/workflows written: this repository does not hold the action; pass --action OWNER/gitops-model-registry@REF to write them';
  const files: Record<string, string> = {
    [REGISTRY_FILE]: formatRegistryJson(emptyRegistry(environments)),
    [CONFIG_FILE]: formatJson(config),
    'registry/models/.gitkeep': '',
    'schemas/metadata.schema.json': formatJson(metadataSchema),
    'schemas/registry.schema.json': formatJson(registrySchema),
    'schemas/config.schema.json': formatJson(configSchema),
    // The default gate suite, so a new registry can gate deploys before it writes its own.
    ...defaultEvalFiles(),
    ...workflows,
    ...o.extraFiles,
  };
  const written = await writeInitFiles(repo.root, files);
  const commit = await commitPaths(
    repo,
    written,
    commitMessage(`init: model registry (${environments.join(', ')})`, null, { 'Mreg-Action': 'init' }),
  );
  return {
    root: repo.root,
    files: written,
    commit,
    createdRepository: !isRepo,
    ...(workflowsSkipped ? { workflowsSkipped } : {}),
  };
}
