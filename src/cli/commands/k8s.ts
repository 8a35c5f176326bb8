import { MregError } from '../../core/errors.js';
import { applyConfigMap, renderConfigMap } from '../../serve/k8s.js';
import { kubeConfigSource } from '../../serve/sources/kubernetes-source.js';
import { bool, reqStr, str, type Command } from '../command.js';

export const k8sCommand: Command = {
  name: 'k8s',
  summary:
    "Kubernetes: `mreg k8s configmap --env ENV` renders the environment's pointer ConfigMap (YAML on stdout); `mreg k8s apply --env ENV` writes it through the API.",
  usage: 'configmap|apply --env ENV [--name NAME] [--namespace NS] [--skip-without-cluster]',
  description:
    'The ConfigMap carries pointer.json (the pointer, the artifact uri/sha256/size, the registry commit and history id, the previous known-good version), so ' +
    '"mreg serve --source k8s:NS/NAME" (an API watch) or "--source /etc/mreg/pointer" (a mounted folder, never subPath) in a pod needs neither the repository nor the store metadata.\n' +
    'apply uses the kubeconfig (KUBECONFIG or ~/.kube/config, with its auth plugins), the pod service account inside a cluster, or MREG_K8S_API/MREG_K8S_TOKEN. ' +
    'It writes with optimistic concurrency (resourceVersion) and never replaces a pointer from a newer registry state (larger history id) with an older one: ' +
    'outcome kept-newer says so and exits 0.',
  positionals: { min: 1, max: 1, names: ['SUBCOMMAND'] },
  options: {
    env: { type: 'string', description: 'environment whose pointer to render or apply', placeholder: 'ENV' },
    name: { type: 'string', description: 'ConfigMap name (default mreg-pointer-ENV)', placeholder: 'NAME' },
    namespace: {
      type: 'string',
      description:
        'namespace (configmap: metadata.namespace, default none; apply: default $MREG_K8S_NAMESPACE, the pod or kubeconfig context namespace)',
      placeholder: 'NS',
    },
    'skip-without-cluster': {
      type: 'boolean',
      description:
        'apply: succeed without doing anything when no cluster is configured (no kubeconfig, MREG_K8S_API or service account)',
    },
  },
  async run(args, io) {
    const sub = args.positionals[0];
    const o = {
      repo: io.repo,
      env: reqStr(args, 'env', `k8s ${sub}`),
      name: str(args, 'name'),
      namespace: str(args, 'namespace'),
    };
    if (sub === 'configmap') {
      const r = await renderConfigMap(o);
      return { text: r.yaml, json: r.manifest, document: true };
    }
    if (sub === 'apply') {
      if (bool(args, 'skip-without-cluster')) {
        try {
          kubeConfigSource(io.env, 'mreg k8s apply');
        } catch (err) {
          if (err instanceof MregError && err.code === 'USAGE')
            return { text: 'skipped: no cluster configured', json: { outcome: 'skipped' } };
          throw err;
        }
      }
      const r = await applyConfigMap({ ...o, environment: io.env });
      const what = `ConfigMap ${r.namespace}/${r.name}`;
      const text =
        r.outcome === 'kept-newer'
          ? `${what} already holds a newer registry state (history id ${r.cluster_history_id} > ${r.history_id}); left as it is`
          : r.outcome === 'unchanged'
            ? `${what} already holds this pointer (history id ${r.history_id})`
            : `${what} ${r.outcome} (history id ${r.history_id}, resourceVersion ${r.resource_version})`;
      return { text, json: r };
    }
    throw new MregError('USAGE', `mreg k8s: unknown subcommand ${JSON.stringify(sub)} (expected: configmap, apply)`);
  },
};
