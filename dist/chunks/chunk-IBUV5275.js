import {
  GGML_TYPE_LAYOUT,
  GGUF_DEFAULT_ALIGNMENT,
  GGUF_MAGIC,
  VALUE_TYPE_SIZE,
  quantizationForFileType
} from "./chunk-OH7KX6YS.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

// src/gguf/reader.ts
import { open } from "node:fs/promises";
var GGUF_LIMITS = {
  maxKv: 65536,
  maxTensors: 1e6,
  maxKeyLength: 65535,
  maxStringLength: 16 * 1024 * 1024,
  maxArrayLength: 64 * 1024 * 1024,
  maxDims: 4,
  maxHeaderBytes: 1024 * 1024 * 1024
}, TYPE_NAMES = {
  0: "uint8",
  1: "int8",
  2: "uint16",
  3: "int16",
  4: "uint32",
  5: "int32",
  6: "float32",
  7: "bool",
  8: "string",
  9: "array",
  10: "uint64",
  11: "int64",
  12: "float64"
}, Cursor = class {
  // absolute file offset
  constructor(fh, size, fail) {
    this.fh = fh;
    this.size = size;
    this.fail = fail;
  }
  buf = Buffer.alloc(0);
  bufStart = 0;
  // file offset of buf[0]
  pos = 0;
  get remaining() {
    return this.size - this.pos;
  }
  async need(n, what) {
    n > this.remaining && this.fail(`truncated: ${what} needs ${n} bytes at offset ${this.pos}, only ${this.remaining} left`), this.pos > GGUF_LIMITS.maxHeaderBytes && this.fail(`header larger than ${GGUF_LIMITS.maxHeaderBytes} bytes`);
    let rel = this.pos - this.bufStart;
    if (rel + n <= this.buf.length) return rel;
    let want = Math.min(Math.max(n, 64 * 1024), this.remaining), next = Buffer.alloc(want), { bytesRead } = await this.fh.read(next, 0, want, this.pos);
    return bytesRead < n && this.fail(`truncated: ${what} at offset ${this.pos}`), this.buf = next.subarray(0, bytesRead), this.bufStart = this.pos, 0;
  }
  async u8(what) {
    let r = await this.need(1, what);
    return this.pos += 1, this.buf.readUInt8(r);
  }
  async u32(what) {
    let r = await this.need(4, what);
    return this.pos += 4, this.buf.readUInt32LE(r);
  }
  async u64(what) {
    let r = await this.need(8, what);
    return this.pos += 8, this.buf.readBigUInt64LE(r);
  }
  /** A u64 that must be a safe integer no larger than `max`. */
  async count(what, max) {
    let v = await this.u64(what);
    return v > BigInt(max) && this.fail(`${what} is ${v}, larger than the limit ${max}`), Number(v);
  }
  async scalar(type, what) {
    let size = VALUE_TYPE_SIZE[type];
    if (type === 8 /* STRING */) return this.string(what, GGUF_LIMITS.maxStringLength);
    size === void 0 && this.fail(`${what}: unknown value type ${type}`);
    let r = await this.need(size, what);
    this.pos += size;
    let b = this.buf;
    switch (type) {
      case 0 /* UINT8 */:
        return b.readUInt8(r);
      case 1 /* INT8 */:
        return b.readInt8(r);
      case 2 /* UINT16 */:
        return b.readUInt16LE(r);
      case 3 /* INT16 */:
        return b.readInt16LE(r);
      case 4 /* UINT32 */:
        return b.readUInt32LE(r);
      case 5 /* INT32 */:
        return b.readInt32LE(r);
      case 6 /* FLOAT32 */:
        return b.readFloatLE(r);
      case 12 /* FLOAT64 */:
        return b.readDoubleLE(r);
      case 7 /* BOOL */: {
        let v = b.readUInt8(r);
        return v > 1 && this.fail(`${what}: bool value ${v} is neither 0 nor 1`), v === 1;
      }
      case 10 /* UINT64 */:
        return safe(b.readBigUInt64LE(r));
      case 11 /* INT64 */:
        return safe(b.readBigInt64LE(r));
    }
    return this.fail(`${what}: unknown value type ${type}`);
  }
  async string(what, max) {
    let len = await this.count(`${what} length`, max);
    len > this.remaining && this.fail(`truncated: ${what} claims ${len} bytes at offset ${this.pos}, only ${this.remaining} left`);
    let r = await this.need(len, what);
    return this.pos += len, this.buf.toString("utf8", r, r + len);
  }
};
function safe(v) {
  return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(v) : v.toString();
}
async function readValue(c, type, key, maxArrayElements) {
  if (type !== 9 /* ARRAY */) return c.scalar(type, `metadata ${key}`);
  let itemType = await c.u32(`metadata ${key} array type`);
  itemType in TYPE_NAMES || c.fail(`metadata ${key}: unknown array item type ${itemType}`);
  let n = await c.count(`metadata ${key} array length`, GGUF_LIMITS.maxArrayLength), minSize = VALUE_TYPE_SIZE[itemType] ?? (itemType === 8 /* STRING */ ? 8 : 12);
  n * minSize > c.remaining && c.fail(`truncated: metadata ${key} claims ${n} array elements, the file has only ${c.remaining} bytes left`);
  let keep = n <= maxArrayElements, out = [];
  for (let i = 0; i < n; i++) {
    let v = await readValue(c, itemType, `${key}[${i}]`, maxArrayElements);
    keep && out.push(v);
  }
  return keep ? out : { arrayOf: TYPE_NAMES[itemType], length: n };
}
async function readGgufHeader(path, options = {}) {
  let fail = (msg) => {
    throw new MregError("GGUF", `${path}: not a valid GGUF file: ${msg}`);
  }, fh;
  try {
    fh = await open(path, "r");
  } catch (err) {
    throw new MregError("GGUF", `${path}: cannot open: ${err.message}`, { cause: err });
  }
  try {
    let { size } = await fh.stat(), c = new Cursor(fh, size, fail);
    size < 24 && fail(`only ${size} bytes, a GGUF header needs at least 24`);
    let magic = await c.u32("magic");
    magic !== GGUF_MAGIC && fail(`bad magic 0x${magic.toString(16).padStart(8, "0")} (expected "GGUF")`);
    let version = await c.u32("version");
    version !== 2 && version !== 3 && fail(`unsupported GGUF version ${version} (2 and 3 are supported)`);
    let tensorCount = await c.count("tensor count", GGUF_LIMITS.maxTensors), kvCount = await c.count("metadata count", GGUF_LIMITS.maxKv), maxArrayElements = options.maxArrayElements ?? 4096, metadata = {};
    for (let i = 0; i < kvCount; i++) {
      let key = await c.string(`metadata key #${i}`, GGUF_LIMITS.maxKeyLength);
      Object.hasOwn(metadata, key) && fail(`duplicate metadata key ${JSON.stringify(key)}`);
      let type = await c.u32(`metadata ${key} type`);
      type in TYPE_NAMES || fail(`metadata ${key}: unknown value type ${type}`), metadata[key] = await readValue(c, type, key, maxArrayElements);
    }
    let alignment = GGUF_DEFAULT_ALIGNMENT;
    if (metadata["general.alignment"] !== void 0) {
      let a = metadata["general.alignment"];
      (typeof a != "number" || a < 1 || a > 1 << 20 || (a & a - 1) !== 0) && fail(`general.alignment ${String(a)} is not a power of two`), alignment = a;
    }
    tensorCount * 24 > c.remaining && fail(`truncated: ${tensorCount} tensor infos cannot fit in the ${c.remaining} bytes left`);
    let tensors = [];
    for (let i = 0; i < tensorCount; i++) {
      let name = await c.string(`tensor #${i} name`, GGUF_LIMITS.maxKeyLength), nDims = await c.u32(`tensor ${name} n_dims`);
      (nDims < 1 || nDims > GGUF_LIMITS.maxDims) && fail(`tensor ${name}: ${nDims} dimensions (1 to ${GGUF_LIMITS.maxDims} allowed)`);
      let dims = [], elements = 1;
      for (let d = 0; d < nDims; d++) {
        let n = await c.count(`tensor ${name} dim ${d}`, Number.MAX_SAFE_INTEGER);
        dims.push(n), elements *= n;
      }
      Number.isSafeInteger(elements) || fail(`tensor ${name}: dims [${dims.join(", ")}] overflow`);
      let type = await c.u32(`tensor ${name} type`), offset = await c.count(`tensor ${name} offset`, Number.MAX_SAFE_INTEGER);
      offset % alignment !== 0 && fail(`tensor ${name}: offset ${offset} is not aligned to ${alignment}`), tensors.push({ name, dims, type, offset });
    }
    let dataOffset = Math.ceil(c.pos / alignment) * alignment;
    for (let t of tensors) {
      let layout = GGML_TYPE_LAYOUT[t.type];
      if (!layout) continue;
      let elements = t.dims.reduce((a, b) => a * b, 1);
      t.dims[0] % layout.block !== 0 && fail(`tensor ${t.name}: row length ${t.dims[0]} is not a multiple of the ${layout.name} block size ${layout.block}`);
      let bytes = elements / layout.block * layout.bytes, end = dataOffset + t.offset + bytes;
      end > size && fail(`truncated: tensor ${t.name} (${layout.name}, ${bytes} bytes at data offset ${t.offset}) ends at byte ${end} but the file has ${size} bytes`);
    }
    let architecture = typeof metadata["general.architecture"] == "string" ? metadata["general.architecture"] : void 0, ft = metadata["general.file_type"], fileType = typeof ft == "number" ? ft : void 0;
    return {
      version,
      architecture,
      fileType,
      quantization: fileType === void 0 ? void 0 : quantizationForFileType(fileType),
      metadata,
      tensorCount,
      tensors,
      alignment,
      dataOffset,
      fileSize: size
    };
  } finally {
    await fh.close();
  }
}

export {
  readGgufHeader
};
