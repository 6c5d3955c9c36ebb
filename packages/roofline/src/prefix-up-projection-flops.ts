import type { AttentionKind, AttentionWindow } from "@modelsys/attention";

/**
 * Returns the FLOPs of up-projecting a cached prefix's MLA latent KV into per-head keys and
 * values in one layer: `2 · kv_lora · n_q · (d_nope + d_v)` per cached token that a new token
 * attends to. It is 0 for every other attention kind and without a prefix.
 *
 * Prefill runs MLA in the non-absorbed form, as multi-head attention over 192-wide query-key and
 * 128-wide value heads in DeepSeek-V3. The latents of the new tokens pass through the same
 * up-projection as part of the per-token projection FLOPs, but the cached prefix has only its
 * latents in the cache, so the kernel up-projects them again. vLLM does this in
 * `_compute_prefill_context`, which up-projects the cached context chunk by chunk
 * (`vllm/v1/attention/backends/mla/common.py`, in later releases
 * `vllm/model_executor/layers/attention/mla_attention.py`). SGLang does it in the
 * `MHA_CHUNKED_KV` forward method (`python/sglang/srt/models/deepseek_v2.py`, in later releases
 * `deepseek_common/attention_forward_methods/forward_mha.py`).
 *
 * NOTE: SGLang runs the absorbed form, which has no such up-projection, when the batch's prefixes
 * are non-empty but sum to less than its `chunked_prefix_cache_threshold` (8,192 tokens by default,
 * `SGLANG_CHUNKED_PREFIX_CACHE_THRESHOLD`). This count assumes the non-absorbed form always.
 */
export function prefixUpProjectionFlops(attention: AttentionKind, cachedTokens: number): number {
  if (attention.kind !== "mla") return 0;
  const flopsPerToken = 2 * attention.kvLoraRank * attention.numQueryHeads * (attention.qkNopeHeadDim + attention.vHeadDim);
  return flopsPerToken * attendedCachedTokens(attention.window, cachedTokens);
}

/**
 * Returns the cached tokens that at least one new token attends to: all of them under full
 * attention. Under a sliding window of W, the first new token attends to the last W − 1 of
 * them, and in a chunked layer to those in its own chunk, `c mod W`.
 */
function attendedCachedTokens(window: AttentionWindow | undefined, cachedTokens: number): number {
  if (window === undefined) return cachedTokens;
  if (window.kind === "chunked") return cachedTokens % window.sizeTokens;
  return Math.min(cachedTokens, window.sizeTokens - 1);
}
