import {
  init_protocols,
  protocols_exports,
  require_dist_cjs
} from "./chunk-XIRU2EYN.js";
import {
  endpoints_exports,
  init_endpoints
} from "./chunk-GWYTUX4A.js";
import {
  __commonJS,
  __require,
  __toCommonJS
} from "./chunk-SE6IUDCK.js";

// node_modules/@aws-sdk/lib-storage/dist-cjs/index.js
var require_dist_cjs2 = __commonJS({
  "node_modules/@aws-sdk/lib-storage/dist-cjs/index.js"(exports) {
    var { PutObjectCommand, ChecksumAlgorithm, CreateMultipartUploadCommand, AbortMultipartUploadCommand, UploadPartCommand, CompleteMultipartUploadCommand, PutObjectTaggingCommand } = require_dist_cjs(), { toEndpointV1, getEndpointFromInstructions } = (init_endpoints(), __toCommonJS(endpoints_exports)), { extendedEncodeURIComponent } = (init_protocols(), __toCommonJS(protocols_exports)), { EventEmitter } = __require("events"), { Buffer } = __require("buffer"), { statSync, ReadStream } = __require("node:fs"), { Readable } = __require("stream"), runtimeConfigShared = {
      statSync: () => {
      },
      isFileReadStream(f) {
        return !1;
      }
    }, runtimeConfig = {
      ...runtimeConfigShared,
      runtime: "node",
      statSync,
      isFileReadStream(f) {
        return f instanceof ReadStream;
      }
    }, byteLength = (input) => {
      if (input == null)
        return 0;
      if (typeof input == "string")
        return Buffer.byteLength(input);
      if (typeof input.byteLength == "number")
        return input.byteLength;
      if (typeof input.length == "number")
        return input.length;
      if (typeof input.size == "number")
        return input.size;
      if (typeof input.start == "number" && typeof input.end == "number")
        return input.end + 1 - input.start;
      if (runtimeConfig.isFileReadStream(input))
        try {
          return runtimeConfig.statSync(input.path).size;
        } catch {
          return;
        }
    }, BYTE_LENGTH_SOURCE;
    (function(BYTE_LENGTH_SOURCE2) {
      BYTE_LENGTH_SOURCE2.EMPTY_INPUT = "a null or undefined Body", BYTE_LENGTH_SOURCE2.CONTENT_LENGTH = "the ContentLength property of the params set by the caller", BYTE_LENGTH_SOURCE2.STRING_LENGTH = "the encoded byte length of the Body string", BYTE_LENGTH_SOURCE2.TYPED_ARRAY = "the byteLength of a typed byte array such as Uint8Array", BYTE_LENGTH_SOURCE2.LENGTH = "the value of Body.length", BYTE_LENGTH_SOURCE2.SIZE = "the value of Body.size", BYTE_LENGTH_SOURCE2.START_END_DIFF = "the numeric difference between Body.start and Body.end", BYTE_LENGTH_SOURCE2.STAT = "the size of the file given by Body.path on disk as reported by statSync";
    })(BYTE_LENGTH_SOURCE || (BYTE_LENGTH_SOURCE = {}));
    var byteLengthSource = (input, override) => {
      if (override != null)
        return BYTE_LENGTH_SOURCE.CONTENT_LENGTH;
      if (input == null)
        return BYTE_LENGTH_SOURCE.EMPTY_INPUT;
      if (typeof input == "string")
        return BYTE_LENGTH_SOURCE.STRING_LENGTH;
      if (typeof input.byteLength == "number")
        return BYTE_LENGTH_SOURCE.TYPED_ARRAY;
      if (typeof input.length == "number")
        return BYTE_LENGTH_SOURCE.LENGTH;
      if (typeof input.size == "number")
        return BYTE_LENGTH_SOURCE.SIZE;
      if (typeof input.start == "number" && typeof input.end == "number")
        return BYTE_LENGTH_SOURCE.START_END_DIFF;
      if (runtimeConfig.isFileReadStream(input))
        try {
          return runtimeConfig.statSync(input.path).size, BYTE_LENGTH_SOURCE.STAT;
        } catch {
          return;
        }
    };
    async function* getChunkStream(data, partSize, getNextData) {
      let partNumber = 1, currentBuffer = { chunks: [], length: 0 };
      for await (let datum of getNextData(data))
        for (currentBuffer.chunks.push(datum), currentBuffer.length += datum.byteLength; currentBuffer.length > partSize; ) {
          let dataChunk = currentBuffer.chunks.length > 1 ? Buffer.concat(currentBuffer.chunks) : currentBuffer.chunks[0];
          yield {
            partNumber,
            data: dataChunk.subarray(0, partSize)
          }, currentBuffer.chunks = [dataChunk.subarray(partSize)], currentBuffer.length = currentBuffer.chunks[0].byteLength, partNumber += 1;
        }
      yield {
        partNumber,
        data: currentBuffer.chunks.length !== 1 ? Buffer.concat(currentBuffer.chunks) : currentBuffer.chunks[0],
        lastPart: !0
      };
    }
    async function* getChunkUint8Array(data, partSize) {
      let partNumber = 1, startByte = 0, endByte = partSize;
      for (; endByte < data.byteLength; )
        yield {
          partNumber,
          data: data.subarray(startByte, endByte)
        }, partNumber += 1, startByte = endByte, endByte = startByte + partSize;
      yield {
        partNumber,
        data: data.subarray(startByte),
        lastPart: !0
      };
    }
    async function* getDataReadable(data) {
      for await (let chunk of data)
        Buffer.isBuffer(chunk) || chunk instanceof Uint8Array ? yield chunk : yield Buffer.from(chunk);
    }
    async function* getDataReadableStream(data) {
      let reader = data.getReader();
      try {
        for (; ; ) {
          let { done, value } = await reader.read();
          if (done)
            return;
          Buffer.isBuffer(value) || value instanceof Uint8Array ? yield value : yield Buffer.from(value);
        }
      } catch (e) {
        throw e;
      } finally {
        reader.releaseLock();
      }
    }
    var getChunk = (data, partSize) => {
      if (data instanceof Uint8Array)
        return getChunkUint8Array(data, partSize);
      if (data instanceof Readable)
        return getChunkStream(data, partSize, getDataReadable);
      if (data instanceof String || typeof data == "string")
        return getChunkUint8Array(Buffer.from(data), partSize);
      if (typeof data.stream == "function")
        return getChunkStream(data.stream(), partSize, getDataReadableStream);
      if (data instanceof ReadableStream)
        return getChunkStream(data, partSize, getDataReadableStream);
      throw new Error("Body Data is unsupported format, expected data to be one of: string | Uint8Array | Buffer | Readable | ReadableStream | Blob;.");
    }, Upload = class _Upload extends EventEmitter {
      static MIN_PART_SIZE = 1024 * 1024 * 5;
      MAX_PARTS = 1e4;
      queueSize = 4;
      partSize;
      leavePartsOnError = !1;
      tags = [];
      client;
      params;
      totalBytes;
      totalBytesSource;
      bytesUploadedSoFar;
      abortController;
      concurrentUploaders = [];
      createMultiPartPromise;
      abortMultipartUploadCommand = null;
      uploadedParts = [];
      uploadEnqueuedPartsCount = 0;
      expectedPartsCount;
      uploadId;
      uploadEvent;
      isMultiPart = !0;
      singleUploadResult;
      sent = !1;
      constructor(options) {
        if (super(), this.queueSize = options.queueSize || this.queueSize, this.leavePartsOnError = options.leavePartsOnError || this.leavePartsOnError, this.tags = options.tags || this.tags, this.client = options.client, this.params = options.params, !this.params)
          throw new Error("InputError: Upload requires params to be passed to upload.");
        this.totalBytes = this.params.ContentLength ?? byteLength(this.params.Body), this.totalBytesSource = byteLengthSource(this.params.Body, this.params.ContentLength), this.bytesUploadedSoFar = 0, this.abortController = options.abortController ?? new AbortController(), this.partSize = options.partSize || Math.max(_Upload.MIN_PART_SIZE, Math.ceil((this.totalBytes || 0) / this.MAX_PARTS)), this.totalBytes !== void 0 && (this.expectedPartsCount = Math.ceil(this.totalBytes / this.partSize)), this.__validateInput();
      }
      async abort() {
        this.abortController.abort();
      }
      async done() {
        if (this.sent)
          throw new Error("@aws-sdk/lib-storage: this instance of Upload has already executed .done(). Create a new instance.");
        return this.sent = !0, await Promise.race([this.__doMultipartUpload(), this.__abortTimeout(this.abortController.signal)]);
      }
      on(event, listener) {
        return this.uploadEvent = event, super.on(event, listener);
      }
      async __uploadUsingPut(dataPart) {
        this.isMultiPart = !1;
        let params = { ...this.params, Body: dataPart.data }, clientConfig = this.client.config, requestHandler = clientConfig.requestHandler, eventEmitter = requestHandler instanceof EventEmitter ? requestHandler : null, uploadEventListener = (event) => {
          this.bytesUploadedSoFar = event.loaded, this.totalBytes = event.total, this.__notifyProgress({
            loaded: this.bytesUploadedSoFar,
            total: this.totalBytes,
            part: dataPart.partNumber,
            Key: this.params.Key,
            Bucket: this.params.Bucket
          });
        };
        eventEmitter !== null && eventEmitter.on("xhr.upload.progress", uploadEventListener);
        let resolved = await Promise.all([this.client.send(new PutObjectCommand(params)), clientConfig?.endpoint?.()]), putResult = resolved[0], endpoint = resolved[1];
        if (endpoint || (endpoint = toEndpointV1(await getEndpointFromInstructions(params, PutObjectCommand, {
          ...clientConfig
        }))), !endpoint)
          throw new Error('Could not resolve endpoint from S3 "client.config.endpoint()" nor EndpointsV2.');
        eventEmitter !== null && eventEmitter.off("xhr.upload.progress", uploadEventListener);
        let locationKey = this.params.Key.split("/").map((segment) => extendedEncodeURIComponent(segment)).join("/"), locationBucket = extendedEncodeURIComponent(this.params.Bucket), Location = (() => {
          let endpointHostnameIncludesBucket = endpoint.hostname.startsWith(`${locationBucket}.`), forcePathStyle = this.client.config.forcePathStyle, optionalPort = endpoint.port ? `:${endpoint.port}` : "";
          return forcePathStyle ? `${endpoint.protocol}//${endpoint.hostname}${optionalPort}/${locationBucket}/${locationKey}` : endpointHostnameIncludesBucket ? `${endpoint.protocol}//${endpoint.hostname}${optionalPort}/${locationKey}` : `${endpoint.protocol}//${locationBucket}.${endpoint.hostname}${optionalPort}/${locationKey}`;
        })();
        this.singleUploadResult = {
          ...putResult,
          Bucket: this.params.Bucket,
          Key: this.params.Key,
          Location
        };
        let totalSize = byteLength(dataPart.data);
        this.__notifyProgress({
          loaded: totalSize,
          total: totalSize,
          part: 1,
          Key: this.params.Key,
          Bucket: this.params.Bucket
        });
      }
      async __createMultipartUpload() {
        let requestChecksumCalculation = await this.client.config.requestChecksumCalculation();
        if (!this.createMultiPartPromise) {
          let createCommandParams = { ...this.params, Body: void 0 };
          requestChecksumCalculation === "WHEN_SUPPORTED" && (createCommandParams.ChecksumAlgorithm = this.params.ChecksumAlgorithm || ChecksumAlgorithm.CRC32), this.createMultiPartPromise = this.client.send(new CreateMultipartUploadCommand(createCommandParams)).then((createMpuResponse) => (this.abortMultipartUploadCommand = new AbortMultipartUploadCommand({
            Bucket: this.params.Bucket,
            Key: this.params.Key,
            UploadId: createMpuResponse.UploadId
          }), createMpuResponse));
        }
        return this.createMultiPartPromise;
      }
      async __doConcurrentUpload(dataFeeder) {
        for await (let dataPart of dataFeeder) {
          if (this.uploadEnqueuedPartsCount > this.MAX_PARTS)
            throw new Error(`Exceeded ${this.MAX_PARTS} parts in multipart upload to Bucket: ${this.params.Bucket} Key: ${this.params.Key}.`);
          if (this.abortController.signal.aborted)
            return;
          if (dataPart.partNumber === 1 && dataPart.lastPart)
            return await this.__uploadUsingPut(dataPart);
          if (!this.uploadId) {
            let { UploadId } = await this.__createMultipartUpload();
            if (this.uploadId = UploadId, this.abortController.signal.aborted)
              return;
          }
          let partSize = byteLength(dataPart.data) || 0, requestHandler = this.client.config.requestHandler, eventEmitter = requestHandler instanceof EventEmitter ? requestHandler : null, lastSeenBytes = 0, uploadEventListener = (event, request) => {
            (Number(request.query.partNumber) || -1) === dataPart.partNumber && (event.total && partSize && (this.bytesUploadedSoFar += event.loaded - lastSeenBytes, lastSeenBytes = event.loaded), this.__notifyProgress({
              loaded: this.bytesUploadedSoFar,
              total: this.totalBytes,
              part: dataPart.partNumber,
              Key: this.params.Key,
              Bucket: this.params.Bucket
            }));
          };
          eventEmitter !== null && eventEmitter.on("xhr.upload.progress", uploadEventListener), this.uploadEnqueuedPartsCount += 1, this.__validateUploadPart(dataPart);
          let partResult = await this.client.send(new UploadPartCommand({
            ...this.params,
            ContentLength: void 0,
            UploadId: this.uploadId,
            Body: dataPart.data,
            PartNumber: dataPart.partNumber
          }));
          if (eventEmitter !== null && eventEmitter.off("xhr.upload.progress", uploadEventListener), this.abortController.signal.aborted)
            return;
          if (!partResult.ETag)
            throw new Error(`Part ${dataPart.partNumber} is missing ETag in UploadPart response. Missing Bucket CORS configuration for ETag header?`);
          this.uploadedParts.push({
            PartNumber: dataPart.partNumber,
            ETag: partResult.ETag,
            ...partResult.ChecksumCRC32 && { ChecksumCRC32: partResult.ChecksumCRC32 },
            ...partResult.ChecksumCRC32C && { ChecksumCRC32C: partResult.ChecksumCRC32C },
            ...partResult.ChecksumCRC64NVME && { ChecksumCRC64NVME: partResult.ChecksumCRC64NVME },
            ...partResult.ChecksumSHA1 && { ChecksumSHA1: partResult.ChecksumSHA1 },
            ...partResult.ChecksumSHA256 && { ChecksumSHA256: partResult.ChecksumSHA256 }
          }), eventEmitter === null && (this.bytesUploadedSoFar += partSize), this.__notifyProgress({
            loaded: this.bytesUploadedSoFar,
            total: this.totalBytes,
            part: dataPart.partNumber,
            Key: this.params.Key,
            Bucket: this.params.Bucket
          });
        }
      }
      async __doMultipartUpload() {
        let dataFeeder = getChunk(this.params.Body, this.partSize), concurrentUploaderFailures = [];
        for (let index = 0; index < this.queueSize; index++) {
          let currentUpload = this.__doConcurrentUpload(dataFeeder).catch((err) => {
            concurrentUploaderFailures.push(err);
          });
          this.concurrentUploaders.push(currentUpload);
        }
        if (await Promise.all(this.concurrentUploaders), concurrentUploaderFailures.length >= 1)
          throw await this.markUploadAsAborted(), concurrentUploaderFailures[0];
        if (this.abortController.signal.aborted)
          throw await this.markUploadAsAborted(), Object.assign(new Error("Upload aborted."), { name: "AbortError" });
        let result;
        if (this.isMultiPart) {
          let { expectedPartsCount, uploadedParts, totalBytes, totalBytesSource } = this;
          if (totalBytes !== void 0 && expectedPartsCount !== void 0 && uploadedParts.length !== expectedPartsCount)
            throw await this.markUploadAsAborted(), new Error(`Expected ${expectedPartsCount} part(s) but uploaded ${uploadedParts.length} part(s).
The expected part count is based on the byte-count of the input.params.Body,
which was read from ${totalBytesSource} and is ${totalBytes}.
If this is not correct, provide an override value by setting a number
to input.params.ContentLength in bytes.
`);
          this.uploadedParts.sort((a, b) => a.PartNumber - b.PartNumber);
          let uploadCompleteParams = {
            ...this.params,
            Body: void 0,
            UploadId: this.uploadId,
            MultipartUpload: {
              Parts: this.uploadedParts
            }
          };
          try {
            result = await this.client.send(new CompleteMultipartUploadCommand(uploadCompleteParams));
          } catch (e) {
            throw await this.markUploadAsAborted().catch((abortError) => {
              e instanceof Error && e.cause === void 0 && (e.cause = abortError);
            }), e;
          }
          typeof result?.Location == "string" && result.Location.includes("%2F") && (result.Location = result.Location.replace(/%2F/g, "/"));
        } else
          result = this.singleUploadResult;
        return this.abortMultipartUploadCommand = null, this.tags.length && await this.client.send(new PutObjectTaggingCommand({
          ...this.params,
          Tagging: {
            TagSet: this.tags
          }
        })), result;
      }
      async markUploadAsAborted() {
        this.uploadId && !this.leavePartsOnError && this.abortMultipartUploadCommand !== null && (await this.client.send(this.abortMultipartUploadCommand), this.abortMultipartUploadCommand = null);
      }
      __notifyProgress(progress) {
        this.uploadEvent && this.emit(this.uploadEvent, progress);
      }
      async __abortTimeout(abortSignal) {
        return new Promise((resolve, reject) => {
          abortSignal.onabort = () => {
            let abortError = new Error("Upload aborted.");
            abortError.name = "AbortError", reject(abortError);
          };
        });
      }
      __validateUploadPart(dataPart) {
        let actualPartSize = byteLength(dataPart.data);
        if (actualPartSize === void 0)
          throw new Error(`A dataPart was generated without a measurable data chunk size for part number ${dataPart.partNumber}`);
        if (!(dataPart.partNumber === 1 && dataPart.lastPart) && !dataPart.lastPart && actualPartSize !== this.partSize)
          throw new Error(`The byte size for part number ${dataPart.partNumber}, size ${actualPartSize} does not match expected size ${this.partSize}`);
      }
      __validateInput() {
        if (!this.client)
          throw new Error("InputError: Upload requires a AWS client to do uploads with.");
        if (this.partSize < _Upload.MIN_PART_SIZE)
          throw new Error(`EntityTooSmall: Your proposed upload part size [${this.partSize}] is smaller than the minimum allowed size [${_Upload.MIN_PART_SIZE}] (5MB)`);
        if (this.queueSize < 1)
          throw new Error("Queue size: Must have at least one uploading queue.");
      }
    };
    exports.Upload = Upload;
  }
});
export default require_dist_cjs2();
