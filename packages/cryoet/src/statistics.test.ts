// The float32 statistics loop against a plain two-pass float64 reference and against the generic
// loop that every other array type takes, at lengths around the 16,384-value block size.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { computeStatistics, StatisticsAccumulator } from "./index.js";

/** Two-pass float64 statistics of every value, written without blocks or streams. */
function referenceStatistics(values: ArrayLike<number>) {
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let index = 0; index < values.length; index++) {
    sum += values[index]!;
    min = Math.min(min, values[index]!);
    max = Math.max(max, values[index]!);
  }
  const mean = sum / values.length;
  let squares = 0;
  for (let index = 0; index < values.length; index++) squares += (values[index]! - mean) ** 2;
  return { min, max, mean, rms: Math.sqrt(squares / values.length) };
}

function pseudoRandom(length: number, seed: number): Float32Array {
  let state = seed;
  return Float32Array.from({ length }, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state / 2 ** 32) * 2000 - 700;
  });
}

describe("float32 statistics", () => {
  for (const length of [1, 2, 3, 5, 16_383, 16_384, 16_387, 3 * 16_384 + 1]) {
    it(`length ${length} matches the reference`, () => {
      const values = pseudoRandom(length, length);
      const actual = computeStatistics(values);
      const expected = referenceStatistics(values);
      expect(actual.count).toBe(length);
      expect(actual.nonFinite).toBe(0);
      expect(actual.min).toBe(expected.min);
      expect(actual.max).toBe(expected.max);
      expect(actual.mean).toBeCloseTo(expected.mean, 9);
      expect(actual.rms).toBeCloseTo(expected.rms, 9);
    });
  }

  it("integer values match the Int16Array loop", () => {
    const integers = Int16Array.from({ length: 40_001 }, (_, i) => ((i * 7919) % 60_001) - 30_000);
    const fromFloat32 = computeStatistics(Float32Array.from(integers));
    const fromInt16 = computeStatistics(integers);
    expect(fromFloat32.min).toBe(fromInt16.min);
    expect(fromFloat32.max).toBe(fromInt16.max);
    expect(fromFloat32.mean).toBeCloseTo(fromInt16.mean, 9);
    expect(fromFloat32.rms).toBeCloseTo(fromInt16.rms, 9);
  });

  it("streamed subarrays match one whole array", () => {
    const values = pseudoRandom(50_000, 7);
    const accumulator = new StatisticsAccumulator();
    for (let start = 0; start < values.length; start += 12_345) accumulator.add(values.subarray(start, start + 12_345));
    const streamed = accumulator.result();
    const whole = computeStatistics(values);
    expect(streamed.min).toBe(whole.min);
    expect(streamed.max).toBe(whole.max);
    expect(streamed.mean).toBeCloseTo(whole.mean, 9);
    expect(streamed.rms).toBeCloseTo(whole.rms, 9);
  });

  it("counts NaN and infinities in any block", () => {
    const values = pseudoRandom(40_000, 3);
    values[5] = Number.NaN;
    values[20_000] = Infinity;
    values[39_999] = -Infinity;
    const statistics = computeStatistics(values);
    expect(statistics.nonFinite).toBe(3);
    expect(statistics.mean).toBeNaN();
    expect(statistics.rms).toBeNaN();
    expect(statistics.min).toBeNaN();
  });

  it("complex float32 takes the strided loop", () => {
    const values = pseudoRandom(2 * 9_999, 11);
    const real = values.filter((_, index) => index % 2 === 0);
    const statistics = computeStatistics(values, true);
    expect(statistics.count).toBe(9_999);
    expect(statistics.mean).toBeCloseTo(referenceStatistics(real).mean, 9);
  });
});

describe("complex statistics length", () => {
  it("odd length throws INVALID_ARGUMENT", () => {
    for (const length of [1, 3, 2 * 9_999 + 1]) {
      const values = pseudoRandom(length, length);
      expect(() => computeStatistics(values, true)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "values", value: length }));
    }
  });

  it("message names the length and the fix", () => {
    expect(() => computeStatistics(new Int16Array(5), true)).toThrow(/length 5.*must be even.*complex = false/);
  });

  it("odd streamed chunk throws", () => {
    const accumulator = new StatisticsAccumulator(true);
    accumulator.add(pseudoRandom(4, 1));
    expect(() => accumulator.add(pseudoRandom(3, 2))).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", value: 3 }));
  });

  it("throws exactly when the length is odd", () => {
    fc.assert(
      fc.property(fc.array(fc.float({ noNaN: true, noDefaultInfinity: true }), { maxLength: 41 }), (parts) => {
        const values = Float32Array.from(parts);
        if (values.length % 2 === 0) expect(computeStatistics(values, true).count).toBe(values.length / 2);
        else expect(() => computeStatistics(values, true)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
      }),
    );
  });

  it("real data of odd length still counts every value", () => {
    expect(computeStatistics(pseudoRandom(5, 5)).count).toBe(5);
  });
});
