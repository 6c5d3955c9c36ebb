import type { AcceleratorDescriptor, ModelDescriptor } from "@modelsys/catalog";
import { prefillEstimator, prefillTime, type PrefillInstanceOptions } from "@modelsys/roofline";

import { requireInRange, requireInteger, requirePositive } from "./errors.js";
import { rooflineKvStorage, type KvStorage } from "./kv-bytes.js";
import type { PrefillCostModel } from "./prefill-profile.js";

/** Hardware and efficiency of one prefill instance for {@link estimatePrefillSeconds}. */
export interface RooflinePrefillOptions extends KvStorage {
  accelerator: AcceleratorDescriptor;
  /** GPUs per instance (8 in the PrfaaS case study). */
  gpus: number;
  /** Achieved fraction of dense BF16 peak FLOP/s, in (0, 1] (default 0.6, the AFD planner's calibration choice). */
  flopEfficiency?: number;
  /** Achieved fraction of HBM bandwidth, in (0, 1] (default 0.5, the Step-3 report's L20 assumption). */
  hbmEfficiency?: number;
}

/**
 * Estimates the prefill time in seconds of `newTokens` tokens after `cachedTokens` cached ones
 * on one instance: max(F / (n_gpu · F_peak · η_flop), B / (n_gpu · BW · η_hbm)). It is the
 * `seconds` of `prefillTime` from `@modelsys/roofline`, which documents F and B and also returns
 * the FLOPs, bytes, bound and USD behind the time.
 */
export function estimatePrefillSeconds(
  model: ModelDescriptor,
  newTokens: number,
  cachedTokens: number,
  options: RooflinePrefillOptions,
): number {
  requireInteger("newTokens", newTokens, 1);
  requireInteger("cachedTokens", cachedTokens);
  return prefillTime(model, options.accelerator, { ...instanceOptions(options), newTokens, cachedTokens }).seconds;
}

/**
 * Returns a {@link PrefillCostModel} of `model` on one instance from the roofline estimate and
 * theoretical KV bytes, for hardware without a measured profile. The inputs are checked here,
 * once, rather than on every lookup.
 */
export function rooflinePrefillModel(model: ModelDescriptor, options: RooflinePrefillOptions): PrefillCostModel {
  const estimator = prefillEstimator(model, options.accelerator, instanceOptions(options));
  const stateBytes = estimator.kvBytes(0);
  return {
    stateBytes,
    bytesPerToken: estimator.kvBytes(1) - stateBytes,
    kvBytes: (tokens) => estimator.kvBytes(Math.max(0, Math.round(tokens))),
    prefillSeconds: (tokens) => estimator.estimate(Math.max(1, Math.round(tokens)), 0).seconds,
  };
}

/**
 * Returns `value` when it is a fraction in (0, 1], else throws this package's `INVALID_OPTION`,
 * so that callers see a `PrfaasError` rather than the `RooflineError` of the estimate.
 */
function requireFraction(field: string, value: number): number {
  requirePositive(field, value);
  return requireInRange(field, value, 0, 1, "an achieved fraction of peak greater than 0 and at most 1, such as 0.5");
}

/** Checks the instance fields and maps them to `@modelsys/roofline`'s options. */
function instanceOptions(options: RooflinePrefillOptions): PrefillInstanceOptions {
  return {
    gpus: requireInteger("gpus", options.gpus, 1),
    flopEfficiency: requireFraction("flopEfficiency", options.flopEfficiency ?? 0.6),
    hbmEfficiency: requireFraction("hbmEfficiency", options.hbmEfficiency ?? 0.5),
    ...rooflineKvStorage(options),
  };
}
