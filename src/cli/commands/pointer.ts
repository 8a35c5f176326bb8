import { checkModel, checkVersion, checkQuantization, formatArtifactId } from '../../core/naming.js';
import { openContext } from '../../state/context.js';
import { MregError } from '../../core/errors.js';
import { checkCanaryPercent } from '../../core/canary.js';
import { PipelineError, deployVersion, promoteVersion, rollbackVersion } from '../../ops/deploy.js';
import { subjectFor, type PointerChange } from '../../ops/registry-ops.js';
import { defaultHooks } from '../../ops/stages.js';
import { bool, reqStr, str, withReport, type Command, type CommandIO, type ParsedCommand } from '../command.js';
import type { OpsContext } from '../../state/context.js';
import type { StageHooks } from '../../ops/pipeline.js';
import { commitLine, contextOptions, pushOptions, stagesTable, storeOption } from './shared.js';

export function pointerText(c: PointerChange): string {
  const percent = c.action === 'canary' && c.to.canary ? ` at ${c.to.canary.percent}%` : '';
  return `${subjectFor(c.action, c.env, c.from, c.entry)}${percent}, history id ${c.entry.id}`;
}

export function pointerJson(c: PointerChange, commit: string, pushed: boolean) {
  return {
    env: c.env,
    action: c.action,
    model: c.to.model,
    version: c.to.version,
    quantization: c.to.quantization,
    previous_version: c.from?.version ?? null,
    history_id: c.entry.id,
    entry: c.entry,
    rolled_back_id: c.abandoned?.id ?? null,
    canary: c.to.canary ?? null,
    commit,
    pushed,
  };
}

/** The context and the stage code: the store's modules load while git answers openContext. */
function contextAndHooks(args: ParsedCommand, io: CommandIO): Promise<[OpsContext, StageHooks]> {
  return Promise.all([openContext(contextOptions(args, io)), defaultHooks()]);
}

export const deployCommand: Command = {
  name: 'deploy',
  summary: 'Deploy a version to an environment: download, validate (gate), smoke test, then commit the new pointer.',
  usage:
    'MODEL VERSION --env ENV [--canary PERCENT] [--quantization Q] [--reason TEXT] [--expect-current V] [--skip-gate --reason TEXT]',
  positionals: { min: 2, max: 2, names: ['MODEL', 'VERSION'] },
  options: {
    env: { type: 'string', description: 'target environment', placeholder: 'ENV' },
    quantization: {
      type: 'string',
      description: 'which quantization (needed when several are registered)',
      placeholder: 'Q',
    },
    reason: { type: 'string', description: 'why; recorded in the history and the commit', placeholder: 'TEXT' },
    'expect-current': {
      type: 'string',
      description: 'refuse unless the environment currently runs this version ("none" for empty)',
      placeholder: 'V',
    },
    'skip-gate': { type: 'boolean', description: 'skip the benchmark gate (needs --reason; recorded)' },
    canary: {
      type: 'string',
      description:
        'run the version as a canary on this percent (1-99) of the instances beside the stable one, after the same gate',
      placeholder: 'PERCENT',
    },
    ...storeOption,
    ...pushOptions,
  },
  async run(args, io) {
    requireReasonForSkip(args);
    const canary = canaryPercentArg(args, 'deploy');
    const model = checkModel(args.positionals[0]);
    const version = checkVersion(args.positionals[1]);
    const quantization = str(args, 'quantization');
    if (quantization) checkQuantization(quantization);
    const [ctx, hooks] = await contextAndHooks(args, io);
    try {
      const r = await deployVersion(
        ctx,
        {
          env: reqStr(args, 'env', 'deploy'),
          model,
          version,
          quantization,
          reason: str(args, 'reason') ?? null,
          expectCurrent: str(args, 'expect-current'),
          skipGate: bool(args, 'skip-gate'),
          canary,
        },
        hooks,
      );
      const out = r.outcome;
      const gateText = r.gate ? `\n\n${r.gate.markdown}` : '';
      return {
        json: { ...pointerJson(out.result, out.commit, out.pushed), stages: r.stages, gate: r.gate?.json ?? null },
        text: `${stagesTable(r.stages)}${gateText}\n\n${pointerText(out.result)}\n${commitLine(out)}`,
      };
    } catch (err) {
      throw pipelineReport(err);
    }
  },
};

export const rollbackCommand: Command = {
  name: 'rollback',
  summary:
    'Revert an environment to the previous known-good deployment (skipping rolled-back entries and blocked artifacts), as a new commit.',
  usage: '--env ENV [--to VERSION] [--expect-current VERSION] [--reason TEXT]',
  options: {
    env: { type: 'string', description: 'environment to roll back', placeholder: 'ENV' },
    to: { type: 'string', description: 'an earlier version of this environment to return to', placeholder: 'VERSION' },
    'expect-current': {
      type: 'string',
      description: 'refuse unless the environment currently runs this version',
      placeholder: 'VERSION',
    },
    reason: { type: 'string', description: 'why; recorded in the history and the commit', placeholder: 'TEXT' },
    ...storeOption,
    ...pushOptions,
  },
  async run(args, io) {
    const to = str(args, 'to');
    if (to) checkVersion(to);
    const [ctx, hooks] = await contextAndHooks(args, io);
    const r = await rollbackVersion(
      ctx,
      {
        env: reqStr(args, 'env', 'rollback'),
        to,
        expectCurrent: str(args, 'expect-current'),
        reason: str(args, 'reason') ?? null,
      },
      hooks,
    );
    const out = r.outcome;
    if (r.noop) {
      // Someone took the exit first: the environment already left the version this rollback was for.
      return {
        json: { ...pointerJson(out.result, out.commit, out.pushed), stages: r.stages, noop: r.noop },
        text: `nothing to do: ${r.noop}`,
      };
    }
    const abandoned = out.result.abandoned
      ? `\nmarked history entry ${out.result.abandoned.id} (${formatArtifactId(out.result.abandoned)}) rolled_back`
      : '';
    return {
      json: { ...pointerJson(out.result, out.commit, out.pushed), stages: r.stages },
      text: `${pointerText(out.result)}${abandoned}\n${commitLine(out)}`,
    };
  },
};

export const promoteCommand: Command = {
  name: 'promote',
  summary:
    "Move a pointer along the promotion order: the target environment gets the source environment's active version, with the gate record it earned there.",
  usage:
    '--to ENV [--from ENV] [--canary PERCENT] [--reason TEXT] [--expect-current VERSION] [--skip-gate --reason TEXT]',
  options: {
    to: { type: 'string', description: 'target environment (e.g. production)', placeholder: 'ENV' },
    from: {
      type: 'string',
      description: 'source environment (default: the one before --to in the promotion order)',
      placeholder: 'ENV',
    },
    reason: { type: 'string', description: 'why; recorded in the history and the commit', placeholder: 'TEXT' },
    'expect-current': {
      type: 'string',
      description: 'refuse unless the target currently runs this version',
      placeholder: 'VERSION',
    },
    'skip-gate': {
      type: 'boolean',
      description: 'promote a version that passed no gate in the source environment (needs --reason; recorded)',
    },
    canary: {
      type: 'string',
      description:
        "start the version as a canary on this percent (1-99) of the target's instances beside its stable one; `mreg canary` finishes the promotion",
      placeholder: 'PERCENT',
    },
    ...storeOption,
    ...pushOptions,
  },
  async run(args, io) {
    requireReasonForSkip(args);
    const canary = canaryPercentArg(args, 'promote');
    const [ctx, hooks] = await contextAndHooks(args, io);
    const o = {
      canary,
      from: str(args, 'from'),
      to: reqStr(args, 'to', 'promote'),
      reason: str(args, 'reason') ?? null,
      expectCurrent: str(args, 'expect-current'),
      skipGate: bool(args, 'skip-gate'),
    };
    try {
      const r = await promoteVersion(ctx, o, hooks);
      const out = r.outcome;
      return {
        json: { ...pointerJson(out.result, out.commit, out.pushed), from_env: r.from, stages: r.stages },
        text: `${stagesTable(r.stages)}\n\n${pointerText(out.result)}\n${commitLine(out)}`,
      };
    } catch (err) {
      throw pipelineReport(err);
    }
  },
};

/** A refused pipeline's report, the stages that ran and the gate's findings, for stdout. */
function pipelineReport(err: unknown): unknown {
  if (!(err instanceof PipelineError)) return err;
  const gate = err.gate ? `\n\n${err.gate.markdown.trimEnd()}` : '';
  // The gate's report travels with the error for library callers; here it is on stdout, once.
  const short = err.gate
    ? new PipelineError(
        new MregError(err.code, err.message.replace(`\n${err.gate.markdown}`, ''), { cause: err }),
        err.stages,
        err.gate,
      )
    : err;
  return withReport(short, {
    text: `${stagesTable(err.stages)}${gate}`,
    json: { stages: err.stages, gate: err.gate?.json ?? null },
  });
}

/** `--canary PERCENT` / `--percent N`: an integer 1..99 (the use case says why 0 and 100 are not). */
export function canaryPercentArg(args: ParsedCommand, cmd: string, name = 'canary'): number | undefined {
  const raw = str(args, name);
  if (raw === undefined) return undefined;
  const n = /^[0-9]+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (Number.isNaN(n))
    throw new MregError(
      'USAGE',
      `${cmd} --${name}: expected an integer percent from 1 to 99, got ${JSON.stringify(raw)}`,
    );
  return checkCanaryPercent(n, `${cmd} --${name}`);
}

/** The flag check belongs to the front end: the use case's own message speaks of reasons, not flags. */
function requireReasonForSkip(args: Parameters<Command['run']>[0]): void {
  const reason = str(args, 'reason');
  if (bool(args, 'skip-gate') && !(reason && reason.trim()))
    throw new MregError('USAGE', '--skip-gate needs --reason (it is recorded in the history and the commit)');
}
