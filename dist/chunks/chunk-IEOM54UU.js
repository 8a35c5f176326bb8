import {
  require_dist
} from "./chunk-LKVCAJ3Z.js";
import {
  packageRoot
} from "./chunk-ZWFAIWQW.js";
import {
  CONFIG_FILE
} from "./chunk-GMYYM25C.js";
import {
  __toESM
} from "./chunk-SE6IUDCK.js";

// src/ops/workflow-files.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
var WORKFLOW_DIR = ".github/workflows", REGISTRY_WORKFLOWS = ["registry-pr.yml", "deploy.yml", "rollback.yml", "canary.yml"], ACTIONLINT_CONFIG = ".github/actionlint.yaml", CANARY_RULE = { offers: (envs) => envs, why: "a canary can run in every environment", what: "canary" }, CHOICE_RULES = {
  rollback: { offers: (envs) => envs, why: "every environment can be rolled back" },
  // canary.yml's dispatch has one step per canary command over one choice list: reported once.
  "canary-check": CANARY_RULE,
  "canary-promote": CANARY_RULE,
  "canary-abort": CANARY_RULE,
  "canary-set": CANARY_RULE,
  promote: {
    offers: (envs) => envs.slice(1),
    why: "every environment after the first of the promotion order can be promoted to"
  }
};
function registryWorkflowFiles(environments, action = "./") {
  let root = packageRoot(), files = {};
  for (let name of REGISTRY_WORKFLOWS) {
    let doc = (0, import_yaml.parseDocument)(readFileSync(path.join(root, WORKFLOW_DIR, name), "utf8"));
    if ((name === "rollback.yml" || name === "canary.yml") && doc.setIn(["on", "workflow_dispatch", "inputs", "environment", "options"], environments), name === "deploy.yml") {
      let targets = environments.slice(1);
      targets.length ? (doc.setIn(["on", "workflow_dispatch", "inputs", "environment", "options"], targets), doc.setIn(["on", "workflow_dispatch", "inputs", "environment", "default"], targets[0])) : (doc.deleteIn(["on", "workflow_dispatch"]), doc.deleteIn(["jobs", "promote"]));
    }
    action !== "./" && replaceUses(doc, action), files[`${WORKFLOW_DIR}/${name}`] = doc.toString({ lineWidth: 0, flowCollectionPadding: !1 });
  }
  return files[ACTIONLINT_CONFIG] = readFileSync(path.join(root, ACTIONLINT_CONFIG), "utf8"), files;
}
function replaceUses(doc, action) {
  let jobs = doc.get("jobs");
  if ((0, import_yaml.isMap)(jobs))
    for (let job of jobs.items) {
      let steps = (0, import_yaml.isMap)(job.value) ? job.value.get("steps") : null;
      if ((0, import_yaml.isSeq)(steps))
        for (let step of steps.items) (0, import_yaml.isMap)(step) && step.get("uses") === "./" && step.set("uses", action);
    }
}
function isRegistryAction(uses) {
  return typeof uses == "string" && (uses === "./" || /(^|\/)gitops-model-registry(@|\/|$)/.test(uses));
}
function workflowProblems(root, environments) {
  let dir = path.join(root, WORKFLOW_DIR);
  if (!existsSync(dir)) return [];
  let problems = [];
  for (let name of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    let file = `${WORKFLOW_DIR}/${name}`, lines = new import_yaml.LineCounter(), doc = (0, import_yaml.parseDocument)(readFileSync(path.join(dir, name), "utf8"), { lineCounter: lines });
    if (doc.errors.length) continue;
    let at = (node) => {
      let range = node?.range;
      if (!range) return {};
      let { line, col } = lines.linePos(range[0]);
      return { line, column: col };
    }, choicePath = ["on", "workflow_dispatch", "inputs", "environment"], choice = doc.getIn(choicePath, !0), options = doc.getIn([...choicePath, "options"], !0), jobs = doc.get("jobs");
    if ((0, import_yaml.isMap)(jobs))
      for (let job of jobs.items) {
        let steps = (0, import_yaml.isMap)(job.value) ? job.value.get("steps") : null;
        if ((0, import_yaml.isSeq)(steps))
          for (let step of steps.items) {
            if (!(0, import_yaml.isMap)(step) || !isRegistryAction(step.get("uses"))) continue;
            let w = step.get("with", !0);
            if (!(0, import_yaml.isMap)(w)) continue;
            let command = String(w.get("command") ?? ""), envNode = w.get("environment", !0), env = (0, import_yaml.isScalar)(envNode) ? String(envNode.value ?? "") : "";
            env && !env.includes("${{") && !environments.includes(env) && problems.push({
              file,
              pointer: `/jobs/${String(job.key)}`,
              message: `${command} targets environment ${env}, which is not in ${CONFIG_FILE} environments (${environments.join(", ")})`,
              ...at(envNode)
            });
            let rule = CHOICE_RULES[command];
            if (!rule || !/\binputs\.environment\b/.test(env) || !(0, import_yaml.isMap)(choice)) continue;
            let what = rule.what ?? command, offered = (0, import_yaml.isSeq)(options) ? options.items.map((o) => (0, import_yaml.isScalar)(o) ? String(o.value) : String(o)) : [], expected = rule.offers(environments), pointer = "/on/workflow_dispatch/inputs/environment/options";
            (0, import_yaml.isSeq)(options) && options.items.forEach((o, i) => {
              let v = (0, import_yaml.isScalar)(o) ? String(o.value) : String(o);
              if (!expected.includes(v)) {
                let known = environments.includes(v);
                problems.push({
                  file,
                  pointer: `${pointer}/${i}`,
                  message: known ? `${what} offers ${v}, which cannot be a ${what} target (${rule.why}: ${expected.join(", ") || "none"})` : `${what} offers environment ${v}, which is not in ${CONFIG_FILE} environments (${environments.join(", ")}): the run would fail`,
                  ...at(o)
                });
              }
            });
            let missing = expected.filter((e) => !offered.includes(e));
            missing.length && problems.push({
              file,
              pointer,
              message: `${what} does not offer ${missing.join(", ")} from ${CONFIG_FILE} environments (${rule.why}); \`mreg init\` writes the choices from the config`,
              ...at((0, import_yaml.isSeq)(options) ? options : choice)
            });
          }
      }
  }
  let seen = /* @__PURE__ */ new Set();
  return problems.filter((p) => {
    let k = `${p.file}\0${p.pointer}\0${p.message}`;
    return seen.has(k) ? !1 : (seen.add(k), !0);
  });
}

export {
  WORKFLOW_DIR,
  REGISTRY_WORKFLOWS,
  ACTIONLINT_CONFIG,
  registryWorkflowFiles,
  workflowProblems
};
