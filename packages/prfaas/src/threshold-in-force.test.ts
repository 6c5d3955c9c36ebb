import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { thresholdInForce } from "./threshold-in-force.js";

describe("thresholdInForce", () => {
  it("weights each threshold by its time in the window", () => {
    const timeline = [
      { timeUs: 0, thresholdTokens: 20_000 },
      { timeUs: 1_000, thresholdTokens: 10_000 },
      { timeUs: 3_000, thresholdTokens: 40_000 },
      { timeUs: 9_000, thresholdTokens: 5_000 },
    ];
    // From 500 to 5,000 µs: 20,000 for 500 µs, 10,000 for 2,000 µs and 40,000 for 2,000 µs.
    expect(thresholdInForce(timeline, 500, 5_000)).toEqual({
      initialTokens: 20_000,
      finalTokens: 40_000,
      meanTokens: (20_000 * 500 + 10_000 * 2_000 + 40_000 * 2_000) / 4_500,
      minTokens: 10_000,
      maxTokens: 40_000,
      changes: 2,
    });
  });

  it("returns a constant threshold, +∞ included, as its mean", () => {
    expect(thresholdInForce([{ timeUs: 0, thresholdTokens: Number.POSITIVE_INFINITY }], 10, 10)!.meanTokens).toBe(Number.POSITIVE_INFINITY);
    expect(thresholdInForce([], 0, 10)).toBeNull();
  });

  it("keeps the mean within the range", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(10_000), fc.integer({ min: 100, max: 100_000 })), { minLength: 1, maxLength: 30 }), fc.nat(10_000), fc.nat(10_000), (changes, a, b) => {
        const timeline = changes.map(([timeUs, thresholdTokens]) => ({ timeUs, thresholdTokens })).sort((x, y) => x.timeUs - y.timeUs);
        timeline[0]!.timeUs = 0;
        const summary = thresholdInForce(timeline, Math.min(a, b), Math.max(a, b))!;
        expect(summary.meanTokens).toBeGreaterThanOrEqual(summary.minTokens * (1 - 1e-12));
        expect(summary.meanTokens).toBeLessThanOrEqual(summary.maxTokens * (1 + 1e-12));
        expect([summary.initialTokens, summary.finalTokens]).toContain(summary.initialTokens);
        expect(summary.finalTokens).toBeGreaterThanOrEqual(summary.minTokens);
        expect(summary.finalTokens).toBeLessThanOrEqual(summary.maxTokens);
      }),
    );
  });
});
