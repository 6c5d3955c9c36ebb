import { readAcceleratorFigure } from "./accelerator-figures.js";

/** Dense peak throughput per compute element type, in FLOP/s (without 2:4 sparsity). */
export interface PeakFlops {
  bf16: number;
  /** Null on hardware without FP8 tensor cores. */
  fp8: number | null;
}

/** One accelerator card and the server it sits in, with the sources of its figures. */
export interface AcceleratorDescriptor {
  id: string;
  name: string;
  /** Rental price in USD per card-hour, or null where no public price exists. */
  priceUsdPerHour: number | null;
  peakFlopsPerSecond: PeakFlops;
  hbmBandwidthBytesPerSecond: number;
  hbmCapacityBytes: number;
  cardsPerServer: number;
  nicsPerServer: number;
  /** Line rate of one NIC in Gbit/s. */
  nicBandwidthGbps: number;
  source: string;
  notes: string[];
}

/**
 * Returns the peak FLOP/s the cost model prices compute at: the FP8 peak on hardware with FP8,
 * the BF16 peak otherwise, where weights and caches are stored as INT8 (Step-3 report).
 */
export function costPeakFlops(accelerator: AcceleratorDescriptor): number {
  return readAcceleratorFigure(accelerator, "peakFlopsPerSecond.fp8") ?? readAcceleratorFigure(accelerator, "peakFlopsPerSecond.bf16");
}

/** Returns the ridge point, peak FLOP/s per byte of HBM bandwidth, at the cost-model peak. */
export function ridgePoint(accelerator: AcceleratorDescriptor): number {
  return costPeakFlops(accelerator) / readAcceleratorFigure(accelerator, "hbmBandwidthBytesPerSecond");
}

/** Returns the total NIC bandwidth of one server in bytes per second. */
export function serverNicBytesPerSecond(accelerator: AcceleratorDescriptor): number {
  const nicCount = readAcceleratorFigure(accelerator, "nicsPerServer");
  const nicGbps = readAcceleratorFigure(accelerator, "nicBandwidthGbps");
  return (nicCount * nicGbps * 1e9) / 8;
}
