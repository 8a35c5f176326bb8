import type { BackendName } from '../eval/suite-metrics.js';
import type { OpsContext } from '../state/context.js';
import type { GateReport } from './gate.js';
export interface CompareOptions {
    /** The reference: what the candidate is measured against. */
    baseline: string;
    candidate: string;
    suitePath?: string;
    backend?: BackendName;
}
/** The name that stands for "no environment" in the gate's report and notes. */
export declare const COMPARE_ENV = "compare";
/**
 * Two registered versions measured against each other by the gate, exactly as a deploy would
 * measure a candidate against its baseline (the same suite, thresholds, paired sampling and
 * quantization allowances), without reading or moving any environment's pointer: the baseline is
 * given, not found in a history, and nothing is committed.
 */
export declare function compareVersions(ctx: OpsContext, o: CompareOptions): Promise<GateReport>;
