import type { AcceleratorDescriptor } from "../accelerator.js";
import { deepFreeze } from "../deep-freeze.js";
import { defineAccelerator } from "../schema.js";

const STEP3_REPORT =
  "StepFun, Step-3 system technical report, arXiv 2507.19427, Table 4 (price, BF16/FP8 peak, HBM bandwidth, NICs)";

/**
 * Built-in accelerators. Prices and the H800, H20, A800 and Ascend 910B figures are the Step-3
 * report's; the others are dense datasheet figures restated by third parties, and have no price.
 * Frozen, since every caller shares them.
 */
export const BUILTIN_ACCELERATORS: readonly AcceleratorDescriptor[] = deepFreeze([
  defineAccelerator({
    id: "h800",
    name: "NVIDIA H800 SXM",
    priceUsdPerHour: 2.0,
    peakFlopsPerSecond: { bf16: 9.89e14, fp8: 1.98e15 },
    hbmBandwidthBytesPerSecond: 3.35e12,
    hbmCapacityBytes: 80e9,
    cardsPerServer: 8,
    nicsPerServer: 8,
    nicBandwidthGbps: 400,
    source: `${STEP3_REPORT}; capacity: the H100 SXM's 80 GB HBM3, as the report gives none`,
    notes: [],
  }),
  defineAccelerator({
    id: "h20",
    name: "NVIDIA H20",
    priceUsdPerHour: 0.8,
    peakFlopsPerSecond: { bf16: 1.48e14, fp8: 2.96e14 },
    hbmBandwidthBytesPerSecond: 4.0e12,
    hbmCapacityBytes: 96e9,
    cardsPerServer: 8,
    nicsPerServer: 8,
    nicBandwidthGbps: 400,
    source: `${STEP3_REPORT}; capacity 96 GB HBM3`,
    notes: [],
  }),
  defineAccelerator({
    id: "a800",
    name: "NVIDIA A800 SXM",
    priceUsdPerHour: 0.75,
    peakFlopsPerSecond: { bf16: 3.12e14, fp8: null },
    hbmBandwidthBytesPerSecond: 2.0e12,
    hbmCapacityBytes: 80e9,
    cardsPerServer: 8,
    nicsPerServer: 8,
    nicBandwidthGbps: 200,
    source: `${STEP3_REPORT}; capacity 80 GB (SXM)`,
    notes: ["No FP8: weights and caches are stored as INT8 and compute is priced at the BF16 peak."],
  }),
  defineAccelerator({
    id: "ascend-910b",
    name: "Huawei Ascend 910B",
    priceUsdPerHour: 0.67,
    peakFlopsPerSecond: { bf16: 2.8e14, fp8: null },
    hbmBandwidthBytesPerSecond: 1.6e12,
    hbmCapacityBytes: 64e9,
    cardsPerServer: 8,
    nicsPerServer: 8,
    nicBandwidthGbps: 200,
    source: `${STEP3_REPORT}; the price is the report's estimate (A800 price scaled by peak FLOP/s)`,
    notes: [
      "Price 0.67 USD per hour is an estimate for the weakest 910B variant.",
      "Capacity 64 GB is unconfirmed: third-party pages also list 32 GB parts.",
      "No FP8: weights and caches are stored as INT8 and compute is priced at the BF16 peak.",
    ],
  }),
  defineAccelerator({
    id: "h100",
    name: "NVIDIA H100 SXM",
    priceUsdPerHour: null,
    peakFlopsPerSecond: { bf16: 9.89e14, fp8: 1.979e15 },
    hbmBandwidthBytesPerSecond: 3.35e12,
    hbmCapacityBytes: 80e9,
    cardsPerServer: 8,
    nicsPerServer: 8,
    nicBandwidthGbps: 400,
    source:
      "Dense tensor peaks (989.4 BF16, 1,978.9 FP8 TFLOP/s), 80 GB of HBM3 and 3.35 TB/s from the table at https://glennklockwood.com/garden/processors/h100; NVIDIA's datasheet quotes the peaks with 2:4 sparsity, twice these",
    notes: ["No public rental price: pass one with --price h100=<USD per hour>.", "NIC layout 8 × 400 Gbps is the usual HGX server, an assumption."],
  }),
  defineAccelerator({
    id: "h200",
    name: "NVIDIA H200 SXM",
    priceUsdPerHour: null,
    peakFlopsPerSecond: { bf16: 9.89e14, fp8: 1.979e15 },
    hbmBandwidthBytesPerSecond: 4.8e12,
    hbmCapacityBytes: 141e9,
    cardsPerServer: 8,
    nicsPerServer: 8,
    nicBandwidthGbps: 400,
    source:
      "141 GB of HBM3e at 4.8 TB/s, and the H100 SXM's tensor peaks on the same GH100 die, from https://lzwjava.github.io/nvidia-h200-gpu-specs-en (3,958 FP8 TFLOP/s with sparsity); dense peaks as for the H100, from https://glennklockwood.com/garden/processors/h100",
    notes: ["No public rental price: pass one with --price h200=<USD per hour>.", "NIC layout 8 × 400 Gbps is the usual HGX server, an assumption."],
  }),
  defineAccelerator({
    id: "b200",
    name: "NVIDIA B200 (HGX, 1,000 W)",
    priceUsdPerHour: null,
    peakFlopsPerSecond: { bf16: 2.25e15, fp8: 4.5e15 },
    hbmBandwidthBytesPerSecond: 7.7e12,
    hbmCapacityBytes: 180e9,
    cardsPerServer: 8,
    nicsPerServer: 8,
    nicBandwidthGbps: 400,
    source: "Dense figures restated at https://glennklockwood.com/garden/processors/B200; bandwidth 7.7 TB/s from NVIDIA's HGX B200 table (8 TB/s is the maximum)",
    notes: ["No public rental price: pass one with --price b200=<USD per hour>.", "NIC layout 8 × 400 Gbps is an assumption."],
  }),
  defineAccelerator({
    id: "l20",
    name: "NVIDIA L20 (PCIe)",
    priceUsdPerHour: null,
    peakFlopsPerSecond: { bf16: 1.195e14, fp8: 2.39e14 },
    hbmBandwidthBytesPerSecond: 8.64e11,
    hbmCapacityBytes: 48e9,
    cardsPerServer: 8,
    nicsPerServer: 8,
    nicBandwidthGbps: 200,
    source: "Bandwidth 864 GB/s and 48 GB GDDR6: https://technical.city/pl/video/L20 (also used by the Step-3 report)",
    notes: [
      "Peak FLOP/s are unconfirmed: about 32 % of the L40S dense peaks, as third-party restatements give them.",
      "No public rental price: pass one with --price l20=<USD per hour>.",
      "NIC layout 8 × 200 Gbps is an assumption.",
    ],
  }),
]);
