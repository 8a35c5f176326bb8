export interface GgufCheckOptions {
    /** The file name or URI used in messages. */
    file?: string;
    /** general.file_type must be present (a gguf model, the main file of a full fine-tune). Default true. */
    requireFileType?: boolean;
    /**
     * What the file must be: 'lora' an adapter (general.type adapter, adapter.type lora); 'gguf' and
     * 'full' a model (anything but an adapter). Unset: not checked (a shard of a full fine-tune).
     */
    kind?: 'gguf' | 'lora' | 'full';
    /** A LoRA adapter's base: its general.architecture must be the adapter's (llama.cpp refuses others). */
    base?: {
        id: string;
        architecture: string;
    };
}
/** What the header says about the fields the checks need. */
export interface HeaderFacts {
    architecture?: string;
    fileType?: number;
    /** general.type: "model", "adapter", or absent (older writers: a model). */
    generalType?: string;
    /** adapter.type, e.g. "lora". */
    adapterType?: string;
    /** split.no of a split model (0 for the first file, which holds the metadata). */
    splitNo?: number;
}
/** True when `bytes` start with the GGUF magic. */
export declare function hasGgufMagic(bytes: Uint8Array): boolean;
/** The first 4 bytes of a file, as found (for messages and the magic check). */
export declare function readMagic(file: string): Promise<Buffer>;
/**
 * A local file must be a well-formed GGUF (magic checked first, whatever its name; then the whole
 * header and tensor bounds) whose general.file_type matches `quantization`. Throws MregError('GGUF')
 * naming the file, what was found and what was expected.
 */
export declare function checkGgufFile(file: string, quantization: string, o?: GgufCheckOptions): Promise<void>;
/**
 * The same check on the first bytes of a file (e.g. a ranged GET of the first MiB of an object):
 * the magic, then the header's metadata. Throws MregError('GGUF') naming `o.file`, what was
 * found and what was expected; when the bytes end inside the header, the message says so and asks
 * for a longer read.
 */
export declare function checkGgufHeaderBytes(bytes: Uint8Array, quantization: string, o?: GgufCheckOptions): Promise<void>;
/** The header facts of the first bytes of a GGUF file (e.g. a base model's architecture, read from the store). */
export declare function ggufFactsFromBytes(bytes: Uint8Array, file: string): Promise<HeaderFacts>;
