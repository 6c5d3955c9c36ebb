import { ELEMENT_TYPES, type ElementType } from "@modelsys/attention";
import { BUILTIN_ACCELERATORS } from "@modelsys/catalog";

import type { DecodeCostModel } from "./decode-model.js";
import { checkKvModel } from "./kv-bytes.js";
import { rejectOption } from "./option-checks.js";

/**
 * The fields of a model that {@link prefillTime} reads: those of {@link DecodeCostModel} plus the
 * weight element type, which sets the bytes of the weights read. A catalog `ModelDescriptor` is one.
 * Every MoE layer must also state `numRoutedExperts`, because every expert's weights are read: a
 * null count, for a model without a public figure, reads only the active experts' weights.
 */
export interface PrefillModel extends DecodeCostModel {
  /** Element type of the weights as served, such as `fp8`. */
  weightElementType: ElementType;
}

/**
 * The fields of an accelerator that {@link prefillTime} reads. A catalog `AcceleratorDescriptor`
 * is one, and a hand-built object needs only these.
 */
export interface PrefillAccelerator {
  /** Label of the result (`acceleratorId`). */
  id: string;
  /** USD per card-hour, or null where there is no price (the USD figures are then null). */
  priceUsdPerHour: number | null;
  /** Dense peaks in FLOP/s; prefill reads the BF16 peak. */
  peakFlopsPerSecond: { bf16: number };
  hbmBandwidthBytesPerSecond: number;
}

const START_FROM = 'start from getAccelerator(id) from @modelsys/catalog, such as withPrice(getAccelerator("h100"), 2.5)';

function isPositive(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value > 0;
}

/** Checks the model fields the prefill estimate reads, naming the first bad one by its path. */
export function checkPrefillModel(model: unknown): asserts model is PrefillModel {
  checkKvModel(model);
  model.layers.forEach((layer, index) => {
    // A left-out count would silently read the active experts only, a fraction of the weights.
    if (layer.ffn.kind === "moe" && layer.ffn.numRoutedExperts === undefined) {
      rejectOption(
        `model.layers.${index}.ffn.numRoutedExperts`,
        undefined,
        "the routed expert count, whose weights the prefill reads, or null to read only the active experts' weights; set it, or start from getModel(id) from @modelsys/catalog",
      );
    }
  });
  const weightType = (model as unknown as Record<string, unknown>)["weightElementType"];
  if (!ELEMENT_TYPES.includes(weightType as ElementType)) {
    rejectOption(
      "model.weightElementType",
      weightType,
      `the element type of the served weights, one of ${ELEMENT_TYPES.join(", ")}; set it, or start from getModel(id) from @modelsys/catalog`,
    );
  }
}

/**
 * Checks the accelerator fields the prefill estimate reads (`id`, `priceUsdPerHour`,
 * `peakFlopsPerSecond.bf16` and `hbmBandwidthBytesPerSecond`), naming the first bad one. The
 * built-in accelerators, checked and frozen by the catalog, skip the check.
 */
export function checkPrefillAccelerator(accelerator: unknown): asserts accelerator is PrefillAccelerator {
  if ((BUILTIN_ACCELERATORS as readonly unknown[]).includes(accelerator)) return;
  if (typeof accelerator !== "object" || accelerator === null || Array.isArray(accelerator)) {
    rejectOption("accelerator", accelerator, `an accelerator descriptor; ${START_FROM}`);
  }
  const card = accelerator as Record<string, unknown>;
  if (typeof card["id"] !== "string" || card["id"] === "") {
    rejectOption("accelerator.id", card["id"], `a non-empty string that labels the result, such as "my-card"; ${START_FROM}`);
  }
  const price = card["priceUsdPerHour"];
  if (price !== null && !isPositive(price)) {
    rejectOption("accelerator.priceUsdPerHour", price, `USD per card-hour above 0, or null for no price; ${START_FROM}`);
  }
  const peaks = card["peakFlopsPerSecond"];
  const bf16 = typeof peaks === "object" && peaks !== null ? (peaks as Record<string, unknown>)["bf16"] : undefined;
  if (!isPositive(bf16)) {
    rejectOption("accelerator.peakFlopsPerSecond.bf16", bf16, `the dense BF16 peak in FLOP/s above 0; ${START_FROM}`);
  }
  if (!isPositive(card["hbmBandwidthBytesPerSecond"])) {
    rejectOption("accelerator.hbmBandwidthBytesPerSecond", card["hbmBandwidthBytesPerSecond"], `the HBM bandwidth in bytes per second above 0; ${START_FROM}`);
  }
}
