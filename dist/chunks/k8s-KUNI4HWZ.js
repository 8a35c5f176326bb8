import {
  applyConfigMap,
  renderConfigMap
} from "./chunk-6WFVGIKL.js";
import {
  bool,
  reqStr,
  str
} from "./chunk-EAOWGWAA.js";
import {
  kubeConfigSource
} from "./chunk-MSUMXUZ5.js";
import "./chunk-LKVCAJ3Z.js";
import "./chunk-ZLBD6LEX.js";
import "./chunk-OUA4VDMS.js";
import "./chunk-OKGDWLLR.js";
import "./chunk-RFVOFJFX.js";
import "./chunk-S2HYHD6V.js";
import "./chunk-XTZAVCCL.js";
import "./chunk-6XFSSTIM.js";
import "./chunk-GMYYM25C.js";
import "./chunk-NJIZENZ6.js";
import "./chunk-VFSO6U6C.js";
import "./chunk-GUPMF7TG.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";
import "./chunk-SE6IUDCK.js";

// src/cli/commands/k8s.ts
var k8sCommand = {
  name: "k8s",
  summary: "Kubernetes: `mreg k8s configmap --env ENV` renders the environment's pointer ConfigMap (YAML on stdout); `mreg k8s apply --env ENV` writes it through the API.",
  usage: "configmap|apply --env ENV [--name NAME] [--namespace NS] [--skip-without-cluster]",
  description: `The ConfigMap carries pointer.json (the pointer, the artifact uri/sha256/size, the registry commit and history id, the previous known-good version), so "mreg serve --source k8s:NS/NAME" (an API watch) or "--source /etc/mreg/pointer" (a mounted folder, never subPath) in a pod needs neither the repository nor the store metadata.
apply uses the kubeconfig (KUBECONFIG or ~/.kube/config, with its auth plugins), the pod service account inside a cluster, or MREG_K8S_API/MREG_K8S_TOKEN. It writes with optimistic concurrency (resourceVersion) and never replaces a pointer from a newer registry state (larger history id) with an older one: outcome kept-newer says so and exits 0.`,
  positionals: { min: 1, max: 1, names: ["SUBCOMMAND"] },
  options: {
    env: { type: "string", description: "environment whose pointer to render or apply", placeholder: "ENV" },
    name: { type: "string", description: "ConfigMap name (default mreg-pointer-ENV)", placeholder: "NAME" },
    namespace: {
      type: "string",
      description: "namespace (configmap: metadata.namespace, default none; apply: default $MREG_K8S_NAMESPACE, the pod or kubeconfig context namespace)",
      placeholder: "NS"
    },
    "skip-without-cluster": {
      type: "boolean",
      description: "apply: succeed without doing anything when no cluster is configured (no kubeconfig, MREG_K8S_API or service account)"
    }
  },
  async run(args, io) {
    let sub = args.positionals[0], o = {
      repo: io.repo,
      env: reqStr(args, "env", `k8s ${sub}`),
      name: str(args, "name"),
      namespace: str(args, "namespace")
    };
    if (sub === "configmap") {
      let r = await renderConfigMap(o);
      return { text: r.yaml, json: r.manifest, document: !0 };
    }
    if (sub === "apply") {
      if (bool(args, "skip-without-cluster"))
        try {
          kubeConfigSource(io.env, "mreg k8s apply");
        } catch (err) {
          if (err instanceof MregError && err.code === "USAGE")
            return { text: "skipped: no cluster configured", json: { outcome: "skipped" } };
          throw err;
        }
      let r = await applyConfigMap({ ...o, environment: io.env }), what = `ConfigMap ${r.namespace}/${r.name}`;
      return { text: r.outcome === "kept-newer" ? `${what} already holds a newer registry state (history id ${r.cluster_history_id} > ${r.history_id}); left as it is` : r.outcome === "unchanged" ? `${what} already holds this pointer (history id ${r.history_id})` : `${what} ${r.outcome} (history id ${r.history_id}, resourceVersion ${r.resource_version})`, json: r };
    }
    throw new MregError("USAGE", `mreg k8s: unknown subcommand ${JSON.stringify(sub)} (expected: configmap, apply)`);
  }
};
export {
  k8sCommand
};
