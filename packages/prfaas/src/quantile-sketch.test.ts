import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { percentile, weightedPercentile } from "./percentile.js";
import { QuantileSketch } from "./quantile-sketch.js";

// Rounding in log and pow may move a value across a bucket edge; allow it a few ulps.
const slack = 1 + 1e-9;

describe("QuantileSketch", () => {
  it("bounds error against type-7 percentiles", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1e-6, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 400 }),
        fc.constantFrom(0.005, 0.01, 0.05),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (values, accuracy, q) => {
          const sketch = new QuantileSketch(accuracy);
          for (const value of values) sketch.add(value);
          const exact = percentile(values, q);
          expect(Math.abs(sketch.percentile(q) - exact)).toBeLessThanOrEqual(accuracy * exact * slack);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("bounds each rank for mixed signs and zeros", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(0)), { minLength: 1, maxLength: 200 }), (values) => {
        const sketch = new QuantileSketch(0.01);
        for (const value of values) sketch.add(value);
        const sorted = [...values].sort((a, b) => a - b);
        sorted.forEach((exact, rank) => {
          const bound = Math.abs(exact) < 2 ** -1022 ? 2 ** -1022 : 0.01 * Math.abs(exact) * slack;
          expect(Math.abs(sketch.valueAtRank(rank) - exact)).toBeLessThanOrEqual(bound);
        });
      }),
    );
  });

  it("counts subnormal magnitudes as zeros", () => {
    const tiny = 27 * 2 ** -1074;
    const sketch = new QuantileSketch(0.01);
    for (const value of [tiny, 1, -1e-3]) sketch.add(value);
    expect(sketch.valueAtRank(1)).toBe(0);
    expect(sketch.min).toBe(-1e-3);
  });

  it("bounds ranks near the largest double", () => {
    const sketch = new QuantileSketch(0.01);
    sketch.add(9e307);
    sketch.add(1.7e308);
    expect(Math.abs(sketch.valueAtRank(0) - 9e307)).toBeLessThanOrEqual(0.01 * 9e307);
    expect(sketch.valueAtRank(1)).toBe(1.7e308);
  });

  it("clamps the zero bucket to the minimum", () => {
    const sketch = new QuantileSketch(0.01);
    sketch.add(2 ** -1074);
    sketch.add(1);
    expect(sketch.valueAtRank(0)).toBe(2 ** -1074);
  });

  it("weights like the expanded list", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0.01, max: 1e4, noNaN: true }), fc.integer({ min: 1, max: 50 })), { minLength: 1, maxLength: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (pairs, q) => {
          const sketch = new QuantileSketch(0.01);
          for (const [value, weight] of pairs) sketch.add(value, weight);
          const exact = weightedPercentile(
            pairs.map(([value]) => value),
            pairs.map(([, weight]) => weight),
            q,
          );
          expect(Math.abs(sketch.percentile(q) - exact)).toBeLessThanOrEqual(0.01 * exact * slack);
        },
      ),
    );
  });

  it("sizes buckets by spread, not count", () => {
    const sketch = new QuantileSketch(0.01);
    for (let index = 0; index < 200_000; index++) sketch.add(1 + (index % 1000));
    // ln(1000) / ln(1.01 / 0.99) ≈ 346 buckets, rounded up by the store's doubling growth.
    expect(sketch.bucketCount).toBeLessThanOrEqual(2 * 347);
    expect(sketch.count).toBe(200_000);
    expect(sketch.percentile(0)).toBe(1);
    expect(sketch.percentile(100)).toBe(1000);
  });

  it("rejects invalid input", () => {
    expect(() => new QuantileSketch(0)).toThrow(/Invalid relative accuracy/);
    expect(() => new QuantileSketch(0.01).add(Number.NaN)).toThrow(/Invalid sketch value/);
    expect(() => new QuantileSketch(0.01).add(1, 0)).toThrow(/Invalid sketch weight/);
    expect(() => new QuantileSketch(0.01).percentile(50)).toThrow(/no samples/);
    expect(() => new QuantileSketch(0.01).valueAtRank(0)).toThrow(/empty sketch/);
  });
});
