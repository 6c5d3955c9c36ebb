import type { AcceleratorDescriptor, ModelDescriptor } from "@modelsys/catalog";

import { formatFigure, formatNumber } from "../table.js";

/** The HBM one prompt needs on one accelerator's instance, as `planner prefill --json` reports it. */
export interface PrefillCapacity {
  acceleratorId: string;
  newTokens: number;
  cachedTokens: number;
  /** The weights of the decoder layers at their served element types. */
  weightBytes: number;
  /** The token embedding and LM head, from {@link embeddingAndLmHeadBytes}. */
  embeddingBytes: number;
  /** KV cache and linear-attention state of the cached plus new tokens, at the cache element types. */
  kvCacheBytes: number;
  /** `weightBytes + embeddingBytes + kvCacheBytes`. */
  requiredBytes: number;
  /** GPUs × HBM capacity per card. */
  instanceHbmBytes: number;
  /** True when `weightBytes + embeddingBytes ≤ instanceHbmBytes`. */
  weightsFitInHbm: boolean;
  /** True when `requiredBytes ≤ instanceHbmBytes`. */
  fitsInHbm: boolean;
  /** The fewest GPUs of this accelerator with room for `requiredBytes` in their HBM. */
  minimumGpus: number;
}

/** Bytes per element of the token embedding and LM head, which checkpoints keep in BF16 even when the layers are FP8. */
const EMBEDDING_BYTES_PER_ELEMENT = 2;

/**
 * Returns the bytes of the token embedding and the LM head in BF16: one `vocabSize × hiddenSize`
 * matrix when the model ties them, two otherwise or when `tiedEmbeddings` is unset. Returns 0
 * for a model without a vocabulary size.
 */
export function embeddingAndLmHeadBytes(model: Pick<ModelDescriptor, "vocabSize" | "hiddenSize" | "tiedEmbeddings">): number {
  if (model.vocabSize === null) return 0;
  const matrices = model.tiedEmbeddings === true ? 1 : 2;
  return matrices * model.vocabSize * model.hiddenSize * EMBEDDING_BYTES_PER_ELEMENT;
}

/**
 * Returns the HBM that a prompt of `newTokens` after `cachedTokens` needs on an instance of `gpus`
 * cards: the layer weights, the embedding and LM head, and the KV cache of all
 * `cachedTokens + newTokens` tokens.
 *
 * NOTE: this pools the HBM of the instance, so it assumes the KV cache is split across the GPUs
 * as the weights are. An engine that keeps a copy of the cache on every GPU needs more.
 */
export function prefillCapacity(
  accelerator: AcceleratorDescriptor,
  gpus: number,
  prompt: { newTokens: number; cachedTokens: number; weightBytes: number; embeddingBytes: number; kvCacheBytes: number },
): PrefillCapacity {
  const instanceHbmBytes = gpus * accelerator.hbmCapacityBytes;
  const allWeightBytes = prompt.weightBytes + prompt.embeddingBytes;
  const requiredBytes = allWeightBytes + prompt.kvCacheBytes;
  return {
    acceleratorId: accelerator.id,
    ...prompt,
    requiredBytes,
    instanceHbmBytes,
    weightsFitInHbm: allWeightBytes <= instanceHbmBytes,
    fitsInHbm: requiredBytes <= instanceHbmBytes,
    minimumGpus: Math.ceil(requiredBytes / accelerator.hbmCapacityBytes),
  };
}

/**
 * Returns one note per accelerator whose instance cannot hold what some prompt needs, because the
 * estimate reads the weights and writes the KV cache as if both fit in HBM. The note names the
 * part that does not fit, for the prompt that needs the most HBM.
 */
export function capacityNotes(capacities: readonly PrefillCapacity[], gpus: number): string[] {
  const worstByAccelerator = new Map<string, PrefillCapacity>();
  for (const capacity of capacities) {
    if (capacity.fitsInHbm) continue;
    const worst = worstByAccelerator.get(capacity.acceleratorId);
    if (worst === undefined || capacity.requiredBytes > worst.requiredBytes) worstByAccelerator.set(capacity.acceleratorId, capacity);
  }
  return [...worstByAccelerator.values()].map((capacity) => capacityNote(capacity, gpus));
}

function capacityNote(capacity: PrefillCapacity, gpus: number): string {
  const id = capacity.acceleratorId;
  const hbm = `the HBM of ${gpus} × ${id} (${gigabytes(capacity.instanceHbmBytes, 1)} GB)`;
  const weights = `the weights (${gigabytes(capacity.weightBytes + capacity.embeddingBytes, 1)} GB)`;
  const kvCache = `the KV cache of ${promptTokens(capacity)} (${gigabytes(capacity.kvCacheBytes, 2)} GB)`;
  const fix = `Pass --gpus ${capacity.minimumGpus} or more.`;
  if (!capacity.weightsFitInHbm) {
    return `${id}: ${weights} exceed ${hbm} even without ${kvCache}, and the estimate assumes both fit. ${fix}`;
  }
  return (
    `${id}: ${weights} fit in ${hbm}, but ${kvCache} does not fit beside them ` +
    `(${gigabytes(capacity.requiredBytes, 1)} GB in all), and the estimate assumes it does. ${fix}`
  );
}

function promptTokens(capacity: PrefillCapacity): string {
  const noun = capacity.newTokens === 1 ? "token" : "tokens";
  if (capacity.cachedTokens === 0) return `${formatNumber(capacity.newTokens)} ${noun}`;
  return `${formatNumber(capacity.cachedTokens)} cached + ${formatNumber(capacity.newTokens)} new ${noun}`;
}

function gigabytes(bytes: number, decimals: number): string {
  return formatFigure(bytes / 1e9, decimals);
}
