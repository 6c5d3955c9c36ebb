import { BUILTIN_ACCELERATORS, describeValue } from "@modelsys/catalog";

import { RooflineError } from "./errors.js";

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

const START_FROM = 'start from getAccelerator(id) from @modelsys/catalog, such as withPrice(getAccelerator("h100"), 2.5)';

function reject(field: string, value: unknown, expected: string, owner: string): never {
  const [problem, fix] =
    value === undefined ? [`Missing ${field}`, "Set the field"] : [`Invalid ${field} ${describeValue(value)}`, "Correct the value"];
  throw new RooflineError("INVALID_OPTION", `${problem}${owner}: expected ${expected}. ${fix}, or ${START_FROM}.`, { field, value });
}

function isPositive(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value > 0;
}

/**
 * Checks the fields of `accelerator` that pricing reads (`id`, `priceUsdPerHour`, the peak it
 * prices at and `hbmBandwidthBytesPerSecond`) and throws `INVALID_OPTION` naming the first
 * missing or invalid one, such as `accelerator.peakFlopsPerSecond.fp8`. A missing `fp8` is an
 * error rather than a fall back to BF16, which would price an FP8 card at twice the cost. The
 * built-in accelerators, checked and frozen by the catalog, skip the check.
 */
export function checkPricedAccelerator(accelerator: unknown): asserts accelerator is PricedAccelerator {
  if ((BUILTIN_ACCELERATORS as readonly unknown[]).includes(accelerator)) return;
  if (typeof accelerator !== "object" || accelerator === null || Array.isArray(accelerator)) {
    reject("accelerator", accelerator, 'an accelerator descriptor, such as getAccelerator("h800") from @modelsys/catalog', "");
  }
  const card = accelerator as Record<string, unknown>;
  const id = card["id"];
  if (typeof id !== "string" || id === "") reject("accelerator.id", id, 'a non-empty string that labels the result, such as "my-card"', "");
  const owner = ` in accelerator ${JSON.stringify(id)}`;

  const price = card["priceUsdPerHour"];
  if (price !== null && !isPositive(price)) reject("accelerator.priceUsdPerHour", price, "USD per card-hour above 0, or null for no price", owner);

  const peaks = card["peakFlopsPerSecond"];
  if (typeof peaks !== "object" || peaks === null) {
    reject("accelerator.peakFlopsPerSecond", peaks, "{ fp8, bf16 }: dense peaks in FLOP/s, with fp8 null on hardware without FP8", owner);
  }
  const { fp8, bf16 } = peaks as Record<string, unknown>;
  if (fp8 !== null && !isPositive(fp8)) {
    reject("accelerator.peakFlopsPerSecond.fp8", fp8, "the dense FP8 peak in FLOP/s, or null on hardware without FP8", owner);
  }
  if ((fp8 === null || bf16 !== undefined) && !isPositive(bf16)) {
    reject("accelerator.peakFlopsPerSecond.bf16", bf16, "the dense BF16 peak in FLOP/s, which prices compute on hardware without FP8", owner);
  }

  const bandwidth = card["hbmBandwidthBytesPerSecond"];
  if (!isPositive(bandwidth)) reject("accelerator.hbmBandwidthBytesPerSecond", bandwidth, "the HBM bandwidth in bytes per second above 0", owner);
}

/**
 * Returns the peak FLOP/s compute is priced at: the FP8 peak on hardware with FP8, the BF16 peak
 * otherwise, where weights and caches are stored as INT8 (Step-3 report, arXiv 2507.19427).
 */
export function pricedPeakFlops(accelerator: PricedAccelerator): number {
  return accelerator.peakFlopsPerSecond.fp8 ?? accelerator.peakFlopsPerSecond.bf16!;
}
