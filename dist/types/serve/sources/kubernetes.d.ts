import { type PointerSource, type PointerUpdate } from '../pointer.js';
export interface KubernetesSourceOptions {
    /** `k8s:NAME` or `k8s:NAMESPACE/NAME` (the ConfigMap `mreg k8s configmap` renders). */
    spec: string;
    env: string;
    /** Safety-net re-read (a watch can die silently behind some proxies). Default 30000. */
    pollMs?: number;
    environment?: NodeJS.ProcessEnv;
}
/**
 * Watches the pointer ConfigMap through the Kubernetes API: a GET for the current object, then a
 * watch from its resourceVersion, so a `kubectl apply` of a new pointer reaches the loader in well
 * under a second, instead of the kubelet's 60-120 s volume sync. Plain HTTPS against the API
 * server (no client library): one GET and one long-lived streaming GET.
 * Needs RBAC: get, list and watch on configmaps in the namespace.
 */
export declare class KubernetesSource implements PointerSource {
    private readonly o;
    readonly description: string;
    private readonly namespace;
    private readonly name;
    private readonly api;
    private closed;
    private resourceVersion;
    private lastText;
    private readonly errors;
    private watchRes;
    private timer;
    private reconnect;
    constructor(o: KubernetesSourceOptions);
    private request;
    private getObject;
    private emit;
    private list;
    private watch;
    start(onUpdate: (u: PointerUpdate) => void, onError: (err: Error) => void): Promise<void>;
    close(): Promise<void>;
}
