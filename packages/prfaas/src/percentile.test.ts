import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { percentile, summarize, weightedPercentile } from "./percentile.js";

describe("percentile", () => {
  it("interpolates like numpy's default", () => {
    const values = [10, 1, 4, 2, 3];
    expect(percentile(values, 50)).toBe(3);
    expect(percentile(values, 90)).toBeCloseTo(7.6, 12);
    expect(percentile(values, 99)).toBeCloseTo(9.76, 12);
    expect(percentile([5], 99)).toBe(5);
  });

  it("rejects empty input and q outside 0 to 100", () => {
    expect(() => percentile([], 50)).toThrow(/no samples/);
    expect(() => percentile([1], 101)).toThrow(/Invalid percentile/);
    expect(summarize([])).toBeNull();
  });

  it("checks weighted inputs like unweighted ones", () => {
    expect(() => weightedPercentile([1, 2, 3], [1, 1, 1], 150)).toThrow(expect.objectContaining({ code: "INVALID_OPTION", field: "q" }));
    expect(() => weightedPercentile([1, 2, 3], [1, 1, 1], Number.NaN)).toThrow(expect.objectContaining({ code: "INVALID_OPTION", field: "q" }));
    expect(() => weightedPercentile([1, 2, 3], [1, 1], 50)).toThrow(expect.objectContaining({ code: "INVALID_OPTION", field: "weights", value: 2 }));
    expect(() => weightedPercentile([1, 2, 3], [1, -5, 1], 50)).toThrow(expect.objectContaining({ code: "INVALID_OPTION", field: "weights", value: -5 }));
    expect(() => weightedPercentile([1, 2, 3], [0.5, 0.5, 0.5], 50)).toThrow(expect.objectContaining({ code: "INVALID_OPTION", field: "weights", value: 0.5 }));
    expect(() => weightedPercentile([1, 2], [0, 0], 50)).toThrow(expect.objectContaining({ code: "EMPTY_INPUT" }));
  });

  it("weights like the expanded list", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 0, max: 4 })), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 100 }),
        (pairs, q) => {
          const expanded = pairs.flatMap(([value, weight]) => new Array<number>(weight).fill(value));
          fc.pre(expanded.length > 0);
          const weighted = weightedPercentile(pairs.map(([value]) => value), pairs.map(([, weight]) => weight), q);
          expect(weighted).toBeCloseTo(percentile(expanded, q), 9);
        },
      ),
    );
  });
});
