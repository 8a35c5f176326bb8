import type { CanaryConfigDocument, RegistryConfig } from '../core/documents.js';
/** Where the registry's files live in its repository, and registry/config.json with its defaults. */
export declare const REGISTRY_DIR = "registry";
export declare const REGISTRY_FILE = "registry/registry.json";
export declare const CONFIG_FILE = "registry/config.json";
export declare const MODELS_DIR = "registry/models";
export declare const DEFAULT_CONFIG: RegistryConfig;
/** The canary analysis when registry/config.json leaves `canary` (or a field of it) out. */
export declare const DEFAULT_CANARY: CanaryConfigDocument;
/**
 * The config's canary section with its defaults. What the schema cannot say is checked here, each
 * refusal naming the JSON pointer: steps strictly increasing, check names unique.
 */
export declare function canaryConfig(config: RegistryConfig): CanaryConfigDocument;
/** Reads and validates registry/config.json, filling what it leaves out from the defaults. */
export declare function loadConfig(root: string): Promise<RegistryConfig>;
/** A store URI relative to the repository (a plain path) is resolved against its root. */
export declare function resolveStoreUri(root: string, uri: string): string;
