// Percentiles of slice and projection values: every element type against a naive sort, crafted
// orders that make simple selection slow, and an image too large for a plain JavaScript array.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { percentile } from "./index.js";

/** NumPy's default percentile of the finite values, from a full sort (the reference). */
function naivePercentile(values: ArrayLike<number>, percentileValue: number): number {
  const finite = Float64Array.from(Array.from(values).filter(Number.isFinite)).sort();
  if (finite.length === 0) return Number.NaN;
  const position = (percentileValue / 100) * (finite.length - 1);
  const lower = Math.floor(position);
  const upper = Math.min(finite.length - 1, lower + 1);
  return finite[lower]! + (finite[upper]! - finite[lower]!) * (position - lower);
}

const percentileValue = fc.double({ min: 0, max: 100, noNaN: true });
const arrays = {
  number: fc.array(fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -0)), { maxLength: 200 }),
  Float32Array: fc.float32Array({ maxLength: 200 }),
  Float64Array: fc.float64Array({ maxLength: 200 }),
  Int8Array: fc.int8Array({ maxLength: 200 }),
  Uint8Array: fc.uint8Array({ maxLength: 200 }),
  Int16Array: fc.int16Array({ maxLength: 200 }),
  Uint16Array: fc.uint16Array({ maxLength: 200 }),
};

describe("percentile", () => {
  it.each(Object.keys(arrays) as (keyof typeof arrays)[])("%s matches a full sort", (type) => {
    fc.assert(
      fc.property(arrays[type] as fc.Arbitrary<ArrayLike<number>>, percentileValue, (values, value) => {
        // + 0 turns -0 into 0: selection and sorting may return either zero.
        expect(percentile(values, value) + 0).toBe(naivePercentile(values, value) + 0);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["ascending", (index: number) => index],
    ["descending", (index: number) => -index],
    ["constant", () => 7],
    ["organ pipe", (index: number) => Math.min(index, 5000 - index)],
    ["two values", (index: number) => index % 2],
  ])("%s order", (_, value) => {
    const values = Float64Array.from({ length: 5001 }, (_, index) => value(index));
    for (const rank of [0, 1, 37.5, 50, 99, 100]) {
      expect(percentile(values, rank), `percentile ${rank}`).toBe(naivePercentile(values, rank));
    }
  });

  it.each([150, -50, Number.NaN])("rejects percentile %s", (value) => {
    for (const values of [Float32Array.from({ length: 10 }, (_, index) => index), Uint8Array.from({ length: 10 }, (_, index) => index)]) {
      expect(() => percentile(values, value)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "percentile" }));
    }
  });

  it("all non-finite gives NaN", () => {
    expect(percentile(Float32Array.of(Number.NaN, Infinity), 50)).toBeNaN();
    expect(percentile(new Uint8Array(0), 50)).toBeNaN();
  });

  it("image of 2²⁷ + 1 bytes", () => {
    // More values than a plain V8 array holds: filtering them into one threw RangeError.
    const length = 2 ** 27 + 1;
    const values = new Uint8Array(length);
    values.fill(200, length - length / 100);

    expect(percentile(values, 50)).toBe(0);
    expect(percentile(values, 99.5)).toBe(200);
  });
});
