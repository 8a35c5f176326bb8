import { MregError } from '../core/errors.js';
import { basePinProblem } from '../core/rules.js';
import { formatJson } from '../core/json.js';
import { checkRef, formatArtifactId, metadataPath, parseArtifactId } from '../core/naming.js';
import { checkDocument } from '../core/schema.js';
import type { ArtifactMetadata } from '../core/types.js';
import type { OpsContext } from '../state/context.js';
import { readArtifact } from '../state/read.js';
import { commitChange, type CommitOutcome } from '../state/transaction.js';

/**
 * Adds an artifact's metadata to registry/models/. Versions are immutable: an existing file is
 * never overwritten, and git serializes two publishers of the same version (the loser's re-apply
 * finds the winner's file and is refused).
 */
export async function registerArtifact(
  ctx: OpsContext,
  meta: ArtifactMetadata,
): Promise<CommitOutcome<{ id: string; path: string; metadata: ArtifactMetadata }>> {
  checkRef(meta);
  const file = metadataPath(meta);
  checkDocument('metadata', meta, file);
  const id = formatArtifactId(meta);
  return commitChange(ctx, async () => {
    const existing = await readArtifact(ctx.root, meta);
    if (existing) {
      throw new MregError(
        'EXISTS',
        `${id} is already registered (${file}, sha256 ${existing.artifact.sha256}); versions are immutable, publish a new version instead`,
      );
    }
    if (meta.base) {
      const pin = basePinProblem(meta, await readArtifact(ctx.root, parseArtifactId(meta.base.id)));
      if (pin) throw new MregError(pin.pointer === '/base/id' ? 'NOT_FOUND' : 'INTEGRITY', `${file}#${pin.pointer}: ${pin.message}`);
    }
    return {
      files: [{ path: file, content: formatJson(meta) }],
      subject: `register: ${meta.model} ${meta.version} (${meta.quantization})`,
      body: null,
      trailers: {
        'Mreg-Action': 'register',
        'Mreg-Model': meta.model,
        'Mreg-Version': meta.version,
        'Mreg-Quantization': meta.quantization,
        'Mreg-Sha256': meta.artifact.sha256,
        'Mreg-Actor': ctx.actor,
      },
      result: { id, path: file, metadata: meta },
    };
  });
}
