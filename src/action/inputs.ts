import * as core from '@actions/core';
import path from 'node:path';
import { checkCanaryPercent } from '../core/canary.js';
import { MregError } from '../core/errors.js';
import { checkModel, checkQuantization, checkVersion } from '../core/naming.js';

/**
 * The action's inputs, read once and checked before anything touches the repository, so a typo in
 * a workflow fails with the input's name and value instead of deep inside an operation.
 */
export const COMMANDS = [
  'validate',
  'plan',
  'gate',
  'deploy',
  'promote',
  'rollback',
  'history',
  'status',
  'k8s-apply',
  'canary-check',
  'canary-promote',
  'canary-abort',
  'canary-set',
] as const;
export type ActionCommand = (typeof COMMANDS)[number];

export interface ActionInputs {
  command: ActionCommand;
  environment?: string;
  model?: string;
  version?: string;
  quantization?: string;
  toVersion?: string;
  fromEnvironment?: string;
  expectCurrent?: string;
  reason?: string;
  /** Absolute path of the registry repository (any folder inside it). */
  registryPath: string;
  /** Where annotation paths are relative to (GitHub resolves them against the workspace). */
  workspace: string;
  store?: string;
  /** Absolute folder for the gate report files, when asked for. */
  reportPath?: string;
  githubToken?: string;
  push: boolean;
  skipGate: boolean;
  /** plan: the commit to compare HEAD with (default: HEAD's parent). */
  base?: string;
  /** plan: several artifacts to gate are fine (a pull request); a deploy refuses them. */
  allowSeveral: boolean;
  /** k8s-apply: the namespace of the pointer ConfigMap (default: MREG_K8S_NAMESPACE, the kubeconfig context's). */
  k8sNamespace?: string;
  /** k8s-apply: a kubeconfig's contents (a secret), written to a private file for the step. */
  kubeconfig?: string;
  /** deploy, promote: start the version as a canary on this percent (1..99) of the instances. */
  canary?: number;
  /** canary-set: the canary's new percent (1..99). */
  percent?: number;
  /** canary-check: Prometheus's URL (default: MREG_PROMETHEUS_URL). */
  prometheus?: string;
  /** The runner's tool cache (RUNNER_TOOL_CACHE): where the packages the bundle leaves out are installed once. */
  toolCache?: string;
  /** The runner's temporary folder (RUNNER_TEMP), emptied after each job. */
  tempDir?: string;
}

/** Empty inputs are "not given": action.yml defaults them to '' so that they can be left out. */
function opt(name: string): string | undefined {
  const v = core.getInput(name);
  return v === '' ? undefined : v;
}

/**
 * YAML 1.2 core booleans, as core.getBooleanInput accepts them; unlike it, an absent input takes
 * the default (action.yml supplies one on GitHub, but a process started by hand may not).
 */
function bool(name: string, dflt: boolean): boolean {
  const v = core.getInput(name);
  if (v === '') return dflt;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new MregError('USAGE', `input ${name} must be true or false, not ${JSON.stringify(v)}`);
}

/** A canary percent input: an integer from 1 to 99, by the same rule as the CLI's --canary. */
function percentInput(name: string): number | undefined {
  const raw = opt(name)?.trim();
  if (raw === undefined) return undefined;
  if (!/^[0-9]+$/.test(raw))
    throw new MregError('USAGE', `input ${name}: expected an integer percent from 1 to 99, got ${JSON.stringify(raw)}`);
  return checkCanaryPercent(Number(raw), `input ${name}`);
}

/** Prometheus's URL: the input, else MREG_PROMETHEUS_URL (a repository or organisation variable). */
function prometheusInput(): string | undefined {
  const raw = (opt('prometheus') ?? process.env.MREG_PROMETHEUS_URL)?.trim() || undefined;
  if (raw === undefined) return undefined;
  let ok = false;
  try {
    ok = ['http:', 'https:'].includes(new URL(raw).protocol);
  } catch {
    ok = false;
  }
  if (!ok)
    throw new MregError(
      'USAGE',
      `input prometheus: expected Prometheus's http(s) URL, e.g. http://prometheus:9090, got ${JSON.stringify(raw)}`,
    );
  return raw;
}

/** Inputs that belong to one command only: given to another, they would be silently ignored. */
const ONLY_FOR: [keyof ActionInputs, string, ActionCommand[]][] = [
  ['canary', 'canary', ['deploy', 'promote']],
  ['percent', 'percent', ['canary-set']],
];

function need<T>(value: T | undefined, name: string, command: string): T {
  if (value === undefined) throw new MregError('USAGE', `command ${command} needs the input ${name}`);
  return value;
}

/** What each command needs, and the inputs that belong to one command only (filled in place). */
function checkCommandInputs(inputs: ActionInputs): void {
  switch (inputs.command) {
    case 'deploy':
    case 'gate':
      need(inputs.model, 'model', inputs.command);
      need(inputs.version, 'version', inputs.command);
      break;
    case 'promote':
    case 'rollback':
    case 'k8s-apply':
    case 'canary-promote':
    case 'canary-abort':
      need(inputs.environment, 'environment', inputs.command);
      break;
    case 'canary-set':
      need(inputs.environment, 'environment', inputs.command);
      need(inputs.percent, 'percent (an integer from 1 to 99)', inputs.command);
      break;
    case 'canary-check':
      need(inputs.environment, 'environment', inputs.command);
      inputs.prometheus = need(
        prometheusInput(),
        "prometheus (Prometheus's URL, or the environment variable MREG_PROMETHEUS_URL)",
        inputs.command,
      );
      break;
  }
  for (const [key, name, only] of ONLY_FOR)
    if (inputs[key] !== undefined && !only.includes(inputs.command))
      throw new MregError(
        'USAGE',
        `input ${name} applies to command${only.length > 1 ? 's' : ''} ${only.join(' and ')} only, not ${inputs.command}`,
      );
  if (opt('prometheus') !== undefined && inputs.command !== 'canary-check')
    throw new MregError('USAGE', `input prometheus applies to command canary-check only, not ${inputs.command}`);
}

export function readInputs(): ActionInputs {
  const command = core.getInput('command', { required: true }).trim();
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new MregError('USAGE', `input command must be one of ${COMMANDS.join(', ')}, not ${JSON.stringify(command)}`);
  }
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const inputs: ActionInputs = {
    command: command as ActionCommand,
    environment: opt('environment'),
    model: opt('model'),
    version: opt('version'),
    quantization: opt('quantization'),
    toVersion: opt('to-version'),
    fromEnvironment: opt('from-environment'),
    expectCurrent: opt('expect-current'),
    reason: opt('reason'),
    registryPath: path.resolve(workspace, opt('registry-path') ?? '.'),
    workspace,
    store: opt('store'),
    reportPath: opt('report-path') === undefined ? undefined : path.resolve(workspace, opt('report-path')!),
    githubToken: opt('github-token'),
    push: bool('push', true),
    skipGate: bool('skip-gate', false),
    base: opt('base'),
    allowSeveral: bool('allow-several', false),
    k8sNamespace: opt('k8s-namespace'),
    kubeconfig: opt('kubeconfig'),
    canary: percentInput('canary'),
    percent: percentInput('percent'),
    prometheus: undefined,
    toolCache: process.env.RUNNER_TOOL_CACHE || undefined,
    tempDir: process.env.RUNNER_TEMP || undefined,
  };

  // Names and versions are checked by the same rules as the CLI's, so both reject the same values.
  if (inputs.model) checkModel(inputs.model);
  if (inputs.version) checkVersion(inputs.version);
  if (inputs.toVersion) checkVersion(inputs.toVersion);
  if (inputs.quantization) checkQuantization(inputs.quantization);
  if (inputs.expectCurrent && inputs.expectCurrent !== 'none') checkVersion(inputs.expectCurrent);

  checkCommandInputs(inputs);
  if (inputs.skipGate && inputs.command !== 'deploy' && inputs.command !== 'promote') {
    throw new MregError('USAGE', `input skip-gate applies to deploy and promote only, not ${inputs.command}`);
  }
  if (inputs.skipGate && !inputs.reason?.trim())
    throw new MregError('USAGE', 'skip-gate: true needs a reason (it is recorded in the history and the commit)');
  return inputs;
}
