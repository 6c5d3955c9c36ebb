import { ELEMENT_TYPES, type ElementType } from "@modelsys/attention";
import { WEIGHT_FORMATS, type WeightFormat } from "@modelsys/catalog";

import { checkAcceleratorFields, isPositive, rejectAcceleratorField } from "./accelerator-fields.js";
import { rejectModelField, type DecodeCostModel } from "./decode-model.js";
import { checkKvModel } from "./kv-bytes.js";

/**
 * The fields of a model that {@link prefillTime} reads: those of {@link DecodeCostModel} plus the
 * weight element type and the routed experts' format, which set the bytes of the weights read. A
 * catalog `ModelDescriptor` is one.
 * Every MoE layer must also state `numRoutedExperts`, because every expert's weights are read: a
 * null count, for a model without a public figure, reads only the active experts' weights.
 */
export interface PrefillModel extends DecodeCostModel {
  /** Element type of the weights as served, such as `fp8`. */
  weightElementType: ElementType;
  /** Storage format of the routed experts' weights, such as `mxfp4` for gpt-oss. Default: `weightElementType`. */
  routedExpertWeightFormat?: WeightFormat;
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

/** Checks the model fields the prefill estimate reads, naming the first missing or invalid one by its path. */
export function checkPrefillModel(model: unknown): asserts model is PrefillModel {
  checkKvModel(model);
  const owner = ` in model ${JSON.stringify(model.id)}`;
  model.layers.forEach((layer, index) => {
    // A left-out count would silently read the active experts only, a fraction of the weights.
    if (layer.ffn.kind === "moe" && layer.ffn.numRoutedExperts === undefined) {
      rejectModelField(
        `model.layers.${index}.ffn.numRoutedExperts`,
        undefined,
        "the routed experts per layer as an integer of at least numActiveExperts, whose weights the prefill reads, or null to read only the active experts' weights",
        owner,
      );
    }
  });
  const weightType = (model as unknown as Record<string, unknown>)["weightElementType"];
  if (!ELEMENT_TYPES.includes(weightType as ElementType)) {
    rejectModelField("model.weightElementType", weightType, `the element type of the served weights, one of ${ELEMENT_TYPES.join(", ")}`, owner);
  }
  const routedFormat = (model as unknown as Record<string, unknown>)["routedExpertWeightFormat"];
  if (routedFormat !== undefined && !WEIGHT_FORMATS.includes(routedFormat as WeightFormat)) {
    rejectModelField(
      "model.routedExpertWeightFormat",
      routedFormat,
      `the storage format of the routed experts' weights, one of ${WEIGHT_FORMATS.join(", ")}, or leave it out for weightElementType`,
      owner,
    );
  }
}

/**
 * Checks the accelerator fields the prefill estimate reads (`id`, `priceUsdPerHour`,
 * `peakFlopsPerSecond.bf16` and `hbmBandwidthBytesPerSecond`), naming the first bad one. The
 * built-in accelerators, checked and frozen by the catalog, skip the check.
 */
export function checkPrefillAccelerator(accelerator: unknown): asserts accelerator is PrefillAccelerator {
  const checked = checkAcceleratorFields(accelerator);
  if (checked === null) return;
  const peaks = checked.fields["peakFlopsPerSecond"];
  const bf16 = typeof peaks === "object" && peaks !== null ? (peaks as Record<string, unknown>)["bf16"] : undefined;
  if (!isPositive(bf16)) rejectAcceleratorField("accelerator.peakFlopsPerSecond.bf16", bf16, "the dense BF16 peak in FLOP/s above 0", checked.owner);
}
