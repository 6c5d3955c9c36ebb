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
  return {
    usdPerFlop: usdPerSecond / pricedPeakFlops(accelerator),
    usdPerByte: usdPerSecond / accelerator.hbmBandwidthBytesPerSecond,
  };
}
