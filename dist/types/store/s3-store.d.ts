import type { S3Client } from '@aws-sdk/client-s3';
import { Readable } from 'node:stream';
import type { ArtifactStore, ListedObject, ObjectInfo, PutOptions, PutResult } from './artifact-store.js';
export interface S3StoreOptions {
    /** Wins over `AWS_ENDPOINT_URL_S3` / `AWS_ENDPOINT_URL`: it was written for this store. */
    endpoint?: string;
    region?: string;
    /** Defaults to true for endpoints that are not AWS (MinIO, Ceph, s3rver...). */
    forcePathStyle?: boolean;
    /** Tests pass explicit keys; everyone else gets the SDK's default chain (env, profile, OIDC, IMDS). */
    credentials?: {
        accessKeyId: string;
        secretAccessKey: string;
        sessionToken?: string;
    };
    /** Multipart part size for uploads (also the single-PUT threshold). */
    partSize?: number;
    /** Parallel parts in flight during an upload. */
    queueSize?: number;
    env?: NodeJS.ProcessEnv;
}
export declare function isAwsEndpoint(endpoint: string | undefined): boolean;
export declare function parseS3Uri(uri: string): {
    bucket: string;
    prefix: string;
};
export declare class S3Store implements ArtifactStore {
    readonly kind: "s3";
    readonly uri: string;
    readonly bucket: string;
    readonly prefix: string;
    private readonly config;
    private sdk;
    private readonly partSize;
    private readonly queueSize;
    constructor(uri: string, options?: S3StoreOptions);
    /**
     * The SDK is loaded on first use (~150 ms of start-up): a command against a folder store, or one
     * that never touches the store, does not pay for it.
     */
    private loadSdk;
    /** The SDK client (for callers that need S3 operations this interface does not have). */
    getClient(): Promise<S3Client>;
    private objectKey;
    uriFor(key: string): string;
    keyFor(uri: string): string | null;
    head(key: string): Promise<ObjectInfo | null>;
    putFile(key: string, localPath: string, options?: PutOptions): Promise<PutResult>;
    putBytes(key: string, data: Uint8Array | string, options?: PutOptions): Promise<PutResult>;
    private upload;
    getRange(key: string, start: number, end: number): Promise<Readable>;
    getBytes(key: string): Promise<Buffer>;
    list(prefix: string): Promise<ListedObject[]>;
}
