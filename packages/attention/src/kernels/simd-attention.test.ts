import { describe, expect, it } from "vitest";

import { randomTensor, seededUniform } from "../testing/random.js";
import { compareArrays, type Tolerance } from "../testing/tolerance.js";
import type { AttentionMask } from "./masks.js";
import { createSimdAttention } from "./simd-attention.js";
import { scaledDotProductAttention, type AttentionOptions } from "./sdpa.js";
import type { Tensor } from "./tensor.js";

// The SIMD kernels accumulate dot products and value sums in float32 lanes.
const SIMD_TOLERANCE: Tolerance = { rtol: 1e-4, atol: 1e-5 };

function expectClose(actual: Tensor, expected: Tensor): void {
  const comparison = compareArrays(actual.data, expected.data, expected.shape, SIMD_TOLERANCE);
  expect(comparison.ok, comparison.message).toBe(true);
}

const cases: [string, AttentionOptions, number, number, number, number, number, number][] = [
  ["GQA decode", { mask: { kind: "causal" } }, 1, 300, 8, 2, 64, 64],
  ["MQA decode at width 256", {}, 1, 40, 16, 1, 256, 256],
  ["causal prefill", {}, 17, 17, 4, 2, 16, 8],
  ["sliding window with sink tokens", { mask: { kind: "sliding", window: 4, sinkTokens: 2 } satisfies AttentionMask }, 12, 12, 4, 2, 8, 16],
  ["chunked", { mask: { kind: "chunked", chunkSize: 5 } }, 11, 11, 2, 1, 8, 8],
  ["learned sinks", { sinkLogits: new Float32Array([0.3, -2, 1.5, 0]) }, 6, 6, 4, 2, 8, 8],
  ["ring positions", { keyPositions: [8, 9, 6, 7], queryOffset: 9, mask: { kind: "sliding", window: 4 } }, 1, 4, 4, 2, 8, 8],
  ["more queries than keys", {}, 6, 3, 2, 1, 8, 8],
  ["odd head dimension falls back", {}, 3, 5, 2, 1, 6, 5],
];

describe("WASM SIMD attention", () => {
  it.each(cases)("%s matches the reference", async (_name, options, queryRows, keyRows, heads, kvHeads, dim, valueDim) => {
    const simd = await createSimdAttention();
    const next = seededUniform(queryRows * 7919 + keyRows);
    const query = randomTensor(next, [queryRows, heads, dim], 2);
    const key = randomTensor(next, [keyRows, kvHeads, dim], 2);
    const value = randomTensor(next, [keyRows, kvHeads, valueDim]);
    const expected = scaledDotProductAttention(query, key, value, options);
    const actual = simd.scaledDotProductAttention(query, key, value, options);
    expectClose(actual.output, expected.output);
    expectClose(actual.logSumExp, expected.logSumExp);
  });

  it("masked NaN keys do not reach the output", async () => {
    const simd = await createSimdAttention();
    const next = seededUniform(3);
    const query = randomTensor(next, [1, 2, 8]);
    const key = randomTensor(next, [6, 1, 8]);
    const value = randomTensor(next, [6, 1, 8]);
    const mask: AttentionMask = { kind: "sliding", window: 2 };
    const clean = simd.scaledDotProductAttention(query, key, value, { mask });
    key.data.fill(NaN, 0, 8);
    value.data.fill(NaN, 0, 8);
    expect(simd.scaledDotProductAttention(query, key, value, { mask }).output.data).toEqual(clean.output.data);
  });
});
