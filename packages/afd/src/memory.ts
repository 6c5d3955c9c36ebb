import { describeValue, type ModelDescriptor } from "@modelsys/catalog";

import { AfdError } from "./errors.js";
import type { LayerProfile } from "./layer-profile.js";
import type { ResolvedAfdInput } from "./options.js";
import { checkResolvedInput } from "./resolved-input-check.js";

/**
 * Bytes the embedding and LM head take on an attention GPU (BF16, 2 B per weight): two
 * `vocabSize × hiddenSize` matrices, or one when the model ties them (`tiedEmbeddings`). An input
 * not from `resolveAfdInput` is `INVALID_OPTION`.
 */
export function embeddingAndLmHeadBytes(input: ResolvedAfdInput): number {
  checkResolvedInput("input", input);
  const vocab = input.model.vocabSize ?? 0;
  const matrices = input.model.tiedEmbeddings === true ? 1 : 2;
  return matrices * vocab * input.model.hiddenSize * 2;
}

/** Says what memory and time leave out when the model gives no vocabulary size, else null. */
export function missingVocabularyNote(model: ModelDescriptor): string | null {
  if (model.vocabSize !== null) return null;
  return `${model.id} gives no vocabulary size, so attention GPU memory leaves out the embedding and LM head, and the LM-head read adds no time`;
}

/** Bytes one LM-head read costs (BF16), for the `includeLmHead` option. */
export function lmHeadBytes(input: ResolvedAfdInput): number {
  return (input.model.vocabSize ?? 0) * input.model.hiddenSize * 2;
}

function reject(field: string, value: unknown, expected: string): never {
  throw new AfdError("INVALID_OPTION", `Invalid ${field} ${describeValue(value)}: expected ${expected}.`, { field, value });
}

function checkProfiles(profiles: unknown): void {
  if (!Array.isArray(profiles)) reject("profiles", profiles, "the array that profileLayers(resolveAfdInput(options)) returns");
}

/**
 * Returns the bytes an attention GPU holds: every layer's attention projection weights, the
 * embedding and LM head, and the KV of `stages · m_a` sequences in flight. Profiles that are not
 * an array, an unresolved input and a token count that is not a finite number ≥ 0 are
 * `INVALID_OPTION`.
 */
export function attentionGpuBytes(profiles: readonly LayerProfile[], input: ResolvedAfdInput, tokensPerAttentionGpu: number): number {
  checkProfiles(profiles);
  checkResolvedInput("input", input);
  if (typeof tokensPerAttentionGpu !== "number" || !(Number.isFinite(tokensPerAttentionGpu) && tokensPerAttentionGpu >= 0)) {
    reject("tokensPerAttentionGpu", tokensPerAttentionGpu, "a finite number of tokens ≥ 0");
  }
  const weights = profiles.reduce((sum, profile) => sum + profile.attentionWeightBytes, 0);
  const kvPerSequence = profiles.reduce((sum, profile) => sum + profile.kvResidentBytes, 0);
  return weights + embeddingAndLmHeadBytes(input) + input.stages * tokensPerAttentionGpu * kvPerSequence;
}

/**
 * Returns the bytes an FFN GPU holds: all FFN weights spread evenly over the FFN instances' GPUs.
 * Profiles that are not an array, an unresolved input and an instance count that is not a
 * positive integer are `INVALID_OPTION`.
 */
export function ffnGpuBytes(profiles: readonly LayerProfile[], input: ResolvedAfdInput, ffnInstances: number): number {
  checkProfiles(profiles);
  checkResolvedInput("input", input);
  if (!Number.isSafeInteger(ffnInstances) || ffnInstances <= 0) reject("ffnInstances", ffnInstances, "a positive integer number of instances");
  const weights = profiles.reduce((sum, profile) => sum + profile.ffnWeightBytes, 0);
  return weights / (input.gpusPerInstance * ffnInstances);
}
