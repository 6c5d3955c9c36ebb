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
  type LinearAttentionVariant,
  type MultiHeadLatentAttention,
  type MultiMatrixFactorizationAttention,
} from "./attention-kind.js";
export {
  DEFAULT_GDN_CONV_KERNEL_SIZE,
  DEFAULT_KDA_CONV_KERNEL_SIZE,
  LINEAR_ATTENTION_FLOPS_PER_STATE_ELEMENT,
  attentionFlops,
  cacheElementsPerToken,
  kvBytesRead,
  layerDecodeCost,
  linearStateBytes,
  projectionFlops,
  shortConvolution,
  visibleKeys,
  type ChunkedKeysConvention,
  type LayerCostOptions,
  type LayerDecodeCost,
  type MlaFlopConvention,
} from "./decode-cost.js";
export { checkFinite, elementCount, tensor, zeros, type Tensor } from "./kernels/tensor.js";
export {
  CAUSAL_MASK,
  checkMask,
  isKeyVisible,
  windowFromFlashAttention,
  windowFromMistral,
  windowFromSglang,
  type AttentionMask,
} from "./kernels/masks.js";
export {
  emptySoftmaxStates,
  finalizeSoftmaxStates,
  mergeNormalizedOutputs,
  mergeSoftmaxStates,
  softmax,
  type SoftmaxStates,
} from "./kernels/softmax.js";
export {
  attentionSoftmaxStates,
  resolveAttentionProblem,
  scaledDotProductAttention,
  visibleKeyCounts,
  type AttentionOptions,
  type AttentionProblem,
  type AttentionResult,
} from "./kernels/sdpa.js";
export { linear } from "./kernels/linear.js";
export { rmsNorm, type RmsNormOptions } from "./kernels/rmsnorm.js";
export { applyRope, ropeInverseFrequencies, type RopeOptions, type RopeStyle } from "./kernels/rope.js";
export {
  keyReuseMatrix,
  mfaAttention,
  mfaKeyReuseAttention,
  mfaProject,
  type KeyReuseOrder,
  type MfaKeyReuseOptions,
  type MfaKeyReuseWeights,
  type MfaOptions,
  type MfaProjection,
  type MfaRope,
  type MfaWeights,
} from "./kernels/mfa.js";
export {
  mlaAttendAbsorbed,
  mlaAttendNaive,
  mlaAttention,
  mlaProject,
  type MlaAttendOptions,
  type MlaOptions,
  type MlaProjection,
  type MlaWeights,
} from "./kernels/mla.js";
export {
  GrowingKvCache,
  RingKvCache,
  decodeStep,
  type DecodeOptions,
  type KvCache,
  type KvCacheLayout,
  type KvCacheView,
} from "./kernels/kv-cache.js";
export {
  attnResMix,
  attnResPipelineTraffic,
  residualActivationElementsPerToken,
  runBlockAttnRes,
  runBlockAttnResTwoPhase,
  runFullAttnRes,
  runStandardResidual,
  type AttnResParameters,
  type AttnResPipelineTraffic,
  type AttnResRun,
  type BlockAttnResOptions,
  type ResidualScheme,
  type Sublayer,
} from "./kernels/attnres.js";
export { createSimdAttention, type SimdAttention } from "./kernels/simd-attention.js";
export { SimdKvCache, type CachedAttentionOptions } from "./kernels/simd-kv-cache.js";
