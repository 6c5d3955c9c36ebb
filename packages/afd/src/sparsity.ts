import type { AcceleratorDescriptor, ModelDescriptor, MoeFfn } from "@modelsys/catalog";
import { serverNicBytesPerSecond } from "@modelsys/catalog";

/**
 * Returns the token batch at which a dense FFN with 8-bit weights reaches full MFU, `F / (2·BW)`
 * (Step-3 report, arXiv 2507.19427): its arithmetic intensity is `2·B` FLOP per byte. With
 * achievable fractions the threshold scales by `flopEfficiency / hbmEfficiency`.
 */
export function denseBatchForFullMfu(peakFlopsPerSecond: number, hbmBytesPerSecond: number, flopEfficiency = 1, hbmEfficiency = 1): number {
  return (peakFlopsPerSecond * flopEfficiency) / (2 * hbmBytesPerSecond * hbmEfficiency);
}

/** Returns the first MoE FFN of the model, or undefined for a dense model. */
export function firstMoe(model: ModelDescriptor): MoeFfn | undefined {
  for (const layer of model.layers) if (layer.ffn.kind === "moe") return layer.ffn;
  return undefined;
}

/**
 * Returns the MoE sparsity `s`, active over total experts: `(k + n_s) / (N + n_s)` by default,
 * or `(k + n_s) / N` without shared experts in the denominator (the report uses both: 4/49 and
 * 4/48 for Step-3). Dense models return 1.
 */
export function moeSparsity(model: ModelDescriptor, sharedInDenominator = true): number {
  const moe = firstMoe(model);
  if (moe === undefined) return 1;

  const total = moe.numRoutedExperts ?? moe.numActiveExperts;
  const active = moe.numActiveExperts + moe.numSharedExperts;
  return active / (sharedInDenominator ? total + moe.numSharedExperts : total);
}

/**
 * Returns the minimum MoE sparsity at which the AFD network stays off the critical path,
 * `s_min = H·F·L / (Net·BW·T)`, with per-card `F` and `BW`, `Net` the NIC bandwidth of one
 * server (times `nicEfficiency`, 1 in the report) and `T = (2/3)·TPOT / stages`: 11.1 ms at a
 * 50 ms TPOT in three stages.
 */
export function minimumSparsity(options: {
  hiddenSize: number;
  layerCount: number;
  accelerator: AcceleratorDescriptor;
  peakFlopsPerSecond: number;
  tpotMs: number;
  stages: number;
  nicEfficiency?: number;
}): number {
  const netBytesPerSecond = serverNicBytesPerSecond(options.accelerator) * (options.nicEfficiency ?? 1);
  const timeSeconds = ((2 / 3) * options.tpotMs) / options.stages / 1000;
  return (
    (options.hiddenSize * options.peakFlopsPerSecond * options.layerCount) /
    (netBytesPerSecond * options.accelerator.hbmBandwidthBytesPerSecond * timeSeconds)
  );
}

/** Returns the bytes one token moves between attention and FFN per layer: FP8 out, BF16 back, `3·H`. */
export function afdBytesPerTokenPerLayer(hiddenSize: number): number {
  return 3 * hiddenSize;
}
