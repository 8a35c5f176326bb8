/**
 * Memory before loading: what a model and its context need (weights, KV cache, compute buffers),
 * by node-llama-cpp's own estimates from the GGUF header, against the RAM and VRAM free now. The
 * gate asks before loading a candidate and a baseline side by side.
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import type { Llama } from 'node-llama-cpp';
import { errorMessage } from '../core/errors.js';
import { importNodeLlamaCpp } from './runtime.js';

export interface MemoryNeed {
  /** Bytes of RAM and of VRAM, weights and context together. */
  ram: number;
  vram: number;
  /** How the figure was found: node-llama-cpp's estimate, or the file's size when that failed. */
  source: 'estimate' | 'file size';
}

/** node-llama-cpp's estimate for `modelPath` with one context of `contextSize` (all layers on the GPU, if any). */
export async function estimateNeed(
  llama: Llama,
  modelPath: string,
  fileBytes: number,
  contextSize: number,
): Promise<MemoryNeed> {
  try {
    const { readGgufFileInfo, GgufInsights } = await importNodeLlamaCpp();
    const insights = await GgufInsights.from(await readGgufFileInfo(modelPath, { logWarnings: false }), llama);
    const gpuLayers = llama.gpu === false ? 0 : insights.totalLayers;
    const model = await insights.estimateModelResourceRequirementsV2({ gpuLayers });
    const ctx = await insights.estimateContextResourceRequirementsV2({
      contextSize,
      modelGpuLayers: gpuLayers,
      batchSize: contextSize,
      sequences: 1,
    });
    return { ram: model.cpuRam + ctx.cpuRam, vram: model.gpuVram + ctx.gpuVram, source: 'estimate' };
  } catch {
    // A header node-llama-cpp cannot read for estimates (an adapter, an unknown architecture):
    // the weights themselves are the floor of what loading takes.
    return { ram: llama.gpu === false ? fileBytes : 0, vram: llama.gpu === false ? 0 : fileBytes, source: 'file size' };
  }
}

/** RAM available now (MemAvailable on Linux: free memory plus the page cache that can be dropped). */
async function availableRam(): Promise<number> {
  try {
    const m = /^MemAvailable:\s+(\d+) kB/m.exec(await readFile('/proc/meminfo', 'utf8'));
    if (m) return Number(m[1]) * 1024;
  } catch {
    // Not Linux: the free memory is the cautious figure.
  }
  return os.freemem();
}

export interface MemoryCheck {
  fits: boolean;
  /** One line for the report: the needs, what is free, the verdict. */
  text: string;
}

const GIB = 1024 ** 3;
const gib = (b: number) => `${(b / GIB).toFixed(2)} GiB`;

/**
 * Whether models with these needs fit side by side: within 90% of the available RAM and VRAM (the
 * rest for the process itself and the estimates' error), or within `limitBytes` when given (a
 * lower ceiling set by the caller, e.g. a runner's memory limit, or a test).
 */
export async function checkFit(llama: Llama, needs: MemoryNeed[], limitBytes?: number): Promise<MemoryCheck> {
  const ram = needs.reduce((a, n) => a + n.ram, 0);
  const vram = needs.reduce((a, n) => a + n.vram, 0);
  let freeRam = (await availableRam()) * 0.9;
  let freeVram = Number.POSITIVE_INFINITY;
  if (llama.gpu !== false) {
    try {
      freeVram = (await llama.getVramState()).free * 0.9;
    } catch (err) {
      return { fits: false, text: `memory: VRAM unknown (${errorMessage(err)}): one model at a time` };
    }
  }
  if (limitBytes !== undefined) freeRam = Math.min(freeRam, limitBytes);
  if (limitBytes !== undefined && llama.gpu !== false) freeVram = Math.min(freeVram, limitBytes);
  const fits = ram <= freeRam && vram <= freeVram;
  const how = needs.every((n) => n.source === 'estimate')
    ? "node-llama-cpp's estimates"
    : 'estimates (file sizes where no estimate could be made)';
  const need = `${gib(ram)} RAM${llama.gpu !== false ? ` and ${gib(vram)} VRAM` : ''}`;
  const free = `${gib(freeRam)} RAM usable${llama.gpu !== false ? `, ${gib(freeVram)} VRAM usable` : ''}${limitBytes !== undefined ? ` (limit ${gib(limitBytes)})` : ''}`;
  return {
    fits,
    text: `memory: both models need ${need} by ${how}; ${free}: ${fits ? 'both loaded side by side' : 'they do not fit together, so one model at a time in alternating blocks'}`,
  };
}
