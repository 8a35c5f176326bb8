import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from '../core/errors.js';
import { CONFIG_FILE } from '../state/config.js';
import { packageRoot } from './package-files.js';

/**
 * The registry's workflows (pull-request gate, deploy/promote, rollback, canary), written by `mreg init`
 * from this package's own `.github/workflows/` with the environment choices of the registry being
 * created, and the check `mreg validate` runs on them: a choice list that names an environment the
 * registry does not have fails the run it starts, and one that leaves an environment out leaves
 * nobody a button to roll it back.
 */
export const WORKFLOW_DIR = '.github/workflows';
export const REGISTRY_WORKFLOWS = ['registry-pr.yml', 'deploy.yml', 'rollback.yml', 'canary.yml'] as const;
export const ACTIONLINT_CONFIG = '.github/actionlint.yaml';

/** Commands whose `environment` input comes from a dispatch choice, and the environments it must offer. */
const CANARY_RULE = { offers: (envs: string[]) => envs, why: 'a canary can run in every environment', what: 'canary' };
const CHOICE_RULES: Record<string, { offers: (envs: string[]) => string[]; why: string; what?: string }> = {
  rollback: { offers: (envs) => envs, why: 'every environment can be rolled back' },
  // canary.yml's dispatch has one step per canary command over one choice list: reported once.
  'canary-check': CANARY_RULE,
  'canary-promote': CANARY_RULE,
  'canary-abort': CANARY_RULE,
  'canary-set': CANARY_RULE,
  promote: {
    offers: (envs) => envs.slice(1),
    why: 'every environment after the first of the promotion order can be promoted to',
  },
};

/**
 * The registry's workflows for `environments` (promotion order). `action` is what their steps `uses:`:
 * `./` in a repository that holds the action itself (this template), else `OWNER/REPO@REF`.
 */
export function registryWorkflowFiles(environments: string[], action = './'): Record<string, string> {
  const root = packageRoot();
  const files: Record<string, string> = {};
  for (const name of REGISTRY_WORKFLOWS) {
    const doc = parseDocument(readFileSync(path.join(root, WORKFLOW_DIR, name), 'utf8'));
    if (name === 'rollback.yml' || name === 'canary.yml')
      doc.setIn(['on', 'workflow_dispatch', 'inputs', 'environment', 'options'], environments);
    if (name === 'deploy.yml') {
      const targets = environments.slice(1);
      if (targets.length) {
        doc.setIn(['on', 'workflow_dispatch', 'inputs', 'environment', 'options'], targets);
        doc.setIn(['on', 'workflow_dispatch', 'inputs', 'environment', 'default'], targets[0]);
      } else {
        // One environment: nothing to promote to.
        doc.deleteIn(['on', 'workflow_dispatch']);
        doc.deleteIn(['jobs', 'promote']);
      }
    }
    if (action !== './') replaceUses(doc, action);
    files[`${WORKFLOW_DIR}/${name}`] = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  }
  // actionlint's runner labels (the self-hosted `gpu` runner), so a stock actionlint passes them too.
  files[ACTIONLINT_CONFIG] = readFileSync(path.join(root, ACTIONLINT_CONFIG), 'utf8');
  return files;
}

function replaceUses(doc: Document, action: string): void {
  const jobs = doc.get('jobs');
  if (!isMap(jobs)) return;
  for (const job of jobs.items) {
    const steps = isMap(job.value) ? job.value.get('steps') : null;
    if (!isSeq(steps)) continue;
    for (const step of steps.items) if (isMap(step) && step.get('uses') === './') step.set('uses', action);
  }
}

/** A step of this action: `uses: ./` here, `OWNER/gitops-model-registry@REF` elsewhere. */
function isRegistryAction(uses: unknown): boolean {
  return typeof uses === 'string' && (uses === './' || /(^|\/)gitops-model-registry(@|\/|$)/.test(uses));
}

/**
 * Problems of the workflows in `root`/.github/workflows against the configured environments:
 * an `environment` choice that offers an unknown environment or leaves out one it must offer, and
 * a literal `environment:` the registry does not have. Line and column point at the YAML node.
 */
export function workflowProblems(root: string, environments: string[]): Problem[] {
  const dir = path.join(root, WORKFLOW_DIR);
  if (!existsSync(dir)) return [];
  const problems: Problem[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    const file = `${WORKFLOW_DIR}/${name}`;
    const lines = new LineCounter();
    const doc = parseDocument(readFileSync(path.join(dir, name), 'utf8'), { lineCounter: lines });
    if (doc.errors.length) continue; // not ours to lint: GitHub (and actionlint) report YAML errors
    const at = (node: unknown): { line?: number; column?: number } => {
      const range = (node as { range?: [number, number, number] } | null)?.range;
      if (!range) return {};
      const { line, col } = lines.linePos(range[0]);
      return { line, column: col };
    };
    const choicePath = ['on', 'workflow_dispatch', 'inputs', 'environment'];
    const choice = doc.getIn(choicePath, true);
    const options = doc.getIn([...choicePath, 'options'], true);
    const jobs = doc.get('jobs');
    if (!isMap(jobs)) continue;
    for (const job of jobs.items) {
      const steps = isMap(job.value) ? job.value.get('steps') : null;
      if (!isSeq(steps)) continue;
      for (const step of steps.items) {
        if (!isMap(step) || !isRegistryAction(step.get('uses'))) continue;
        const w = step.get('with', true);
        if (!isMap(w)) continue;
        const command = String(w.get('command') ?? '');
        const envNode = w.get('environment', true);
        const env = isScalar(envNode) ? String(envNode.value ?? '') : '';
        if (env && !env.includes('${{') && !environments.includes(env)) {
          problems.push({
            file,
            pointer: `/jobs/${String(job.key)}`,
            message: `${command} targets environment ${env}, which is not in ${CONFIG_FILE} environments (${environments.join(', ')})`,
            ...at(envNode),
          });
        }
        const rule = CHOICE_RULES[command];
        if (!rule || !/\binputs\.environment\b/.test(env) || !isMap(choice)) continue;
        const what = rule.what ?? command;
        const offered = isSeq(options) ? options.items.map((o) => (isScalar(o) ? String(o.value) : String(o))) : [];
        const expected = rule.offers(environments);
        const pointer = '/on/workflow_dispatch/inputs/environment/options';
        if (isSeq(options)) {
          options.items.forEach((o, i) => {
            const v = isScalar(o) ? String(o.value) : String(o);
            if (!expected.includes(v)) {
              const known = environments.includes(v);
              problems.push({
                file,
                pointer: `${pointer}/${i}`,
                message: known
                  ? `${what} offers ${v}, which cannot be a ${what} target (${rule.why}: ${expected.join(', ') || 'none'})`
                  : `${what} offers environment ${v}, which is not in ${CONFIG_FILE} environments (${environments.join(', ')}): the run would fail`,
                ...at(o),
              });
            }
          });
        }
        const missing = expected.filter((e) => !offered.includes(e));
        if (missing.length) {
          problems.push({
            file,
            pointer,
            message: `${what} does not offer ${missing.join(', ')} from ${CONFIG_FILE} environments (${rule.why}); \`mreg init\` writes the choices from the config`,
            ...at(isSeq(options) ? options : choice),
          });
        }
      }
    }
  }
  // The same choice list is met once per step that uses it: report it once.
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.file}\0${p.pointer}\0${p.message}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}
