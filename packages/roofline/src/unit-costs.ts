import { requireFiniteFigure } from "./finite-figures.js";
import { checkPricedAccelerator, pricedPeakFlops, type PricedAccelerator } from "./priced-accelerator.js";

/** What one FLOP and one byte of HBM traffic cost on an accelerator at 100 % of its peaks. */
export interface UnitCosts {
  usdPerFlop: number;
  usdPerByte: number;
}

/**
 * Returns the unit costs of `accelerator`: price per second over peak FLOP/s (the FP8 peak where
 * the card has FP8) and over HBM bandwidth. Returns null when the accelerator has no price.
 * `accelerator` needs only the fields of {@link PricedAccelerator}, and a missing or invalid one
 * is `INVALID_OPTION` naming it.
 */
export function unitCosts(accelerator: PricedAccelerator): UnitCosts | null {
  checkPricedAccelerator(accelerator);
  if (accelerator.priceUsdPerHour === null) return null;

  const usdPerSecond = accelerator.priceUsdPerHour / 3600;
  const price = { field: "accelerator.priceUsdPerHour", value: accelerator.priceUsdPerHour };
  const peakField = `accelerator.peakFlopsPerSecond.${accelerator.peakFlopsPerSecond.fp8 === null ? "bf16" : "fp8"}`;
  const bandwidth = accelerator.hbmBandwidthBytesPerSecond;
  return {
    usdPerFlop: requireFiniteFigure("usdPerFlop", usdPerSecond / pricedPeakFlops(accelerator), [{ field: peakField, value: pricedPeakFlops(accelerator) }, price]),
    usdPerByte: requireFiniteFigure("usdPerByte", usdPerSecond / bandwidth, [{ field: "accelerator.hbmBandwidthBytesPerSecond", value: bandwidth }, price]),
  };
}
