// The fast fp16 and bf16 rounding against the reference encodeMinifloat.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { roundToBf16Bits, roundToFp16Bits } from "./half-rounding.js";
import { BF16, FP16, encodeMinifloat } from "./minifloat.js";

const EDGES = [
  0, -0, 1, -1, 65504, 65519.99, 65520, -65520, 1e6, 2 ** -14, 2 ** -24, 2 ** -25, 2 ** -25 * 1.0000001, 3 * 2 ** -26, 2 ** -14 - 2 ** -25, 1 + 2 ** -11,
  1 + 3 * 2 ** -11, 2 ** -133, 2 ** -134, 3.3895313892515355e38, 3.39e38, 1e39, 5e-324, -5e-324, 1.7976931348623157e308, Infinity, -Infinity, NaN,
];

describe("half rounding", () => {
  it("fp16 matches the reference on edges", () => {
    for (const value of EDGES) {
      for (const saturate of [false, true]) expect(roundToFp16Bits(value, saturate), `${value} ${saturate}`).toBe(encodeMinifloat(value, FP16, saturate));
    }
  });

  it("bf16 matches the reference on edges", () => {
    for (const value of EDGES) {
      for (const saturate of [false, true]) expect(roundToBf16Bits(value, saturate), `${value} ${saturate}`).toBe(encodeMinifloat(value, BF16, saturate));
    }
  });

  it("both match the reference on any double", () => {
    fc.assert(
      fc.property(fc.double(), fc.boolean(), (value, saturate) => {
        expect(roundToFp16Bits(value, saturate)).toBe(encodeMinifloat(value, FP16, saturate));
        expect(roundToBf16Bits(value, saturate)).toBe(encodeMinifloat(value, BF16, saturate));
      }),
      { numRuns: 20_000 },
    );
  });

  it("both match on values near the fp16 range", () => {
    fc.assert(
      fc.property(fc.double({ min: -70_000, max: 70_000, noNaN: true }), (value) => {
        expect(roundToFp16Bits(value, false)).toBe(encodeMinifloat(value, FP16, false));
        expect(roundToBf16Bits(value, true)).toBe(encodeMinifloat(value, BF16, true));
      }),
      { numRuns: 20_000 },
    );
  });
});
