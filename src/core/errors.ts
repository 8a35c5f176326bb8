/**
 * Typed errors with a stable code. Front ends map them to exit codes and messages;
 * the message always names the bad value, the file and the JSON pointer where there is one.
 */
export type ErrorCode =
  | 'USAGE'
  | 'INVALID_NAME'
  | 'INVALID_JSON'
  | 'SCHEMA'
  | 'NOT_FOUND'
  | 'EXISTS'
  | 'BLOCKED'
  | 'CONFLICT'
  | 'PRECONDITION'
  | 'NOTHING_TO_ROLL_BACK'
  | 'STORE'
  | 'INTEGRITY'
  | 'GGUF'
  | 'GATE_FAILED'
  | 'SMOKE_FAILED'
  | 'EVAL'
  | 'GIT'
  | 'SERVE'
  | 'INTERNAL';

export interface Problem {
  file: string;
  pointer: string;
  message: string;
  line?: number;
  column?: number;
}

export class MregError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: number;
  readonly problems: Problem[];

  constructor(code: ErrorCode, message: string, options: { problems?: Problem[]; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'MregError';
    this.code = code;
    this.exitCode = code === 'USAGE' ? 2 : 1;
    this.problems = options.problems ?? [];
  }
}

export function usage(message: string): MregError {
  return new MregError('USAGE', message);
}

/** Formats a problem as `file#/pointer: message` (with line:column for syntax errors). */
export function formatProblem(p: Problem): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  const pointer = p.pointer ? `#${p.pointer}` : '';
  return `${where}${pointer}: ${p.message}`;
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
