// Test data generated fast: a random 1 MiB block repeated, each copy stamped with its index so a
// misplaced or duplicated part changes the digest. Hashes while writing, so no re-read is needed.
import { createHash, randomBytes } from 'node:crypto';
import { open } from 'node:fs/promises';

export async function writePatternFile(file: string, size: number): Promise<{ sha256: string; size: number }> {
  const block = randomBytes(1024 * 1024);
  const hash = createHash('sha256');
  const fh = await open(file, 'w');
  try {
    for (let off = 0, i = 0; off < size; off += block.length, i++) {
      block.writeUInt32LE(i, 0);
      const chunk = block.subarray(0, Math.min(block.length, size - off));
      hash.update(chunk);
      await fh.write(chunk, 0, chunk.length, off);
    }
  } finally {
    await fh.close();
  }
  return { sha256: hash.digest('hex'), size };
}
