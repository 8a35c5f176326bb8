import {
  POINTER_FILE,
  committedAtOf,
  defaultNamespace,
  describe,
  kubeConfigSource,
  kubernetesClient,
  loadKubeConfig,
  newestHistoryId,
  previousKnownGood,
  renderPointerDocument,
  statusOf
} from "./chunk-MSUMXUZ5.js";
import {
  require_dist
} from "./chunk-LKVCAJ3Z.js";
import {
  readArtifact,
  readRegistry
} from "./chunk-ZLBD6LEX.js";
import {
  canaryAsPointer
} from "./chunk-OUA4VDMS.js";
import {
  formatArtifactId,
  parseArtifactId
} from "./chunk-6XFSSTIM.js";
import {
  headSha,
  openRepo
} from "./chunk-GUPMF7TG.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";
import {
  __toESM
} from "./chunk-SE6IUDCK.js";

// src/serve/k8s.ts
var import_yaml = __toESM(require_dist(), 1);
var DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
async function renderConfigMap(o) {
  let repo = await openRepo(o.repo), { registry } = await readRegistry(repo.root);
  if (!(o.env in registry.environments))
    throw new MregError(
      "NOT_FOUND",
      `environment ${JSON.stringify(o.env)} is not in registry/registry.json (it has: ${Object.keys(registry.environments).join(", ")})`
    );
  let pointer = registry.environments[o.env] ?? null, { artifact, base } = pointer ? await pointerArtifacts(repo.root, o.env, pointer) : { artifact: null }, canary = pointer?.canary ? await canaryArtifacts(repo.root, o.env, pointer) : {}, revision = await headSha(repo) ?? "uncommitted", previous = previousKnownGood(registry.history, o.env, pointer), previousArtifact = previous ? await readArtifact(repo.root, previous) : void 0, document = renderPointerDocument({
    env: o.env,
    revision,
    pointer,
    artifact,
    base,
    historyId: newestHistoryId(registry.history),
    committedAt: committedAtOf(registry.history, o.env, pointer),
    previous,
    previousArtifact,
    ...canary
  }), name = o.name ?? `mreg-pointer-${o.env}`;
  if (!DNS_LABEL.test(name) || name.length > 253)
    throw new MregError(
      "USAGE",
      `ConfigMap name ${JSON.stringify(name)} is not a valid Kubernetes name (lowercase letters, digits and "-")`
    );
  let manifest = {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: {
      name,
      ...o.namespace ? { namespace: o.namespace } : {},
      labels: {
        "app.kubernetes.io/managed-by": "mreg",
        "app.kubernetes.io/component": "model-pointer",
        "mreg.dev/environment": labelValue(o.env)
      },
      annotations: {
        "mreg.dev/registry-revision": revision,
        "mreg.dev/history-id": String(document.history_id ?? 0),
        "mreg.dev/artifact": pointer ? formatArtifactId(pointer) : "none"
      }
    },
    data: {
      [POINTER_FILE]: JSON.stringify(document, null, 2) + `
`,
      environment: o.env,
      model: pointer?.model ?? "",
      version: pointer?.version ?? "",
      quantization: pointer?.quantization ?? "",
      artifact_id: pointer ? formatArtifactId(pointer) : "",
      canary_version: pointer?.canary?.version ?? "",
      canary_percent: pointer?.canary ? String(pointer.canary.percent) : "",
      revision
    }
  };
  return { yaml: (0, import_yaml.stringify)(manifest, { lineWidth: 0 }), manifest, document };
}
async function pointerArtifacts(root, env, pointer) {
  let artifact = await readArtifact(root, pointer);
  if (!artifact)
    throw new MregError(
      "NOT_FOUND",
      `${env} points at ${formatArtifactId(pointer)}, which has no metadata in registry/models/`
    );
  if (!artifact.base) return { artifact };
  let base = await readArtifact(root, parseArtifactId(artifact.base.id));
  if (!base)
    throw new MregError(
      "NOT_FOUND",
      `${formatArtifactId(pointer)} needs base ${artifact.base.id}, which has no metadata in registry/models/`
    );
  return { artifact, base };
}
async function canaryArtifacts(root, env, pointer) {
  let ref = canaryAsPointer(pointer, pointer.canary), canaryArtifact = await readArtifact(root, ref);
  if (!canaryArtifact)
    throw new MregError(
      "NOT_FOUND",
      `${env} runs the canary ${formatArtifactId(ref)}, which has no metadata in registry/models/`
    );
  if (!canaryArtifact.base) return { canaryArtifact };
  let canaryBase = await readArtifact(root, parseArtifactId(canaryArtifact.base.id));
  if (!canaryBase)
    throw new MregError(
      "NOT_FOUND",
      `the canary ${formatArtifactId(ref)} needs base ${canaryArtifact.base.id}, which has no metadata in registry/models/`
    );
  return { canaryArtifact, canaryBase };
}
function labelValue(v) {
  return v.replace(/[^A-Za-z0-9_.-]/g, "-").slice(0, 63);
}
async function applyConfigMap(o) {
  let env = o.environment ?? process.env, source = kubeConfigSource(env, "mreg k8s apply"), rendered = await renderConfigMap(o), k = await kubernetesClient(), kc = await loadKubeConfig(source), api = kc.makeApiClient(k.CoreV1Api), namespace = o.namespace ?? defaultNamespace(env, kc), meta = rendered.manifest.metadata, name = meta.name, ours = rendered.document.history_id ?? 0, body = (resourceVersion) => ({
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: {
      name,
      namespace,
      labels: meta.labels,
      annotations: meta.annotations,
      ...resourceVersion ? { resourceVersion } : {}
    },
    data: rendered.manifest.data
  }), where = `ConfigMap ${namespace}/${name}`, max = o.maxAttempts ?? 10;
  for (let attempt = 1; ; attempt++) {
    let current = null;
    try {
      current = await api.readNamespacedConfigMap({ name, namespace });
    } catch (err) {
      if (statusOf(err) !== 404) throw new MregError("SERVE", `reading ${where}: ${describe(err)}`);
    }
    let theirs = current ? clusterHistoryId(current.data?.[POINTER_FILE]) : null, base = { namespace, name, history_id: ours, cluster_history_id: theirs, attempts: attempt };
    if (current && theirs !== null && theirs > ours)
      return { ...base, outcome: "kept-newer", resource_version: current.metadata?.resourceVersion ?? null };
    if (current && current.data?.[POINTER_FILE] === rendered.manifest.data[POINTER_FILE])
      return { ...base, outcome: "unchanged", resource_version: current.metadata?.resourceVersion ?? null };
    try {
      let written = current ? await api.replaceNamespacedConfigMap({ name, namespace, body: body(current.metadata?.resourceVersion) }) : await api.createNamespacedConfigMap({ namespace, body: body() });
      return {
        ...base,
        outcome: current ? "replaced" : "created",
        resource_version: written.metadata?.resourceVersion ?? null
      };
    } catch (err) {
      if (statusOf(err) !== 409) throw new MregError("SERVE", `writing ${where}: ${describe(err)}`);
      if (attempt >= max)
        throw new MregError("CONFLICT", `${where} kept changing under ${max} attempts to write it; try again`);
    }
  }
}
function clusterHistoryId(text) {
  if (text === void 0) return null;
  try {
    let d = JSON.parse(text);
    return typeof d.history_id == "number" ? d.history_id : 0;
  } catch {
    return 0;
  }
}

export {
  renderConfigMap,
  applyConfigMap
};
