import { bytesPerElement, cacheElementsPerToken, linearStateBytes, visibleKeys, type ElementType } from "@modelsys/attention";
import { BUILTIN_MODELS } from "@modelsys/catalog";

import { checkDecodeModel, type DecodeCostModel, type DecodeLayer } from "./decode-model.js";
import {
  checkOptionsObject,
  optionalBoolean,
  optionalElementType,
  rejectUnknownKeys,
  requireCount,
} from "./option-checks.js";

/** The element types a request's cache is stored in, before any codec or framing. */
export interface KvStorage {
  /** Element type of every softmax layer's KV cache (default: each layer's `cacheElementType`). */
  kvElementType?: ElementType;
  /** Element type of linear-attention states (default: each layer's `cacheElementType`). */
  stateElementType?: ElementType;
  /** Add the short-convolution states of KDA and Gated DeltaNet layers to the fixed state (default false). */
  includeShortConvState?: boolean;
}

/** The keys of {@link KvStorage}. */
export const KV_STORAGE_KEYS: readonly string[] = ["kvElementType", "stateElementType", "includeShortConvState"];

/**
 * Returns the theoretical bytes of one request's KV cache and state after `tokens` tokens: per
 * softmax layer, cache elements per token × cached tokens × element bytes, where a sliding or
 * chunked layer keeps at most its window, plus {@link fixedStateBytes}.
 *
 * This is the raw size with no codec, framing or engine layout (vLLM's `fp8_ds_mla` slot, for
 * one, is 656 B per token and layer where this counts 576). A missing or invalid model field,
 * token count or storage option is `INVALID_OPTION` naming it.
 */
export function theoreticalKvBytes(model: DecodeCostModel, tokens: number, storage: KvStorage = {}): number {
  checkKvModel(model);
  const checked = checkKvStorage(storage, "theoreticalKvBytes");
  requireCount("tokens", tokens, 0, "the tokens of the request");
  return storedKvBytes(model.layers, tokens, checked);
}

/**
 * Returns the bytes of one stored copy of every linear-attention layer's state:
 * `n_h · d_k · d_v · b_state` per layer, plus with `includeShortConvState` the convolution states
 * of KDA and Gated DeltaNet layers. It does not grow with the request, and it is 0 for a model
 * with softmax layers only.
 */
export function fixedStateBytes(model: DecodeCostModel, storage: KvStorage = {}): number {
  checkKvModel(model);
  return storedStateBytes(model.layers, checkKvStorage(storage, "fixedStateBytes"));
}

/** {@link theoreticalKvBytes} without input checks, for callers that checked once. */
export function storedKvBytes(layers: readonly DecodeLayer[], tokens: number, storage: KvStorage): number {
  let bytes = storedStateBytes(layers, storage);
  for (const layer of layers) {
    const attention = layer.attention;
    if (attention.kind === "linear") continue;
    const element = bytesPerElement(storage.kvElementType ?? layer.cacheElementType);
    bytes += cacheElementsPerToken(attention) * visibleKeys(attention, tokens) * element;
  }
  return bytes;
}

/** {@link fixedStateBytes} without input checks. */
export function storedStateBytes(layers: readonly DecodeLayer[], storage: KvStorage): number {
  let bytes = 0;
  for (const layer of layers) {
    if (layer.attention.kind !== "linear") continue;
    const type = storage.stateElementType ?? layer.cacheElementType;
    // linearStateBytes is decode traffic, one read and one write of the state, so one stored copy is half of it.
    bytes += linearStateBytes(layer.attention, type, storage.includeShortConvState ?? false) / 2;
  }
  return bytes;
}

/** Checks the {@link KvStorage} fields of `options`; the caller rejects keys outside its own option list. */
export function checkKvStorageFields(options: Record<string, unknown>): KvStorage {
  return {
    kvElementType: optionalElementType("kvElementType", options["kvElementType"]),
    stateElementType: optionalElementType("stateElementType", options["stateElementType"]),
    includeShortConvState: optionalBoolean("includeShortConvState", options["includeShortConvState"]),
  };
}

function checkKvStorage(storage: unknown, functionName: string): KvStorage {
  checkOptionsObject(storage, '{ kvElementType: "bf16" }');
  rejectUnknownKeys(storage, KV_STORAGE_KEYS, functionName);
  return checkKvStorageFields(storage);
}

/** Checks a model unless it is a built-in one, which the catalog checked and froze. */
export function checkKvModel(model: unknown): asserts model is DecodeCostModel {
  if (!(BUILTIN_MODELS as readonly unknown[]).includes(model)) checkDecodeModel(model);
}
