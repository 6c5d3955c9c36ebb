import { describeValue, type ModelDescriptor } from "@modelsys/catalog";

import { checkModelDescriptor, checkRoutedExpertCounts } from "./descriptors.js";
import { AfdError } from "./errors.js";
import type { FfnParallelism } from "./options.js";

const REQUESTED_SPLITS: readonly (FfnParallelism | "auto")[] = ["auto", "ep", "tp", "ep+tp"];

function reject(field: string, value: unknown, expected: string): never {
  throw new AfdError("INVALID_OPTION", `Invalid ${field} ${describeValue(value)}: expected ${expected}.`, { field, value });
}

/**
 * Returns how the FFN weights can be split over `ffnInstances` instances of `gpusPerInstance`
 * GPUs, evenly as the stage-time model assumes, or null if `requested` cannot split them evenly.
 * `ep`: every GPU holds whole experts, so the routed expert count must divide by the GPU count.
 * `tp`: every expert is split over one instance's GPUs, so its width must divide by the GPUs
 * per instance, and the experts must divide by the instance count. `ep+tp` mixes both and
 * always fits. The preferred split is `ep` (no all-reduce inside an instance), then `tp`.
 * NOTE: stage times leave out the NVLink all-reduce that `tp` adds inside an instance. The split
 * only decides which layouts can divide the weights, and `ep` and `tp` give equal times.
 * An MoE layer whose routed expert count is null, a model that is not a descriptor, a GPU or
 * instance count that is not a positive integer and a `requested` split other than `"auto"`,
 * `"ep"`, `"tp"` or `"ep+tp"` are `INVALID_OPTION`.
 */
export function chooseFfnParallelism(
  model: ModelDescriptor,
  gpusPerInstance: number,
  ffnInstances: number,
  requested: FfnParallelism | "auto",
): FfnParallelism | null {
  checkModelDescriptor("model", model);
  checkRoutedExpertCounts("model", model);
  for (const [field, value] of [
    ["gpusPerInstance", gpusPerInstance],
    ["ffnInstances", ffnInstances],
  ] as const) {
    if (!Number.isSafeInteger(value) || value <= 0) reject(field, value, "a positive integer");
  }
  if (!REQUESTED_SPLITS.includes(requested)) reject("requested", requested, '"auto", "ep", "tp" or "ep+tp"');
  return splitFfnWeights(model, gpusPerInstance, ffnInstances, requested);
}

/** Computes {@link chooseFfnParallelism} without checking its arguments, for the planner's search. */
export function splitFfnWeights(
  model: ModelDescriptor,
  gpusPerInstance: number,
  ffnInstances: number,
  requested: FfnParallelism | "auto",
): FfnParallelism | null {
  const moe = model.layers.find((layer) => layer.ffn.kind === "moe")?.ffn;
  const gpus = gpusPerInstance * ffnInstances;
  const epFits = moe !== undefined && moe.kind === "moe" && (moe.numRoutedExperts ?? 0) % gpus === 0;
  const tpFits =
    moe === undefined || moe.kind !== "moe"
      ? true
      : moe.expertIntermediateSize % gpusPerInstance === 0 && (moe.numRoutedExperts ?? moe.numActiveExperts) % ffnInstances === 0;

  switch (requested) {
    case "ep":
      return epFits ? "ep" : null;
    case "tp":
      return tpFits ? "tp" : null;
    case "ep+tp":
      return "ep+tp";
    case "auto":
      return epFits ? "ep" : tpFits ? "tp" : "ep+tp";
  }
}
