import {
  CONFIG_FILE,
  resolveStoreUri
} from "./chunk-GMYYM25C.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

// src/ops/store-door.ts
var sameStore = (a, b) => a.replace(/\/+$/, "") === b.replace(/\/+$/, "");
function requireConfiguredStore(ctx) {
  let configured = resolveStoreUri(ctx.root, ctx.config.store);
  if (!sameStore(ctx.storeUri, configured))
    throw new MregError(
      "STORE",
      `the store given, ${ctx.storeUri}, is not the registry's store ${configured} (${CONFIG_FILE}#/store): servers and fetch read artifacts only from the registry's store, so nothing was changed; to move the registry to another store, change ${CONFIG_FILE} store (a commit of its own)`
    );
}

export {
  requireConfiguredStore
};
