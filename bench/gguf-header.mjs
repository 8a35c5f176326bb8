// A minimal GGUF v3 header (general.architecture, general.file_type, no tensors): the benchmarks'
// artifacts carry one because publish, register, fetch and deploy check every artifact's header.
export function ggufHeader(fileType) {
  const str = (t) => {
    const b = Buffer.from(t, 'utf8');
    const len = Buffer.alloc(8);
    len.writeBigUInt64LE(BigInt(b.length));
    return Buffer.concat([len, b]);
  };
  const u32 = (v) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    return b;
  };
  const u64 = (v) => {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(v));
    return b;
  };
  return Buffer.concat([
    Buffer.from('GGUF'),
    u32(3),
    u64(0),
    u64(2),
    str('general.architecture'),
    u32(8),
    str('llama'),
    str('general.file_type'),
    u32(4),
    u32(fileType),
  ]);
}
