import { attentionFlops, type AttentionKind } from "@modelsys/attention";

/**
 * Returns the attention FLOPs of prefilling `newTokens` tokens after `cachedTokens` cached ones in
 * one layer: FLOPs per (query, key) pair times the keys every new token attends to. A linear-attention
 * layer costs its per-token state update once per new token, whatever the prefix.
 */
export function attentionPrefillFlops(attention: AttentionKind, newTokens: number, cachedTokens: number): number {
  if (attention.kind === "linear") return attentionFlops(attention, 0) * newTokens;
  const window = attention.window;
  const keys =
    window?.kind === "chunked"
      ? chunkedKeySum(newTokens, cachedTokens, window.sizeTokens)
      : visibleKeySum(newTokens, cachedTokens, window?.sizeTokens ?? Number.POSITIVE_INFINITY);
  return flopsPerVisibleKey(attention) * keys;
}

/**
 * Returns the QKᵀ plus PV FLOPs of one (query, key) pair at 2 FLOPs per multiply-accumulate:
 * `2 · n_q · (d_qk + d_v)`, which is `4 · n_q · d_h` when the two widths match. MLA is counted
 * unabsorbed, as prefill kernels run it, over its 192-wide query-key and 128-wide value heads in
 * DeepSeek-V3 rather than the 576-wide latent of decode.
 */
export function flopsPerVisibleKey(attention: Exclude<AttentionKind, { kind: "linear" }>): number {
  switch (attention.kind) {
    case "gqa":
      return 2 * attention.numQueryHeads * (attention.headDim + (attention.valueHeadDim ?? attention.headDim));
    case "mfa":
      return 4 * attention.numQueryHeads * attention.headDim;
    case "mla":
      return 2 * attention.numQueryHeads * (attention.qkNopeHeadDim + attention.qkRopeHeadDim + attention.vHeadDim);
  }
}

/**
 * Returns Σ over positions i = c+1 … c+l of min(i, W): the keys the new tokens attend to, each
 * token itself included, under causal masking and a sliding window of W keys.
 */
export function visibleKeySum(newTokens: number, cachedTokens: number, window: number): number {
  const causal = (from: number, to: number) => ((from + to) * (to - from + 1)) / 2;
  const start = cachedTokens + 1;
  const end = cachedTokens + newTokens;
  if (end <= window) return causal(start, end);
  if (start > window) return newTokens * window;
  return causal(start, window) + (end - window) * window;
}

/**
 * Returns Σ over positions i = c+1 … c+l of ((i − 1) mod W) + 1: the keys the new tokens attend
 * to in a chunked layer, where a token attends only to the earlier tokens of its own chunk of W and
 * itself. The sum runs over the rest of the first chunk, the whole chunks and the last partial
 * chunk, so that it stays exact for large counts.
 */
export function chunkedKeySum(newTokens: number, cachedTokens: number, chunkTokens: number): number {
  const triangle = (count: number) => (count * (count + 1)) / 2;
  const offset = cachedTokens % chunkTokens;
  const firstChunk = Math.min(newTokens, chunkTokens - offset);
  const rest = newTokens - firstChunk;
  const wholeChunks = Math.floor(rest / chunkTokens);
  return triangle(offset + firstChunk) - triangle(offset) + wholeChunks * triangle(chunkTokens) + triangle(rest % chunkTokens);
}
