import { readFileSync } from "node:fs";

import { afterAll, describe, expect, it } from "vitest";

import { libraryMask, parseGoldens } from "../testing/goldens.js";
import { randomTensor, seededUniform } from "../testing/random.js";
import { compareArrays, type Tolerance } from "../testing/tolerance.js";
import { createGpuAttentionBackend, type GpuJsMode } from "./gpu-backend.js";
import { linear } from "./linear.js";
import type { AttentionMask } from "./masks.js";
import { scaledDotProductAttention, type AttentionOptions } from "./sdpa.js";
import { tensor, type Tensor } from "./tensor.js";

// gpu.js kernels accumulate in float32 with their own exp, so they match within 1e-4.
const GPU_TOLERANCE: Tolerance = { rtol: 1e-4, atol: 1e-4 };

function expectClose(actual: Tensor, expected: Tensor): void {
  const comparison = compareArrays(actual.data, expected.data, expected.shape, GPU_TOLERANCE);
  expect(comparison.ok, comparison.message).toBe(true);
}

const goldens = parseGoldens(
  readFileSync(new URL("../../fixtures/goldens.json", import.meta.url), "utf8"),
  new Uint8Array(readFileSync(new URL("../../fixtures/goldens.bin", import.meta.url))),
);
const goldenSdpaCases = goldens.cases.filter((entry) => entry.kernel === "sdpa").map((entry) => [entry.name, entry] as const);


const cases: [string, AttentionMask, number, number, number, number, number][] = [
  ["MHA causal prefill", { kind: "causal" }, 9, 9, 4, 4, 16],
  ["GQA decode with offset", { kind: "causal" }, 1, 33, 8, 2, 32],
  ["MQA sliding window", { kind: "sliding", window: 5 }, 12, 12, 4, 1, 8],
  ["chunked", { kind: "chunked", chunkSize: 4 }, 10, 10, 2, 1, 8],
  ["bidirectional band", { kind: "band", left: 2, right: 1 }, 7, 7, 2, 2, 8],
  ["more queries than keys", { kind: "causal" }, 6, 3, 2, 1, 4],
];

describe.each<GpuJsMode>(["cpu", "webasm"])("gpu.js back end in %s mode", (mode) => {
  const backend = createGpuAttentionBackend({ mode });
  afterAll(() => backend.destroy());

  it.each(cases)("%s matches the reference", (_name, mask, queryRows, keyRows, heads, kvHeads, dim) => {
    const next = seededUniform(queryRows * 1000 + keyRows);
    const query = randomTensor(next, [queryRows, heads, dim], 2);
    const key = randomTensor(next, [keyRows, kvHeads, dim], 2);
    const value = randomTensor(next, [keyRows, kvHeads, dim - 1]);
    const options: AttentionOptions = { mask };
    const expected = scaledDotProductAttention(query, key, value, options);
    const actual = backend.scaledDotProductAttention(query, key, value, options);
    expectClose(actual.output, expected.output);
    expectClose(actual.logSumExp, expected.logSumExp);
  });

  it("learned sinks match the reference", () => {
    const next = seededUniform(7);
    const query = randomTensor(next, [5, 4, 8], 2);
    const key = randomTensor(next, [5, 2, 8], 2);
    const value = randomTensor(next, [5, 2, 8]);
    const options: AttentionOptions = { sinkLogits: randomTensor(next, [4], 3).data, mask: { kind: "band", left: 0, right: 0 }, queryOffset: 10, keyPositions: [0, 1, 2, 3, 4] };
    const expected = scaledDotProductAttention(query, key, value, options);
    const actual = backend.scaledDotProductAttention(query, key, value, options);
    expectClose(actual.output, expected.output);
    expectClose(actual.logSumExp, expected.logSumExp);
  });

  it("linear matches the reference", () => {
    const next = seededUniform(11);
    const x = randomTensor(next, [5, 37]);
    const weight = randomTensor(next, [19, 37]);
    expectClose(backend.linear(x, weight), linear(x, weight));
  });

  it("linear overflow and NaN follow the reference", () => {
    // Row 0 of the weight sums 2e38 + 2e38 − 2e38: float32 partial sums reach ∞ although the
    // result is 2e38. Row 2 reads a NaN, which shaders need not propagate.
    const x = tensor(Float32Array.from([1, 1, 1, 1, 0.5, -0.5, 0.25, 2]), [2, 4]);
    const weight = tensor(Float32Array.from([2e38, 2e38, -2e38, 0, 1e30, 1e30, 1e30, 1e30, 1, NaN, 1, 1, 0.1, 0.2, 0.3, 0.4]), [4, 4]);
    const expected = linear(x, weight);
    const actual = backend.linear(x, weight);
    expect(Number.isFinite(expected.data[0])).toBe(true);
    expectClose(actual, expected);
  });

  it("no query heads give an empty output", () => {
    const next = seededUniform(5);
    const result = backend.scaledDotProductAttention(randomTensor(next, [3, 0, 8]), randomTensor(next, [3, 2, 8]), randomTensor(next, [3, 2, 8]));
    expect(result.output.shape).toEqual([3, 0, 8]);
    expect(result.logSumExp.shape).toEqual([3, 0]);
  });

  it.each(goldenSdpaCases)("golden %s matches PyTorch", (_name, entry) => {
    const get = (name: string) => goldens.tensorOf(entry, name);
    const params = entry.params as { mask: Record<string, unknown>; scale?: number; keyPositions?: number[]; queryOffset?: number };
    const result = backend.scaledDotProductAttention(get("q"), get("k"), get("v"), {
      mask: libraryMask(params.mask),
      ...(params.scale === undefined ? {} : { scale: params.scale }),
      ...(params.keyPositions === undefined ? {} : { keyPositions: params.keyPositions }),
      ...(params.queryOffset === undefined ? {} : { queryOffset: params.queryOffset }),
      ...(entry.tensors["sinks"] === undefined ? {} : { sinkLogits: get("sinks").data }),
    });
    expectClose(result.output, get("out"));
    expectClose(result.logSumExp, get("lse"));
  });

  it("reports the mode it runs in", () => {
    expect(backend.mode).toBe(mode);
  });

  // Visible non-finite inputs follow IEEE-754 as in the reference (NaN rows, NaN channels), and
  // masked ones change nothing. A visible key scoring −∞, or far below any shader sentinel,
  // still counts as visible.
  const poisons: [string, (query: Tensor, key: Tensor, value: Tensor) => void, AttentionOptions][] = [
    ["NaN in a visible query", (query) => (query.data[(2 * 2 + 1) * 4] = NaN), {}],
    ["+∞ in a visible key", (_query, key) => (key.data[4] = Infinity), {}],
    ["−∞ in a visible key", (_query, key) => (key.data[0] = -Infinity), {}],
    ["NaN in a visible value", (_query, _key, value) => (value.data[1] = NaN), {}],
    ["NaN value of a key scoring −∞", (_query, key, value) => ((key.data[0] = -Infinity), (value.data[0] = NaN)), { mask: { kind: "none" } }],
    ["NaN in a masked key", (_query, key) => (key.data[3 * 4] = NaN), {}],
    ["NaN sink logit", () => undefined, { sinkLogits: new Float32Array([0.5, NaN]) }],
    ["scores far below −1e30", (query, key) => (query.data.fill(1e16), key.data.fill(-1e16)), { mask: { kind: "sliding", window: 1 } }],
  ];

  it.each(poisons)("%s follows the reference", (_name, poison, options) => {
    const next = seededUniform(41);
    const query = randomTensor(next, [4, 2, 4]);
    const key = randomTensor(next, [4, 1, 4]);
    const value = randomTensor(next, [4, 1, 3]);
    poison(query, key, value);
    const expected = scaledDotProductAttention(query, key, value, options);
    const actual = backend.scaledDotProductAttention(query, key, value, options);
    expectClose(actual.output, expected.output);
    expectClose(actual.logSumExp, expected.logSumExp);
  });
});
