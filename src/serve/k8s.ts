import { stringify } from 'yaml';
import { MregError } from '../core/errors.js';
import { formatArtifactId, parseArtifactId } from '../core/naming.js';
import type { ArtifactMetadata } from '../core/types.js';
import { headSha, openRepo } from '../git/repo.js';
import { readArtifact, readRegistry } from '../state/read.js';
import { POINTER_FILE, renderPointerDocument, type PointerDocument } from './pointer.js';

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
export async function renderConfigMap(o: ConfigMapOptions): Promise<{ yaml: string; manifest: Record<string, unknown>; document: PointerDocument }> {
  const repo = await openRepo(o.repo);
  const { registry } = await readRegistry(repo.root);
  if (!(o.env in registry.environments)) {
    throw new MregError(
      'NOT_FOUND',
      `environment ${JSON.stringify(o.env)} is not in registry/registry.json (it has: ${Object.keys(registry.environments).join(', ')})`,
    );
  }
  const pointer = registry.environments[o.env] ?? null;
  let artifact: ArtifactMetadata | null = null;
  let base: ArtifactMetadata | undefined;
  if (pointer) {
    artifact = (await readArtifact(repo.root, pointer)) ?? null;
    if (!artifact) throw new MregError('NOT_FOUND', `${o.env} points at ${formatArtifactId(pointer)}, which has no metadata in registry/models/`);
    if (artifact.base) {
      base = await readArtifact(repo.root, parseArtifactId(artifact.base.id));
      if (!base) throw new MregError('NOT_FOUND', `${formatArtifactId(pointer)} needs base ${artifact.base.id}, which has no metadata in registry/models/`);
    }
  }
  const revision = (await headSha(repo)) ?? 'uncommitted';
  const document = renderPointerDocument({ env: o.env, revision, pointer, artifact, base });
  const name = o.name ?? `mreg-pointer-${o.env}`;
  if (!DNS_LABEL.test(name) || name.length > 253)
    throw new MregError('USAGE', `ConfigMap name ${JSON.stringify(name)} is not a valid Kubernetes name (lowercase letters, digits and "-")`);
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
      revision,
    },
  };
  return { yaml: stringify(manifest, { lineWidth: 0 }), manifest, document };
}

function labelValue(v: string): string {
  return v.replace(/[^A-Za-z0-9_.-]/g, '-').slice(0, 63);
}
