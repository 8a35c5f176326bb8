import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  FileStore,
  artifactFiles,
  fsyncDir,
  locateObject
} from "./chunk-CCCON3DT.js";
import {
  HeaderPastEnd,
  parseGguf,
  readGgufHeader
} from "./chunk-QCKMG6X6.js";
import {
  GGUF_MAGIC,
  normalizeQuantization,
  quantizationForFileType
} from "./chunk-PLDNTDOW.js";
import {
  formatArtifactId
} from "./chunk-6XFSSTIM.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

// src/store/index.ts
import path2 from "node:path";

// src/store/download.ts
import { createHash as createHash2 } from "node:crypto";
import { constants as fsc } from "node:fs";
import { chmod, mkdir, open, readdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";

// src/store/hash-worker.ts
import { createHash } from "node:crypto";
import { readSync } from "node:fs";
var SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
// The file descriptor is the downloader's (descriptors are per process): it closes it, not us.
const fd = workerData.fd;
const hash = crypto.createHash('sha256');
const buf = Buffer.allocUnsafe(4 * 1024 * 1024);
let hashed = 0, target = 0, end = -1;
parentPort.on('message', (m) => {
  if (typeof m.upTo === 'number') target = Math.max(target, m.upTo);
  if (typeof m.end === 'number') { end = m.end; target = Math.max(target, m.end); }
  while (hashed < target) {
    const n = fs.readSync(fd, buf, 0, Math.min(buf.length, target - hashed), hashed);
    if (n === 0) { parentPort.postMessage({ error: 'staging file ended at ' + hashed + ' bytes while hashing' }); return; }
    hash.update(buf.subarray(0, n));
    hashed += n;
  }
  if (end >= 0 && hashed >= end) {
    parentPort.postMessage({ digest: hash.digest('hex') });
  }
});
`, INLINE_HASH_BYTES = 8 * 1024 * 1024;
async function startPrefixHasher(fd, path3, size = 1 / 0) {
  if (size <= INLINE_HASH_BYTES) return inlineHasher(fd);
  let { Worker } = await import("node:worker_threads"), worker = new Worker(SOURCE, { eval: !0, workerData: { fd } }), settle = null, failure = null, result = null, fail = (e) => {
    failure = e, settle?.reject(e);
  };
  return worker.on("message", (m) => {
    m.error ? fail(new MregError("STORE", m.error)) : m.digest && (result = m.digest, settle?.resolve(m.digest), worker.terminate());
  }), worker.on("error", (e) => fail(new MregError("STORE", `hashing ${path3} failed: ${e.message}`, { cause: e }))), worker.on("exit", () => {
    result === null && !failure && fail(new MregError("STORE", `hashing ${path3} stopped before the end`));
  }), {
    advance(bytes) {
      failure || worker.postMessage({ upTo: bytes });
    },
    finish(size2) {
      return new Promise((resolve, reject) => {
        if (result !== null) return resolve(result);
        if (failure) return reject(failure);
        settle = { resolve, reject }, worker.postMessage({ end: size2 });
      });
    },
    async abort() {
      result ??= "", await worker.terminate();
    }
  };
}
function inlineHasher(fd) {
  return {
    advance() {
    },
    async finish(size) {
      let hash = createHash("sha256"), buf = Buffer.allocUnsafe(Math.min(Math.max(size, 1), 1024 * 1024)), hashed = 0;
      for (; hashed < size; ) {
        let n = readSync(fd, buf, 0, Math.min(buf.length, size - hashed), hashed);
        if (n === 0) throw new MregError("STORE", `staging file ended at ${hashed} bytes while hashing`);
        hash.update(buf.subarray(0, n)), hashed += n;
      }
      return hash.digest("hex");
    },
    async abort() {
    }
  };
}

// src/store/ranged-download.ts
var MiB = 1024 * 1024, WRITE_BATCH = MiB, EARLY_SYNC_BYTES = 128 * MiB;
async function rangedDownload(options) {
  let hasher = await startPrefixHasher(options.fh.fd, options.partialPath, options.size);
  return new RangedDownload(options, hasher).run();
}
var RangedDownload = class {
  constructor(o, hasher) {
    this.o = o;
    this.hasher = hasher;
    this.parts = Math.ceil(o.size / o.partSize), this.prefix = new ContiguousPrefix(this.parts, o.partSize, o.size), this.sync = new EarlySync(o.fh);
  }
  parts;
  prefix;
  sync;
  /** Bodies being read, so a failure elsewhere can cut them off instead of waiting them out. */
  live = /* @__PURE__ */ new Set();
  nextPart = 0;
  /** Bytes on disk and reported; a failed attempt takes its share back before the retry. */
  progressed = 0;
  failed = !1;
  async run() {
    let workers = Array.from({ length: Math.min(this.o.concurrency, this.parts) }, () => this.worker());
    try {
      await Promise.all(workers);
    } catch (err) {
      this.failed = !0;
      for (let s of this.live) s.destroy();
      throw await Promise.allSettled(workers), await this.hasher.abort(), await this.sync.idle(), err;
    }
    return await this.sync.idle(), this.hasher.finish(this.o.size);
  }
  async worker() {
    for (; !this.failed && this.nextPart < this.parts; ) await this.fetchPart(this.nextPart++);
  }
  async fetchPart(i) {
    let start = i * this.o.partSize, end = Math.min(this.o.size, start + this.o.partSize) - 1;
    for (let attempt = 1; ; attempt++) {
      let writer = new BatchedWriter(this.o.fh, start, (n) => this.count(n));
      try {
        await this.fetchRange(start, end, writer);
        break;
      } catch (err) {
        if (this.progressed -= writer.written, this.failed || attempt >= this.o.attempts || err instanceof MregError && err.code === "NOT_FOUND" || isDiskFull(err))
          throw err;
      }
    }
    this.partWritten(i);
  }
  /** One attempt at bytes `start..end` (inclusive). */
  async fetchRange(start, end, writer) {
    let { store, key } = this.o, body = await store.getRange(key, start, end);
    this.live.add(body);
    let got = 0;
    try {
      for await (let chunk of body) {
        if (this.failed) throw new Error("aborted");
        if (start + got + chunk.length > end + 1)
          throw new MregError(
            "STORE",
            `ranged GET ${start}-${end} of ${store.uriFor(key)} returned more bytes than asked`
          );
        got += chunk.length, writer.add(chunk) && await writer.flush();
      }
      await writer.flush();
    } finally {
      this.live.delete(body);
    }
    if (got !== end - start + 1)
      throw new MregError("STORE", `ranged GET ${start}-${end} of ${store.uriFor(key)} ended after ${got} bytes`);
  }
  count(n) {
    this.progressed += n, this.o.onProgress?.(this.progressed, this.o.size);
  }
  partWritten(i) {
    let contiguousBytes = this.prefix.complete(i);
    contiguousBytes !== null && this.hasher.advance(contiguousBytes), this.sync.after(this.progressed);
  }
}, BatchedWriter = class {
  constructor(fh, offset, onWritten) {
    this.fh = fh;
    this.offset = offset;
    this.onWritten = onWritten;
  }
  pending = [];
  pendingBytes = 0;
  /** Bytes already on disk and counted in the progress. */
  written = 0;
  /** Queues a chunk; true when a batch is full and should be flushed. */
  add(chunk) {
    return this.pending.push(chunk), this.pendingBytes += chunk.length, this.pendingBytes >= WRITE_BATCH;
  }
  async flush() {
    if (this.pendingBytes === 0) return;
    let batch = this.pending, n = this.pendingBytes;
    this.pending = [], this.pendingBytes = 0;
    let at = this.offset + this.written, { bytesWritten } = await this.fh.writev(batch, at);
    if (bytesWritten < n) {
      let rest = Buffer.concat(batch).subarray(bytesWritten);
      for (let off = 0; off < rest.length; )
        off += (await this.fh.write(rest, off, rest.length - off, at + bytesWritten + off)).bytesWritten;
    }
    this.written += n, this.onWritten(n);
  }
}, ContiguousPrefix = class {
  constructor(parts, partSize, size) {
    this.parts = parts;
    this.partSize = partSize;
    this.size = size;
    this.done = new Uint8Array(parts);
  }
  done;
  contiguousParts = 0;
  lastAdvanced = 0;
  /** Marks part `i` written; returns the new prefix length in bytes when it grew, else null. */
  complete(i) {
    for (this.done[i] = 1; this.contiguousParts < this.parts && this.done[this.contiguousParts]; ) this.contiguousParts++;
    let contiguousBytes = Math.min(this.size, this.contiguousParts * this.partSize);
    return contiguousBytes <= this.lastAdvanced ? null : (this.lastAdvanced = contiguousBytes, contiguousBytes);
  }
}, EarlySync = class {
  constructor(fh) {
    this.fh = fh;
  }
  syncing = null;
  syncedAt = 0;
  /** Called with the bytes written so far; one datasync at a time, every EARLY_SYNC_BYTES. */
  after(written) {
    this.syncing || written - this.syncedAt < EARLY_SYNC_BYTES || (this.syncedAt = written, this.syncing = this.fh.datasync().catch(() => {
    }).finally(() => this.syncing = null));
  }
  /** The datasync in flight, if any; it never rejects. */
  idle() {
    return this.syncing;
  }
};
function isDiskFull(err) {
  let code = err?.code;
  return code === "ENOSPC" || code === "EDQUOT";
}

// src/store/download.ts
var MiB2 = 1024 * 1024, SHA256_RE = /^[0-9a-f]{64}$/, SAFE_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
function checkFetchOptions(options) {
  let { key, sha256, size, id } = options;
  if (!SHA256_RE.test(sha256))
    throw new MregError(
      "INTEGRITY",
      `invalid expected sha256 ${JSON.stringify(sha256)} for ${id}: expected 64 lowercase hex digits`
    );
  if (!Number.isSafeInteger(size) || size < 0)
    throw new MregError("INTEGRITY", `invalid expected size ${size} for ${id}`);
  if (!SAFE_NAME_RE.test(id))
    throw new MregError("USAGE", `invalid artifact id ${JSON.stringify(id)} for a cache file name`);
  let fileName = options.fileName ?? key.split("/").pop();
  if (!SAFE_NAME_RE.test(fileName))
    throw new MregError("STORE", `invalid artifact file name ${JSON.stringify(fileName)}`);
  if (options.subdir !== void 0 && !SAFE_NAME_RE.test(options.subdir))
    throw new MregError("STORE", `invalid cache folder ${JSON.stringify(options.subdir)}`);
  return fileName;
}
async function checkStoreObject(options, uri) {
  let { store, key, size, id } = options, info = await store.head(key);
  if (!info) throw new MregError("NOT_FOUND", `artifact ${id} is missing from the store: ${uri} does not exist`);
  if (info.size !== size)
    throw new MregError(
      "INTEGRITY",
      `artifact ${id} in the store has the wrong size: ${uri} is ${info.size} bytes, the registry records ${size}; nothing was downloaded`
    );
}
async function verifyPartial(options, partial, actual, uri, finalPath) {
  let { sha256, size, id } = options, written = (await stat(partial)).size;
  if (actual !== sha256 || written !== size)
    throw await unlink(partial).catch(() => {
    }), new MregError(
      "INTEGRITY",
      `integrity check failed for ${id} from ${uri}: expected sha256 ${sha256} (${size} bytes), got sha256 ${actual} (${written} bytes); the download was discarded${await exists(finalPath) ? ` and the earlier copy at ${finalPath} was left untouched` : ""}`
    );
  if (options.validate)
    try {
      await options.validate(partial);
    } catch (err) {
      throw await unlink(partial).catch(() => {
      }), err;
    }
}
async function fetchArtifact(options) {
  let { store, key, sha256, size, cacheDir, id } = options, fileName = checkFetchOptions(options), partSize = Math.max(MiB2, Math.floor(options.partSize ?? 16 * MiB2)), concurrency = Math.max(1, Math.floor(options.concurrency ?? 4)), artifactsDir = path.join(cacheDir, "artifacts", ...options.subdir ? [options.subdir] : []), stagingDir = path.join(cacheDir, "staging");
  await mkdir(artifactsDir, { recursive: !0 }), await mkdir(stagingDir, { recursive: !0 });
  let finalPath = path.join(artifactsDir, fileName), sidecar = `${finalPath}.sha256`;
  if (await isCached(finalPath, sidecar, sha256, size))
    return await options.validate?.(finalPath), { path: finalPath, downloaded: !1, sha256, size };
  await removeStalePartials(stagingDir, id);
  let uri = store.uriFor(key);
  await checkStoreObject(options, uri);
  let partial = path.join(stagingDir, `${id}.${process.pid}.partial`), actual;
  try {
    actual = await downloadToStaging(partial, {
      store,
      key,
      size,
      partSize,
      concurrency,
      attempts: options.attempts ?? 3,
      onProgress: options.onProgress
    });
  } catch (err) {
    throw noSpaceError(err, { id, uri, partial, size }) ?? err;
  }
  await verifyPartial(options, partial, actual, uri, finalPath), await chmod(partial, 292), await rename(partial, finalPath), await fsyncDir(artifactsDir);
  try {
    await writeSidecar(sidecar, sha256, fileName, await stampOf(finalPath));
  } catch (err) {
    throw noSpaceError(err, { id, uri, partial: sidecar, size: 0 }) ?? err;
  }
  return { path: finalPath, downloaded: !0, sha256, size };
}
function noSpaceError(err, o) {
  let code = err?.code ?? err?.cause?.code;
  if (code !== "ENOSPC" && code !== "EDQUOT") return null;
  let need = o.size > 0 ? ` needs ${o.size} bytes (${formatBytes(o.size)})` : "";
  return new MregError(
    "STORE",
    `no space left on the device for artifact ${o.id}: writing ${o.partial}${need} (from ${o.uri}) failed with ${code}; free space under ${path.dirname(path.dirname(o.partial))} or point the cache at a larger volume${o.size > 0 ? "; the partial download was removed" : ""}`,
    { cause: err }
  );
}
function formatBytes(n) {
  let units = ["B", "KiB", "MiB", "GiB", "TiB"], v = n, i = 0;
  for (; v >= 1024 && i < units.length - 1; )
    v /= 1024, i++;
  return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}
async function downloadToStaging(partial, options) {
  let fh = await open(partial, fsc.O_RDWR | fsc.O_CREAT | fsc.O_TRUNC, 420), actual;
  try {
    actual = await rangedDownload({ ...options, fh, partialPath: partial }), await fh.sync();
  } catch (err) {
    throw await fh.close().catch(() => {
    }), await unlink(partial).catch(() => {
    }), err;
  }
  return await fh.close(), actual;
}
async function stampOf(file) {
  let s = await stat(file, { bigint: !0 });
  return `size=${s.size} mtimeNs=${s.mtimeNs} ctimeNs=${s.ctimeNs} ino=${s.ino} dev=${s.dev}`;
}
var STAMP_PREFIX = "# mreg-stamp ";
async function isCached(finalPath, sidecar, sha256, size) {
  let s;
  try {
    s = await stat(finalPath);
  } catch {
    return !1;
  }
  if (!s.isFile() || s.size !== size) return !1;
  let text = await readFile(sidecar, "utf8").catch(() => ""), recorded = text.split(/\s/)[0], stamp = text.split(`
`).find((l) => l.startsWith(STAMP_PREFIX))?.slice(STAMP_PREFIX.length).trim();
  return recorded === sha256 && stamp !== void 0 && stamp === await stampOf(finalPath) ? !0 : await hashFile(finalPath) !== sha256 ? (await discard(finalPath, sidecar), !1) : (await chmod(finalPath, 292), await writeSidecar(sidecar, sha256, path.basename(finalPath), await stampOf(finalPath)), !0);
}
async function scrubCachedFile(file, sha256) {
  let sidecar = `${file}.sha256`, s = await stat(file).catch(() => null);
  return !s || !s.isFile() ? "missing" : await hashFile(file) !== sha256 ? (await discard(file, sidecar), "discarded") : (await chmod(file, 292), await writeSidecar(sidecar, sha256, path.basename(file), await stampOf(file)), "ok");
}
async function discard(finalPath, sidecar) {
  await unlink(sidecar).catch(() => {
  }), await unlink(finalPath).catch(() => {
  });
}
async function hashFile(file) {
  let hash = createHash2("sha256"), fh = await open(file, "r");
  try {
    for await (let chunk of fh.createReadStream({ highWaterMark: 4 * MiB2, autoClose: !1 }))
      hash.update(chunk);
  } finally {
    await fh.close();
  }
  return hash.digest("hex");
}
async function writeSidecar(sidecar, sha256, fileName, stamp) {
  let tmp = `${sidecar}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, `${sha256}  ${fileName}
${STAMP_PREFIX}${stamp}
`), await rename(tmp, sidecar);
  } catch (err) {
    throw await unlink(tmp).catch(() => {
    }), err;
  }
}
async function removeStalePartials(stagingDir, id) {
  for (let name of await readdir(stagingDir)) {
    let m = /^(.*)\.(\d+)\.partial$/.exec(name);
    if (!m || m[1] !== id) continue;
    let pid = Number(m[2]);
    (pid === process.pid || !isAlive(pid)) && await unlink(path.join(stagingDir, name)).catch(() => {
    });
  }
}
function isAlive(pid) {
  try {
    return process.kill(pid, 0), !0;
  } catch (err) {
    return err.code === "EPERM";
  }
}
async function exists(p) {
  return stat(p).then(
    () => !0,
    () => !1
  );
}

// src/store/index.ts
import { realpath } from "node:fs/promises";

// src/gguf/check.ts
import { open as open2 } from "node:fs/promises";
function hasGgufMagic(bytes) {
  return bytes.length >= 4 && Buffer.from(bytes.buffer, bytes.byteOffset, 4).readUInt32LE(0) === GGUF_MAGIC;
}
async function readMagic(file) {
  let fh = await open2(file, "r").catch((err) => {
    throw new MregError("GGUF", `${file}: cannot open: ${err.message}`, { cause: err });
  });
  try {
    let buf = Buffer.alloc(4), { bytesRead } = await fh.read(buf, 0, 4, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}
function describeMagic(bytes) {
  let b = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(4, bytes.length));
  if (b.length === 0) return "an empty file";
  let printable = [...b].every((c) => c >= 32 && c < 127);
  return `${b.length < 4 ? `only ${b.length} bytes, ` : ""}bytes 0x${b.toString("hex")}${printable ? ` (${JSON.stringify(b.toString("latin1"))})` : ""}`;
}
function notGguf(file, bytes, quantization) {
  return new MregError(
    "GGUF",
    `${file}: not a GGUF file: found ${describeMagic(bytes)} where the GGUF magic "GGUF" (0x47475546) was expected; a ${quantization} GGUF model was stated`
  );
}
function checkKind(file, facts, o) {
  let found = facts.generalType === void 0 ? "missing (a model)" : JSON.stringify(facts.generalType);
  if (o.kind === "lora") {
    if (facts.generalType !== "adapter")
      throw new MregError(
        "GGUF",
        `${file}: general.type is ${found} where "adapter" was expected: this is a full model, not a LoRA adapter; publish it as --kind gguf (without --base)`
      );
    if (facts.adapterType !== "lora")
      throw new MregError(
        "GGUF",
        `${file}: adapter.type is ${facts.adapterType === void 0 ? "missing" : JSON.stringify(facts.adapterType)} where "lora" was expected (only LoRA adapters are supported)`
      );
    if (o.base && facts.architecture !== o.base.architecture)
      throw new MregError(
        "GGUF",
        `${file}: general.architecture is ${JSON.stringify(facts.architecture)} but its base ${o.base.id} is ${JSON.stringify(o.base.architecture)}; an adapter applies only to a base of its own architecture`
      );
  } else if ((o.kind === "gguf" || o.kind === "full") && facts.generalType === "adapter")
    throw new MregError(
      "GGUF",
      `${file}: general.type is "adapter" (adapter.type ${JSON.stringify(facts.adapterType ?? null)}): this is an adapter, not a model; publish it as --kind lora with --base BASE_ID`
    );
}
function checkFacts(file, facts, quantization, requireFileType, o = {}) {
  if (facts.splitNo !== void 0 && facts.splitNo > 0) {
    if (requireFileType)
      throw new MregError(
        "GGUF",
        `${file}: split.no is ${facts.splitNo}: this is split ${facts.splitNo + 1} of a split model; the artifact's first file must be the first split (-00001-of-)`
      );
    return;
  }
  if (!facts.architecture) throw new MregError("GGUF", `${file}: general.architecture is missing from the GGUF header`);
  if (checkKind(file, facts, o), facts.fileType === void 0) {
    if (requireFileType)
      throw new MregError(
        "GGUF",
        `${file}: general.file_type is missing from the GGUF header, so the stated quantization ${quantization} cannot be checked`
      );
    return;
  }
  let want = normalizeQuantization(quantization), found = quantizationForFileType(facts.fileType);
  if (found === void 0)
    throw new MregError(
      "GGUF",
      `${file}: general.file_type ${facts.fileType} is not a known quantization; the stated quantization ${quantization} cannot be checked`
    );
  if (found !== want)
    throw new MregError(
      "GGUF",
      `${file}: the stated quantization ${quantization} does not match the GGUF header (general.file_type ${facts.fileType} = ${found})`
    );
}
async function checkGgufFile(file, quantization, o = {}) {
  let name = o.file ?? file, magic = await readMagic(file);
  if (!hasGgufMagic(magic)) throw notGguf(name, magic, quantization);
  let h = await readGgufHeader(file).catch((err) => {
    throw err instanceof MregError && o.file && o.file !== file ? new MregError("GGUF", `${o.file}: ${err.message}`, { cause: err }) : err;
  });
  checkFacts(name, factsOf(h.metadata), quantization, o.requireFileType ?? !0, o);
}
async function checkGgufHeaderBytes(bytes, quantization, o = {}) {
  let file = o.file ?? "the artifact";
  if (!hasGgufMagic(bytes)) throw notGguf(file, bytes, quantization);
  checkFacts(file, await readHeaderFacts(bytes, file), quantization, o.requireFileType ?? !0, o);
}
async function ggufFactsFromBytes(bytes, file) {
  if (!hasGgufMagic(bytes))
    throw new MregError(
      "GGUF",
      `${file}: not a GGUF file: found ${describeMagic(bytes)} where the GGUF magic "GGUF" was expected`
    );
  return readHeaderFacts(bytes, file);
}
function prefixBytes(bytes) {
  return { size: bytes.length, read: async (start, end) => bytes.subarray(start, end) };
}
function factsOf(metadata) {
  let text = (v) => typeof v == "string" ? v : void 0, integer = (v) => typeof v == "number" || typeof v == "bigint" ? Number(v) : void 0;
  return {
    architecture: text(metadata["general.architecture"]),
    fileType: integer(metadata["general.file_type"]),
    generalType: text(metadata["general.type"]),
    adapterType: text(metadata["adapter.type"]),
    splitNo: integer(metadata["split.no"])
  };
}
async function readHeaderFacts(bytes, file) {
  try {
    return factsOf((await parseGguf(prefixBytes(bytes), file)).metadata);
  } catch (err) {
    throw err instanceof HeaderPastEnd ? new MregError(
      "GGUF",
      `${file}: the first ${bytes.length} bytes end inside the GGUF header; read more of the file`,
      { cause: err }
    ) : err;
  }
}

// src/store/index.ts
function cachedFilePaths(meta, cacheDir) {
  let files = artifactFiles(meta), sub = files.length > 1 ? [formatArtifactId(meta)] : [];
  return files.map((f) => path2.join(cacheDir, "artifacts", ...sub, f.uri.split("/").pop()));
}
async function downloadArtifact(meta, o) {
  let id = formatArtifactId(meta), files = artifactFiles(meta), multi = files.length > 1, download = o.storeOptions?.download, paths = [], downloaded = !1, located = files.map((f) => locateObject(f.uri, o.store, { ...o.storeOptions, confine: !0 }));
  for (let [i, f] of files.entries()) {
    let { store, key } = located[i];
    o.store && store === o.store && await assertInsideStore(store, key, f.uri);
    let name = key.split("/").pop(), onProgress = o.onProgress, r = await fetchArtifact({
      store,
      key,
      sha256: f.sha256,
      size: f.size,
      cacheDir: o.cacheDir,
      id: multi ? `${id}.${name}` : id,
      subdir: multi ? id : void 0,
      partSize: download?.part_size_mb ? download.part_size_mb * 1024 * 1024 : void 0,
      concurrency: download?.concurrency,
      onProgress: onProgress ? (done, total) => onProgress(name, done, total) : void 0,
      validate: o.checkGguf === !1 ? void 0 : (file) => checkArtifactFile(file, meta, i, `${f.uri} (${id})`)
    });
    downloaded ||= r.downloaded, paths.push(r.path);
  }
  return { id, path: paths[0], paths, downloaded };
}
async function assertInsideStore(store, key, uri) {
  if (!(store instanceof FileStore)) return;
  let root = await realpath(store.root).catch(() => store.root), real = await realpath(path2.join(store.root, ...key.split("/"))).catch(() => null);
  if (real === null) return;
  let rel = path2.relative(root, real);
  if (rel === "" || rel.startsWith("..") || path2.isAbsolute(rel))
    throw new MregError(
      "STORE",
      `refusing artifact URI ${uri}: it resolves to ${real}, outside the configured store folder ${root}`
    );
}
async function checkArtifactFile(file, meta, index, name) {
  let kind = meta.kind ?? "gguf", main = index === 0;
  kind !== "gguf" && kind !== "lora" && !main && !hasGgufMagic(await readMagic(file)) || await checkGgufFile(file, meta.quantization, { file: name, requireFileType: main && kind !== "lora" });
}

export {
  hasGgufMagic,
  readMagic,
  checkGgufFile,
  checkGgufHeaderBytes,
  ggufFactsFromBytes,
  fetchArtifact,
  scrubCachedFile,
  cachedFilePaths,
  downloadArtifact
};
