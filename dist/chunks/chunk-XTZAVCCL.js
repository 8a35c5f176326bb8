
// src/core/history.ts
var OlderHistoryNeeded = class extends Error {
  constructor(why) {
    super(`the answer needs the archived history (${why})`);
    this.why = why;
  }
};
function historyComplete(registry) {
  let first = registry.archive?.[0];
  return !first || registry.history.length > 0 && registry.history[0].id <= first.first_id;
}
function needOlder(registry, why) {
  if (!historyComplete(registry)) throw new OlderHistoryNeeded(why);
}
function findEntry(registry, id) {
  let h = registry.history;
  for (let i = h.length - 1; i >= 0; i--) if (h[i].id === id) return h[i];
  return needOlder(registry, `history entry ${id}`), null;
}
function newestId(registry) {
  let max = registry.archive?.length ? registry.archive[registry.archive.length - 1].last_id : 0;
  for (let e of registry.history) e.id > max && (max = e.id);
  return max;
}

export {
  OlderHistoryNeeded,
  needOlder,
  findEntry,
  newestId
};
