
// src/ops/package-files.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var cached = null;
function packageRoot() {
  if (cached) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    let pkg = path.join(dir, "package.json");
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, "utf8")).name === "gitops-model-registry")
      return cached = dir;
    let up = path.dirname(dir);
    if (up === dir) throw new Error("cannot find the gitops-model-registry package folder");
    dir = up;
  }
}
var STARTER_SUITE = "eval/suite.json";
function defaultEvalFiles() {
  let root = packageRoot(), suite = readFileSync(path.join(root, STARTER_SUITE), "utf8"), files = { [STARTER_SUITE]: suite }, corpus = JSON.parse(suite).perplexity?.corpus_file;
  corpus && (files[`eval/${corpus}`] = readFileSync(path.join(root, "eval", corpus), "utf8"));
  let schema = path.join(root, "schemas", "eval-suite.schema.json");
  return existsSync(schema) && (files["schemas/eval-suite.schema.json"] = readFileSync(schema, "utf8")), files;
}

export {
  packageRoot,
  STARTER_SUITE,
  defaultEvalFiles
};
