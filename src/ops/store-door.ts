import { MregError } from '../core/errors.js';
import { CONFIG_FILE, resolveStoreUri } from '../state/config.js';
import type { OpsContext } from '../state/context.js';

const sameStore = (a: string, b: string) => a.replace(/\/+$/, '') === b.replace(/\/+$/, '');

/**
 * Writers (publish, register, deploy, rollback, promote) work only with the store the registry
 * names: servers and `fetch` read artifacts from there alone, so an artifact registered or a
 * pointer committed against another store would be refused later, far from its cause. Checked
 * first, before anything is uploaded, downloaded or committed.
 */
export function requireConfiguredStore(ctx: OpsContext): void {
  const configured = resolveStoreUri(ctx.root, ctx.config.store);
  if (sameStore(ctx.storeUri, configured)) return;
  throw new MregError(
    'STORE',
    `the store given, ${ctx.storeUri}, is not the registry's store ${configured} (${CONFIG_FILE}#/store): servers and fetch read artifacts only from the registry's store, so nothing was changed; to move the registry to another store, change ${CONFIG_FILE} store (a commit of its own)`,
  );
}
