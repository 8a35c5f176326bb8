import { describe, expect, it } from 'vitest';
import { MregError } from '../../src/core/errors.js';
import { RefusedWithNextStep } from '../../src/core/rules.js';
import { PipelineError } from '../../src/ops/pipeline.js';
import { closest, hintFor } from '../../src/cli/hints.js';
import { snakeKeys } from '../../src/cli/snake.js';

describe('the CLI names what to type next', () => {
  it('a refusal with a next step gets the exact flags, also when a pipeline stage wraps it', () => {
    const rollback = new RefusedWithNextStep('NOTHING_TO_ROLL_BACK', 'nothing earlier', {
      kind: 'rollback-to',
      env: 'production',
      versions: ['1.0.0'],
    });
    expect(hintFor(rollback)).toBe(
      'to return to a version anyway, name it: mreg rollback --env production --to VERSION (rolled back before: 1.0.0)',
    );
    const gate = new RefusedWithNextStep('GATE_FAILED', 'gate fail', { kind: 'skip-gate', command: 'promote' });
    expect(hintFor(new PipelineError(gate, [], null))).toMatch(/mreg promote \.\.\. --skip-gate --reason TEXT$/);
    expect(
      hintFor(new RefusedWithNextStep('PRECONDITION', 'live', { kind: 'block-rollback', id: 'm-v1.0.0-q4km' })),
    ).toMatch(/mreg block m-v1\.0\.0-q4km --rollback --reason TEXT/);
    expect(hintFor(new MregError('USAGE', 'plain'))).toBeNull();
  });

  it('"did you mean" for slips and prefixes, nothing for words far from any command', () => {
    const names = ['deploy', 'rollback', 'history', 'status', 'serve', 'list', 'show'];
    expect(closest('deplyo', names)).toBe('deploy');
    expect(closest('rolback', names)).toBe('rollback');
    expect(closest('hist', names)).toBe('history');
    expect(closest('nonsense', names)).toBeNull();
  });

  it('--json keys are snake_case; keys that are data (paths, trailers) are kept', () => {
    expect(
      snakeKeys({
        createdRepository: true,
        nested: [{ historyId: 1, 'Mreg-Action': 'deploy', '/tmp/aB.gguf': 'x', tokens_per_s: 2 }],
      }),
    ).toEqual({
      created_repository: true,
      nested: [{ history_id: 1, 'Mreg-Action': 'deploy', '/tmp/aB.gguf': 'x', tokens_per_s: 2 }],
    });
  });
});
