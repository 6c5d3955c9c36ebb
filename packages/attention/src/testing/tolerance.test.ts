import { describe, expect, it } from "vitest";

import { compareArrays } from "./tolerance.js";

describe("compareArrays", () => {
  it("accepts errors within atol + rtol·|expected|", () => {
    const result = compareArrays([1 + 1.9e-5, 0.5e-6], [1, 0], [2], { rtol: 1e-5, atol: 1e-5 });
    expect(result.ok).toBe(true);
  });

  it("rejects an error just past the bound", () => {
    const result = compareArrays([1, 2 + 3.1e-5], [1, 2], [2], { rtol: 1e-5, atol: 1e-5 });
    expect(result.ok).toBe(false);
    expect(result.worstIndex).toEqual([1]);
  });

  it("reports the index of the largest error in the shape", () => {
    const result = compareArrays([0, 0, 0, 0, 0, 1], [0, 0, 0, 0, 0, 0], [2, 3]);
    expect(result.ok).toBe(false);
    expect(result.maxAbsoluteError).toBe(1);
    expect(result.worstIndex).toEqual([1, 2]);
    expect(result.message).toContain("[1, 2]");
  });

  it("matches NaN with NaN and infinities by sign", () => {
    expect(compareArrays([NaN, -Infinity], [NaN, -Infinity], [2]).ok).toBe(true);
    expect(compareArrays([NaN], [0], [1]).ok).toBe(false);
    expect(compareArrays([0], [NaN], [1]).ok).toBe(false);
    expect(compareArrays([Infinity], [-Infinity], [1]).ok).toBe(false);
  });

  it("rejects a length mismatch", () => {
    expect(compareArrays([1, 2], [1], [1]).ok).toBe(false);
  });
});
