import {
  RefusedWithNextStep
} from "./chunk-S2HYHD6V.js";

// src/cli/hints.ts
function hintFor(err) {
  for (let e = err; e instanceof Error; e = e.cause)
    if (e instanceof RefusedWithNextStep) return nextStepLine(e.next);
  return null;
}
function nextStepLine(next) {
  switch (next.kind) {
    case "rollback-to": {
      let which = next.versions.length ? ` (rolled back before: ${next.versions.join(", ")})` : "";
      return `to return to a version anyway, name it: mreg rollback --env ${next.env} --to VERSION${which}`;
    }
    case "skip-gate":
      return `to ${next.command} without a gate verdict, say why (recorded): mreg ${next.command} ... --skip-gate --reason TEXT`;
    case "block-rollback":
      return `to roll back every environment that runs it and then block it, in one step: mreg block ${next.id} --rollback --reason TEXT`;
    case "quantization":
      return `name one: --quantization Q (registered: ${next.quantizations.join(", ")})`;
    case "canary-open":
      return `make the canary stable: mreg canary promote --env ${next.env}; or remove it: mreg canary abort --env ${next.env}`;
  }
}
function closest(name, candidates) {
  let prefixed = candidates.filter((c) => c.startsWith(name));
  if (prefixed.length === 1) return prefixed[0];
  let best = null, bestDistance = 1 / 0;
  for (let c of candidates) {
    let d = editDistance(name, c);
    d < bestDistance && ([best, bestDistance] = [c, d]);
  }
  return best && bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? best : null;
}
function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

export {
  hintFor,
  closest
};
