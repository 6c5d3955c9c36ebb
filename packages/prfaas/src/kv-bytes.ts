import type { ElementType } from "@modelsys/attention";
import type { ModelDescriptor } from "@modelsys/catalog";
import { fixedStateBytes as rooflineFixedStateBytes, theoreticalKvBytes as rooflineTheoreticalKvBytes, type KvStorage as RooflineKvStorage } from "@modelsys/roofline";

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

/** Maps this package's storage fields to `@modelsys/roofline`'s, which names the KV type `kvElementType`. */
export function rooflineKvStorage(storage: KvStorage): RooflineKvStorage {
  return {
    kvElementType: storage.cacheElementType,
    stateElementType: storage.stateElementType,
    includeShortConvState: storage.includeShortConvState,
  };
}

/**
 * Returns the theoretical bytes of one request's KV cache and state after `tokens` tokens: per
 * softmax layer, cache elements per token × visible keys × element bytes (a sliding window keeps
 * at most its window), plus the fixed state of every linear-attention layer
 * ({@link fixedStateBytes}). It is `theoreticalKvBytes` of `@modelsys/roofline` with this
 * package's option names.
 *
 * This is the raw size with no codec or framing; `framedKvBytes` gives the size on the wire
 * under a `@modelsys/kvcache` codec.
 */
export function theoreticalKvBytes(model: ModelDescriptor, tokens: number, storage: KvStorage = {}): number {
  requireInteger("tokens", tokens);
  return rooflineTheoreticalKvBytes(model, tokens, rooflineKvStorage(storage));
}

/**
 * Returns the bytes of one stored copy of every linear-attention layer's state:
 * n_h · d_k · d_v · b_state per layer, plus with `includeShortConvState` the convolution states of
 * KDA and Gated DeltaNet layers. It is `fixedStateBytes` of `@modelsys/roofline` with this
 * package's option names.
 */
export function fixedStateBytes(model: ModelDescriptor, storage: KvStorage = {}): number {
  return rooflineFixedStateBytes(model, rooflineKvStorage(storage));
}
