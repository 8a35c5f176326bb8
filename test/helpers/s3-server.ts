// A real S3-protocol server on loopback for tests: s3rver on 127.0.0.1, a free port, a temp folder.
// Credentials and endpoint are returned (and as an `env` for child processes), never set globally,
// so suites running side by side cannot point each other at the wrong server.
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const require = createRequire(import.meta.url);

export interface S3TestServer {
  endpoint: string;
  bucket: string;
  region: string;
  /** s3rver's only key pair. */
  credentials: { accessKeyId: string; secretAccessKey: string };
  /** For child processes (`mreg` via spawn): merge into their env. */
  env: Record<string, string>;
  /** Where s3rver keeps objects (`<dir>/<bucket>/<key>._S3rver_object`). */
  directory: string;
  stop(): Promise<void>;
}

export async function startS3Server(options: { bucket?: string } = {}): Promise<S3TestServer> {
  // s3rver is CommonJS without types.
  const S3rver = require('s3rver') as new (opts: Record<string, unknown>) => {
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
  };
  const bucket = options.bucket ?? 'models';
  const directory = await mkdtemp(path.join(os.tmpdir(), 'mreg-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    vhostBuckets: false,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const address = await server.run();
  const endpoint = `http://127.0.0.1:${address.port}`;
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  const region = 'us-east-1';
  return {
    endpoint,
    bucket,
    region,
    credentials,
    directory,
    env: {
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      AWS_REGION: region,
      AWS_DEFAULT_REGION: region,
      AWS_ENDPOINT_URL_S3: endpoint,
      AWS_ENDPOINT_URL: endpoint,
      // Keep a developer's ~/.aws profile out of the tests.
      AWS_CONFIG_FILE: path.join(directory, 'no-aws-config'),
      AWS_SHARED_CREDENTIALS_FILE: path.join(directory, 'no-aws-credentials'),
    },
    async stop() {
      await server.close().catch(() => undefined);
      await rm(directory, { recursive: true, force: true });
    },
  };
}
