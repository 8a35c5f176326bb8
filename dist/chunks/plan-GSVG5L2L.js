import "./chunk-YLWCWBCQ.js";
import {
  MODEL_RE,
  QUANT_RE,
  VERSION_RE,
  compareVersions,
  formatArtifactId,
  quantizationFamily
} from "./chunk-6XFSSTIM.js";
import {
  gitRunner
} from "./chunk-GUPMF7TG.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";

// src/action/plan.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
async function addedMetadataFiles(root, base, head = "HEAD") {
  return (await gitRunner(root).raw([
    "diff",
    "-z",
    "--diff-filter=A",
    "--name-only",
    `${base}`,
    head,
    "--",
    "registry/models/*/*.json"
  ])).split("\0").filter(Boolean).sort();
}
async function resolveBase(root, base) {
  let git = gitRunner(root);
  return base && !/^0+$/.test(base) && await git.raw(["cat-file", "-e", `${base}^{commit}`]).then(
    () => !0,
    () => !1
  ) ? base : (await git.raw(["rev-parse", "HEAD^"])).trim();
}
async function readRef(root, file) {
  let data;
  try {
    data = JSON.parse(await readFile(path.join(root, file), "utf8"));
  } catch (err) {
    throw new MregError("INVALID_JSON", `${file}: not valid JSON (${err.message})`, {
      problems: [{ file, pointer: "", message: "not valid JSON" }]
    });
  }
  let o = data ?? {}, checks = [
    ["model", MODEL_RE],
    ["version", VERSION_RE],
    ["quantization", QUANT_RE]
  ];
  for (let [field, re] of checks) {
    let v = o[field];
    if (typeof v != "string" || !re.test(v))
      throw new MregError("SCHEMA", `${file}: /${field} must be a string matching ${re}, not ${JSON.stringify(v)}`, {
        problems: [{ file, pointer: `/${field}`, message: `must be a string matching ${re}` }]
      });
  }
  return { model: o.model, version: o.version, quantization: o.quantization };
}
function planCandidates(added) {
  let groups = /* @__PURE__ */ new Map();
  for (let ref of added) {
    let key = `${ref.model}\0${quantizationFamily(ref.quantization)}`;
    groups.set(key, [...groups.get(key) ?? [], ref]);
  }
  let candidates = [], superseded = [];
  for (let refs of groups.values()) {
    let sorted = [...refs].sort(
      (a, b) => compareVersions(a.version, b.version) || a.quantization.localeCompare(b.quantization)
    ), newest = sorted[sorted.length - 1];
    candidates.push(newest);
    for (let r of sorted.slice(0, -1)) superseded.push({ ref: r, by: newest });
  }
  return candidates.sort(
    (a, b) => compareVersions(a.version, b.version) || a.model.localeCompare(b.model) || a.quantization.localeCompare(b.quantization)
  ), { candidates, superseded };
}
async function planFromGit(root, base) {
  let from = await resolveBase(root, base), files = await addedMetadataFiles(root, from), refs = [];
  for (let f of files) refs.push(await readRef(root, f));
  return { ...planCandidates(refs), base: from };
}
function severalCandidatesMessage(plan, env) {
  let ids = plan.candidates.map(formatArtifactId);
  return `this push adds ${ids.length} artifacts of different models or quantization families (${ids.join(", ")}), and ${env} has one pointer: deploying them one after the other would leave ${env} on whichever ran last. Nothing was deployed. Deploy the one you want with \`mreg deploy MODEL VERSION --env ${env} --quantization Q\`, or merge the artifacts in separate pull requests.`;
}
export {
  addedMetadataFiles,
  planCandidates,
  planFromGit,
  resolveBase,
  severalCandidatesMessage
};
