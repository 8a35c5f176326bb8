import path from 'node:path';
import { usage } from '../../core/errors.js';
import type { ArtifactKind } from '../../core/documents.js';
import { normalizeQuantization } from '../../gguf/format.js';
import { openContext } from '../../state/context.js';
import { fetchById } from '../../ops/fetch.js';
import { publishArtifact } from '../../ops/publish.js';
import { verifyStore } from '../../ops/verify-store.js';
import { createFileProgress } from '../../store/index.js';
import { bool, num, reqStr, str, type Command, type CommandIO } from '../command.js';
import { commitLine, contextOptions, pushOptions, storeOption } from './shared.js';

/** Progress per file on stderr: a bar on a terminal; a line every few seconds in CI or when piped. */
function progressFor(io: CommandIO, verb: string) {
  return createFileProgress(verb, process.stderr, io.env);
}

export const publishCommand: Command = {
  name: 'publish',
  summary:
    'Upload an artifact once to the store (sha256 computed on the way, never overwriting) and register its metadata.',
  usage: 'FILE... --model M --version V --quantization Q [--kind gguf|lora|full] [--base ID] [...]',
  description:
    'GGUF files are checked first: general.architecture must be present and general.file_type must agree with --quantization.\n' +
    'A LoRA adapter (--kind lora) names its base artifact with --base ID; the metadata pins the base sha256.',
  positionals: { min: 1, max: 1000, names: ['FILE'] },
  options: {
    model: { type: 'string', description: 'model name, e.g. llama3-instruct', placeholder: 'M' },
    version: { type: 'string', description: 'semver, e.g. 2.1.0', placeholder: 'V' },
    quantization: {
      type: 'string',
      description: 'e.g. q4km, q8_0, f16 (llama.cpp spellings like Q4_K_M are accepted)',
      placeholder: 'Q',
    },
    kind: { type: 'string', description: 'gguf (default), lora or full (several files)', placeholder: 'KIND' },
    base: { type: 'string', description: 'LoRA only: the base artifact id', placeholder: 'ID' },
    'base-model': {
      type: 'string',
      description: 'what it was derived from (default: the model name)',
      placeholder: 'B',
    },
    'parent-version': { type: 'string', description: 'the version it derives from', placeholder: 'P' },
    'benchmark-score': { type: 'string', description: 'a summary score', placeholder: 'S' },
    description: { type: 'string', description: 'free text recorded in the metadata', placeholder: 'TEXT' },
    ...storeOption,
    ...pushOptions,
  },
  async run(args, io) {
    const ctx = await openContext(contextOptions(args, io));
    const kind = (str(args, 'kind') ?? 'gguf') as ArtifactKind;
    if (!['gguf', 'lora', 'full'].includes(kind))
      throw usage(`mreg publish: --kind expects gguf, lora or full, got ${JSON.stringify(kind)}`);
    const quantization = reqStr(args, 'quantization', 'publish');
    const progress = progressFor(io, 'upload');
    try {
      const r = await publishArtifact(ctx, {
        files: args.positionals.map((f) => path.resolve(f)),
        model: reqStr(args, 'model', 'publish'),
        version: reqStr(args, 'version', 'publish'),
        // Our token is lowercase without the k-quant underscores (Q4_K_M -> q4km).
        quantization: normalizeQuantization(quantization),
        kind,
        base: str(args, 'base'),
        baseModel: str(args, 'base-model'),
        parentVersion: str(args, 'parent-version') ?? null,
        benchmarkScore: num(args, 'benchmark-score', 'publish') ?? null,
        description: str(args, 'description'),
        onProgress: progress.update,
      });
      const m = r.metadata;
      return {
        json: { id: r.id, metadata: m, metadata_uri: r.metadataUri, path: r.path, commit: r.commit, pushed: r.pushed },
        text: `Published ${r.id}\n  ${m.artifact.uri}\n  sha256 ${m.artifact.sha256}, ${m.artifact.size} bytes${m.files ? ` (${m.files.length} files)` : ''}${m.base ? `\n  base ${m.base.id} (sha256 ${m.base.sha256})` : ''}\nRegistered ${r.path}\n${commitLine({ ...r, result: null })}`,
      };
    } finally {
      progress.done();
    }
  },
};

export const fetchCommand: Command = {
  name: 'fetch',
  summary:
    'Download an artifact into the cache: parallel ranged GETs to a staging file, sha256 verified, atomic rename. A LoRA brings its base.',
  usage: 'ID [--cache DIR]',
  positionals: { min: 1, max: 1, names: ['ID'] },
  options: {
    cache: {
      type: 'string',
      description: 'cache folder (default: registry/config.json cache.dir)',
      placeholder: 'DIR',
    },
    ...storeOption,
  },
  async run(args, io) {
    const ctx = await openContext(contextOptions(args, io));
    const progress = progressFor(io, 'fetch');
    try {
      const r = await fetchById(ctx, {
        id: args.positionals[0],
        cacheDir: str(args, 'cache'),
        onProgress: progress.update,
      });
      const line = (a: typeof r.artifact) =>
        `${a.id}: ${a.downloaded ? 'downloaded and verified' : 'already cached, verified'}\n  ${a.paths.join('\n  ')}`;
      return { json: r, text: [r.base ? line(r.base) : null, line(r.artifact)].filter(Boolean).join('\n') };
    } finally {
      progress.done();
    }
  },
};

export const verifyStoreCommand: Command = {
  name: 'verify-store',
  summary:
    'Check that every registered artifact is in the store with its recorded size (--deep: and sha256, and the metadata JSON beside it).',
  usage: '[--deep]',
  options: {
    deep: {
      type: 'boolean',
      description:
        'also read every object and compare its sha256 (reads everything once), and compare the metadata JSON beside it with the registry',
    },
    ...storeOption,
  },
  async run(args, io) {
    const ctx = await openContext(contextOptions(args, io));
    const deep = bool(args, 'deep');
    const r = await verifyStore(ctx, { deep });
    const text = r.ok
      ? `OK: ${r.artifacts} artifacts, ${r.files} files present${deep ? ' with matching sha256, each beside a metadata JSON that agrees with the registry' : ' with matching sizes'}`
      : `${r.problems.length} problem${r.problems.length === 1 ? '' : 's'} in ${r.artifacts} artifacts:\n${r.problems.map((p) => `  ${p.id}: ${p.problem}: ${p.detail}`).join('\n')}`;
    return { json: r, text, exitCode: r.ok ? 0 : 1 };
  },
};
