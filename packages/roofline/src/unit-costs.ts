import { costPeakFlops, type AcceleratorDescriptor } from "@modelsys/catalog";

import { checkAcceleratorDescriptor } from "./descriptors.js";

/** What one FLOP and one byte of HBM traffic cost on an accelerator at 100 % of its peaks. */
export interface UnitCosts {
  usdPerFlop: number;
  usdPerByte: number;
}

/**
 * Returns the unit costs of `accelerator`: price per second over peak FLOP/s (the FP8 peak where
 * the card has FP8) and over HBM bandwidth. Returns null when the accelerator has no price, and
 * throws `INVALID_OPTION` for a descriptor that `defineAccelerator` rejects.
 */
export function unitCosts(accelerator: AcceleratorDescriptor): UnitCosts | null {
  checkAcceleratorDescriptor(accelerator);
  if (accelerator.priceUsdPerHour === null) return null;

  const usdPerSecond = accelerator.priceUsdPerHour / 3600;
  return {
    usdPerFlop: usdPerSecond / costPeakFlops(accelerator),
    usdPerByte: usdPerSecond / accelerator.hbmBandwidthBytesPerSecond,
  };
}
