import { checkAcceleratorFields, isPositive, rejectAcceleratorField } from "./accelerator-fields.js";

/**
 * The fields of an accelerator that pricing reads. A catalog `AcceleratorDescriptor` has them
 * all, and a hand-built object needs only these: other fields are ignored.
 */
export interface PricedAccelerator {
  /** Label of the result (`acceleratorId`). */
  id: string;
  /** USD per card-hour, or null where there is no price (costs are then null). */
  priceUsdPerHour: number | null;
  /**
   * Dense peaks in FLOP/s. `fp8` is null on hardware without FP8, and `bf16` is read only then,
   * because compute is priced at the FP8 peak where the card has one.
   */
  peakFlopsPerSecond: { fp8: number | null; bf16?: number };
  hbmBandwidthBytesPerSecond: number;
}

/**
 * Checks the fields of `accelerator` that pricing reads (`id`, `priceUsdPerHour`,
 * `hbmBandwidthBytesPerSecond` and the peak it prices at) and throws `INVALID_OPTION` naming the
 * first missing or invalid one, such as `accelerator.peakFlopsPerSecond.fp8`. A missing `fp8` is
 * an error rather than a fall back to BF16, which would price an FP8 card at twice the cost. The
 * built-in accelerators, checked and frozen by the catalog, skip the check.
 */
export function checkPricedAccelerator(accelerator: unknown): asserts accelerator is PricedAccelerator {
  const checked = checkAcceleratorFields(accelerator);
  if (checked === null) return;
  const { fields, owner } = checked;

  const peaks = fields["peakFlopsPerSecond"];
  if (typeof peaks !== "object" || peaks === null) {
    rejectAcceleratorField("accelerator.peakFlopsPerSecond", peaks, "{ fp8, bf16 }: dense peaks in FLOP/s, with fp8 null on hardware without FP8", owner);
  }
  const { fp8, bf16 } = peaks as Record<string, unknown>;
  if (fp8 !== null && !isPositive(fp8)) {
    rejectAcceleratorField("accelerator.peakFlopsPerSecond.fp8", fp8, "the dense FP8 peak in FLOP/s, or null on hardware without FP8", owner);
  }
  if ((fp8 === null || bf16 !== undefined) && !isPositive(bf16)) {
    rejectAcceleratorField("accelerator.peakFlopsPerSecond.bf16", bf16, "the dense BF16 peak in FLOP/s, which prices compute on hardware without FP8", owner);
  }
}

/**
 * Returns the peak FLOP/s compute is priced at: the FP8 peak on hardware with FP8, the BF16 peak
 * otherwise, where weights and caches are stored as INT8 (Step-3 report, arXiv 2507.19427).
 */
export function pricedPeakFlops(accelerator: PricedAccelerator): number {
  return accelerator.peakFlopsPerSecond.fp8 ?? accelerator.peakFlopsPerSecond.bf16!;
}
