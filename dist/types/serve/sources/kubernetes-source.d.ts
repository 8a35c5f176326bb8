import type { KubeConfig } from '@kubernetes/client-node';
import { type PointerSource, type PointerUpdate } from '../pointer-source.js';
/** The official client, loaded on first use: nothing but a `k8s:` source or `mreg k8s apply` needs it. */
type Client = typeof import('@kubernetes/client-node');
export declare function kubernetesClient(): Promise<Client>;
/**
 * Where the API server and credentials come from, decided without touching the network:
 * 1. MREG_K8S_API (+ MREG_K8S_TOKEN): an explicit URL, e.g. `kubectl proxy`'s http://127.0.0.1:8001;
 * 2. inside a pod (KUBERNETES_SERVICE_HOST): the service account's token and CA;
 * 3. a kubeconfig (KUBECONFIG, else ~/.kube/config), current context, with its auth plugins
 *    (exec credential plugins such as `aws eks get-token`, `gke-gcloud-auth-plugin`, OIDC).
 */
export type KubeConfigSource = {
    kind: 'url';
    server: string;
    token?: string;
} | {
    kind: 'cluster';
} | {
    kind: 'file';
    file: string;
};
export declare function kubeConfigSource(env: NodeJS.ProcessEnv, what: string): KubeConfigSource;
export declare function loadKubeConfig(src: KubeConfigSource): Promise<KubeConfig>;
/** The namespace: explicit, else MREG_K8S_NAMESPACE, the pod's own, the kubeconfig context's, `default`. */
export declare function defaultNamespace(env: NodeJS.ProcessEnv, kc?: KubeConfig): string;
/** The HTTP status of a failed client call (ApiException.code, a watch error's statusCode). */
export declare function statusOf(err: unknown): number | undefined;
export interface KubernetesSourceOptions {
    /** `k8s:NAME` or `k8s:NAMESPACE/NAME` (the ConfigMap `mreg k8s configmap|apply` writes). */
    spec: string;
    env: string;
    /**
     * Safety-net re-list (a watch can go silent behind some proxies), in ms. Default 300000; never
     * below 60000: the watch is what follows, and a thousand pods re-listing often is a load of its own.
     */
    pollMs?: number;
    environment?: NodeJS.ProcessEnv;
    /** Delay before re-watching after a watch ended (default 500 ms; jittered up to twice that). */
    rewatchMs?: number;
}
/** The smallest safety-net re-list interval a k8s: source accepts. */
export declare const K8S_MIN_RELIST_MS = 60000;
/**
 * Follows the pointer ConfigMap through the Kubernetes API with the official client: a list
 * (narrowed to the one object by a field selector) for the current state and its
 * resourceVersion, then a watch from that resourceVersion with bookmarks, so a write reaches the
 * follower within a second instead of the kubelet's 60-120 s volume sync. A watch that ends is
 * resumed from the last resourceVersion seen (events or bookmarks); 410 Gone (the version was
 * compacted away) means list again and watch from there. Needs RBAC: list and watch on configmaps.
 */
export declare class KubernetesSource implements PointerSource {
    private readonly o;
    readonly description: string;
    private readonly namespace;
    private readonly name;
    private readonly config;
    private readonly env;
    private ns;
    private kc;
    private api;
    private closed;
    private resourceVersion;
    private lastText;
    private readonly errors;
    private abort;
    private timer;
    private reconnect;
    /** Requests made, by kind, for the fleet benchmark and the logs. */
    readonly requests: {
        list: number;
        watch: number;
    };
    constructor(o: KubernetesSourceOptions);
    private emit;
    private list;
    private watch;
    start(onUpdate: (u: PointerUpdate) => void, onError: (err: Error) => void): Promise<void>;
    close(): Promise<void>;
}
/** A client error in one line: the API's Status message when there is one. */
export declare function describe(err: unknown): string;
export {};
