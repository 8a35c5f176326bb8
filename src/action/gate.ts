import { MregError } from '../core/errors.js';
import type { OpsContext } from '../ops/context.js';
import type { GateOutcome } from '../ops/pipeline.js';

/**
 * The `gate` command: measure a registered candidate against the environment's live model without
 * moving any pointer. The gate operation itself (src/ops/gate.ts) is not in this build yet; until it
 * is, the command says so plainly instead of pretending to pass.
 */
export interface GateCommandOptions {
  env: string;
  model: string;
  version: string;
  quantization?: string;
}

export async function runGateCommand(_ctx: OpsContext, o: GateCommandOptions): Promise<GateOutcome> {
  throw new MregError(
    'EVAL',
    `the gate command is not available in this build of the action (no gate operation); ${o.model} ${o.version} was not measured against ${o.env}`,
  );
}
