import {
  formatArtifactId
} from "./chunk-6XFSSTIM.js";
import {
  MregError
} from "./chunk-J65ZUYIW.js";

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
  return new MregError(
    "EXISTS",
    `refusing to overwrite ${uri}: the object already exists (artifacts are written once; publish a new version instead)`
  );
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
import { constants as fsc } from "node:fs";
import { createReadStream, createWriteStream } from "node:fs";
import { link, mkdir, open as open2, readdir, readFile, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { pathToFileURL, fileURLToPath } from "node:url";
import { randomBytes } from "node:crypto";
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
      if (err.code === "ENOENT" || err.code === "ENOTDIR")
        return null;
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
      throw new MregError(
        "STORE",
        `upload to ${uri}: read ${hasher.bytes} bytes but the file had ${total}; did it change during the upload?`
      );
    return { sha256: hasher.digest(), size: hasher.bytes, uri, etag };
  }
  async getRange(key, start, end) {
    try {
      let { s3, client } = await this.loadSdk();
      return (await client.send(
        new s3.GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key), Range: `bytes=${start}-${end}` })
      )).Body;
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
        page = await client.send(
          new s3.ListObjectsV2Command({ Bucket: this.bucket, Prefix: full, ContinuationToken: token })
        );
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
  return new MregError(
    "STORE",
    `${what} failed: ${e?.name ?? "Error"}${status ? ` (HTTP ${status})` : ""}: ${e?.message ?? String(err)}${hint}`,
    {
      cause: err
    }
  );
}

// src/store/open.ts
import path2 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
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
      throw new MregError("STORE", `invalid file store URI ${JSON.stringify(uri)}: expected file:///absolute/path`, {
        cause: err
      });
    }
    return new FileStore(p);
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(uri))
    throw new MregError(
      "STORE",
      `unsupported store URI ${JSON.stringify(uri)}: expected s3://bucket/prefix, file:///path or a plain path`
    );
  return new FileStore(path2.resolve(options.baseDir ?? process.cwd(), uri));
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
    return { store: new FileStore(path2.dirname(p)), key: path2.basename(p) };
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
      throw new MregError(
        "INTEGRITY",
        `artifact ${id} in the store has the wrong size: ${f.uri} is ${info.size} bytes, the registry records ${f.size}`
      );
  }
}

export {
  fsyncDir,
  FileStore,
  isAwsEndpoint,
  parseS3Uri,
  S3Store,
  openStore,
  locateObject,
  artifactFiles,
  assertArtifactPresent
};
