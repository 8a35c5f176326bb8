/**
 * Artifact identity: `{model}-v{major}.{minor}.{patch}-{quant}`, e.g. `llama3-instruct-v2.1.0-q4km`.
 * Every name here ends up in a path (git and the store), so anything that could escape one is refused.
 */
export declare const MODEL_RE: RegExp;
/** Each part at most 15 digits: it stays an exact number everywhere a version is compared. */
export declare const VERSION_RE: RegExp;
export declare const QUANT_RE: RegExp;
export interface ArtifactRef {
    model: string;
    version: string;
    quantization: string;
}
export declare function checkModel(model: string): string;
export declare function checkVersion(version: string): string;
export declare function checkQuantization(quant: string): string;
/**
 * The quantization family an artifact belongs to: its quantization token normalized
 * (`Q4_K_M`, `q4_k_m` and `q4km` are one family; `q8_0` and `f16` are different ones).
 * Used by the gate (core/gate-decision.ts re-exports it) and by the GGUF header check; it lives here so
 * that the check, which every download runs, does not load the gate's code.
 */
export declare function quantizationFamily(quantization: string): string;
export declare function checkRef(ref: ArtifactRef): ArtifactRef;
export declare function formatArtifactId(ref: ArtifactRef): string;
export declare function parseArtifactId(id: string): ArtifactRef;
export declare function compareVersions(a: string, b: string): number;
/** Paths relative to the repository root / store root. */
export declare function metadataPath(ref: ArtifactRef): string;
/** `<model>/v<x.y.z>/` inside a store, as the layout fixes it. */
export declare function storePrefix(ref: ArtifactRef): string;
export declare function storeFileKey(ref: ArtifactRef, extension?: string): string;
export declare function storeMetadataKey(ref: ArtifactRef): string;
