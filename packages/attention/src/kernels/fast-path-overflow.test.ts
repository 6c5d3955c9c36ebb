// The fast back ends compute in float32, so a score scale·q·k, a partial dot product or a value
// sum can overflow to ±∞ although every input is finite, where the float64 reference stays
// finite. Rows at risk run on the reference. These tests check that each fast path is finite
// wherever the reference is finite. Where scores overflow float32 or stay within the documented
// bounds, they check that it agrees with the reference within the path's tolerance.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { randomTensor, seededUniform } from "../testing/random.js";
import { compareArrays, FLOAT32_TOLERANCE, type Tolerance } from "../testing/tolerance.js";
import { createGpuAttentionBackend, type GpuAttentionBackend } from "./gpu-backend.js";
import type { AttentionMask } from "./masks.js";
import { isKeyVisible } from "./masks.js";
import { resolveAttentionProblem, scaledDotProductAttention, type AttentionOptions, type AttentionResult } from "./sdpa.js";
import { createSimdAttention, type SimdAttention } from "./simd-attention.js";
import { tensor, type Tensor } from "./tensor.js";

/** The largest finite float32, (2 − 2^−23)·2^127 (IEEE 754 binary32). */
const FLOAT32_MAX = (2 - 2 ** -23) * 2 ** 127;

type Attend = (query: Tensor, key: Tensor, value: Tensor, options: AttentionOptions) => Promise<AttentionResult>;

interface FastPath {
  readonly name: string;
  readonly attend: Attend;
  readonly tolerance: Tolerance;
  /** Largest visible |score| for which the README states the tolerance, with values in [−1, 1]. */
  readonly scoreBound: number;
}

let simd: SimdAttention;
const gpuBackends: GpuAttentionBackend[] = [];
beforeAll(async () => {
  simd = await createSimdAttention();
});
afterAll(() => {
  for (const backend of gpuBackends) backend.destroy();
});

function gpuPath(mode: "cpu" | "webasm"): FastPath {
  let backend: GpuAttentionBackend | undefined;
  return {
    name: `gpu.js ${mode}`,
    tolerance: { rtol: 1e-4, atol: 1e-4 },
    scoreBound: 64,
    attend: async (query, key, value, options) => {
      if (backend === undefined) {
        backend = createGpuAttentionBackend({ mode });
        gpuBackends.push(backend);
      }
      return backend.scaledDotProductAttention(query, key, value, options);
    },
  };
}

const fastPaths: FastPath[] = [
  { name: "SIMD", tolerance: FLOAT32_TOLERANCE, scoreBound: 8, attend: async (query, key, value, options) => simd.scaledDotProductAttention(query, key, value, options) },
  {
    name: "SIMD KV cache",
    tolerance: FLOAT32_TOLERANCE,
    scoreBound: 8,
    attend: async (query, key, value, options) => {
      const cache = await simd.createKvCache({ kvHeads: key.shape[1]!, headDim: key.shape[2]!, valueDim: value.shape[2]! }, 4);
      cache.append(key, value);
      return cache.attend(query, options);
    },
  },
  gpuPath("cpu"),
  gpuPath("webasm"),
];

function expectWithin(actual: Tensor, expected: Tensor, tolerance: Tolerance, label: string): void {
  const comparison = compareArrays(actual.data, expected.data, expected.shape, tolerance);
  expect(comparison.ok, `${label}: ${comparison.message}`).toBe(true);
}

/** Returns the largest visible |scale·q·k| of every `(row, head)` state row, in float64. */
function largestScores(query: Tensor, key: Tensor, value: Tensor, options: AttentionOptions): Float64Array {
  const problem = resolveAttentionProblem(query, key, value, options);
  const { queryRows, queryHeads, keyRows, kvHeads, headDim, groupSize, scale } = problem;
  const largest = new Float64Array(queryRows * queryHeads);
  for (let r = 0; r < queryRows; r++) {
    for (let h = 0; h < queryHeads; h++) {
      const kvHead = Math.floor(h / groupSize);
      for (let j = 0; j < keyRows; j++) {
        if (!isKeyVisible(problem.mask, problem.queryPositions[r]!, problem.keyPositions[j]!)) continue;
        let dot = 0;
        for (let c = 0; c < headDim; c++) dot += query.data[(r * queryHeads + h) * headDim + c]! * key.data[(j * kvHeads + kvHead) * headDim + c]!;
        largest[r * queryHeads + h] = Math.max(largest[r * queryHeads + h]!, Math.abs(scale * dot));
      }
    }
  }
  return largest;
}

/** Returns the elements `[stateRow·width, (stateRow + 1)·width)` of `source` as a tensor. */
function stateRowOf(source: Tensor, stateRow: number, width: number): Tensor {
  return tensor(source.data.slice(stateRow * width, (stateRow + 1) * width), [width]);
}

// [name, query, key, value, options]: finite inputs whose float32 arithmetic overflows.
const overflowCases: [string, () => [Tensor, Tensor, Tensor], AttentionOptions][] = [
  [
    "scores above the float32 maximum",
    () => [
      tensor(Float32Array.from([1e20, 1e20, 0, 0, 0, 0, 0, 0]), [1, 1, 8]),
      tensor(Float32Array.from([1e20, 1e20, 0, 0, 0, 0, 0, 0, 1e19, 0, 0, 0, 0, 0, 0, 0]), [2, 1, 8]),
      tensor(Float32Array.from({ length: 16 }, (_, i) => (i < 8 ? i + 1 : -(i - 7))), [2, 1, 8]),
    ],
    { mask: { kind: "none" } },
  ],
  [
    "partial sums that overflow and cancel",
    () => [
      tensor(Float32Array.from([2e19, 2e19, 2e19, 2e19, 1, 0, 0, 0]), [1, 1, 8]),
      tensor(Float32Array.from([-1e19, -1e19, 1e19, 1e19, 1, 0, 0, 0, 0, 0, 0, 0, 0.5, 0, 0, 0]), [2, 1, 8]),
      tensor(Float32Array.from({ length: 16 }, (_, i) => i / 16), [2, 1, 8]),
    ],
    { mask: { kind: "none" } },
  ],
  [
    // One float32 lane sums −2e38 twice to −∞ and never returns, while the exact score is
    // +2e38, so the key that dominates the reference gets weight 0 unless the row is found.
    "a score that overflows to −∞ alone",
    () => [
      tensor(Float32Array.from([2e19, 2e19, 2e19, 0, 2e19, 0, 0, 0]), [1, 1, 8]),
      tensor(Float32Array.from([-1e19, 1.5e19, 1.5e19, 0, -1e19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), [2, 1, 8]),
      tensor(Float32Array.from({ length: 16 }, (_, i) => (i < 8 ? 1 : -1)), [2, 1, 8]),
    ],
    { mask: { kind: "none" }, scale: 1 },
  ],
  [
    "value sums above the float32 maximum",
    () => [tensor(new Float32Array(2 * 3), [1, 2, 3]), tensor(new Float32Array(4 * 3), [4, 1, 3]), tensor(new Float32Array(4 * 2).fill(3e38), [4, 1, 2])],
    {},
  ],
  [
    "a scale of 2^127 on unit inputs",
    () => [tensor(new Float32Array(2 * 4).fill(1), [2, 1, 4]), tensor(new Float32Array(3 * 4).fill(1), [3, 1, 4]), tensor(Float32Array.from([1, 2, 3]), [3, 1, 1])],
    { scale: 2 ** 127 },
  ],
  [
    "one overflowing head of a GQA group",
    () => {
      const next = seededUniform(17);
      const query = randomTensor(next, [3, 4, 8]);
      query.data.fill(3e30, 5 * 8, 6 * 8);
      return [query, randomTensor(next, [3, 2, 8], 1e9), randomTensor(next, [3, 2, 8])];
    },
    {},
  ],
];

describe.each(fastPaths)("$name with finite inputs that overflow float32", (path) => {
  it.each(overflowCases)("%s match the reference", async (_name, inputs, options) => {
    const [query, key, value] = inputs();
    const expected = scaledDotProductAttention(query, key, value, options);
    const actual = await path.attend(query, key, value, options);
    expect(expected.output.data.every(Number.isFinite)).toBe(true);
    expectWithin(actual.output, expected.output, path.tolerance, "output");
    expectWithin(actual.logSumExp, expected.logSumExp, path.tolerance, "log-sum-exp");
  });

  it("rows of large-magnitude inputs stay finite and within tolerance", async () => {
    const masks: AttentionMask[] = [{ kind: "causal" }, { kind: "none" }, { kind: "sliding", window: 2 }];
    const shapes = fc.record({
      seed: fc.integer(),
      queryRows: fc.integer({ min: 1, max: 4 }),
      extraKeys: fc.integer({ min: 0, max: 4 }),
      kvHeads: fc.integer({ min: 1, max: 2 }),
      groupSize: fc.integer({ min: 1, max: 3 }),
      headDim: fc.integer({ min: 1, max: 8 }),
      valueDim: fc.integer({ min: 1, max: 3 }),
      mask: fc.constantFrom(...masks),
      keyExponent: fc.integer({ min: 0, max: 127 }),
      queryExponents: fc.array(fc.integer({ min: 0, max: 127 }), { minLength: 12, maxLength: 12 }),
    });
    await fc.assert(
      fc.asyncProperty(shapes, async (shape) => {
        const next = seededUniform(shape.seed);
        const heads = shape.kvHeads * shape.groupSize;
        const keyRows = shape.queryRows + shape.extraKeys;
        // Each query vector gets its own magnitude 2^e, so one call mixes rows in the
        // documented bounds, rows with large finite scores and rows that overflow float32.
        const query = randomTensor(next, [shape.queryRows, heads, shape.headDim]);
        for (let i = 0; i < query.data.length; i++) query.data[i] = query.data[i]! * 2 ** shape.queryExponents[Math.floor(i / shape.headDim) % 12]!;
        const key = randomTensor(next, [keyRows, shape.kvHeads, shape.headDim], 2 ** shape.keyExponent);
        const value = randomTensor(next, [keyRows, shape.kvHeads, shape.valueDim]);
        const options: AttentionOptions = { mask: shape.mask };

        const expected = scaledDotProductAttention(query, key, value, options);
        const actual = await path.attend(query, key, value, options);
        const largest = largestScores(query, key, value, options);
        for (let stateRow = 0; stateRow < largest.length; stateRow++) {
          const actualRow = stateRowOf(actual.output, stateRow, shape.valueDim);
          const expectedRow = stateRowOf(expected.output, stateRow, shape.valueDim);
          expect(actualRow.data.every(Number.isFinite), `row ${stateRow} output is finite`).toBe(true);
          if (largest[stateRow]! > FLOAT32_MAX || largest[stateRow]! <= path.scoreBound) {
            expectWithin(actualRow, expectedRow, path.tolerance, `row ${stateRow} output`);
            expectWithin(stateRowOf(actual.logSumExp, stateRow, 1), stateRowOf(expected.logSumExp, stateRow, 1), path.tolerance, `row ${stateRow} log-sum-exp`);
          }
        }
      }),
      { numRuns: path.name.startsWith("gpu.js") ? 40 : 150 },
    );
  });
});

describe("SimdKvCache overflow bounds", () => {
  it("truncating the overflowing token brings back the SIMD result", async () => {
    const next = seededUniform(23);
    const query = randomTensor(next, [1, 2, 8]);
    const key = randomTensor(next, [5, 1, 8]);
    const value = randomTensor(next, [5, 1, 8]);
    const huge = tensor(new Float32Array(8).fill(1e38), [1, 1, 8]);

    const fresh = await simd.createKvCache({ kvHeads: 1, headDim: 8 });
    fresh.append(key, value);
    const truncated = await simd.createKvCache({ kvHeads: 1, headDim: 8 });
    truncated.append(key, value);
    truncated.append(huge, tensor(new Float32Array(8), [1, 1, 8]));
    const withHugeKey = truncated.attend(query, { mask: { kind: "none" } });
    expect(withHugeKey.output.data.every(Number.isFinite)).toBe(true);
    truncated.truncate(5);

    // Once the bounds are recomputed without the huge key, no row runs on the reference, so
    // both caches give the same float32 result bit for bit.
    expect(truncated.attend(query).output.data).toEqual(fresh.attend(query).output.data);
  });

  it("decodeStep with an overflowing query matches the reference", async () => {
    const next = seededUniform(29);
    const key = randomTensor(next, [6, 2, 16], 1e19);
    const value = randomTensor(next, [6, 2, 16]);
    const query = randomTensor(next, [1, 4, 16], 1e20);
    const cache = await simd.createKvCache({ kvHeads: 2, headDim: 16 }, 2);
    const keyRow = (t: number) => tensor(key.data.slice(t * 32, (t + 1) * 32), [1, 2, 16]);
    const valueRow = (t: number) => tensor(value.data.slice(t * 32, (t + 1) * 32), [1, 2, 16]);
    for (let t = 0; t < 5; t++) cache.append(keyRow(t), valueRow(t));
    const actual = cache.decodeStep(query, keyRow(5), valueRow(5));
    const expected = scaledDotProductAttention(query, key, value);
    expectWithin(actual.output, expected.output, FLOAT32_TOLERANCE, "output");
    expectWithin(actual.logSumExp, expected.logSumExp, FLOAT32_TOLERANCE, "log-sum-exp");
  });
});
