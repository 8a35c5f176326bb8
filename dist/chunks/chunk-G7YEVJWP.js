import { createRequire as __mregCreateRequire } from 'node:module'; const require = __mregCreateRequire(import.meta.url);
import {
  readGgufHeader
} from "./chunk-C7BNMAAA.js";
import {
  GGUF_MAGIC,
  VALUE_TYPE_SIZE,
  normalizeQuantization,
  quantizationForFileType
} from "./chunk-YDOM2S6Q.js";
import {
  formatArtifactId
} from "./chunk-R7MA5WMG.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

// src/store/index.ts
import path3 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/store/file-store.ts
import { constants as fsc } from "node:fs";
import { createReadStream, createWriteStream } from "node:fs";
import { link, mkdir, open as open2, readdir, readFile, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { pathToFileURL, fileURLToPath } from "node:url";
import { randomBytes } from "node:crypto";

// src/store/util.ts
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import { Transform } from "node:stream";
function checkKey(key) {
  if (typeof key != "string" || key.length === 0 || key.length > 1024)
    throw new MregError("STORE", `invalid store key ${JSON.stringify(key)}: expected a non-empty relative path`);
  if (key.startsWith("/") || key.includes("\\") || key.includes("\0"))
    throw new MregError("STORE", `invalid store key ${JSON.stringify(key)}: expected a relative "/"-separated path`);
  for (let segment of key.split("/"))
    if (segment === "" || segment === "." || segment === "..")
      throw new MregError("STORE", `invalid store key ${JSON.stringify(key)}: empty, "." or ".." path segment`);
  return key;
}
function checkPrefix(prefix) {
  return prefix === "" || checkKey(prefix.endsWith("/") ? prefix.slice(0, -1) : prefix), prefix;
}
var HashingStream = class extends Transform {
  constructor(total = 0, onProgress) {
    super();
    this.total = total;
    this.onProgress = onProgress;
  }
  hash = createHash("sha256");
  bytes = 0;
  _transform(chunk, _enc, callback) {
    this.hash.update(chunk), this.bytes += chunk.length, this.onProgress?.(this.bytes, this.total), callback(null, chunk);
  }
  digest() {
    return this.hash.digest("hex");
  }
};
function existsError(uri) {
  return new MregError("EXISTS", `refusing to overwrite ${uri}: the object already exists (artifacts are written once; publish a new version instead)`);
}
async function fsyncDir(dir) {
  let fh = await open(dir, "r");
  try {
    await fh.sync();
  } catch (err) {
    let code = err.code;
    if (code !== "EINVAL" && code !== "EISDIR" && code !== "EPERM") throw err;
  } finally {
    await fh.close();
  }
}

// src/store/file-store.ts
var TMP_MARK = ".mreg-tmp-", FileStore = class {
  constructor(root) {
    this.root = root;
    this.root = path.resolve(root), this.uri = pathToFileURL(this.root).href.replace(/\/$/, "");
  }
  kind = "file";
  uri;
  pathOf(key) {
    return path.join(this.root, ...checkKey(key).split("/"));
  }
  uriFor(key) {
    return pathToFileURL(this.pathOf(key)).href;
  }
  keyFor(uri) {
    let p;
    try {
      p = uri.startsWith("file:") ? fileURLToPath(uri) : path.resolve(uri);
    } catch {
      return null;
    }
    let rel = path.relative(this.root, p);
    return rel === "" || rel.startsWith("..") || path.isAbsolute(rel) ? null : rel.split(path.sep).join("/");
  }
  async head(key) {
    try {
      let s = await stat(this.pathOf(key));
      return s.isFile() ? { size: s.size } : null;
    } catch (err) {
      if (err.code === "ENOENT" || err.code === "ENOTDIR") return null;
      throw storeError(`cannot stat ${this.uriFor(key)}`, err);
    }
  }
  async putFile(key, localPath, options = {}) {
    let total = (await stat(localPath)).size;
    return this.write(key, createReadStream(localPath), total, options);
  }
  async putBytes(key, data, options = {}) {
    let buf = typeof data == "string" ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return this.write(key, Readable.from([buf]), buf.length, options);
  }
  async write(key, source, total, options) {
    let final = this.pathOf(key), uri = this.uriFor(key);
    if (await this.head(key)) throw existsError(uri);
    let dir = path.dirname(final);
    await mkdir(dir, { recursive: !0 });
    let tmp = path.join(dir, `${TMP_MARK}${path.basename(final)}.${process.pid}.${randomBytes(4).toString("hex")}`), hasher = new HashingStream(total, options.onProgress);
    try {
      let fh = await open2(tmp, fsc.O_WRONLY | fsc.O_CREAT | fsc.O_EXCL, 420);
      try {
        await pipeline(source, hasher, createWriteStream("", { fd: fh.fd, autoClose: !1 })), await fh.sync();
      } finally {
        await fh.close();
      }
      try {
        await link(tmp, final);
      } catch (err) {
        throw err.code === "EEXIST" ? existsError(uri) : storeError(`cannot create ${uri}`, err);
      }
      await fsyncDir(dir);
    } finally {
      await unlink(tmp).catch(() => {
      });
    }
    return { sha256: hasher.digest(), size: hasher.bytes, uri };
  }
  async getRange(key, start, end) {
    let p = this.pathOf(key);
    return (await open2(p, "r").catch((err) => {
      throw err.code === "ENOENT" ? notFound(this.uriFor(key)) : storeError(`cannot read ${this.uriFor(key)}`, err);
    })).createReadStream({ start, end, autoClose: !0 });
  }
  async getBytes(key) {
    try {
      return await readFile(this.pathOf(key));
    } catch (err) {
      throw err.code === "ENOENT" ? notFound(this.uriFor(key)) : storeError(`cannot read ${this.uriFor(key)}`, err);
    }
  }
  async list(prefix) {
    checkPrefix(prefix);
    let out = [], walk = async (dir, rel) => {
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: !0 });
      } catch (err) {
        if (err.code === "ENOENT") return;
        throw storeError(`cannot list ${pathToFileURL(dir).href}`, err);
      }
      for (let e of entries) {
        if (e.name.startsWith(TMP_MARK)) continue;
        let key = rel ? `${rel}/${e.name}` : e.name;
        (key.startsWith(prefix) || prefix.startsWith(`${key}/`)) && (e.isDirectory() ? await walk(path.join(dir, e.name), key) : e.isFile() && key.startsWith(prefix) && out.push({ key, size: (await stat(path.join(dir, e.name))).size }));
      }
    };
    return await walk(this.root, ""), out.sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  }
};
function notFound(uri) {
  return new MregError("NOT_FOUND", `artifact object not found: ${uri}`);
}
function storeError(message, cause) {
  let detail = cause instanceof Error ? `: ${cause.message}` : "";
  return new MregError("STORE", `${message}${detail}`, { cause });
}

// src/store/s3-store.ts
import { createReadStream as createReadStream2 } from "node:fs";
import { stat as stat2 } from "node:fs/promises";
import { Readable as Readable2 } from "node:stream";
var MiB = 1024 * 1024, MAX_PARTS = 9e3;
function isAwsEndpoint(endpoint) {
  if (!endpoint) return !0;
  try {
    let host = new URL(endpoint).hostname;
    return host.endsWith(".amazonaws.com") || host.endsWith(".amazonaws.com.cn") || host.endsWith(".api.aws");
  } catch {
    return !1;
  }
}
function parseS3Uri(uri) {
  let m = /^s3:\/\/([^/]+)(?:\/(.*))?$/.exec(uri);
  if (!m || !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(m[1]))
    throw new MregError("STORE", `invalid S3 store URI ${JSON.stringify(uri)}: expected s3://bucket[/prefix]`);
  let prefix = (m[2] ?? "").replace(/\/+$/, "");
  return prefix && checkKey(prefix), { bucket: m[1], prefix };
}
var S3Store = class {
  kind = "s3";
  uri;
  bucket;
  prefix;
  config;
  sdk = null;
  partSize;
  queueSize;
  constructor(uri, options = {}) {
    let { bucket, prefix } = parseS3Uri(uri);
    this.bucket = bucket, this.prefix = prefix, this.uri = `s3://${bucket}${prefix ? `/${prefix}` : ""}`;
    let env = options.env ?? process.env, endpoint = options.endpoint || env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || void 0, aws = isAwsEndpoint(endpoint), config = {
      endpoint,
      // A custom endpoint still needs a region to sign with; AWS itself resolves it from the chain.
      region: options.region || env.AWS_REGION || env.AWS_DEFAULT_REGION || (aws ? void 0 : "us-east-1"),
      forcePathStyle: options.forcePathStyle ?? !aws,
      credentials: options.credentials,
      maxAttempts: 4
    };
    aws || (config.requestChecksumCalculation = "WHEN_REQUIRED", config.responseChecksumValidation = "WHEN_REQUIRED"), process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true", this.config = config, this.partSize = Math.max(options.partSize ?? 16 * MiB, 5 * MiB), this.queueSize = Math.max(1, options.queueSize ?? 4);
  }
  /**
   * The SDK is loaded on first use (~150 ms of start-up): a command against a folder store, or one
   * that never touches the store, does not pay for it.
   */
  loadSdk() {
    return this.sdk ??= (async () => {
      let [s3m, storagem] = await Promise.all([import("./dist-cjs-N4WAPQIM.js"), import("./dist-cjs-NTZG4W7B.js")]), s3 = s3m.S3Client ? s3m : s3m.default, storage = storagem.Upload ? storagem : storagem.default;
      return { s3, storage, client: new s3.S3Client(this.config) };
    })(), this.sdk;
  }
  /** The SDK client (for callers that need S3 operations this interface does not have). */
  async getClient() {
    return (await this.loadSdk()).client;
  }
  objectKey(key) {
    return checkKey(key), this.prefix ? `${this.prefix}/${key}` : key;
  }
  uriFor(key) {
    return `s3://${this.bucket}/${this.objectKey(key)}`;
  }
  keyFor(uri) {
    let base = `${this.uri}/`;
    if (!uri.startsWith(base)) return null;
    let key = uri.slice(base.length);
    try {
      return checkKey(key);
    } catch {
      return null;
    }
  }
  async head(key) {
    try {
      let { s3, client } = await this.loadSdk(), out = await client.send(new s3.HeadObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return { size: Number(out.ContentLength ?? 0), etag: out.ETag };
    } catch (err) {
      if (httpStatus(err) === 404) return null;
      throw s3Error(`HEAD ${this.uriFor(key)}`, err);
    }
  }
  async putFile(key, localPath, options = {}) {
    let total = (await stat2(localPath)).size;
    return this.upload(key, createReadStream2(localPath, { highWaterMark: MiB }), total, options);
  }
  async putBytes(key, data, options = {}) {
    let buf = typeof data == "string" ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return this.upload(key, Readable2.from([buf]), buf.length, { contentType: "application/json", ...options });
  }
  async upload(key, source, total, options) {
    let uri = this.uriFor(key);
    if (await this.head(key)) throw existsError(uri);
    let hasher = new HashingStream(total), body = source.pipe(hasher);
    source.on("error", (err) => hasher.destroy(err));
    let { storage, client } = await this.loadSdk(), upload = new storage.Upload({
      client,
      params: {
        Bucket: this.bucket,
        Key: this.objectKey(key),
        Body: body,
        ContentType: options.contentType ?? "application/octet-stream",
        // Real S3 (and MinIO) refuse the write atomically when the key exists; lib-storage puts it
        // on PutObject and on CompleteMultipartUpload, where the object comes into being.
        IfNoneMatch: "*"
      },
      partSize: Math.max(this.partSize, Math.ceil(total / MAX_PARTS)),
      queueSize: this.queueSize,
      leavePartsOnError: !1
    });
    if (options.onProgress) {
      let onProgress = options.onProgress;
      upload.on("httpUploadProgress", (p) => onProgress(p.loaded ?? 0, total));
    }
    let etag;
    try {
      etag = (await upload.done()).ETag;
    } catch (err) {
      let status = httpStatus(err);
      throw status === 412 || status === 409 ? existsError(uri) : s3Error(`upload to ${uri}`, err);
    }
    if (hasher.bytes !== total)
      throw new MregError("STORE", `upload to ${uri}: read ${hasher.bytes} bytes but the file had ${total}; did it change during the upload?`);
    return { sha256: hasher.digest(), size: hasher.bytes, uri, etag };
  }
  async getRange(key, start, end) {
    try {
      let { s3, client } = await this.loadSdk();
      return (await client.send(new s3.GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key), Range: `bytes=${start}-${end}` }))).Body;
    } catch (err) {
      throw httpStatus(err) === 404 ? new MregError("NOT_FOUND", `artifact object not found: ${this.uriFor(key)}`) : s3Error(`GET ${this.uriFor(key)} bytes ${start}-${end}`, err);
    }
  }
  async getBytes(key) {
    try {
      let { s3, client } = await this.loadSdk(), out = await client.send(new s3.GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return Buffer.from(await out.Body.transformToByteArray());
    } catch (err) {
      throw httpStatus(err) === 404 ? new MregError("NOT_FOUND", `artifact object not found: ${this.uriFor(key)}`) : s3Error(`GET ${this.uriFor(key)}`, err);
    }
  }
  async list(prefix) {
    checkPrefix(prefix);
    let full = this.prefix ? `${this.prefix}/${prefix}` : prefix, strip = this.prefix ? this.prefix.length + 1 : 0, out = [], token;
    do {
      let page;
      try {
        let { s3, client } = await this.loadSdk();
        page = await client.send(new s3.ListObjectsV2Command({ Bucket: this.bucket, Prefix: full, ContinuationToken: token }));
      } catch (err) {
        throw s3Error(`LIST ${this.uri}/${prefix}`, err);
      }
      for (let o of page.Contents ?? [])
        o.Key && out.push({ key: o.Key.slice(strip), size: Number(o.Size ?? 0) });
      token = page.IsTruncated ? page.NextContinuationToken : void 0;
    } while (token);
    return out;
  }
};
function httpStatus(err) {
  let e = err;
  if (e?.$metadata?.httpStatusCode) return e.$metadata.httpStatusCode;
  if (e?.name === "NotFound" || e?.name === "NoSuchKey") return 404;
  if (e?.name === "PreconditionFailed") return 412;
}
function s3Error(what, err) {
  let e = err, status = httpStatus(err), hint = status === 403 ? " (access denied: check the credentials from the default chain, or that the identity may read/write this bucket)" : "";
  return new MregError("STORE", `${what} failed: ${e?.name ?? "Error"}${status ? ` (HTTP ${status})` : ""}: ${e?.message ?? String(err)}${hint}`, {
    cause: err
  });
}

// src/store/fetch.ts
import { createHash as createHash3 } from "node:crypto";
import { constants as fsc2 } from "node:fs";
import { chmod, mkdir as mkdir2, open as open3, readdir as readdir2, readFile as readFile2, rename, stat as stat3, unlink as unlink2, writeFile } from "node:fs/promises";
import path2 from "node:path";

// src/store/hash-worker.ts
import { createHash as createHash2 } from "node:crypto";
import { readSync } from "node:fs";
import { Worker } from "node:worker_threads";
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
function startPrefixHasher(fd, path4, size = 1 / 0) {
  if (size <= INLINE_HASH_BYTES) return inlineHasher(fd);
  let worker = new Worker(SOURCE, { eval: !0, workerData: { fd } }), settle = null, failure = null, result = null, fail = (e) => {
    failure = e, settle?.reject(e);
  };
  return worker.on("message", (m) => {
    m.error ? fail(new MregError("STORE", m.error)) : m.digest && (result = m.digest, settle?.resolve(m.digest), worker.terminate());
  }), worker.on("error", (e) => fail(new MregError("STORE", `hashing ${path4} failed: ${e.message}`, { cause: e }))), worker.on("exit", () => {
    result === null && !failure && fail(new MregError("STORE", `hashing ${path4} stopped before the end`));
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
      let hash = createHash2("sha256"), buf = Buffer.allocUnsafe(Math.min(Math.max(size, 1), 1024 * 1024)), hashed = 0;
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
var MiB2 = 1024 * 1024, WRITE_BATCH = MiB2, EARLY_SYNC_BYTES = 128 * MiB2;
function rangedDownload(options) {
  return new RangedDownload(options).run();
}
var RangedDownload = class {
  constructor(o) {
    this.o = o;
    this.parts = Math.ceil(o.size / o.partSize), this.prefix = new ContiguousPrefix(this.parts, o.partSize, o.size), this.sync = new EarlySync(o.fh), this.hasher = startPrefixHasher(o.fh.fd, o.partialPath, o.size);
  }
  parts;
  prefix;
  sync;
  hasher;
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
        if (this.progressed -= writer.written, this.failed || attempt >= this.o.attempts || err instanceof MregError && err.code === "NOT_FOUND" || isDiskFull(err)) throw err;
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
          throw new MregError("STORE", `ranged GET ${start}-${end} of ${store.uriFor(key)} returned more bytes than asked`);
        got += chunk.length, writer.add(chunk) && await writer.flush();
      }
      await writer.flush();
    } finally {
      this.live.delete(body);
    }
    if (got !== end - start + 1) throw new MregError("STORE", `ranged GET ${start}-${end} of ${store.uriFor(key)} ended after ${got} bytes`);
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
      for (let off = 0; off < rest.length; ) off += (await this.fh.write(rest, off, rest.length - off, at + bytesWritten + off)).bytesWritten;
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

// src/store/fetch.ts
var MiB3 = 1024 * 1024, SHA256_RE = /^[0-9a-f]{64}$/;
async function fetchArtifact(options) {
  let { store, key, sha256, size, cacheDir, id } = options;
  if (!SHA256_RE.test(sha256))
    throw new MregError("INTEGRITY", `invalid expected sha256 ${JSON.stringify(sha256)} for ${id}: expected 64 lowercase hex digits`);
  if (!Number.isSafeInteger(size) || size < 0) throw new MregError("INTEGRITY", `invalid expected size ${size} for ${id}`);
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) throw new MregError("USAGE", `invalid artifact id ${JSON.stringify(id)} for a cache file name`);
  let fileName = options.fileName ?? key.split("/").pop();
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(fileName)) throw new MregError("STORE", `invalid artifact file name ${JSON.stringify(fileName)}`);
  if (options.subdir !== void 0 && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(options.subdir))
    throw new MregError("STORE", `invalid cache folder ${JSON.stringify(options.subdir)}`);
  let partSize = Math.max(MiB3, Math.floor(options.partSize ?? 16 * MiB3)), concurrency = Math.max(1, Math.floor(options.concurrency ?? 4)), artifactsDir = path2.join(cacheDir, "artifacts", ...options.subdir ? [options.subdir] : []), stagingDir = path2.join(cacheDir, "staging");
  await mkdir2(artifactsDir, { recursive: !0 }), await mkdir2(stagingDir, { recursive: !0 });
  let finalPath = path2.join(artifactsDir, fileName), sidecar = `${finalPath}.sha256`;
  if (await isCached(finalPath, sidecar, sha256, size))
    return await options.validate?.(finalPath), { path: finalPath, downloaded: !1, sha256, size };
  await removeStalePartials(stagingDir, id);
  let uri = store.uriFor(key), info = await store.head(key);
  if (!info) throw new MregError("NOT_FOUND", `artifact ${id} is missing from the store: ${uri} does not exist`);
  if (info.size !== size)
    throw new MregError(
      "INTEGRITY",
      `artifact ${id} in the store has the wrong size: ${uri} is ${info.size} bytes, the registry records ${size}; nothing was downloaded`
    );
  let partial = path2.join(stagingDir, `${id}.${process.pid}.partial`), actual;
  try {
    actual = await downloadToStaging(partial, { store, key, size, partSize, concurrency, attempts: options.attempts ?? 3, onProgress: options.onProgress });
  } catch (err) {
    throw noSpaceError(err, { id, uri, partial, size }) ?? err;
  }
  let written = (await stat3(partial)).size;
  if (actual !== sha256 || written !== size)
    throw await unlink2(partial).catch(() => {
    }), new MregError(
      "INTEGRITY",
      `integrity check failed for ${id} from ${uri}: expected sha256 ${sha256} (${size} bytes), got sha256 ${actual} (${written} bytes); the download was discarded${await exists(finalPath) ? ` and the earlier copy at ${finalPath} was left untouched` : ""}`
    );
  if (options.validate)
    try {
      await options.validate(partial);
    } catch (err) {
      throw await unlink2(partial).catch(() => {
      }), err;
    }
  await chmod(partial, 292), await rename(partial, finalPath), await fsyncDir(artifactsDir);
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
    `no space left on the device for artifact ${o.id}: writing ${o.partial}${need} (from ${o.uri}) failed with ${code}; free space under ${path2.dirname(path2.dirname(o.partial))} or point the cache at a larger volume${o.size > 0 ? "; the partial download was removed" : ""}`,
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
  let fh = await open3(partial, fsc2.O_RDWR | fsc2.O_CREAT | fsc2.O_TRUNC, 420), actual;
  try {
    actual = await rangedDownload({ ...options, fh, partialPath: partial }), await fh.sync();
  } catch (err) {
    throw await fh.close().catch(() => {
    }), await unlink2(partial).catch(() => {
    }), err;
  }
  return await fh.close(), actual;
}
async function stampOf(file) {
  let s = await stat3(file, { bigint: !0 });
  return `size=${s.size} mtimeNs=${s.mtimeNs} ctimeNs=${s.ctimeNs} ino=${s.ino} dev=${s.dev}`;
}
var STAMP_PREFIX = "# mreg-stamp ";
async function isCached(finalPath, sidecar, sha256, size) {
  let s;
  try {
    s = await stat3(finalPath);
  } catch {
    return !1;
  }
  if (!s.isFile() || s.size !== size) return !1;
  let text = await readFile2(sidecar, "utf8").catch(() => ""), recorded = text.split(/\s/)[0], stamp = text.split(`
`).find((l) => l.startsWith(STAMP_PREFIX))?.slice(STAMP_PREFIX.length).trim();
  return recorded === sha256 && stamp !== void 0 && stamp === await stampOf(finalPath) ? !0 : await hashFile(finalPath) !== sha256 ? (await discard(finalPath, sidecar), !1) : (await chmod(finalPath, 292), await writeSidecar(sidecar, sha256, path2.basename(finalPath), await stampOf(finalPath)), !0);
}
async function scrubCachedFile(file, sha256) {
  let sidecar = `${file}.sha256`, s = await stat3(file).catch(() => null);
  return !s || !s.isFile() ? "missing" : await hashFile(file) !== sha256 ? (await discard(file, sidecar), "discarded") : (await chmod(file, 292), await writeSidecar(sidecar, sha256, path2.basename(file), await stampOf(file)), "ok");
}
async function discard(finalPath, sidecar) {
  await unlink2(sidecar).catch(() => {
  }), await unlink2(finalPath).catch(() => {
  });
}
async function hashFile(file) {
  let hash = createHash3("sha256"), fh = await open3(file, "r");
  try {
    for await (let chunk of fh.createReadStream({ highWaterMark: 4 * MiB3, autoClose: !1 })) hash.update(chunk);
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
    throw await unlink2(tmp).catch(() => {
    }), err;
  }
}
async function removeStalePartials(stagingDir, id) {
  for (let name of await readdir2(stagingDir)) {
    let m = /^(.*)\.(\d+)\.partial$/.exec(name);
    if (!m || m[1] !== id) continue;
    let pid = Number(m[2]);
    (pid === process.pid || !isAlive(pid)) && await unlink2(path2.join(stagingDir, name)).catch(() => {
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
  return stat3(p).then(
    () => !0,
    () => !1
  );
}

// src/store/index.ts
import { realpath } from "node:fs/promises";

// src/gguf/check.ts
import { open as open4 } from "node:fs/promises";
function hasGgufMagic(bytes) {
  return bytes.length >= 4 && Buffer.from(bytes.buffer, bytes.byteOffset, 4).readUInt32LE(0) === GGUF_MAGIC;
}
async function readMagic(file) {
  let fh = await open4(file, "r").catch((err) => {
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
      throw new MregError("GGUF", `${file}: general.file_type is missing from the GGUF header, so the stated quantization ${quantization} cannot be checked`);
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
  }), text = (v) => typeof v == "string" ? v : void 0, splitNo = h.metadata["split.no"], facts = {
    architecture: h.architecture,
    fileType: h.fileType,
    generalType: text(h.metadata["general.type"]),
    adapterType: text(h.metadata["adapter.type"]),
    splitNo: typeof splitNo == "number" ? splitNo : void 0
  };
  checkFacts(name, facts, quantization, o.requireFileType ?? !0, o);
}
function checkGgufHeaderBytes(bytes, quantization, o = {}) {
  let file = o.file ?? "the artifact";
  if (!hasGgufMagic(bytes)) throw notGguf(file, bytes, quantization);
  checkFacts(file, readHeaderFacts(bytes, file), quantization, o.requireFileType ?? !0, o);
}
function ggufFactsFromBytes(bytes, file) {
  if (!hasGgufMagic(bytes)) throw new MregError("GGUF", `${file}: not a GGUF file: found ${describeMagic(bytes)} where the GGUF magic "GGUF" was expected`);
  return readHeaderFacts(bytes, file);
}
var INT_READERS = {
  0: (b, at) => b.readUInt8(at),
  1: (b, at) => b.readInt8(at),
  2: (b, at) => b.readUInt16LE(at),
  3: (b, at) => b.readInt16LE(at),
  4: (b, at) => b.readUInt32LE(at),
  5: (b, at) => b.readInt32LE(at),
  10: (b, at) => Number(b.readBigUInt64LE(at)),
  11: (b, at) => Number(b.readBigInt64LE(at))
};
function readHeaderFacts(bytes, file) {
  let b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), pos = 4, short = (what) => {
    throw new MregError(
      "GGUF",
      `${file}: the first ${b.length} bytes of the GGUF header end inside ${what}, before general.architecture and general.file_type were found; read more of the file`
    );
  }, bad = (msg) => {
    throw new MregError("GGUF", `${file}: not a valid GGUF file: ${msg}`);
  }, need = (n, what) => {
    pos + n > b.length && short(what);
  }, u32 = (what) => {
    need(4, what);
    let v = b.readUInt32LE(pos);
    return pos += 4, v;
  }, u64 = (what) => {
    need(8, what);
    let v = b.readBigUInt64LE(pos);
    return pos += 8, v;
  }, str = (what) => {
    let len = u64(`${what} length`);
    len > 16n * 1024n * 1024n && bad(`${what} length ${len} is larger than the limit`), need(Number(len), what);
    let s = b.toString("utf8", pos, pos + Number(len));
    return pos += Number(len), s;
  }, skip = (type, what, depth = 0) => {
    if (type === 8 /* STRING */) {
      str(what);
      return;
    }
    if (type === 9 /* ARRAY */) {
      depth > 8 && bad(`${what}: arrays nested too deep`);
      let itemType = u32(`${what} array type`), n = u64(`${what} array length`);
      n > 64n * 1024n * 1024n && bad(`${what}: array length ${n} is larger than the limit`);
      let fixed = VALUE_TYPE_SIZE[itemType];
      if (fixed !== void 0) {
        need(fixed * Number(n), what), pos += fixed * Number(n);
        return;
      }
      for (let i = 0; i < Number(n); i++) skip(itemType, `${what}[${i}]`, depth + 1);
      return;
    }
    let size = VALUE_TYPE_SIZE[type];
    size === void 0 && bad(`${what}: unknown value type ${type}`), need(size, what), pos += size;
  }, version = u32("the version");
  version !== 2 && version !== 3 && bad(`unsupported GGUF version ${version} (2 and 3 are supported)`), u64("the tensor count");
  let kvCount = u64("the metadata count");
  kvCount > 65536n && bad(`metadata count is ${kvCount}, larger than the limit 65536`);
  let facts = {}, haveFileType = !1, pastGeneral = !1;
  for (let i = 0; i < Number(kvCount); i++) {
    let key = str(`metadata key #${i}`), type = u32(`metadata ${key} type`);
    if (key.startsWith("general.") || (pastGeneral = !0), key === "general.architecture" && type === 8 /* STRING */)
      facts.architecture = str(`metadata ${key}`);
    else if (key === "general.type" && type === 8 /* STRING */)
      facts.generalType = str(`metadata ${key}`);
    else if (key === "adapter.type" && type === 8 /* STRING */)
      facts.adapterType = str(`metadata ${key}`);
    else if (key === "split.no" && INT_READERS[type]) {
      let size = VALUE_TYPE_SIZE[type];
      if (need(size, `metadata ${key}`), facts.splitNo = INT_READERS[type](b, pos), pos += size, facts.splitNo > 0) break;
    } else if (key === "general.file_type" && INT_READERS[type]) {
      let size = VALUE_TYPE_SIZE[type];
      need(size, `metadata ${key}`), facts.fileType = INT_READERS[type](b, pos), pos += size, haveFileType = !0;
    } else
      skip(type, `metadata ${key}`);
    let typeKnown = facts.generalType !== void 0 || pastGeneral, adapterKnown = facts.generalType !== "adapter" || facts.adapterType !== void 0;
    if (facts.architecture !== void 0 && haveFileType && typeKnown && adapterKnown) break;
  }
  return facts;
}

// src/store/index.ts
function openStore(uri, options = {}) {
  if (typeof uri != "string" || uri.trim() === "")
    throw new MregError("USAGE", 'no artifact store: set "store" in registry/config.json or name one (a store URI)');
  if (uri.startsWith("s3://"))
    return new S3Store(uri, {
      endpoint: options.s3?.endpoint,
      region: options.s3?.region,
      forcePathStyle: options.s3?.force_path_style,
      credentials: options.credentials,
      queueSize: options.download?.concurrency,
      env: options.env
    });
  if (uri.startsWith("file://")) {
    let p;
    try {
      p = fileURLToPath2(uri);
    } catch (err) {
      throw new MregError("STORE", `invalid file store URI ${JSON.stringify(uri)}: expected file:///absolute/path`, { cause: err });
    }
    return new FileStore(p);
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(uri))
    throw new MregError("STORE", `unsupported store URI ${JSON.stringify(uri)}: expected s3://bucket/prefix, file:///path or a plain path`);
  return new FileStore(path3.resolve(options.baseDir ?? process.cwd(), uri));
}
function locateObject(uri, store, options = {}) {
  let key = store?.keyFor(uri);
  if (store && key) return { store, key };
  if (store && options.confine)
    throw new MregError(
      "STORE",
      `refusing artifact URI ${uri}: it is outside the configured store ${store.uri} (artifacts are only fetched from inside the store${store.kind === "s3" ? ": the same bucket, under its prefix" : " folder"})`
    );
  if (uri.startsWith("s3://")) {
    let m = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri);
    if (!m) throw new MregError("STORE", `invalid artifact URI ${JSON.stringify(uri)}: expected s3://bucket/key`);
    return { store: openStore(`s3://${m[1]}`, options), key: m[2] };
  }
  if (uri.startsWith("file://")) {
    let p = fileURLToPath2(uri);
    return { store: new FileStore(path3.dirname(p)), key: path3.basename(p) };
  }
  throw new MregError("STORE", `unsupported artifact URI ${JSON.stringify(uri)}: expected s3:// or file://`);
}
function artifactFiles(meta) {
  let seen = /* @__PURE__ */ new Set(), out = [];
  for (let f of [meta.artifact, ...meta.files ?? []])
    seen.has(f.uri) || (seen.add(f.uri), out.push(f));
  return out;
}
async function assertArtifactPresent(store, meta, options = {}) {
  let id = formatArtifactId(meta);
  for (let f of artifactFiles(meta)) {
    let { store: s, key } = locateObject(f.uri, store, options), info = await s.head(key);
    if (!info)
      throw new MregError(
        "NOT_FOUND",
        `artifact ${id} is missing from the store: ${f.uri} does not exist (it is registered, but its object was deleted or never uploaded)`
      );
    if (info.size !== f.size)
      throw new MregError("INTEGRITY", `artifact ${id} in the store has the wrong size: ${f.uri} is ${info.size} bytes, the registry records ${f.size}`);
  }
}
function cachedFilePaths(meta, cacheDir) {
  let files = artifactFiles(meta), sub = files.length > 1 ? [formatArtifactId(meta)] : [];
  return files.map((f) => path3.join(cacheDir, "artifacts", ...sub, f.uri.split("/").pop()));
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
  let root = await realpath(store.root).catch(() => store.root), real = await realpath(path3.join(store.root, ...key.split("/"))).catch(() => null);
  if (real === null) return;
  let rel = path3.relative(root, real);
  if (rel === "" || rel.startsWith("..") || path3.isAbsolute(rel))
    throw new MregError("STORE", `refusing artifact URI ${uri}: it resolves to ${real}, outside the configured store folder ${root}`);
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
  fsyncDir,
  scrubCachedFile,
  openStore,
  locateObject,
  artifactFiles,
  assertArtifactPresent,
  cachedFilePaths,
  downloadArtifact
};
