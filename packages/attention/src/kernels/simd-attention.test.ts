import { readFileSync } from "node:fs";

import { beforeAll, describe, expect, it } from "vitest";

import { AttentionError } from "../errors.js";
import { libraryMask, parseGoldens } from "../testing/goldens.js";
import { randomTensor, seededUniform } from "../testing/random.js";
import { compareArrays, FLOAT32_TOLERANCE } from "../testing/tolerance.js";
import { ATTENTION_SIMD_WASM_BASE64 } from "../wasm/attention-simd-bytes.js";
import type { AttentionMask } from "./masks.js";
import { createSimdAttention, type SimdAttention } from "./simd-attention.js";
import { ensureMemory, type SimdExports } from "./simd-core.js";
import { scaledDotProductAttention, type AttentionOptions } from "./sdpa.js";
import { tensor, type Tensor } from "./tensor.js";

// The SIMD kernels accumulate in float32 lanes, yet stay within the float32 rule
// |actual − expected| ≤ 1e-6 + 1e-5·|expected| on these inputs. A failure names the largest
// error and its index.
function expectClose(actual: Tensor, expected: Tensor, label: string): void {
  const comparison = compareArrays(actual.data, expected.data, expected.shape, FLOAT32_TOLERANCE);
  expect(comparison.ok, `${label}: ${comparison.message}`).toBe(true);
}

let simd: SimdAttention;
beforeAll(async () => {
  simd = await createSimdAttention();
});

// [name, options, T_q, T_k, H_q, H_kv, d, d_v]
const cases: [string, AttentionOptions, number, number, number, number, number, number][] = [
  ["GQA decode", { mask: { kind: "causal" } }, 1, 300, 8, 2, 64, 64],
  ["MQA decode at width 256", {}, 1, 40, 16, 1, 256, 256],
  ["causal prefill", {}, 17, 17, 4, 2, 16, 8],
  ["prefill across key tiles", {}, 70, 150, 6, 2, 32, 24],
  ["prefill with 3 heads per KV head", {}, 41, 41, 3, 1, 16, 16],
  ["sliding window with sink tokens", { mask: { kind: "sliding", window: 4, sinkTokens: 2 } satisfies AttentionMask }, 12, 12, 4, 2, 8, 16],
  ["long sliding window with sinks", { mask: { kind: "sliding", window: 70, sinkTokens: 3 } satisfies AttentionMask }, 20, 200, 8, 2, 16, 16],
  ["chunked", { mask: { kind: "chunked", chunkSize: 5 } }, 11, 11, 2, 1, 8, 8],
  ["band", { mask: { kind: "band", left: 3, right: 2 } }, 9, 9, 4, 4, 8, 8],
  ["learned sinks", { sinkLogits: new Float32Array([0.3, -2, 1.5, 0]) }, 6, 6, 4, 2, 8, 8],
  ["ring positions", { keyPositions: [8, 9, 6, 7], queryOffset: 9, mask: { kind: "sliding", window: 4 } }, 1, 4, 4, 2, 8, 8],
  ["more queries than keys", {}, 6, 3, 2, 1, 8, 8],
  ["negative scale", { scale: -0.3 }, 5, 90, 4, 1, 16, 8],
  ["widths padded to 8", {}, 3, 5, 2, 1, 6, 5],
  ["MLA absorbed widths 576 and 512", { scale: 1 / Math.sqrt(192) }, 1, 33, 8, 1, 576, 512],
];

describe("WASM SIMD attention", () => {
  it.each(cases)("%s matches the reference", (_name, options, queryRows, keyRows, heads, kvHeads, dim, valueDim) => {
    const next = seededUniform(queryRows * 7919 + keyRows);
    const query = randomTensor(next, [queryRows, heads, dim], 2);
    const key = randomTensor(next, [keyRows, kvHeads, dim], 2);
    const value = randomTensor(next, [keyRows, kvHeads, valueDim]);
    const expected = scaledDotProductAttention(query, key, value, options);
    const actual = simd.scaledDotProductAttention(query, key, value, options);
    expectClose(actual.output, expected.output, "output");
    expectClose(actual.logSumExp, expected.logSumExp, "log-sum-exp");
  });

  it("no query heads give an empty output", async () => {
    const query = tensor(new Float32Array(0), [3, 0, 8]);
    const key = tensor(new Float32Array(3 * 2 * 8).fill(0.5), [3, 2, 8]);
    const value = tensor(new Float32Array(3 * 2 * 8).fill(1), [3, 2, 8]);
    const result = simd.scaledDotProductAttention(query, key, value);
    expect(result.output.shape).toEqual([3, 0, 8]);
    expect(result.logSumExp.shape).toEqual([3, 0]);

    const cache = await simd.createKvCache({ kvHeads: 2, headDim: 8 });
    cache.append(key, value);
    expect(cache.attend(query).output.shape).toEqual([3, 0, 8]);
  });

  it("masked NaN keys do not reach the output", () => {
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

  it("visible NaN query makes its row NaN", () => {
    const next = seededUniform(5);
    const query = randomTensor(next, [2, 2, 8]);
    const key = randomTensor(next, [2, 1, 8]);
    const value = randomTensor(next, [2, 1, 8]);
    query.data[8 * 3] = NaN;
    const expected = scaledDotProductAttention(query, key, value);
    const actual = simd.scaledDotProductAttention(query, key, value);
    expectClose(actual.output, expected.output, "output");
    expect(Number.isNaN(actual.output.data[8 * 3])).toBe(true);
  });
});

describe("WASM SIMD keys scoring −∞", () => {
  // A run of keys whose scores are all −∞ must leave the online-softmax state empty: its rescale
  // factor is 0 by the merge rule, where exp(−∞ − (−∞)) would be NaN.
  it("a first key scoring −∞ leaves later keys intact", () => {
    const query = tensor(Float32Array.from({ length: 4 * 2 * 4 }, (_, i) => Math.sin(i + 1)), [4, 2, 4]);
    const key = tensor(Float32Array.from({ length: 4 * 4 }, (_, i) => Math.cos(i)), [4, 1, 4]);
    const value = tensor(Float32Array.from({ length: 4 * 3 }, (_, i) => i / 7), [4, 1, 3]);
    key.data[0] = -Infinity;
    const expected = scaledDotProductAttention(query, key, value);
    const actual = simd.scaledDotProductAttention(query, key, value);
    expectClose(actual.output, expected.output, "output");
    expectClose(actual.logSumExp, expected.logSumExp, "log-sum-exp");
    // Row 1, head 0 reads the −∞ key and a finite one, so it is finite in the reference.
    expect(Number.isFinite(expected.output.data[(1 * 2 + 0) * 3])).toBe(true);
  });

  it("a whole tile scoring −∞ is skipped", () => {
    const next = seededUniform(64);
    const keyRows = 150;
    const query = randomTensor(next, [2, 4, 8]);
    for (let i = 0; i < query.data.length; i++) query.data[i] = Math.abs(query.data[i]!) + 0.1;
    const key = randomTensor(next, [keyRows, 2, 8]);
    const value = randomTensor(next, [keyRows, 2, 8]);
    // The first 70 keys score −∞ for every head: the first 64-key tile and part of the next.
    key.data.fill(-Infinity, 0, 70 * 2 * 8);
    const options: AttentionOptions = { mask: { kind: "none" } };
    const expected = scaledDotProductAttention(query, key, value, options);
    const actual = simd.scaledDotProductAttention(query, key, value, options);
    expectClose(actual.output, expected.output, "output");
    expectClose(actual.logSumExp, expected.logSumExp, "log-sum-exp");
    expect(actual.output.data.every(Number.isFinite)).toBe(true);
  });

  it("a NaN value behind a −∞ score is NaN in its channel", () => {
    const next = seededUniform(65);
    const query = randomTensor(next, [1, 1, 8]);
    for (let i = 0; i < 8; i++) query.data[i] = 1;
    const key = randomTensor(next, [80, 1, 8]);
    const value = randomTensor(next, [80, 1, 8]);
    key.data.fill(-Infinity, 0, 64 * 8);
    value.data[3] = NaN;
    const options: AttentionOptions = { mask: { kind: "none" } };
    const expected = scaledDotProductAttention(query, key, value, options);
    expectClose(simd.scaledDotProductAttention(query, key, value, options).output, expected.output, "output");
    expect(Number.isNaN(expected.output.data[3])).toBe(true);
  });
});

describe("WASM SIMD memory", () => {
  it("growth beyond the limit throws INVALID_SHAPE", () => {
    const wasm = { memory: new WebAssembly.Memory({ initial: 1, maximum: 1 }) } as SimdExports;
    expect(() => ensureMemory(wasm, 2 * 65_536)).toThrow(AttentionError);
    expect(() => ensureMemory(wasm, 2 * 65_536)).toThrow(/131072 bytes of WebAssembly memory/);
  });
});

describe("WASM SIMD exp", () => {
  it("matches Math.exp from −100 to 0", async () => {
    const module = await WebAssembly.instantiate(Uint8Array.from(atob(ATTENTION_SIMD_WASM_BASE64), (char) => char.charCodeAt(0)));
    const wasm = module.instance.exports as unknown as SimdExports;
    const inputs = new Float32Array(4004);
    for (let i = 0; i < 4000; i++) inputs[i] = -100 + (100 * i) / 3999;
    inputs.set([-Infinity, -87.3, -1e-30, NaN], 4000);
    new Float32Array(wasm.memory.buffer).set(inputs);
    wasm.exp_in_place(0, inputs.length);
    const actual = new Float32Array(wasm.memory.buffer, 0, inputs.length);
    const expected = Float32Array.from(inputs, (x) => (x < -87.33654 ? 0 : Math.exp(x)));
    // 3e-7 relative is about 2.5 float32 ulps.
    const comparison = compareArrays(actual, expected, [inputs.length], { rtol: 3e-7, atol: 0 });
    expect(comparison.ok, comparison.message).toBe(true);
  });
});

const goldens = parseGoldens(
  readFileSync(new URL("../../fixtures/goldens.json", import.meta.url), "utf8"),
  new Uint8Array(readFileSync(new URL("../../fixtures/goldens.bin", import.meta.url))),
);


describe("WASM SIMD attention on the golden fixtures", () => {
  const sdpaCases = goldens.cases.filter((entry) => entry.kernel === "sdpa").map((entry) => [entry.name, entry] as const);

  it.each(sdpaCases)("%s", (_name, entry) => {
    const get = (name: string) => goldens.tensorOf(entry, name);
    const params = entry.params as { mask: Record<string, unknown>; scale?: number; keyPositions?: number[]; queryOffset?: number };
    const result = simd.scaledDotProductAttention(get("q"), get("k"), get("v"), {
      mask: libraryMask(params.mask),
      ...(params.scale === undefined ? {} : { scale: params.scale }),
      ...(params.keyPositions === undefined ? {} : { keyPositions: params.keyPositions }),
      ...(params.queryOffset === undefined ? {} : { queryOffset: params.queryOffset }),
      ...(entry.tensors["sinks"] === undefined ? {} : { sinkLogits: get("sinks").data }),
    });
    expectClose(result.output, get("out"), "output");
    expectClose(result.logSumExp, get("lse"), "log-sum-exp");
  });
});
