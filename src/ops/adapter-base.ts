/**
 * What an adapter is checked against: its base's general.architecture, read from the first bytes
 * of the base's object in the store (a ranged read, never the whole model).
 */
import { MregError } from '../core/errors.js';
import { formatArtifactId } from '../core/naming.js';
import type { ArtifactMetadata } from '../core/documents.js';
import { ggufFactsFromBytes } from '../gguf/check.js';
import type { OpsContext } from '../state/context.js';
import { locateObject, openStore, type ArtifactStore } from '../store/index.js';

/** Header prefixes tried in turn: most headers fit the first MiB; a long tokenizer may not. */
export const HEADER_READS = [1024 * 1024, 32 * 1024 * 1024];

export async function readPrefix(store: ArtifactStore, key: string, n: number): Promise<Buffer> {
  if (n <= 0) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  for await (const c of await store.getRange(key, 0, n - 1)) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** The base's id and general.architecture, for checkGgufFile / checkGgufHeaderBytes's `base`. */
export async function baseArchitecture(
  ctx: OpsContext,
  base: ArtifactMetadata,
): Promise<{ id: string; architecture: string }> {
  const id = formatArtifactId(base);
  const opts = { ...ctx.config, baseDir: ctx.root };
  const { store, key } = locateObject(base.artifact.uri, openStore(ctx.storeUri, opts), opts);
  for (const [i, n] of HEADER_READS.entries()) {
    const bytes = await readPrefix(store, key, Math.min(n, base.artifact.size)).catch((err: unknown) => {
      throw new MregError(
        'NOT_FOUND',
        `base artifact ${id}: cannot read ${base.artifact.uri} to check the adapter's architecture against it: ${(err as Error).message}`,
        {
          cause: err,
        },
      );
    });
    try {
      const facts = await ggufFactsFromBytes(bytes, `base artifact ${id} (${base.artifact.uri})`);
      if (!facts.architecture)
        throw new MregError(
          'GGUF',
          `base artifact ${id} (${base.artifact.uri}): general.architecture is missing from the GGUF header`,
        );
      return { id, architecture: facts.architecture };
    } catch (err) {
      const short = err instanceof MregError && /read more of the file/.test(err.message);
      if (!short || i === HEADER_READS.length - 1 || bytes.length >= base.artifact.size) throw err;
    }
  }
  throw new MregError('GGUF', `base artifact ${id}: no GGUF header found`); // not reached: the loop returns or throws
}
