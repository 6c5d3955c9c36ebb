import { describe, expect, it } from "vitest";

import { costPeakFlops, ridgePoint, serverNicBytesPerSecond } from "./accelerator.js";
import { BUILTIN_ACCELERATORS } from "./accelerators/index.js";
import { getAccelerator } from "./registry.js";

/** The Step-3 report's accelerator table (arXiv 2507.19427), with its ridge points in FLOP/B. */
const REPORT_TABLE = [
  { id: "h800", price: 2.0, bf16: 9.89e14, fp8: 1.98e15, bandwidth: 3.35e12, ridge: 591, nicGbps: 400 },
  { id: "h20", price: 0.8, bf16: 1.48e14, fp8: 2.96e14, bandwidth: 4.0e12, ridge: 74, nicGbps: 400 },
  { id: "a800", price: 0.75, bf16: 3.12e14, fp8: null, bandwidth: 2.0e12, ridge: 156, nicGbps: 200 },
  { id: "ascend-910b", price: 0.67, bf16: 2.8e14, fp8: null, bandwidth: 1.6e12, ridge: 175, nicGbps: 200 },
];

describe("report accelerators", () => {
  for (const row of REPORT_TABLE) {
    it(`${row.id} matches the report`, () => {
      const accelerator = getAccelerator(row.id);

      expect(accelerator.priceUsdPerHour).toBe(row.price);
      expect(accelerator.peakFlopsPerSecond).toEqual({ bf16: row.bf16, fp8: row.fp8 });
      expect(accelerator.hbmBandwidthBytesPerSecond).toBe(row.bandwidth);
      expect(Math.round(ridgePoint(accelerator))).toBe(row.ridge);
      expect(accelerator.nicsPerServer).toBe(8);
      expect(accelerator.nicBandwidthGbps).toBe(row.nicGbps);
      expect(accelerator.cardsPerServer).toBe(8);
    });
  }

  it("prices compute at FP8 where it exists", () => {
    expect(costPeakFlops(getAccelerator("h800"))).toBe(1.98e15);
    expect(costPeakFlops(getAccelerator("a800"))).toBe(3.12e14);
  });

  it("server NIC bandwidth is 400 or 200 GB/s", () => {
    expect(serverNicBytesPerSecond(getAccelerator("h800"))).toBe(400e9);
    expect(serverNicBytesPerSecond(getAccelerator("a800"))).toBe(200e9);
  });

  it("capacities are the planner defaults", () => {
    expect(getAccelerator("h800").hbmCapacityBytes).toBe(80e9);
    expect(getAccelerator("h20").hbmCapacityBytes).toBe(96e9);
    expect(getAccelerator("a800").hbmCapacityBytes).toBe(80e9);
    expect(getAccelerator("ascend-910b").hbmCapacityBytes).toBe(64e9);
  });
});

describe("other accelerators", () => {
  it("have dense peaks and no price", () => {
    const rows = [
      { id: "h100", bf16: 9.89e14, fp8: 1.979e15, bandwidth: 3.35e12, capacity: 80e9 },
      { id: "h200", bf16: 9.89e14, fp8: 1.979e15, bandwidth: 4.8e12, capacity: 141e9 },
      { id: "b200", bf16: 2.25e15, fp8: 4.5e15, bandwidth: 7.7e12, capacity: 180e9 },
    ];

    for (const row of rows) {
      const accelerator = getAccelerator(row.id);

      expect(accelerator.priceUsdPerHour, row.id).toBeNull();
      expect(accelerator.peakFlopsPerSecond).toEqual({ bf16: row.bf16, fp8: row.fp8 });
      expect(accelerator.hbmBandwidthBytesPerSecond).toBe(row.bandwidth);
      expect(accelerator.hbmCapacityBytes).toBe(row.capacity);
    }
  });

  it("L20 has 864 GB/s and 48 GB", () => {
    const l20 = getAccelerator("l20");

    expect(l20.priceUsdPerHour).toBeNull();
    expect(l20.hbmBandwidthBytesPerSecond).toBe(864e9);
    expect(l20.hbmCapacityBytes).toBe(48e9);
  });

  it("every accelerator has a source", () => {
    for (const accelerator of BUILTIN_ACCELERATORS) {
      expect(accelerator.source.trim(), accelerator.id).not.toBe("");
      expect(accelerator.name.trim(), accelerator.id).not.toBe("");
    }
  });

  it("unpriced accelerators say how to pass a price", () => {
    for (const accelerator of BUILTIN_ACCELERATORS.filter((entry) => entry.priceUsdPerHour === null)) {
      expect(accelerator.notes.some((note) => note.includes("--price")), accelerator.id).toBe(true);
    }
  });
});

describe("derived figures of hand-built descriptors", () => {
  const h800 = getAccelerator("h800");

  it("reject a missing or invalid figure", () => {
    const cases: { call: () => unknown; field: string }[] = [
      { call: () => ridgePoint({ ...h800, hbmBandwidthBytesPerSecond: 0 }), field: "hbmBandwidthBytesPerSecond" },
      { call: () => ridgePoint({ ...h800, peakFlopsPerSecond: { bf16: Number.NaN, fp8: null } }), field: "peakFlopsPerSecond.bf16" },
      { call: () => costPeakFlops({ ...h800, peakFlopsPerSecond: undefined as never }), field: "peakFlopsPerSecond.fp8" },
      { call: () => costPeakFlops({ ...h800, peakFlopsPerSecond: { bf16: 1e15, fp8: -1 } }), field: "peakFlopsPerSecond.fp8" },
      { call: () => serverNicBytesPerSecond({ id: "my-card" } as never), field: "nicsPerServer" },
      { call: () => serverNicBytesPerSecond({ ...h800, nicBandwidthGbps: Number.POSITIVE_INFINITY }), field: "nicBandwidthGbps" },
    ];

    for (const { call, field } of cases) {
      expect(call, field).toThrow(expect.objectContaining({ name: "CatalogError", code: "INVALID_DESCRIPTOR", field }));
    }
  });

  it("reject a non-object accelerator", () => {
    for (const call of [() => ridgePoint(null as never), () => costPeakFlops(undefined as never), () => serverNicBytesPerSecond("h800" as never)]) {
      expect(call).toThrow(expect.objectContaining({ name: "CatalogError", field: "accelerator" }));
    }
  });

  it("name the accelerator and the fix", () => {
    expect(() => ridgePoint({ ...h800, id: "my-card", hbmBandwidthBytesPerSecond: 0 })).toThrow(
      'Invalid hbmBandwidthBytesPerSecond 0 in accelerator "my-card": expected the HBM bandwidth in bytes per second, a finite number above 0. Correct it, or start from getAccelerator(id) or defineAccelerator().',
    );
  });

  it("price BF16 hardware at its BF16 peak", () => {
    expect(costPeakFlops({ ...h800, peakFlopsPerSecond: { bf16: 1e15, fp8: null } })).toBe(1e15);
  });
});
