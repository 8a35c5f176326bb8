import type { OpsOptions } from '../../state/context.js';
import { settingsFromEnv } from '../../state/settings.js';
import { createFileProgress } from '../../store/progress.js';
import type { CommitOutcome } from '../../state/transaction.js';
import type { StageReport } from '../../ops/pipeline.js';
import { bool, str, type CommandIO, type OptionSpec, type ParsedCommand } from '../command.js';
import { table } from '../table.js';

/** Options shared by every command that writes the registry. */
export const pushOptions: Record<string, OptionSpec> = {
  'no-push': { type: 'boolean', description: 'commit locally only (default: push when the repository has a remote)' },
  actor: {
    type: 'string',
    description: "who acts (default: $GITHUB_ACTOR, $GIT_AUTHOR_NAME, git's user.name, or the OS user)",
    placeholder: 'NAME',
  },
};

export const storeOption: Record<string, OptionSpec> = {
  store: {
    type: 'string',
    description: 'artifact store URI (default: registry/config.json store)',
    placeholder: 'URI',
  },
};

export function contextOptions(args: ParsedCommand, io: CommandIO): OpsOptions {
  return {
    repo: io.repo,
    push: bool(args, 'no-push') ? false : undefined,
    actor: str(args, 'actor'),
    store: str(args, 'store'),
    settings: settingsFromEnv(io.env),
    logger: {
      info: (m) => io.log(m),
      warn: (m) => io.log(`warning: ${m}`),
      progress: createFileProgress('download', process.stderr, io.env).update,
    },
  };
}

export function commitLine(out: CommitOutcome<unknown>): string {
  return `commit ${out.commit.slice(0, 12)} ${out.pushed ? 'pushed' : `not pushed (${out.pushNote})`}${out.attempts > 1 ? ` after ${out.attempts} attempts` : ''}`;
}

export function stagesTable(stages: StageReport[]): string {
  return table(
    ['stage', 'status', 'ms', 'detail'],
    stages.map((s) => [s.name, s.status, s.ms, s.detail.split('\n')[0]]),
  );
}
