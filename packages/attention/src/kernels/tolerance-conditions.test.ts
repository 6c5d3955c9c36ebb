// The fast back ends compute scores in float32, so each weight exp(s − m) inherits the rounding
// of s, about |s|·6e-8 relative, and their error grows with the largest |score|. The README
// states the bounds under which their tolerances hold, and these tests check them at those
// bounds. SIMD stays within rtol 1e-5, atol 1e-6 for scores in [−8, 8]. gpu.js stays within
// rtol 1e-4, atol 1e-4 for scores in [−64, 64]. Values lie in [−1, 1] for both.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { randomTensor, seededUniform } from "../testing/random.js";
import { compareArrays, FLOAT32_TOLERANCE, type Tolerance } from "../testing/tolerance.js";
import { createGpuAttentionBackend, type GpuAttentionBackend } from "./gpu-backend.js";
import type { AttentionMask } from "./masks.js";
import { isKeyVisible } from "./masks.js";
import { resolveAttentionProblem, scaledDotProductAttention, type AttentionOptions } from "./sdpa.js";
import { createSimdAttention, type SimdAttention } from "./simd-attention.js";
import type { Tensor } from "./tensor.js";

const SIMD_SCORE_BOUND = 8;
const GPU_SCORE_BOUND = 64;
const GPU_TOLERANCE: Tolerance = { rtol: 1e-4, atol: 1e-4 };

/** Returns the largest |scale·q·k| over the visible (row, head, key) triples, in float64. */
function largestScore(query: Tensor, key: Tensor, value: Tensor, options: AttentionOptions): number {
  const problem = resolveAttentionProblem(query, key, value, options);
  const { queryRows, queryHeads, keyRows, kvHeads, headDim, groupSize, scale } = problem;
  let largest = 0;
  for (let r = 0; r < queryRows; r++) {
    for (let j = 0; j < keyRows; j++) {
      if (!isKeyVisible(problem.mask, problem.queryPositions[r]!, problem.keyPositions[j]!)) continue;
      for (let h = 0; h < queryHeads; h++) {
        const kvHead = Math.floor(h / groupSize);
        let dot = 0;
        for (let c = 0; c < headDim; c++) dot += query.data[(r * queryHeads + h) * headDim + c]! * key.data[(j * kvHeads + kvHead) * headDim + c]!;
        largest = Math.max(largest, Math.abs(scale * dot));
      }
    }
  }
  return largest;
}

/**
 * Returns random inputs whose largest visible |score| is just below `bound`: queries are
 * rescaled after drawing, and values stay in [−1, 1].
 */
function inputsAtBound(seed: number, shape: readonly number[], mask: AttentionMask, bound: number) {
  const [queryRows, heads, kvHeads, dim, keyRows, valueDim] = shape as [number, number, number, number, number, number];
  const next = seededUniform(seed);
  const query = randomTensor(next, [queryRows, heads, dim]);
  const key = randomTensor(next, [keyRows, kvHeads, dim]);
  const value = randomTensor(next, [keyRows, kvHeads, valueDim]);
  const options: AttentionOptions = { mask };
  const factor = (0.999 * bound) / largestScore(query, key, value, options);
  for (let i = 0; i < query.data.length; i++) query.data[i] = query.data[i]! * factor;
  return { query, key, value, options };
}

function expectWithin(actual: Tensor, expected: Tensor, tolerance: Tolerance, label: string): void {
  const comparison = compareArrays(actual.data, expected.data, expected.shape, tolerance);
  expect(comparison.ok, `${label}: ${comparison.message}`).toBe(true);
}

// [name, [T_q, H_q, H_kv, d, T_k, d_v], mask]
const shapes: [string, number[], AttentionMask][] = [
  ["GQA decode, d = 128", [1, 8, 2, 128, 1024, 128], { kind: "causal" }],
  ["MQA decode, d = 256", [1, 16, 1, 256, 700, 256], { kind: "causal" }],
  ["MLA-width decode, d = 576", [1, 8, 1, 576, 300, 512], { kind: "none" }],
  ["prefill across tiles", [17, 4, 2, 64, 257, 64], { kind: "causal" }],
  ["sliding window with sinks", [7, 6, 3, 64, 200, 32], { kind: "sliding", window: 70, sinkTokens: 3 }],
  ["narrow heads", [3, 4, 1, 8, 2048, 8], { kind: "none" }],
  ["band", [9, 2, 1, 17, 65, 5], { kind: "band", left: 3, right: 2 }],
];

let simd: SimdAttention;
beforeAll(async () => {
  simd = await createSimdAttention();
});

describe("SIMD tolerance at the stated score bound", () => {
  it.each(shapes)("%s stays within rtol 1e-5, atol 1e-6", (name, shape, mask) => {
    for (const seed of [1, 2, 3]) {
      const { query, key, value, options } = inputsAtBound(seed, shape, mask, SIMD_SCORE_BOUND);
      const expected = scaledDotProductAttention(query, key, value, options);
      const actual = simd.scaledDotProductAttention(query, key, value, options);
      expectWithin(actual.output, expected.output, FLOAT32_TOLERANCE, `${name}, seed ${seed}, output`);
      expectWithin(actual.logSumExp, expected.logSumExp, FLOAT32_TOLERANCE, `${name}, seed ${seed}, log-sum-exp`);
    }
  });
});

describe.each(["cpu", "webasm"] as const)("gpu.js %s tolerance at the stated score bound", (mode) => {
  let backend: GpuAttentionBackend;
  beforeAll(() => {
    backend = createGpuAttentionBackend({ mode });
  });
  afterAll(() => backend.destroy());

  // gpu.js compiles one kernel set per shape, so this sweep uses the smaller shapes.
  it.each(shapes.filter(([, shape]) => shape[0]! * shape[1]! * shape[4]! <= 20_000))("%s stays within rtol 1e-4, atol 1e-4", (name, shape, mask) => {
    const { query, key, value, options } = inputsAtBound(7, shape, mask, GPU_SCORE_BOUND);
    const expected = scaledDotProductAttention(query, key, value, options);
    const actual = backend.scaledDotProductAttention(query, key, value, options);
    expectWithin(actual.output, expected.output, GPU_TOLERANCE, `${name}, output`);
    expectWithin(actual.logSumExp, expected.logSumExp, GPU_TOLERANCE, `${name}, log-sum-exp`);
  });
});
