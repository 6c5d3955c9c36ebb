/**
 * `@modelsys/attention`: attention designs as data, and what one decoded token costs in each.
 *
 * @example
 * ```ts
 * import { multiHeadLatentAttention, layerDecodeCost } from "@modelsys/attention";
 * const mla = multiHeadLatentAttention({ numQueryHeads: 128, kvLoraRank: 512, qkRopeHeadDim: 64,
 *   qkNopeHeadDim: 128, vHeadDim: 128, qLoraRank: 1536 });
 * layerDecodeCost(mla, 8192, 7168, { cacheElementType: "fp8" }).kvBytes; // 4,718,592
 * ```
 */
export {
  AttentionError,
  isAttentionError,
  type AttentionErrorCode,
  type AttentionErrorOptions,
} from "./errors.js";
export { ELEMENT_TYPES, bytesPerElement, parseElementType, type ElementType } from "./element-type.js";
export {
  attentionLabel,
  groupedQueryAttention,
  linearAttention,
  multiHeadLatentAttention,
  multiMatrixFactorizationAttention,
  type AttentionKind,
  type AttentionWindow,
  type GroupedQueryAttention,
  type LinearAttention,
  type MultiHeadLatentAttention,
  type MultiMatrixFactorizationAttention,
} from "./attention-kind.js";
export {
  DEFAULT_KDA_CONV_KERNEL_SIZE,
  LINEAR_ATTENTION_FLOPS_PER_STATE_ELEMENT,
  attentionFlops,
  cacheElementsPerToken,
  kvBytesRead,
  layerDecodeCost,
  linearStateBytes,
  projectionFlops,
  visibleKeys,
  type ChunkedKeysConvention,
  type LayerCostOptions,
  type LayerDecodeCost,
  type MlaFlopConvention,
} from "./decode-cost.js";
