import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Role, RoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1';
import { ConfigMap, Service, ServiceAccount } from 'kubernetes-models/v1';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { parsePointerText } from '../../src/serve/pointer-source.js';
import { ROOT, mreg, mregJson } from '../helpers/cli.js';
import { StandInApiServer } from './k8s-api-server.js';
import { makeRepo, registerFake, type TestRepo } from '../helpers/repo.js';

const K8S_DIR = path.join(ROOT, 'deploy', 'k8s');

function manifests(): Array<{ file: string; doc: any }> {
  return readdirSync(K8S_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((file) =>
      parseAllDocuments(readFileSync(path.join(K8S_DIR, file), 'utf8')).map((d) => ({ file, doc: d.toJS() })),
    );
}

describe('deploy/k8s manifests', () => {
  it('validate against the Kubernetes schemas', () => {
    const all = manifests();
    expect(all.map((m) => `${m.file}:${m.doc.kind}`).sort()).toEqual([
      'canary-watcher.yaml:Deployment',
      'canary-watcher.yaml:Role',
      'canary-watcher.yaml:RoleBinding',
      'canary-watcher.yaml:ServiceAccount',
      'llama-server-agent.yaml:Deployment',
      'llama-server-agent.yaml:Service',
      'mreg-serve.yaml:Deployment',
      'mreg-serve.yaml:Service',
      'rbac-pointer-watch.yaml:Role',
      'rbac-pointer-watch.yaml:RoleBinding',
      'rbac-pointer-watch.yaml:ServiceAccount',
      'rbac-pointer-writer.yaml:Role',
      'rbac-pointer-writer.yaml:RoleBinding',
      'rbac-pointer-writer.yaml:ServiceAccount',
    ]);
    const models: Record<string, new (d: any) => { validate(): void }> = {
      Deployment,
      Service,
      ServiceAccount,
      Role,
      RoleBinding,
    };
    for (const { doc } of all) new models[doc.kind](doc).validate();
  });

  it('run one canary watcher per environment that may write the pointer ConfigMap and push with a token kept out of argv', () => {
    const all = manifests().filter((m) => m.file === 'canary-watcher.yaml');
    const deployment = all.find((m) => m.doc.kind === 'Deployment')!.doc;
    expect(deployment.spec.replicas).toBe(1);
    expect(deployment.spec.strategy.type).toBe('Recreate');
    const spec = deployment.spec.template.spec;
    const watcher = spec.containers[0];
    expect(watcher.args.slice(0, 2)).toEqual(['canary', 'watch']);
    expect(watcher.args).toContain('--keep-watching');
    expect(watcher.args[watcher.args.indexOf('--prometheus') + 1]).toMatch(/^https?:\/\//);
    const binding = all.find((m) => m.doc.kind === 'RoleBinding')!.doc;
    expect(binding.subjects[0].name).toBe(spec.serviceAccountName);
    const role = all.find((m) => m.doc.kind === 'Role' && m.doc.metadata.name === binding.roleRef.name)!.doc;
    expect(role.rules[0]).toMatchObject({ resources: ['configmaps'], verbs: ['get', 'create', 'update'] });
    for (const c of [...spec.initContainers, watcher]) {
      expect(JSON.stringify([c.args, c.command])).not.toMatch(/token|extraheader/i);
      expect(c.env.find((e: any) => e.name === 'GIT_CONFIG_VALUE_0').valueFrom.secretKeyRef.key).toBe('extraheader');
    }
  });

  it('follow the pointer ConfigMap (an API watch with its RBAC, or a folder mount, never subPath), probe /health, keep a cache volume, get scraped', () => {
    const all = manifests();
    const followers = all.filter((m) => m.doc.kind === 'Deployment' && m.file !== 'canary-watcher.yaml');
    for (const { file, doc } of followers) {
      const spec = doc.spec.template.spec;
      const cacheVolume = spec.volumes.find((v: any) => v.name === 'cache');
      expect(cacheVolume, file).toBeDefined();
      const mreg = spec.containers.find((c: any) => c.args?.[0] === 'serve' || c.args?.[0] === 'agent');
      expect(mreg, file).toBeDefined();
      for (const c of spec.containers)
        for (const m of c.volumeMounts ?? []) expect(m.subPath, `${file} ${c.name}`).toBeUndefined();
      const source = mreg.args[mreg.args.indexOf('--source') + 1];
      if (source.startsWith('k8s:')) {
        expect(source).toBe('k8s:mreg-pointer-production');
        const sa = all.find((m) => m.doc.kind === 'ServiceAccount' && m.doc.metadata.name === spec.serviceAccountName);
        expect(sa, file).toBeDefined();
        const binding = all.find(
          (m) => m.doc.kind === 'RoleBinding' && m.doc.subjects.some((s: any) => s.name === spec.serviceAccountName),
        )!.doc;
        const role = all.find((m) => m.doc.kind === 'Role' && m.doc.metadata.name === binding.roleRef.name)!.doc;
        expect(role.rules[0].verbs).toEqual(expect.arrayContaining(['list', 'watch']));
        // Each pod's own spread delay comes from its name.
        expect(mreg.env.find((e: any) => e.name === 'POD_NAME').valueFrom.fieldRef.fieldPath).toBe('metadata.name');
        expect(Number(mreg.args[mreg.args.indexOf('--rollout-spread') + 1])).toBeGreaterThan(0);
      } else {
        const pointerVolume = spec.volumes.find((v: any) => v.configMap);
        expect(pointerVolume?.configMap.name, file).toBe('mreg-pointer-production');
        const mount = mreg.volumeMounts.find((m: any) => m.name === pointerVolume.name);
        expect(source).toBe(mount.mountPath);
      }
      const annotations = doc.spec.template.metadata.annotations;
      expect(annotations['prometheus.io/scrape'], file).toBe('true');
      expect(annotations['prometheus.io/path'], file).toBe('/metrics');
      expect(mreg.args[mreg.args.indexOf('--port') + 1], file).toBe(annotations['prometheus.io/port']);
      expect(mreg.volumeMounts.find((m: any) => m.name === 'cache').mountPath).toBe(
        mreg.args[mreg.args.indexOf('--cache') + 1],
      );
      expect(mreg.readinessProbe.httpGet.path).toMatch(/^\/health/);
      expect(mreg.args).toContain('--host');
    }
  });
});

describe('mreg k8s configmap', () => {
  let repo: TestRepo;
  beforeAll(async () => {
    repo = await makeRepo({ gate: false });
    await registerFake(repo, 'llama3', '2.0.0');
  });
  afterAll(async () => {
    await repo?.cleanup();
  });

  it('renders a valid ConfigMap whose pointer.json is everything a loader needs', async () => {
    const empty = await mregJson(['--repo', repo.work, 'k8s', 'configmap', '--env', 'production']);
    new ConfigMap(empty).validate();
    expect(parsePointerText(empty.data['pointer.json'], 'pointer.json', 'production').pointer).toBeNull();

    const d = await mreg([
      '--repo',
      repo.work,
      'deploy',
      'llama3',
      '2.0.0',
      '--env',
      'production',
      '--skip-gate',
      '--reason',
      'test',
    ]);
    expect(d.code, d.stderr).toBe(0);
    const r = await mreg(['--repo', repo.work, 'k8s', 'configmap', '--env', 'production', '--namespace', 'models']);
    expect(r.code, r.stderr).toBe(0);
    const cm = parseAllDocuments(r.stdout)[0].toJS();
    new ConfigMap(cm).validate();
    expect(cm.metadata).toMatchObject({ name: 'mreg-pointer-production', namespace: 'models' });
    const head = repo.git(['rev-parse', 'HEAD']).trim();
    expect(cm.metadata.annotations['mreg.dev/registry-revision']).toBe(head);
    expect(cm.data).toMatchObject({
      environment: 'production',
      model: 'llama3',
      version: '2.0.0',
      artifact_id: 'llama3-v2.0.0-q4km',
      revision: head,
    });
    const u = parsePointerText(cm.data['pointer.json'], 'pointer.json', 'production');
    const meta = JSON.parse(
      readFileSync(path.join(repo.work, 'registry/models/llama3/llama3-v2.0.0-q4km.json'), 'utf8'),
    );
    expect(u).toMatchObject({ revision: head, pointer: { model: 'llama3', version: '2.0.0', quantization: 'q4km' } });
    expect(u.metadata?.artifact).toEqual(meta.artifact);
    // Another environment's loader refuses it rather than serving the wrong pointer.
    expect(() => parsePointerText(cm.data['pointer.json'], 'pointer.json', 'staging')).toThrow(/production/);
  });

  it('apply writes the ConfigMap with optimistic concurrency; an older registry state never replaces a newer one', async () => {
    const api = new StandInApiServer();
    await api.start();
    const env = { MREG_K8S_API: api.url, MREG_K8S_TOKEN: 'deployer' };
    const apply = (extra: string[] = []) =>
      mregJson(['--repo', repo.work, 'k8s', 'apply', '--env', 'production', '--namespace', 'models', ...extra], {
        env,
      });
    const pointerOf = () => JSON.parse(api.get('models', 'mreg-pointer-production')!.data!['pointer.json']);
    try {
      // The test above left production on 2.0.0.
      await registerFake(repo, 'llama3', '3.0.0');
      const older = repo.git(['rev-parse', 'HEAD']).trim();
      const d3 = await mreg([
        '--repo',
        repo.work,
        'deploy',
        'llama3',
        '3.0.0',
        '--env',
        'production',
        '--skip-gate',
        '--reason',
        'test',
      ]);
      expect(d3.code, d3.stderr).toBe(0);
      const newer = repo.git(['rev-parse', 'HEAD']).trim();

      const created = await apply();
      expect(created).toMatchObject({
        outcome: 'created',
        namespace: 'models',
        name: 'mreg-pointer-production',
        cluster_history_id: null,
      });
      const doc = pointerOf();
      expect(doc).toMatchObject({
        revision: newer,
        history_id: created.history_id,
        pointer: { version: '3.0.0' },
        previous: { version: '2.0.0' },
      });
      expect(doc.previous_artifact.artifact.uri).toContain('2.0.0');
      expect(typeof doc.committed_at).toBe('string');
      expect(api.requests.every((r) => r.auth === 'Bearer deployer')).toBe(true);
      expect(await apply()).toMatchObject({ outcome: 'unchanged' });

      // A late writer: a workflow run that checked out the older registry commit applies after the newer one.
      repo.git(['checkout', '--quiet', older]);
      const rv = api.get('models', 'mreg-pointer-production')!.metadata.resourceVersion;
      const late = await apply();
      expect(late).toMatchObject({ outcome: 'kept-newer', cluster_history_id: created.history_id });
      expect(late.history_id).toBeLessThan(created.history_id);
      expect(api.get('models', 'mreg-pointer-production')!.metadata.resourceVersion).toBe(rv);
      expect(pointerOf().pointer.version).toBe('3.0.0');

      // A writer racing between our read and our write: the stale resourceVersion gets 409 and
      // the newer state it wrote is read and kept.
      repo.git(['checkout', '--quiet', newer]);
      const racer = JSON.parse(JSON.stringify(api.get('models', 'mreg-pointer-production')!.data));
      racer['pointer.json'] = JSON.stringify({ ...pointerOf(), history_id: created.history_id + 5, revision: 'racer' });
      repo.git(['commit', '--quiet', '--allow-empty', '-m', 'unrelated']);
      api.interfere = () => api.put('models', 'mreg-pointer-production', racer);
      const raced = await apply();
      expect(raced).toMatchObject({ outcome: 'kept-newer', attempts: 2 });
      expect(pointerOf().revision).toBe('racer');
      expect(api.requests.filter((r) => r.kind === 'replace').length).toBeGreaterThanOrEqual(1);

      const skipped = await mregJson(
        ['--repo', repo.work, 'k8s', 'apply', '--env', 'production', '--skip-without-cluster'],
        {
          env: { MREG_K8S_API: '', KUBECONFIG: '/nonexistent', KUBERNETES_SERVICE_HOST: '' },
        },
      );
      expect(skipped).toEqual({ outcome: 'skipped' });
    } finally {
      repo.git(['checkout', '--quiet', 'main']);
      await api.close();
    }
  });

  it('refuses unknown environments and subcommands', async () => {
    expect((await mreg(['--repo', repo.work, 'k8s', 'configmap', '--env', 'nope'])).stderr).toContain('nope');
    expect((await mreg(['--repo', repo.work, 'k8s', 'secret', '--env', 'production'])).code).toBe(2);
  });
});
