import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MregError } from '../../core/errors.js';
import { pollFloorMs, type PointerSource } from '../pointer-source.js';
import { FileSource } from './file-source.js';
import { GitSource, parseGitSpec } from './git-source.js';
import { HttpSource } from './http-source.js';
import { KubernetesSource } from './kubernetes-source.js';

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
export function openSource(spec: string, o: SourceOptions): PointerSource {
  if (!spec)
    throw new MregError('USAGE', '--source is required (a path, file:PATH, git+URL#BRANCH or an https:// URL)');
  if (spec.startsWith('git+')) {
    const { url, branch } = parseGitSpec(spec);
    return new GitSource({
      url,
      branch,
      env: o.env,
      cacheDir: o.cacheDir,
      pollMs: o.pollMs ?? Math.max(5000, pollFloorMs('git', url)),
    });
  }
  if (spec.startsWith('k8s:'))
    return new KubernetesSource({ spec, env: o.env, pollMs: o.pollMs, environment: o.environment });
  if (/^https?:\/\//.test(spec))
    return new HttpSource({
      url: spec,
      env: o.env,
      pollMs: o.pollMs ?? Math.max(5000, pollFloorMs('http', spec)),
      environment: o.environment,
    });
  let p = spec;
  if (spec.startsWith('file://')) p = fileURLToPath(spec);
  else if (spec.startsWith('file:')) p = spec.slice('file:'.length);
  else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec))
    throw new MregError(
      'USAGE',
      `unsupported source ${JSON.stringify(spec)}: expected a path, file:PATH, git+URL#BRANCH or http(s)://`,
    );
  return new FileSource({ path: path.resolve(o.cwd ?? process.cwd(), p), env: o.env, pollMs: o.pollMs ?? 2000 });
}
