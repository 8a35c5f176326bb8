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

/**
 * The header of a model the size of a real 8B one: a 128,256-token tokenizer with its types and
 * 280,147 merges, and 291 Q4_K tensor infos. Returns the header bytes and the file size its tensor
 * data needs (the bench extends the file to that size, sparsely, so the bounds check passes).
 */
export function realisticHeader({ vocab = 128_256, merges = 280_147, layers = 32, embd = 4096 } = {}) {
  const parts = [];
  const str = (t) => {
    const b = Buffer.from(t, 'utf8');
    const len = Buffer.alloc(8);
    len.writeBigUInt64LE(BigInt(b.length));
    parts.push(len, b);
  };
  const u32 = (v) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    parts.push(b);
  };
  const u64 = (v) => {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(v));
    parts.push(b);
  };
  const tensors = [['token_embd.weight', [embd, vocab]]];
  for (let l = 0; l < layers; l++) {
    for (const n of [
      'attn_q',
      'attn_k',
      'attn_v',
      'attn_output',
      'ffn_gate',
      'ffn_up',
      'ffn_down',
      'attn_norm',
      'ffn_norm',
    ]) {
      tensors.push([`blk.${l}.${n}.weight`, n.endsWith('norm') ? [embd] : [embd, embd]]);
    }
  }
  tensors.push(['output_norm.weight', [embd]], ['output.weight', [embd, vocab]]);
  parts.push(Buffer.from('GGUF'));
  u32(3);
  u64(tensors.length);
  u64(6);
  str('general.architecture');
  u32(8);
  str('llama');
  str('general.file_type');
  u32(4);
  u32(15); // Q4_K_M
  str('llama.block_count');
  u32(4);
  u32(layers);
  str('tokenizer.ggml.tokens');
  u32(9);
  u32(8);
  u64(vocab);
  for (let i = 0; i < vocab; i++) str(`tok${i}`);
  str('tokenizer.ggml.token_type');
  u32(9);
  u32(5);
  u64(vocab);
  parts.push(Buffer.alloc(4 * vocab, 1));
  str('tokenizer.ggml.merges');
  u32(9);
  u32(8);
  u64(merges);
  for (let i = 0; i < merges; i++) str(`m${i} n${i}`);
  // Tensor infos: norms F32, the rest Q4_K (256 elements in 144 bytes), data offsets aligned to 32.
  let offset = 0;
  for (const [name, dims] of tensors) {
    const type = dims.length === 1 ? 0 : 12;
    const elements = dims.reduce((a, b) => a * b, 1);
    const bytes = type === 0 ? elements * 4 : (elements / 256) * 144;
    str(name);
    u32(dims.length);
    for (const d of dims) u64(d);
    u32(type);
    u64(offset);
    offset += Math.ceil(bytes / 32) * 32;
  }
  const header = Buffer.concat(parts);
  const dataStart = Math.ceil(header.length / 32) * 32;
  return { header, fileSize: dataStart + offset };
}
