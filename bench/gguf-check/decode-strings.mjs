#!/usr/bin/env node
// How @huggingface/gguf decodes a string against one shared decoder, on as many short strings as
// the 8B-like tokenizer holds. Usage: node bench/gguf-check/decode-strings.mjs
// 408k short strings as in the 8B-like header (128k tokens + 280k merges): decoded as the library
// does (a fresh TextDecoder and an ArrayBuffer copy per string) and with one decoder over a view.
import { TextDecoder } from 'node:util';

const n = 408_403,
  buf = new ArrayBuffer(n * 12),
  u8 = new Uint8Array(buf);
for (let i = 0; i < u8.length; i++) u8[i] = 97 + (i % 26);
const view = new DataView(buf);
for (let r = 0; r < 3; r++) {
  let t = performance.now();
  for (let i = 0; i < n; i++) new TextDecoder().decode(view.buffer.slice(i * 12, i * 12 + 12));
  const a = performance.now() - t;
  const d = new TextDecoder();
  t = performance.now();
  for (let i = 0; i < n; i++) d.decode(new Uint8Array(buf, i * 12, 12));
  const b = performance.now() - t;
  console.log(`fresh decoder + copy: ${a.toFixed(0)} ms   one decoder over a view: ${b.toFixed(0)} ms`);
}
