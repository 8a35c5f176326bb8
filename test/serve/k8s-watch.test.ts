import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArtifactMetadata } from '../../src/core/documents.js';
import { renderPointerDocument, type PointerUpdate } from '../../src/serve/pointer-source.js';
import { KubernetesSource } from '../../src/serve/sources/kubernetes-source.js';
import { waitFor } from './helpers.js';
import { StandInApiServer } from './k8s-api-server.js';

function meta(version: string): ArtifactMetadata {
  return {
    model: 'm',
    version,
    quantization: 'f32',
    base_model: 'm',
    benchmark_score: null,
    created_at: '2026-01-01T00:00:00.000Z',
    parent_version: null,
    kind: 'gguf',
    status: 'active',
    artifact: { uri: `file:///store/m/v${version}/m-v${version}-f32.gguf`, sha256: 'a'.repeat(64), size: 10 },
  };
}

function data(version: string, historyId: number): Record<string, string> {
  const doc = renderPointerDocument({
    env: 'production',
    revision: `commit-${version}-${historyId}`,
    pointer: { model: 'm', version, quantization: 'f32', history_id: historyId },
    artifact: meta(version),
    historyId,
  });
  return { 'pointer.json': JSON.stringify(doc) };
}

/**
 * The k8s: source on the official client against a stand-in API server with list/watch
 * semantics (resourceVersion, replay, 410 Gone after compaction, bookmarks).
 */
describe('k8s: source (Kubernetes API list + watch)', () => {
  let api: StandInApiServer;
  let source: KubernetesSource | null = null;
  const updates: PointerUpdate[] = [];
  const errors: string[] = [];
  beforeEach(async () => {
    api = new StandInApiServer();
    await api.start();
    updates.length = 0;
    errors.length = 0;
  });
  afterEach(async () => {
    await source?.close();
    source = null;
    await api.close();
  });

  async function follow(): Promise<KubernetesSource> {
    source = new KubernetesSource({
      spec: 'k8s:models/mreg-pointer-production',
      env: 'production',
      environment: { MREG_K8S_API: api.url, MREG_K8S_TOKEN: 'sa-token' },
      rewatchMs: 20,
    });
    await source.start(
      (u) => updates.push(u),
      (e) => errors.push(e.message),
    );
    return source;
  }

  it('lists, watches from the list resourceVersion, follows MODIFIED, sends the bearer token', async () => {
    api.put('models', 'other', { 'pointer.json': '{}' });
    api.put('models', 'mreg-pointer-production', data('1.0.0', 1));
    await follow();
    expect(updates.map((u) => u.pointer?.version)).toEqual(['1.0.0']);
    expect(updates[0]).toMatchObject({ revision: 'commit-1.0.0-1', historyId: 1 });
    expect(updates[0].metadata?.artifact.size).toBe(10);
    await waitFor('a watch', async () => api.watchCount === 1);
    const list = api.requests.find((r) => r.kind === 'list')!;
    expect(list.query.fieldSelector).toBe('metadata.name=mreg-pointer-production');
    const watch = api.requests.find((r) => r.kind === 'watch')!;
    expect(watch.query).toMatchObject({
      resourceVersion: '2',
      allowWatchBookmarks: 'true',
      fieldSelector: 'metadata.name=mreg-pointer-production',
    });

    api.put('models', 'other', { 'pointer.json': '{}' }); // not ours: filtered out by the selector
    api.put('models', 'mreg-pointer-production', data('2.0.0', 2));
    await waitFor('2.0.0', async () => updates.length === 2);
    expect(updates[1].pointer?.version).toBe('2.0.0');
    expect(api.requests.every((r) => r.auth === 'Bearer sa-token')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('resumes an ended watch from the last resourceVersion without re-listing; a change made meanwhile is replayed', async () => {
    api.put('models', 'mreg-pointer-production', data('1.0.0', 1));
    await follow();
    await waitFor('a watch', async () => api.watchCount === 1);
    api.endWatches();
    api.put('models', 'mreg-pointer-production', data('2.0.0', 2)); // while no watch is open
    await waitFor('2.0.0 replayed', async () => updates.length === 2);
    expect(updates[1].pointer?.version).toBe('2.0.0');
    const watches = api.requests.filter((r) => r.kind === 'watch');
    expect(watches[1].query.resourceVersion).toBe('1');
    expect(api.requests.filter((r) => r.kind === 'list')).toHaveLength(1);
  });

  it('410 Gone (compacted resourceVersion): lists again and watches from the new one', async () => {
    api.put('models', 'mreg-pointer-production', data('1.0.0', 1));
    await follow();
    await waitFor('a watch', async () => api.watchCount === 1);
    api.endWatches();
    api.put('models', 'mreg-pointer-production', data('1.0.1', 2));
    api.put('models', 'mreg-pointer-production', data('0.9.0', 3)); // a rollback, then history compacted
    api.compact();
    await waitFor('the re-list', async () => updates.length === 2);
    expect(updates[1].pointer?.version).toBe('0.9.0'); // the newest state, the intermediate one skipped
    await waitFor('a watch from the re-list', async () => api.watchCount === 1);
    const kinds = api.requests.map((r) => r.kind);
    expect(kinds.filter((k) => k === 'list')).toHaveLength(2);
    expect(api.requests.filter((r) => r.kind === 'watch').at(-1)!.query.resourceVersion).toBe('3');
    expect(errors).toEqual([]);
  });

  it('bookmarks move the resourceVersion on, so a watch resumed after compaction needs no re-list', async () => {
    api.put('models', 'mreg-pointer-production', data('1.0.0', 1));
    api.put('models', 'unrelated', {});
    await follow();
    await waitFor('a watch', async () => api.watchCount === 1);
    // Other objects changed (the watch is filtered, so it only learns of that through a bookmark).
    for (let i = 0; i < 3; i++) api.put('models', 'unrelated', { i: String(i) });
    api.bookmark();
    await new Promise((r) => setTimeout(r, 100));
    api.compact();
    api.endWatches();
    await waitFor(
      'the resumed watch',
      async () => api.requests.filter((r) => r.kind === 'watch').length === 2 && api.watchCount === 1,
    );
    expect(api.requests.filter((r) => r.kind === 'watch')[1].query.resourceVersion).toBe(String(api.resourceVersion));
    expect(api.requests.filter((r) => r.kind === 'list')).toHaveLength(1);
  });

  it('reads a kubeconfig (KUBECONFIG, current context, its token)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mreg-kubeconfig-'));
    const file = path.join(dir, 'config');
    writeFileSync(
      file,
      [
        'apiVersion: v1',
        'kind: Config',
        `clusters: [{name: c, cluster: {server: "${api.url}", insecure-skip-tls-verify: true}}]`,
        'users: [{name: u, user: {token: kubeconfig-token}}]',
        'contexts: [{name: x, context: {cluster: c, user: u, namespace: models}}]',
        'current-context: x',
      ].join('\n'),
    );
    api.put('models', 'mreg-pointer-production', data('1.0.0', 1));
    source = new KubernetesSource({
      spec: 'k8s:mreg-pointer-production',
      env: 'production',
      environment: { KUBECONFIG: file },
    });
    await source.start(
      (u) => updates.push(u),
      (e) => errors.push(e.message),
    );
    expect(source.description).toBe('k8s:mreg-pointer-production');
    expect(updates.map((u) => u.pointer?.version)).toEqual(['1.0.0']);
    expect(api.requests[0]).toMatchObject({
      path: '/api/v1/namespaces/models/configmaps',
      auth: 'Bearer kubeconfig-token',
    });
  });

  it('refuses malformed specs and a missing configuration', () => {
    expect(
      () =>
        new KubernetesSource({
          spec: 'k8s:Bad_Name',
          env: 'production',
          environment: { MREG_K8S_API: 'http://127.0.0.1:1' },
        }),
    ).toThrow(/k8s:NAME/);
    expect(
      () => new KubernetesSource({ spec: 'k8s:x', env: 'production', environment: { HOME: '/nonexistent' } }),
    ).toThrow(/KUBECONFIG.*MREG_K8S_API/);
  });
});
