import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { randomTensor, seededUniform } from "../testing/random.js";
import { isKeyVisible } from "./masks.js";
import { accumulateKvMagnitudes, emptyKvMagnitudes, FLOAT32_SAFE_MAGNITUDE, overflowStateRows } from "./overflow-rows.js";
import { resolveAttentionProblem, type AttentionOptions } from "./sdpa.js";
import { tensor, type Tensor } from "./tensor.js";

function flagsOf(query: Tensor, key: Tensor, value: Tensor, options: AttentionOptions = {}): Uint8Array | undefined {
  const problem = resolveAttentionProblem(query, key, value, options);
  const magnitudes = emptyKvMagnitudes(problem.kvHeads);
  accumulateKvMagnitudes(magnitudes, key.data, value.data, problem.keyRows, problem.headDim, problem.valueDim);
  return overflowStateRows(problem, query.data, magnitudes);
}

describe("overflowStateRows", () => {
  it("flags only the query whose score bound is too large", () => {
    // Two query heads share one KV head. Head 1 has a norm of 2^70 and the key a norm of 2^60.
    const query = tensor(Float32Array.from([1, 0, 2 ** 70, 0]), [1, 2, 2]);
    const key = tensor(Float32Array.from([2 ** 60, 0]), [1, 1, 2]);
    const value = tensor(Float32Array.from([1]), [1, 1, 1]);
    expect(flagsOf(query, key, value, { scale: 1 })).toEqual(Uint8Array.from([0, 1]));
  });

  it("returns undefined when every bound is below the limit", () => {
    const query = tensor(Float32Array.from([2 ** 60, 0]), [1, 1, 2]);
    const key = tensor(Float32Array.from([2 ** 60, 0]), [1, 1, 2]);
    const value = tensor(Float32Array.from([2 ** 100]), [1, 1, 1]);
    expect(flagsOf(query, key, value, { scale: 1 })).toBeUndefined();
  });

  it("counts a scale above 1 in the score bound", () => {
    const query = tensor(Float32Array.from([2 ** 60]), [1, 1, 1]);
    const key = tensor(Float32Array.from([2 ** 60]), [1, 1, 1]);
    const value = tensor(Float32Array.from([1]), [1, 1, 1]);
    expect(flagsOf(query, key, value, { scale: 2 ** 4 })).toBeUndefined();
    expect(flagsOf(query, key, value, { scale: 2 ** 8 })).toEqual(Uint8Array.from([1]));
  });

  it("flags every row when the scale itself is too large", () => {
    const query = tensor(new Float32Array(2 * 3), [2, 1, 3]);
    const key = tensor(new Float32Array(2 * 3), [2, 1, 3]);
    const value = tensor(new Float32Array(2), [2, 1, 1]);
    expect(flagsOf(query, key, value, { scale: 2 ** 127 })).toEqual(Uint8Array.from([1, 1]));
  });

  it("flags rows whose value sums may overflow", () => {
    // Three keys of value 2^125 may sum to more than the 2^126 limit; two reach it exactly.
    const query = tensor(new Float32Array(1), [1, 1, 1]);
    const keys = (count: number) => tensor(new Float32Array(count), [count, 1, 1]);
    const values = (count: number) => tensor(new Float32Array(count).fill(2 ** 125), [count, 1, 1]);
    expect(flagsOf(query, keys(3), values(3))).toEqual(Uint8Array.from([1]));
    expect(flagsOf(query, keys(2), values(2))).toBeUndefined();
  });

  it("ignores non-finite elements", () => {
    const query = tensor(Float32Array.from([Infinity, 1]), [1, 1, 2]);
    const key = tensor(Float32Array.from([NaN, 1]), [1, 1, 2]);
    const value = tensor(Float32Array.from([-Infinity]), [1, 1, 1]);
    expect(flagsOf(query, key, value)).toBeUndefined();
  });

  it("bounds every partial dot product of unflagged rows", () => {
    // For rows the test leaves unflagged, every partial sum of scale·q·k in any order, which
    // float32 kernels may take, stays below the limit: the sum of |q_c·k_c| bounds them all.
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 127 }),
        fc.integer({ min: 0, max: 127 }),
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        (seed, rows, dim, queryExponent, keyExponent, scale) => {
          const next = seededUniform(seed);
          const query = randomTensor(next, [rows, 2, dim], 2 ** queryExponent);
          const key = randomTensor(next, [rows, 1, dim], 2 ** keyExponent);
          const value = randomTensor(next, [rows, 1, 1]);
          const options: AttentionOptions = { scale };
          const flags = flagsOf(query, key, value, options);
          const problem = resolveAttentionProblem(query, key, value, options);
          for (let r = 0; r < rows; r++) {
            for (let h = 0; h < 2; h++) {
              if (flags?.[r * 2 + h] === 1) continue;
              for (let j = 0; j < rows; j++) {
                if (!isKeyVisible(problem.mask, problem.queryPositions[r]!, problem.keyPositions[j]!)) continue;
                let absoluteSum = 0;
                for (let c = 0; c < dim; c++) absoluteSum += Math.abs(query.data[(r * 2 + h) * dim + c]! * key.data[j * dim + c]!);
                expect(Math.max(1, Math.abs(scale)) * absoluteSum).toBeLessThanOrEqual(FLOAT32_SAFE_MAGNITUDE);
              }
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
