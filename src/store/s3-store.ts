import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { MregError } from '../core/errors.js';
import type { ArtifactStore, ListedObject, ObjectInfo, PutOptions, PutResult } from './artifact-store.js';
import { HashingStream, checkKey, checkPrefix, existsError } from './util.js';

export interface S3StoreOptions {
  /** Wins over `AWS_ENDPOINT_URL_S3` / `AWS_ENDPOINT_URL`: it was written for this store. */
  endpoint?: string;
  region?: string;
  /** Defaults to true for endpoints that are not AWS (MinIO, Ceph, s3rver...). */
  forcePathStyle?: boolean;
  /** Tests pass explicit keys; everyone else gets the SDK's default chain (env, profile, OIDC, IMDS). */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** Multipart part size for uploads (also the single-PUT threshold). */
  partSize?: number;
  /** Parallel parts in flight during an upload. */
  queueSize?: number;
  env?: NodeJS.ProcessEnv;
}

const MiB = 1024 * 1024;
/** S3 allows 10,000 parts; keep a margin so a 100 GB model still fits with the default part size. */
const MAX_PARTS = 9_000;

export function isAwsEndpoint(endpoint: string | undefined): boolean {
  if (!endpoint) return true;
  try {
    const host = new URL(endpoint).hostname;
    return host.endsWith('.amazonaws.com') || host.endsWith('.amazonaws.com.cn') || host.endsWith('.api.aws');
  } catch {
    return false;
  }
}

export function parseS3Uri(uri: string): { bucket: string; prefix: string } {
  const m = /^s3:\/\/([^/]+)(?:\/(.*))?$/.exec(uri);
  if (!m || !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(m[1])) {
    throw new MregError('STORE', `invalid S3 store URI ${JSON.stringify(uri)}: expected s3://bucket[/prefix]`);
  }
  const prefix = (m[2] ?? '').replace(/\/+$/, '');
  if (prefix) checkKey(prefix);
  return { bucket: m[1], prefix };
}

export class S3Store implements ArtifactStore {
  readonly kind = 's3' as const;
  readonly uri: string;
  readonly bucket: string;
  readonly prefix: string;
  private readonly config: S3ClientConfig;
  private sdk: Promise<{
    s3: typeof import('@aws-sdk/client-s3');
    storage: typeof import('@aws-sdk/lib-storage');
    client: S3Client;
  }> | null = null;
  private readonly partSize: number;
  private readonly queueSize: number;

  constructor(uri: string, options: S3StoreOptions = {}) {
    const { bucket, prefix } = parseS3Uri(uri);
    this.bucket = bucket;
    this.prefix = prefix;
    this.uri = `s3://${bucket}${prefix ? `/${prefix}` : ''}`;
    const env = options.env ?? process.env;
    const endpoint = options.endpoint || env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || undefined;
    const aws = isAwsEndpoint(endpoint);
    const config: S3ClientConfig = {
      endpoint,
      // A custom endpoint still needs a region to sign with; AWS itself resolves it from the chain.
      region: options.region || env.AWS_REGION || env.AWS_DEFAULT_REGION || (aws ? undefined : 'us-east-1'),
      forcePathStyle: options.forcePathStyle ?? !aws,
      credentials: options.credentials,
      maxAttempts: 4,
    };
    if (!aws) {
      // The SDK's default CRC32 checksums (aws-chunked uploads, checksum headers on every request)
      // break several S3-compatible servers; only send them where an operation requires one.
      config.requestChecksumCalculation = 'WHEN_REQUIRED';
      config.responseChecksumValidation = 'WHEN_REQUIRED';
    }
    // mreg supports Node 20 (package.json engines); the SDK's notice about its own future Node
    // policy would print on every command and tells a user nothing they can act on here.
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
    this.config = config;
    this.partSize = Math.max(options.partSize ?? 16 * MiB, 5 * MiB); // S3's minimum part size;
    this.queueSize = Math.max(1, options.queueSize ?? 4);
  }

  /**
   * The SDK is loaded on first use (~150 ms of start-up): a command against a folder store, or one
   * that never touches the store, does not pay for it.
   */
  private loadSdk() {
    this.sdk ??= (async () => {
      const [s3m, storagem] = await Promise.all([import('@aws-sdk/client-s3'), import('@aws-sdk/lib-storage')]);
      // Bundled as CommonJS, a dynamically imported package may sit on `default`.
      const s3 = (s3m.S3Client ? s3m : (s3m as unknown as { default: typeof s3m }).default) as typeof s3m;
      const storage = (
        storagem.Upload ? storagem : (storagem as unknown as { default: typeof storagem }).default
      ) as typeof storagem;
      return { s3, storage, client: new s3.S3Client(this.config) };
    })();
    return this.sdk;
  }

  /** The SDK client (for callers that need S3 operations this interface does not have). */
  async getClient(): Promise<S3Client> {
    return (await this.loadSdk()).client;
  }

  private objectKey(key: string): string {
    checkKey(key);
    return this.prefix ? `${this.prefix}/${key}` : key;
  }

  uriFor(key: string): string {
    return `s3://${this.bucket}/${this.objectKey(key)}`;
  }

  keyFor(uri: string): string | null {
    const base = `${this.uri}/`;
    if (!uri.startsWith(base)) return null;
    const key = uri.slice(base.length);
    try {
      return checkKey(key);
    } catch {
      return null;
    }
  }

  async head(key: string): Promise<ObjectInfo | null> {
    try {
      const { s3, client } = await this.loadSdk();
      const out = await client.send(new s3.HeadObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return { size: Number(out.ContentLength ?? 0), etag: out.ETag };
    } catch (err) {
      if (httpStatus(err) === 404) return null;
      throw s3Error(`HEAD ${this.uriFor(key)}`, err);
    }
  }

  async putFile(key: string, localPath: string, options: PutOptions = {}): Promise<PutResult> {
    const total = (await stat(localPath)).size;
    return this.upload(key, createReadStream(localPath, { highWaterMark: MiB }), total, options);
  }

  async putBytes(key: string, data: Uint8Array | string, options: PutOptions = {}): Promise<PutResult> {
    const buf =
      typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return this.upload(key, Readable.from([buf]), buf.length, { contentType: 'application/json', ...options });
  }

  private async upload(key: string, source: Readable, total: number, options: PutOptions): Promise<PutResult> {
    const uri = this.uriFor(key);
    // HEAD first: s3rver and some older S3-compatible servers ignore If-None-Match, so this is the
    // only refusal they get. It leaves a race between two publishers; git serializes them when the
    // metadata is registered, and fetch verifies the pinned sha256 whatever the store holds.
    if (await this.head(key)) throw existsError(uri);
    const hasher = new HashingStream(total);
    const body = source.pipe(hasher);
    source.on('error', (err) => hasher.destroy(err));
    const { storage, client } = await this.loadSdk();
    const upload = new storage.Upload({
      client,
      params: {
        Bucket: this.bucket,
        Key: this.objectKey(key),
        Body: body,
        ContentType: options.contentType ?? 'application/octet-stream',
        // Real S3 (and MinIO) refuse the write atomically when the key exists; lib-storage puts it
        // on PutObject and on CompleteMultipartUpload, where the object comes into being.
        IfNoneMatch: '*',
      },
      partSize: Math.max(this.partSize, Math.ceil(total / MAX_PARTS)),
      queueSize: this.queueSize,
      leavePartsOnError: false,
    });
    if (options.onProgress) {
      const onProgress = options.onProgress;
      upload.on('httpUploadProgress', (p) => onProgress(p.loaded ?? 0, total));
    }
    let etag: string | undefined;
    try {
      etag = (await upload.done()).ETag;
    } catch (err) {
      const status = httpStatus(err);
      // 412: the key exists; 409: a concurrent conditional write to the same key is in flight.
      if (status === 412 || status === 409) throw existsError(uri);
      throw s3Error(`upload to ${uri}`, err);
    }
    if (hasher.bytes !== total) {
      throw new MregError(
        'STORE',
        `upload to ${uri}: read ${hasher.bytes} bytes but the file had ${total}; did it change during the upload?`,
      );
    }
    return { sha256: hasher.digest(), size: hasher.bytes, uri, etag };
  }

  async getRange(key: string, start: number, end: number): Promise<Readable> {
    try {
      const { s3, client } = await this.loadSdk();
      const out = await client.send(
        new s3.GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key), Range: `bytes=${start}-${end}` }),
      );
      return out.Body as Readable;
    } catch (err) {
      if (httpStatus(err) === 404) throw new MregError('NOT_FOUND', `artifact object not found: ${this.uriFor(key)}`);
      throw s3Error(`GET ${this.uriFor(key)} bytes ${start}-${end}`, err);
    }
  }

  async getBytes(key: string): Promise<Buffer> {
    try {
      const { s3, client } = await this.loadSdk();
      const out = await client.send(new s3.GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return Buffer.from(await out.Body!.transformToByteArray());
    } catch (err) {
      if (httpStatus(err) === 404) throw new MregError('NOT_FOUND', `artifact object not found: ${this.uriFor(key)}`);
      throw s3Error(`GET ${this.uriFor(key)}`, err);
    }
  }

  async list(prefix: string): Promise<ListedObject[]> {
    checkPrefix(prefix);
    const full = this.prefix ? `${this.prefix}/${prefix}` : prefix;
    const strip = this.prefix ? this.prefix.length + 1 : 0;
    const out: ListedObject[] = [];
    let token: string | undefined;
    do {
      let page;
      try {
        const { s3, client } = await this.loadSdk();
        page = await client.send(
          new s3.ListObjectsV2Command({ Bucket: this.bucket, Prefix: full, ContinuationToken: token }),
        );
      } catch (err) {
        throw s3Error(`LIST ${this.uri}/${prefix}`, err);
      }
      for (const o of page.Contents ?? []) {
        if (o.Key) out.push({ key: o.Key.slice(strip), size: Number(o.Size ?? 0) });
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return out;
  }
}

function httpStatus(err: unknown): number | undefined {
  const e = err as { $metadata?: { httpStatusCode?: number }; name?: string };
  if (e?.$metadata?.httpStatusCode) return e.$metadata.httpStatusCode;
  if (e?.name === 'NotFound' || e?.name === 'NoSuchKey') return 404;
  if (e?.name === 'PreconditionFailed') return 412;
  return undefined;
}

function s3Error(what: string, err: unknown): MregError {
  const e = err as { name?: string; message?: string };
  const status = httpStatus(err);
  const hint =
    status === 403
      ? ' (access denied: check the credentials from the default chain, or that the identity may read/write this bucket)'
      : '';
  return new MregError(
    'STORE',
    `${what} failed: ${e?.name ?? 'Error'}${status ? ` (HTTP ${status})` : ''}: ${e?.message ?? String(err)}${hint}`,
    {
      cause: err,
    },
  );
}
