import type { OpsContext } from '../state/context.js';
/**
 * Writers (publish, register, deploy, rollback, promote) work only with the store the registry
 * names: servers and `fetch` read artifacts from there alone, so an artifact registered or a
 * pointer committed against another store would be refused later, far from its cause. Checked
 * first, before anything is uploaded, downloaded or committed.
 */
export declare function requireConfiguredStore(ctx: OpsContext): void;
