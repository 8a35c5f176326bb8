import { type PointerSource } from '../pointer-source.js';
export { FileSource } from './file-source.js';
export { GitSource, parseGitSpec } from './git-source.js';
export { HttpSource, authHeaders } from './http-source.js';
export { KubernetesSource } from './kubernetes-source.js';
export interface SourceOptions {
    env: string;
    cacheDir: string;
    /** Poll interval for git and http; the safety-net re-read for files. */
    pollMs?: number;
    /** Relative file paths resolve against this. */
    cwd?: string;
    environment?: NodeJS.ProcessEnv;
}
/**
 * `--source`: `file:registry/registry.json`, `file:///abs/path`, a plain path (file or folder),
 * `git+file:///srv/registry.git#main`, `git+https://github.com/o/r.git#main`, `https://...`,
 * `k8s:NAMESPACE/CONFIGMAP` (a watch through the Kubernetes API).
 */
export declare function openSource(spec: string, o: SourceOptions): PointerSource;
