import { watch, type FSWatcher } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { MregError, errorMessage } from '../../core/errors.js';
import { metadataPath, type ArtifactRef } from '../../core/naming.js';
import type { ArtifactMetadata } from '../../core/documents.js';
import { parseMetadata } from '../../core/schema.js';
import {
  POINTER_FILE,
  parsePointerText,
  type PointerSource,
  type PointerUpdate,
  ErrorOnce,
} from '../pointer-source.js';

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
export class FileSource implements PointerSource {
  readonly description: string;
  private readonly dir: string;
  private readonly explicitFile: string | null;
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private debounce: NodeJS.Timeout | null = null;
  private lastText: string | null = null;
  private readonly errors = new ErrorOnce();
  private reading: Promise<void> | null = null;
  private again = false;
  private closed = false;

  constructor(private readonly o: FileSourceOptions) {
    const abs = path.resolve(o.path);
    this.description = `file:${abs}`;
    // Decided at start() (the folder might not exist yet); a trailing .json means a file.
    this.explicitFile = abs.endsWith('.json') ? abs : null;
    this.dir = this.explicitFile ? path.dirname(abs) : abs;
  }

  /** registry.json beside a `models/` folder (a checkout's registry/) or a pointer document. */
  private async file(): Promise<string> {
    if (this.explicitFile) return this.explicitFile;
    for (const name of [POINTER_FILE, 'registry.json', path.join('registry', 'registry.json')]) {
      const p = path.join(this.dir, name);
      if (
        await stat(p).then(
          (s) => s.isFile(),
          () => false,
        )
      )
        return p;
    }
    throw new MregError('NOT_FOUND', `${this.dir} holds no ${POINTER_FILE} or registry.json`);
  }

  async start(onUpdate: (u: PointerUpdate) => void, onError: (err: Error) => void): Promise<void> {
    const read = async (): Promise<void> => {
      let file = '';
      try {
        file = await this.file();
        const text = await readFile(file, 'utf8');
        if (text === this.lastText) return;
        let update: PointerUpdate;
        try {
          update = parsePointerText(text, file, this.o.env);
        } catch (err) {
          // A writer that is not atomic can be caught mid-write: look once more before complaining.
          await new Promise((r) => setTimeout(r, 50));
          const again = await readFile(file, 'utf8');
          if (again !== text) return void this.kick();
          throw err;
        }
        this.lastText = text;
        this.errors.ok();
        onUpdate(update);
      } catch (err) {
        this.errors.report(err, onError);
      }
    };
    const run = (): void => {
      if (this.closed) return;
      if (this.reading) {
        this.again = true;
        return;
      }
      this.reading = read().finally(() => {
        this.reading = null;
        if (this.again && !this.closed) {
          this.again = false;
          run();
        }
      });
    };
    this.kick = () => {
      if (this.closed) return;
      if (this.debounce) clearTimeout(this.debounce);
      // Coalesce the burst of events one swap makes (..data_tmp created, renamed, old dir removed).
      this.debounce = setTimeout(run, 10);
    };
    try {
      this.watcher = watch(this.dir, { persistent: false }, () => this.kick());
      this.watcher.on('error', () => undefined); // the folder vanished; the poll keeps trying
    } catch (err) {
      onError(
        new MregError(
          'SERVE',
          `cannot watch ${this.dir} (${errorMessage(err)}); falling back to polling every ${this.o.pollMs ?? 2000} ms`,
        ),
      );
    }
    this.timer = setInterval(run, this.o.pollMs ?? 2000);
    this.timer.unref();
    run();
    await this.reading;
  }

  private kick: () => void = () => undefined;

  async readMetadata(ref: ArtifactRef): Promise<ArtifactMetadata | undefined> {
    // registry/registry.json sits beside registry/models/; a folder may hold models/ itself.
    const file = await this.file().catch(() => null);
    const registryDir = file ? path.dirname(file) : this.dir;
    const rel = metadataPath(ref).replace(/^registry\//, '');
    for (const p of [path.join(registryDir, rel), path.join(registryDir, 'registry', rel)]) {
      const text = await readFile(p, 'utf8').catch(() => null);
      if (text !== null) return parseMetadata(text, p);
    }
    return undefined;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.watcher?.close();
    if (this.timer) clearInterval(this.timer);
    if (this.debounce) clearTimeout(this.debounce);
    await this.reading;
  }
}
