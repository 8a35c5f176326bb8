import { stringify } from 'yaml';
import { MregError } from '../core/errors.js';
import { formatArtifactId, parseArtifactId } from '../core/naming.js';
import type { ArtifactMetadata, Pointer } from '../core/documents.js';
import { canaryAsPointer } from '../core/canary.js';
import { headSha, openRepo } from '../git/repo.js';
import { readArtifact, readRegistry } from '../state/read.js';
import {
  POINTER_FILE,
  committedAtOf,
  newestHistoryId,
  previousKnownGood,
  renderPointerDocument,
  type PointerDocument,
} from './pointer-source.js';
import {
  defaultNamespace,
  describe,
  kubeConfigSource,
  kubernetesClient,
  loadKubeConfig,
  statusOf,
} from './sources/kubernetes-source.js';

export interface ConfigMapOptions {
  repo: string;
  env: string;
  name?: string;
  namespace?: string;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * The ConfigMap a deploy workflow applies after moving a pointer. `pointer.json` is the whole
 * story for a loader in the cluster (pointer + artifact uri/sha256/size + the registry commit),
 * so pods need neither the repository nor git credentials; the flat keys are for humans,
 * `kubectl get -o yaml` and env injection.
 */
export async function renderConfigMap(
  o: ConfigMapOptions,
): Promise<{ yaml: string; manifest: Record<string, unknown>; document: PointerDocument }> {
  const repo = await openRepo(o.repo);
  const { registry } = await readRegistry(repo.root);
  if (!(o.env in registry.environments)) {
    throw new MregError(
      'NOT_FOUND',
      `environment ${JSON.stringify(o.env)} is not in registry/registry.json (it has: ${Object.keys(registry.environments).join(', ')})`,
    );
  }
  const pointer = registry.environments[o.env] ?? null;
  const { artifact, base } = pointer ? await pointerArtifacts(repo.root, o.env, pointer) : { artifact: null };
  const canary = pointer?.canary ? await canaryArtifacts(repo.root, o.env, pointer) : {};
  const revision = (await headSha(repo)) ?? 'uncommitted';
  const previous = previousKnownGood(registry.history, o.env, pointer);
  const previousArtifact = previous ? await readArtifact(repo.root, previous) : undefined;
  const document = renderPointerDocument({
    env: o.env,
    revision,
    pointer,
    artifact,
    base,
    historyId: newestHistoryId(registry.history),
    committedAt: committedAtOf(registry.history, o.env, pointer),
    previous,
    previousArtifact,
    ...canary,
  });
  const name = o.name ?? `mreg-pointer-${o.env}`;
  if (!DNS_LABEL.test(name) || name.length > 253)
    throw new MregError(
      'USAGE',
      `ConfigMap name ${JSON.stringify(name)} is not a valid Kubernetes name (lowercase letters, digits and "-")`,
    );
  const manifest = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name,
      ...(o.namespace ? { namespace: o.namespace } : {}),
      labels: {
        'app.kubernetes.io/managed-by': 'mreg',
        'app.kubernetes.io/component': 'model-pointer',
        'mreg.dev/environment': labelValue(o.env),
      },
      annotations: {
        'mreg.dev/registry-revision': revision,
        'mreg.dev/history-id': String(document.history_id ?? 0),
        'mreg.dev/artifact': pointer ? formatArtifactId(pointer) : 'none',
      },
    },
    data: {
      [POINTER_FILE]: JSON.stringify(document, null, 2) + '\n',
      environment: o.env,
      model: pointer?.model ?? '',
      version: pointer?.version ?? '',
      quantization: pointer?.quantization ?? '',
      artifact_id: pointer ? formatArtifactId(pointer) : '',
      canary_version: pointer?.canary?.version ?? '',
      canary_percent: pointer?.canary ? String(pointer.canary.percent) : '',
      revision,
    },
  };
  return { yaml: stringify(manifest, { lineWidth: 0 }), manifest, document };
}

/** The stable version's metadata, and a LoRA adapter's base. */
async function pointerArtifacts(
  root: string,
  env: string,
  pointer: Pointer,
): Promise<{ artifact: ArtifactMetadata; base?: ArtifactMetadata }> {
  const artifact = await readArtifact(root, pointer);
  if (!artifact)
    throw new MregError(
      'NOT_FOUND',
      `${env} points at ${formatArtifactId(pointer)}, which has no metadata in registry/models/`,
    );
  if (!artifact.base) return { artifact };
  const base = await readArtifact(root, parseArtifactId(artifact.base.id));
  if (!base)
    throw new MregError(
      'NOT_FOUND',
      `${formatArtifactId(pointer)} needs base ${artifact.base.id}, which has no metadata in registry/models/`,
    );
  return { artifact, base };
}

/** The canary's metadata (and a LoRA canary's base), carried so that canary pods need no repository. */
async function canaryArtifacts(
  root: string,
  env: string,
  pointer: Pointer,
): Promise<{ canaryArtifact: ArtifactMetadata; canaryBase?: ArtifactMetadata }> {
  const ref = canaryAsPointer(pointer, pointer.canary!);
  const canaryArtifact = await readArtifact(root, ref);
  if (!canaryArtifact)
    throw new MregError(
      'NOT_FOUND',
      `${env} runs the canary ${formatArtifactId(ref)}, which has no metadata in registry/models/`,
    );
  if (!canaryArtifact.base) return { canaryArtifact };
  const canaryBase = await readArtifact(root, parseArtifactId(canaryArtifact.base.id));
  if (!canaryBase)
    throw new MregError(
      'NOT_FOUND',
      `the canary ${formatArtifactId(ref)} needs base ${canaryArtifact.base.id}, which has no metadata in registry/models/`,
    );
  return { canaryArtifact, canaryBase };
}

function labelValue(v: string): string {
  return v.replace(/[^A-Za-z0-9_.-]/g, '-').slice(0, 63);
}

export interface ApplyResult {
  /** created, replaced, unchanged (same pointer document), or kept-newer (the cluster has a newer one). */
  outcome: 'created' | 'replaced' | 'unchanged' | 'kept-newer';
  namespace: string;
  name: string;
  history_id: number;
  /** The history id already in the cluster, when there was a ConfigMap. */
  cluster_history_id: number | null;
  resource_version: string | null;
  attempts: number;
}

/**
 * Writes the environment's pointer ConfigMap through the Kubernetes API (kubeconfig with its auth
 * plugins, the pod's service account, or MREG_K8S_API), with optimistic concurrency: read the
 * object, decide, then create (409 AlreadyExists) or replace with the resourceVersion read (409
 * Conflict when someone wrote in between), and on a conflict read and decide again. The decision
 * compares the registry history id in the documents: a writer holding an older registry state
 * (a late workflow run) never puts its pointer over a newer one.
 */
export async function applyConfigMap(
  o: ConfigMapOptions & { environment?: NodeJS.ProcessEnv; maxAttempts?: number },
): Promise<ApplyResult> {
  const env = o.environment ?? process.env;
  const source = kubeConfigSource(env, 'mreg k8s apply');
  const rendered = await renderConfigMap(o);
  const k = await kubernetesClient();
  const kc = await loadKubeConfig(source);
  const api = kc.makeApiClient(k.CoreV1Api);
  const namespace = o.namespace ?? defaultNamespace(env, kc);
  const meta = rendered.manifest.metadata as {
    name: string;
    labels: Record<string, string>;
    annotations: Record<string, string>;
  };
  const name = meta.name;
  const ours = rendered.document.history_id ?? 0;
  const body = (resourceVersion?: string) => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name,
      namespace,
      labels: meta.labels,
      annotations: meta.annotations,
      ...(resourceVersion ? { resourceVersion } : {}),
    },
    data: rendered.manifest.data as Record<string, string>,
  });
  const where = `ConfigMap ${namespace}/${name}`;
  const max = o.maxAttempts ?? 10;
  for (let attempt = 1; ; attempt++) {
    let current: { metadata?: { resourceVersion?: string }; data?: Record<string, string> } | null = null;
    try {
      current = await api.readNamespacedConfigMap({ name, namespace });
    } catch (err) {
      if (statusOf(err) !== 404) throw new MregError('SERVE', `reading ${where}: ${describe(err)}`);
    }
    const theirs = current ? clusterHistoryId(current.data?.[POINTER_FILE]) : null;
    const base = { namespace, name, history_id: ours, cluster_history_id: theirs, attempts: attempt };
    if (current && theirs !== null && theirs > ours)
      return { ...base, outcome: 'kept-newer', resource_version: current.metadata?.resourceVersion ?? null };
    if (current && current.data?.[POINTER_FILE] === (rendered.manifest.data as Record<string, string>)[POINTER_FILE])
      return { ...base, outcome: 'unchanged', resource_version: current.metadata?.resourceVersion ?? null };
    try {
      const written = current
        ? await api.replaceNamespacedConfigMap({ name, namespace, body: body(current.metadata?.resourceVersion) })
        : await api.createNamespacedConfigMap({ namespace, body: body() });
      return {
        ...base,
        outcome: current ? 'replaced' : 'created',
        resource_version: written.metadata?.resourceVersion ?? null,
      };
    } catch (err) {
      if (statusOf(err) !== 409) throw new MregError('SERVE', `writing ${where}: ${describe(err)}`);
      if (attempt >= max)
        throw new MregError('CONFLICT', `${where} kept changing under ${max} attempts to write it; try again`);
      // Someone wrote in between: read again and decide again.
    }
  }
}

/** The registry history id a ConfigMap's pointer document carries (0 for a document without one). */
function clusterHistoryId(text: string | undefined): number | null {
  if (text === undefined) return null;
  try {
    const d = JSON.parse(text) as { history_id?: unknown };
    return typeof d.history_id === 'number' ? d.history_id : 0;
  } catch {
    return 0;
  }
}
