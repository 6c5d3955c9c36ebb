/**
 * `@modelsys/roofline`: what one decoded token of a model costs on an accelerator, following the
 * Step-3 system report's cost model (arXiv 2507.19427), and a roofline estimate of the time and
 * cost of a prefill on one instance.
 *
 * @example
 * ```ts
 * import { getModel, getAccelerator } from "@modelsys/catalog";
 * import { modelDecodeCost, acceleratorTokenCost } from "@modelsys/roofline";
 * const cost = modelDecodeCost(getModel("step-3"), { contextTokens: 8192 });
 * acceleratorTokenCost(cost, getAccelerator("h800")).colocatedUsdPerMillionTokens;
 * ```
 */
export { RooflineError, isRooflineError, type RooflineErrorCode } from "./errors.js";
export type { DecodeCostModel, DecodeDenseFfn, DecodeFfn, DecodeLayer, DecodeMoeFfn } from "./decode-model.js";
export { ffnFlopsPerToken } from "./ffn-flops.js";
export {
  modelDecodeCost,
  type DecodeCostOptions,
  type LayerKindCost,
  type ModelDecodeCost,
} from "./model-decode-cost.js";
export type { PricedAccelerator } from "./priced-accelerator.js";
export { unitCosts, type UnitCosts } from "./unit-costs.js";
export {
  acceleratorTokenCost,
  type AcceleratorTokenCost,
  type AttentionBound,
  type RooflineMode,
} from "./token-cost.js";
export { afdTokenCost, type AfdTokenCost } from "./afd-cost.js";
export { fixedStateBytes, theoreticalKvBytes, type KvStorage } from "./kv-bytes.js";
export type { PrefillAccelerator, PrefillModel } from "./prefill-inputs.js";
export {
  DEFAULT_PREFILL_FLOP_EFFICIENCY,
  DEFAULT_PREFILL_HBM_EFFICIENCY,
  type PrefillInstanceOptions,
  type PrefillOptions,
} from "./prefill-options.js";
export { prefillEstimator, prefillTime, type PrefillBound, type PrefillEstimator, type PrefillTime } from "./prefill-time.js";
