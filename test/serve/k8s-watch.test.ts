import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { ArtifactMetadata } from '../../src/core/types.js';
import { renderPointerDocument, type PointerUpdate } from '../../src/serve/pointer.js';
import { KubernetesSource } from '../../src/serve/sources/kubernetes.js';
import { waitFor } from './helpers.js';

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

function configMap(version: string, rv: number) {
  const doc = renderPointerDocument({
    env: 'production',
    revision: `commit-${version}`,
    pointer: { model: 'm', version, quantization: 'f32', history_id: rv },
    artifact: meta(version),
  });
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'mreg-pointer-production', namespace: 'models', resourceVersion: String(rv) },
    data: { 'pointer.json': JSON.stringify(doc) },
  };
}

/**
 * A stand-in API server speaking the two calls the source makes: GET the ConfigMap, and a
 * streaming watch (newline-delimited JSON events) the test writes to.
 */
describe('k8s: source (Kubernetes API watch)', () => {
  it('reads the ConfigMap, follows MODIFIED events, re-lists after 410 Gone, sends the bearer token', async () => {
    let current = configMap('1.0.0', 1);
    const watches: ServerResponse[] = [];
    const requests: Array<{ url: string; auth?: string }> = [];
    const server = createServer((req, res) => {
      requests.push({ url: req.url!, auth: req.headers.authorization });
      const u = new URL(req.url!, 'http://x');
      if (u.pathname === '/api/v1/namespaces/models/configmaps/mreg-pointer-production') return res.end(JSON.stringify(current));
      if (u.pathname === '/api/v1/namespaces/models/configmaps' && u.searchParams.get('watch') === '1') {
        expect(u.searchParams.get('fieldSelector')).toBe('metadata.name=mreg-pointer-production');
        res.writeHead(200, { 'content-type': 'application/json' });
        res.flushHeaders();
        watches.push(res);
        return;
      }
      res.statusCode = 404;
      res.end('{}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const source = new KubernetesSource({
      spec: 'k8s:models/mreg-pointer-production',
      env: 'production',
      environment: { MREG_K8S_API: api, MREG_K8S_TOKEN: 'sa-token' },
    });
    const updates: PointerUpdate[] = [];
    const errors: string[] = [];
    try {
      await source.start(
        (u) => updates.push(u),
        (e) => errors.push(e.message),
      );
      expect(updates.map((u) => u.pointer?.version)).toEqual(['1.0.0']);
      expect(updates[0].revision).toBe('commit-1.0.0');
      expect(updates[0].metadata?.artifact.size).toBe(10);

      await waitFor('a watch', async () => watches.length === 1);
      expect(requests.find((r) => r.url.includes('watch=1'))!.url).toContain('resourceVersion=1');
      current = configMap('2.0.0', 2);
      watches[0].write(JSON.stringify({ type: 'MODIFIED', object: current }) + '\n');
      await waitFor('2.0.0', async () => updates.length === 2);
      expect(updates[1].pointer?.version).toBe('2.0.0');

      // The API server expires our resourceVersion: list again, watch again, keep following.
      watches[0].end(JSON.stringify({ type: 'ERROR', object: { kind: 'Status', code: 410 } }) + '\n');
      current = configMap('1.0.0', 3); // a rollback happened meanwhile
      await waitFor('the rollback seen by the re-list', async () => updates.length === 3);
      expect(updates[2].pointer?.version).toBe('1.0.0');
      await waitFor('a second watch', async () => watches.length === 2);
      expect(requests.every((r) => r.auth === 'Bearer sa-token')).toBe(true);
    } finally {
      await source.close();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });

  it('refuses malformed specs', () => {
    expect(() => new KubernetesSource({ spec: 'k8s:Bad_Name', env: 'production', environment: { MREG_K8S_API: 'http://127.0.0.1:1' } })).toThrow(/k8s:NAME/);
    expect(() => new KubernetesSource({ spec: 'k8s:x', env: 'production', environment: {} })).toThrow(/MREG_K8S_API/);
  });
});
