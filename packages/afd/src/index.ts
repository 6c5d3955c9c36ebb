/**
 * `@modelsys/afd`: an attention-FFN disaggregation (AFD) partition planner after the Step-3
 * system report (StepFun, arXiv 2507.19427).
 *
 * @example
 * ```ts
 * import { getAccelerator, getModel } from "@modelsys/catalog";
 * import { planAfd } from "@modelsys/afd";
 * const result = planAfd({ model: getModel("step-3"), attentionAccelerator: getAccelerator("h800"),
 *   ffnAccelerator: getAccelerator("h800"), tpotMs: 50, context: 4096 });
 * result.plans[0]; // 2 attention + 2 FFN instances, 6144 tokens in flight
 * ```
 */
export { AfdError, isAfdError, type AfdErrorCode } from "./errors.js";
export { DEEPEP_EP128_DECODE_NIC_EFFICIENCY, DEEPEP_NIC_EFFICIENCY, DEFAULT_EFFICIENCY, STEPMESH_NIC_EFFICIENCY, type Efficiency } from "./efficiency.js";
export {
  MAX_INSTANCES,
  MAX_TPOT_MS,
  resolveAfdInput,
  type AfdPlanInput,
  type CommOverlap,
  type ContextSample,
  type FfnParallelism,
  type ResolvedAfdInput,
} from "./options.js";
export { computePeakFlops, ffnWeightBytes, ffnWeightReadBytes, profileLayers, type LayerProfile } from "./layer-profile.js";
export { layerStageTimes, planRates, type LayerStageTimes, type Layout, type PlanRates } from "./stage-times.js";
export { attentionGpuBytes, embeddingAndLmHeadBytes, ffnGpuBytes } from "./memory.js";
export { afdBytesPerTokenPerLayer, denseBatchForFullMfu, minimumSparsity, moeSparsity, type MinimumSparsityOptions } from "./sparsity.js";
export type { BindingConstraint } from "./binding.js";
export { chooseFfnParallelism } from "./ffn-parallelism.js";
export {
  planAfd,
  type AfdPlan,
  type AfdPlanResult,
  type InfeasibleLayout,
  type LayerStageGroup,
} from "./plan.js";
export {
  DEEPSEEK_V3_PUBLISHED_TOKENS_PER_SECOND_PER_GPU,
  DEEPSEEK_V3_PROFILE_BATCH_PER_GPU,
  publishedColocatedReference,
  type ColocatedSetup,
  type PublishedDecodeReference,
} from "./published-reference.js";
export {
  planColocatedBaseline,
  type BaselineBinding,
  type ColocatedBaseline,
  type ColocatedBaselineInput,
  type PublishedNicRate,
  type ReferenceOperatingPoint,
} from "./colocated-baseline.js";
