import type { AcceleratorDescriptor } from "@modelsys/catalog";

import { requirePositive } from "./errors.js";
import type { PrefillCostModel } from "./prefill-profile.js";

/** Inputs of {@link rooflineSplitPrefillModel}. */
export interface RooflineSplitOptions {
  /** The measured profile on the source hardware (the case study's 8×H200 table). */
  source: PrefillCostModel;
  sourceAccelerator: AcceleratorDescriptor;
  targetAccelerator: AcceleratorDescriptor;
  /** The memory-bound part of every prefill, in seconds: the quadratic fit's intercept. */
  memoryBoundSeconds: number;
  /** η_target / η_source: the target's achieved fraction of peak FLOP/s relative to the source's. */
  relativeEfficiency: number;
}

/**
 * Derives a prefill profile for other hardware by the roofline split: the fixed part `a` scales
 * with HBM bandwidth and the length-dependent rest with dense BF16 peak FLOP/s times efficiency,
 * T_target(l) = a · BW_src / BW_tgt + (T_src(l) − a) · (F_src · η_src) / (F_tgt · η_tgt).
 * KV bytes and the table range are the source's: the cache layout does not depend on the
 * hardware, and every lookup goes through the source's table.
 */
export function rooflineSplitPrefillModel(options: RooflineSplitOptions): PrefillCostModel {
  const { source, sourceAccelerator, targetAccelerator, memoryBoundSeconds } = options;
  requirePositive("relativeEfficiency", options.relativeEfficiency);
  const bandwidthRatio = sourceAccelerator.hbmBandwidthBytesPerSecond / targetAccelerator.hbmBandwidthBytesPerSecond;
  const computeRatio =
    sourceAccelerator.peakFlopsPerSecond.bf16 / (targetAccelerator.peakFlopsPerSecond.bf16 * options.relativeEfficiency);
  return {
    stateBytes: source.stateBytes,
    bytesPerToken: source.bytesPerToken,
    ...(source.tableRange === undefined ? {} : { tableRange: source.tableRange }),
    kvBytes: (tokens) => source.kvBytes(tokens),
    prefillSeconds: (tokens) =>
      memoryBoundSeconds * bandwidthRatio + Math.max(0, source.prefillSeconds(tokens) - memoryBoundSeconds) * computeRatio,
  };
}
