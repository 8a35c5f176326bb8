import type { PairedOptions, PairedResult } from './paired.js';
import type { EvalSession } from './session.js';
import type { EvalSuite } from './suite.js';
export interface BlockSides {
    open: (side: 'candidate' | 'baseline') => Promise<EvalSession>;
    /** Quality of each side, measured in its first block's session. */
    quality: (side: 'candidate' | 'baseline', s: EvalSession) => Promise<void>;
    /** Asked once both qualities are known: a reason to stop before any block (quality already failed). */
    skip: () => string | null;
}
/** Blocks until every metric is decided or the time allowed (the budget stretched to its most) is spent. */
export declare function measureInBlocks(suite: EvalSuite, sides: BlockSides, o: PairedOptions): Promise<PairedResult & {
    skipped?: string;
}>;
