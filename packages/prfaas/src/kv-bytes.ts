import { bytesPerElement, cacheElementsPerToken, linearStateBytes, visibleKeys, type ElementType } from "@modelsys/attention";
import type { ModelDescriptor } from "@modelsys/catalog";

import { requireInteger } from "./errors.js";

/** The storage of the cache: the element types of KV and linear state, before any framing. */
export interface KvStorage {
  /** Element type of every softmax layer's KV cache (default: each layer's catalog type). */
  cacheElementType?: ElementType;
  /** Element type of linear-attention states (default: each layer's catalog type). */
  stateElementType?: ElementType;
  /** Add the short-convolution states of KDA and Gated DeltaNet layers to the fixed state (default false). */
  includeShortConvState?: boolean;
}

/**
 * Returns the theoretical bytes of one request's KV cache and state after `tokens` tokens: per
 * softmax layer, cache elements per token × visible keys × element bytes (a sliding window keeps
 * at most its window), plus the fixed state of every linear-attention layer
 * ({@link fixedStateBytes}).
 *
 * This is the raw size with no codec or framing; `framedKvBytes` gives the size on the wire
 * under a `@modelsys/kvcache` codec.
 */
export function theoreticalKvBytes(model: ModelDescriptor, tokens: number, storage: KvStorage = {}): number {
  requireInteger("tokens", tokens);
  let bytes = fixedStateBytes(model, storage);
  for (const layer of model.layers) {
    const attention = layer.attention;
    if (attention.kind === "linear") continue;
    const element = bytesPerElement(storage.cacheElementType ?? layer.cacheElementType);
    bytes += cacheElementsPerToken(attention) * visibleKeys(attention, tokens) * element;
  }
  return bytes;
}

/**
 * Returns the bytes of one stored copy of every linear-attention layer's state:
 * n_h · d_k · d_v · b_state per layer, plus with `includeShortConvState` the convolution states of
 * KDA and Gated DeltaNet layers.
 * `linearStateBytes` of `@modelsys/attention` is decode traffic, one read and one write of that
 * state per token, so the stored size is half of it.
 */
export function fixedStateBytes(model: ModelDescriptor, storage: KvStorage = {}): number {
  let bytes = 0;
  for (const layer of model.layers) {
    if (layer.attention.kind !== "linear") continue;
    const traffic = linearStateBytes(layer.attention, storage.stateElementType ?? layer.cacheElementType, storage.includeShortConvState ?? false);
    bytes += traffic / 2;
  }
  return bytes;
}
