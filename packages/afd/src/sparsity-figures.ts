import { bytesPerElement } from "@modelsys/attention";
import { bytesPerWeight as storedBytesPerWeight, describeValue } from "@modelsys/catalog";

import { AfdError, isAfdError } from "./errors.js";
import { peakFlopsFor } from "./layer-profile.js";
import type { ResolvedAfdInput } from "./options.js";
import type { AfdPlanResult } from "./plan.js";
import { denseBatchForFullMfu, minimumSparsity, moeSparsity } from "./sparsity.js";

/** The `planAfd` option path of each formula argument that the formulas' errors name. */
const PLAN_FIELDS: Readonly<Record<string, string>> = {
  peakFlopsPerSecond: "ffnAccelerator.peakFlopsPerSecond",
  hbmBytesPerSecond: "ffnAccelerator.hbmBandwidthBytesPerSecond",
  "accelerator.hbmBandwidthBytesPerSecond": "ffnAccelerator.hbmBandwidthBytesPerSecond",
  "accelerator.nicsPerServer": "ffnAccelerator.nicsPerServer",
  "accelerator.nicBandwidthGbps": "ffnAccelerator.nicBandwidthGbps",
  hiddenSize: "model.hiddenSize",
  layerCount: "model.layers",
};

/**
 * Computes the sparsity figures of a plan result from the model and the FFN accelerator. When a
 * formula overflows or underflows, the `INVALID_OPTION` it throws names the `planAfd` option, such
 * as `ffnAccelerator.hbmBandwidthBytesPerSecond`, and adds the FFN accelerator id to the message.
 */
export function sparsityFigures(input: ResolvedAfdInput): AfdPlanResult["sparsity"] {
  try {
    return computeSparsityFigures(input);
  } catch (error) {
    if (!isAfdError(error)) throw error;
    const field = error.field === undefined ? undefined : (PLAN_FIELDS[error.field] ?? error.field);
    throw new AfdError("INVALID_OPTION", `Sparsity figures failed on ffnAccelerator ${describeValue(input.ffnAccelerator.id)}. ${error.message}`, {
      ...(field === undefined ? {} : { field }),
      value: error.value,
      cause: error,
    });
  }
}

function computeSparsityFigures(input: ResolvedAfdInput): AfdPlanResult["sparsity"] {
  const ffnPeak = peakFlopsFor(input.ffnAccelerator, input.ffnElementType);
  const sparsity = moeSparsity(input.model, input.sharedInDenominator);
  const hbmBytesPerSecond = input.ffnAccelerator.hbmBandwidthBytesPerSecond;
  const denseBatch = denseBatchForFullMfu(ffnPeak, hbmBytesPerSecond, 1, 1, bytesPerElement(input.ffnElementType));
  // The routed experts' weight reads set the MoE batch and the minimum sparsity, so both take the
  // experts' stored format, as the stage times do. MXFP4 experts reach full MFU at a smaller batch.
  const expertBytesPerWeight = storedBytesPerWeight(input.routedExpertWeightFormat);
  const expertDenseBatch = denseBatchForFullMfu(ffnPeak, hbmBytesPerSecond, 1, 1, expertBytesPerWeight);
  const sparsityInputs = {
    hiddenSize: input.model.hiddenSize,
    layerCount: input.model.layers.length,
    accelerator: input.ffnAccelerator,
    peakFlopsPerSecond: ffnPeak,
    tpotMs: input.tpotMs,
    stages: input.stages,
    bytesPerWeight: expertBytesPerWeight,
  };

  return {
    sparsity,
    minimumSparsity: minimumSparsity({ ...sparsityInputs, nicEfficiency: input.sparsityNicEfficiency }),
    minimumSparsityAtNicEfficiency: minimumSparsity({ ...sparsityInputs, nicEfficiency: input.efficiency.nicEfficiency }),
    denseBatch,
    moeBatch: expertDenseBatch / sparsity,
    moeBatchAtEfficiency: (expertDenseBatch * input.efficiency.flopEfficiency) / input.efficiency.hbmEfficiency / sparsity,
  };
}
