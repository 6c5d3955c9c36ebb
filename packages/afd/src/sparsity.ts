import type { AcceleratorDescriptor, ModelDescriptor, MoeFfn } from "@modelsys/catalog";
import { describeValue, serverNicBytesPerSecond } from "@modelsys/catalog";

import { checkAcceleratorDescriptor, checkModelDescriptor, checkRoutedExpertCounts } from "./descriptors.js";
import { AfdError } from "./errors.js";
import { requirePositiveResult } from "./finite-result.js";
import { rejectUnknownFields } from "./options.js";
import { checkPositive, checkPositiveCount } from "./positive-number.js";

/** Returns `value` when it is a fraction in (0, 1], else throws `INVALID_OPTION` naming `field`. */
function checkFraction(field: string, value: number): number {
  if (typeof value !== "number" || !(Number.isFinite(value) && value > 0 && value <= 1)) {
    throw new AfdError("INVALID_OPTION", `Invalid ${field} ${describeValue(value)}: expected a fraction in (0, 1].`, { field, value });
  }
  return value;
}

/**
 * Returns the token batch at which a dense FFN reaches full MFU, `F·b / (2·BW)` for `b` bytes
 * per weight: its arithmetic intensity is `2·B / b` FLOP per byte. The Step-3 report (arXiv
 * 2507.19427) uses 8-bit weights, `F / (2·BW)`; BF16 weights at the BF16 peak give the same
 * batch. With achievable fractions the threshold scales by `flopEfficiency / hbmEfficiency`.
 */
export function denseBatchForFullMfu(
  peakFlopsPerSecond: number,
  hbmBytesPerSecond: number,
  flopEfficiency = 1,
  hbmEfficiency = 1,
  bytesPerWeight = 1,
): number {
  checkPositive("peakFlopsPerSecond", peakFlopsPerSecond);
  checkPositive("hbmBytesPerSecond", hbmBytesPerSecond);
  checkFraction("flopEfficiency", flopEfficiency);
  checkFraction("hbmEfficiency", hbmEfficiency);
  checkPositive("bytesPerWeight", bytesPerWeight);
  const batch = (peakFlopsPerSecond * flopEfficiency * bytesPerWeight) / (2 * hbmBytesPerSecond * hbmEfficiency);
  return requirePositiveResult("the dense batch for full MFU", batch, [
    { field: "peakFlopsPerSecond", value: peakFlopsPerSecond },
    { field: "hbmBytesPerSecond", value: hbmBytesPerSecond },
    { field: "flopEfficiency", value: flopEfficiency },
    { field: "hbmEfficiency", value: hbmEfficiency },
    { field: "bytesPerWeight", value: bytesPerWeight },
  ]);
}

/** Returns the first MoE FFN of the model, or undefined for a dense model. */
export function firstMoe(model: ModelDescriptor): MoeFfn | undefined {
  for (const layer of model.layers) if (layer.ffn.kind === "moe") return layer.ffn;
  return undefined;
}

/**
 * Returns the MoE sparsity `s`, active over total experts: `(k + n_s) / (N + n_s)` by default,
 * or `(k + n_s) / N` without shared experts in the denominator (the report uses both: 4/49 and
 * 4/48 for Step-3). Dense models return 1. An MoE layer whose routed expert count is null, and a
 * `sharedInDenominator` that is not a boolean, are `INVALID_OPTION`.
 */
export function moeSparsity(model: ModelDescriptor, sharedInDenominator = true): number {
  if (typeof sharedInDenominator !== "boolean") {
    throw new AfdError("INVALID_OPTION", `Invalid sharedInDenominator ${describeValue(sharedInDenominator)}: expected true or false.`, {
      field: "sharedInDenominator",
      value: sharedInDenominator,
    });
  }
  checkModelDescriptor("model", model);
  checkRoutedExpertCounts("model", model);
  const moe = firstMoe(model);
  if (moe === undefined) return 1;

  const total = moe.numRoutedExperts ?? moe.numActiveExperts;
  const active = moe.numActiveExperts + moe.numSharedExperts;
  return active / (sharedInDenominator ? total + moe.numSharedExperts : total);
}

/** The options of {@link minimumSparsity}. */
export interface MinimumSparsityOptions {
  hiddenSize: number;
  layerCount: number;
  accelerator: AcceleratorDescriptor;
  peakFlopsPerSecond: number;
  tpotMs: number;
  stages: number;
  nicEfficiency?: number;
  bytesPerWeight?: number;
}

const MINIMUM_SPARSITY_FIELDS: readonly (keyof MinimumSparsityOptions)[] = [
  "hiddenSize",
  "layerCount",
  "accelerator",
  "peakFlopsPerSecond",
  "tpotMs",
  "stages",
  "nicEfficiency",
  "bytesPerWeight",
];

/**
 * Returns the minimum MoE sparsity at which the AFD network stays off the critical path,
 * `s_min = H·F·L·b / (Net·BW·T)`, with per-card `F` and `BW`, `Net` the NIC bandwidth of one
 * server (times `nicEfficiency`, 1 in the report), `b` bytes per FFN weight (1 in the report)
 * and `T = (2/3)·TPOT / stages`: 11.1 ms at a 50 ms TPOT in three stages. It throws
 * `INVALID_OPTION` for options that are not an object, for unknown option names, and for a
 * `hiddenSize`, `layerCount` or `stages` that is not a positive integer.
 */
export function minimumSparsity(options: MinimumSparsityOptions): number {
  if (typeof options !== "object" || options === null) {
    throw new AfdError("INVALID_OPTION", `Invalid options ${describeValue(options)}: expected an object with ${MINIMUM_SPARSITY_FIELDS.join(", ")}.`, {
      field: "options",
      value: options,
    });
  }
  rejectUnknownFields(options, MINIMUM_SPARSITY_FIELDS);
  checkPositiveCount("hiddenSize", options.hiddenSize);
  checkPositiveCount("layerCount", options.layerCount);
  checkAcceleratorDescriptor("accelerator", options.accelerator);
  checkPositive("peakFlopsPerSecond", options.peakFlopsPerSecond);
  checkPositive("tpotMs", options.tpotMs);
  checkPositiveCount("stages", options.stages);
  checkFraction("nicEfficiency", options.nicEfficiency ?? 1);
  const bytesPerWeight = checkPositive("bytesPerWeight", options.bytesPerWeight ?? 1);

  const nicEfficiency = options.nicEfficiency ?? 1;
  const netBytesPerSecond = serverNicBytesPerSecond(options.accelerator) * nicEfficiency;
  const timeSeconds = ((2 / 3) * options.tpotMs) / options.stages / 1000;
  const sparsity =
    (options.hiddenSize * options.peakFlopsPerSecond * options.layerCount * bytesPerWeight) /
    (netBytesPerSecond * options.accelerator.hbmBandwidthBytesPerSecond * timeSeconds);
  return requirePositiveResult("the minimum sparsity", sparsity, [
    { field: "hiddenSize", value: options.hiddenSize },
    { field: "layerCount", value: options.layerCount },
    { field: "peakFlopsPerSecond", value: options.peakFlopsPerSecond },
    { field: "bytesPerWeight", value: bytesPerWeight },
    { field: "accelerator.nicsPerServer", value: options.accelerator.nicsPerServer },
    { field: "accelerator.nicBandwidthGbps", value: options.accelerator.nicBandwidthGbps },
    { field: "accelerator.hbmBandwidthBytesPerSecond", value: options.accelerator.hbmBandwidthBytesPerSecond },
    { field: "nicEfficiency", value: nicEfficiency },
    { field: "tpotMs", value: options.tpotMs },
    { field: "stages", value: options.stages },
  ]);
}

/** Returns the bytes one token moves between attention and FFN per layer: FP8 out, BF16 back, `3·H` for an integer `H`. */
export function afdBytesPerTokenPerLayer(hiddenSize: number): number {
  return 3 * checkPositiveCount("hiddenSize", hiddenSize);
}
