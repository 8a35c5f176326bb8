import { type ArtifactRef } from '../../core/naming.js';
import type { ArtifactMetadata } from '../../core/documents.js';
import { type PointerSource, type PointerUpdate } from '../pointer-source.js';
export interface FileSourceOptions {
    /** A `registry.json` / `pointer.json` file, or a folder holding one (a mounted ConfigMap). */
    path: string;
    env: string;
    /** Safety-net re-read interval; the folder watch is what makes a switch immediate. Default 2000. */
    pollMs?: number;
}
/**
 * Follows a file on local disk. It watches the FOLDER, never the file: a Kubernetes ConfigMap
 * mount replaces its content by swapping the `..data` symlink (the file's inode never changes, so
 * a watch on the file would miss it), and `mreg deploy` replaces registry.json by rename (a watch
 * on the old inode goes silent after the first change). Every folder event triggers a re-read;
 * the pointer is only emitted when the content changed. A periodic re-read covers file systems
 * where inotify does not work (NFS, some overlay mounts).
 */
export declare class FileSource implements PointerSource {
    private readonly o;
    readonly description: string;
    private readonly dir;
    private readonly explicitFile;
    private watcher;
    private timer;
    private debounce;
    private lastText;
    private readonly errors;
    private reading;
    private again;
    private closed;
    constructor(o: FileSourceOptions);
    /** registry.json beside a `models/` folder (a checkout's registry/) or a pointer document. */
    private file;
    start(onUpdate: (u: PointerUpdate) => void, onError: (err: Error) => void): Promise<void>;
    private kick;
    readMetadata(ref: ArtifactRef): Promise<ArtifactMetadata | undefined>;
    close(): Promise<void>;
}
