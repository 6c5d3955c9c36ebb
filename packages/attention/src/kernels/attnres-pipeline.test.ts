import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { attnResPipelineTraffic } from "./attnres.js";

describe("attnResPipelineTraffic", () => {
  it("P = 4, V = 2 saves 6 of 28 units", () => {
    // The units are N_p·d = 2·8 elements: naive C(C−1)/2 = 28, cached P(P−1)/2 + (V−1)·P² = 22.
    const traffic = attnResPipelineTraffic({ physicalStages: 4, virtualStages: 2, summariesPerChunk: 2, modelWidth: 8 });
    expect(traffic.naiveElements).toBe(28 * 16);
    expect(traffic.cachedElements).toBe(22 * 16);
    expect(traffic.naivePeakElements).toBe(7 * 16);
    expect(traffic.cachedPeakElements).toBe(4 * 16);
  });

  it("one virtual stage gains nothing from caching", () => {
    const traffic = attnResPipelineTraffic({ physicalStages: 4, virtualStages: 1, summariesPerChunk: 1, modelWidth: 8 });
    expect(traffic.cachedElements).toBe(traffic.naiveElements);
    expect(traffic.cachedPeakElements).toBe(traffic.naivePeakElements);
  });

  it("caching never sends more", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 16 }), fc.integer({ min: 1, max: 8 }), (physicalStages, virtualStages, summariesPerChunk) => {
        const traffic = attnResPipelineTraffic({ physicalStages, virtualStages, summariesPerChunk, modelWidth: 4 });
        expect(traffic.cachedElements).toBeLessThanOrEqual(traffic.naiveElements);
        expect(traffic.cachedPeakElements).toBeLessThanOrEqual(traffic.naivePeakElements);
        expect(traffic.naivePeakElements).toBeLessThanOrEqual(traffic.naiveElements);
        expect(traffic.cachedPeakElements).toBeLessThanOrEqual(traffic.cachedElements);
      }),
      { numRuns: 300 },
    );
  });
});
