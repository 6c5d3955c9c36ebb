import { readFileSync } from "node:fs";

import { beforeAll, describe, expect, it } from "vitest";

import { AttentionError } from "../errors.js";
import { parseGoldens } from "../testing/goldens.js";
import { randomTensor, seededUniform } from "../testing/random.js";
import { compareArrays, FLOAT32_TOLERANCE } from "../testing/tolerance.js";
import { GrowingKvCache, decodeStep } from "./kv-cache.js";
import type { AttentionMask } from "./masks.js";
import { createSimdAttention, type SimdAttention } from "./simd-attention.js";
import type { SimdExports } from "./simd-core.js";
import { SimdKvCache } from "./simd-kv-cache.js";
import { scaledDotProductAttention } from "./sdpa.js";
import { tensor, type Tensor } from "./tensor.js";

function expectClose(actual: Tensor, expected: Tensor, label: string): void {
  const comparison = compareArrays(actual.data, expected.data, expected.shape, FLOAT32_TOLERANCE);
  expect(comparison.ok, `${label}: ${comparison.message}`).toBe(true);
}

/** Returns rows `from … to − 1` of a `[T, H, d]` tensor. */
function rows(source: Tensor, from: number, to: number): Tensor {
  const width = source.shape[1]! * source.shape[2]!;
  return tensor(source.data.slice(from * width, to * width), [to - from, source.shape[1]!, source.shape[2]!]);
}

let simd: SimdAttention;
beforeAll(async () => {
  simd = await createSimdAttention();
});

describe("SimdKvCache", () => {
  // [name, mask, H_q, H_kv, d, d_v, tokens per step]
  const cases: [string, AttentionMask, number, number, number, number, number[]][] = [
    ["GQA decode, one token per step", { kind: "causal" }, 8, 2, 16, 16, Array.from({ length: 40 }, () => 1)],
    ["prefill then decode", { kind: "causal" }, 4, 1, 32, 24, [67, 1, 1, 5, 1]],
    ["sliding window with sinks", { kind: "sliding", window: 5, sinkTokens: 1 }, 4, 2, 8, 8, [3, 1, 4, 1, 1, 9, 1]],
    ["chunked", { kind: "chunked", chunkSize: 4 }, 2, 1, 12, 6, [2, 3, 1, 1, 6, 1]],
  ];

  it.each(cases)("%s equals the reference decodeStep", async (_name, mask, heads, kvHeads, dim, valueDim, steps) => {
    const total = steps.reduce((sum, count) => sum + count, 0);
    const next = seededUniform(total * 31 + heads);
    const query = randomTensor(next, [total, heads, dim], 2);
    const key = randomTensor(next, [total, kvHeads, dim], 2);
    const value = randomTensor(next, [total, kvHeads, valueDim]);
    const cache = await simd.createKvCache({ kvHeads, headDim: dim, valueDim }, 2);
    const reference = new GrowingKvCache({ kvHeads, headDim: dim, valueDim });

    let position = 0;
    for (const count of steps) {
      const slice = (source: Tensor) => rows(source, position, position + count);
      const expected = decodeStep(reference, slice(query), slice(key), slice(value), { mask });
      const actual = cache.decodeStep(slice(query), slice(key), slice(value), { mask });
      expectClose(actual.output, expected.output, `output at position ${position}`);
      expectClose(actual.logSumExp, expected.logSumExp, `log-sum-exp at position ${position}`);
      position += count;
    }
    expect(cache.length).toBe(total);
    expect(cache.capacity).toBeGreaterThanOrEqual(total);
  });

  it("view returns the appended tokens after growth", async () => {
    const next = seededUniform(11);
    const key = randomTensor(next, [21, 3, 12]);
    const value = randomTensor(next, [21, 3, 4]);
    const cache = await simd.createKvCache({ kvHeads: 3, headDim: 12, valueDim: 4 }, 1);
    cache.append(rows(key, 0, 1), rows(value, 0, 1));
    cache.append(rows(key, 1, 8), rows(value, 1, 8));
    cache.append(rows(key, 8, 21), rows(value, 8, 21));
    const view = cache.view();
    expect(view.key.shape).toEqual([21, 3, 12]);
    expect(view.key.data).toEqual(key.data);
    expect(view.value.data).toEqual(value.data);
    expect(Array.from(view.positions)).toEqual(Array.from({ length: 21 }, (_, i) => i));
  });

  it("truncate and continue equals a cold run on the prefix", async () => {
    const next = seededUniform(17);
    const query = randomTensor(next, [1, 4, 16], 2);
    const key = randomTensor(next, [30, 2, 16], 2);
    const value = randomTensor(next, [30, 2, 16]);
    const extraKey = randomTensor(next, [1, 2, 16], 2);
    const extraValue = randomTensor(next, [1, 2, 16]);
    const cache = await simd.createKvCache({ kvHeads: 2, headDim: 16 });
    cache.append(key, value);
    cache.truncate(12);
    const actual = cache.decodeStep(query, extraKey, extraValue);

    const coldKey = tensor(Float32Array.from([...rows(key, 0, 12).data, ...extraKey.data]), [13, 2, 16]);
    const coldValue = tensor(Float32Array.from([...rows(value, 0, 12).data, ...extraValue.data]), [13, 2, 16]);
    const expected = scaledDotProductAttention(query, coldKey, coldValue);
    expectClose(actual.output, expected.output, "output");
    expect(() => cache.truncate(14)).toThrow(AttentionError);
  });

  it("attend takes learned sinks and a query offset", async () => {
    const next = seededUniform(23);
    const query = randomTensor(next, [3, 4, 8], 2);
    const key = randomTensor(next, [10, 2, 8], 2);
    const value = randomTensor(next, [10, 2, 8]);
    const options = { sinkLogits: new Float32Array([0.5, -1, 2, 0]), queryOffset: 4, mask: { kind: "sliding", window: 3 } as const };
    const cache = await simd.createKvCache({ kvHeads: 2, headDim: 8 }, 10);
    cache.append(key, value);
    const expected = scaledDotProductAttention(query, key, value, options);
    const actual = cache.attend(query, options);
    expectClose(actual.output, expected.output, "output");
    expectClose(actual.logSumExp, expected.logSumExp, "log-sum-exp");
  });

  it("checkFinite names the first non-finite key", async () => {
    const cache = await simd.createKvCache({ kvHeads: 1, headDim: 8 });
    const key = tensor(new Float32Array(16), [2, 1, 8]);
    key.data[11] = Infinity;
    cache.append(key, tensor(new Float32Array(16), [2, 1, 8]));
    const query = tensor(new Float32Array(8), [1, 1, 8]);
    expect(() => cache.attend(query, { checkFinite: true })).toThrow(/key.*\[1, 0, 3\]/);
  });

  it("attend rejects a non-boolean checkFinite", async () => {
    const cache = await simd.createKvCache({ kvHeads: 1, headDim: 8 });
    cache.append(tensor(new Float32Array(8), [1, 1, 8]), tensor(new Float32Array(8), [1, 1, 8]));
    const query = tensor(new Float32Array(8), [1, 1, 8]);
    expect(() => cache.attend(query, { checkFinite: "yes" as unknown as boolean })).toThrow(/checkFinite = "yes" is invalid/);
  });

  it("append rejects a mismatched head dimension", async () => {
    const cache = await simd.createKvCache({ kvHeads: 2, headDim: 8 });
    const bad = tensor(new Float32Array(2 * 2 * 4), [2, 2, 4]);
    expect(() => cache.append(bad, bad)).toThrow(AttentionError);
  });

  it("rejects an invalid initial capacity", async () => {
    await expect(simd.createKvCache({ kvHeads: 1, headDim: 8 }, 0)).rejects.toThrow(AttentionError);
  });

  it("names initialCapacity when memory runs out", async () => {
    const error = await simd.createKvCache({ kvHeads: 8, headDim: 128 }, 10_000_000).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AttentionError);
    expect((error as AttentionError).field).toBe("initialCapacity");
    expect((error as AttentionError).message).toMatch(/smaller initialCapacity/);
  });

  it("failed growth leaves the cache unchanged", () => {
    // One 64 KiB page that cannot grow replaces the 4 GiB limit: 16 slots of 8 + 8 floats
    // fit, 4,096 do not.
    const exports = { memory: new WebAssembly.Memory({ initial: 1, maximum: 1 }) } as SimdExports;
    const cache = new SimdKvCache(exports, { kvHeads: 1, headDim: 8 }, 16);
    const next = seededUniform(31);
    cache.append(randomTensor(next, [10, 1, 8]), randomTensor(next, [10, 1, 8]));
    const before = cache.view();

    const large = randomTensor(next, [4096, 1, 8]);
    expect(() => cache.append(large, large)).toThrow(/cannot grow to 4106 slots/);
    expect(cache.length).toBe(10);
    expect(cache.capacity).toBe(16);
    const after = cache.view();
    expect(after.key.data).toEqual(before.key.data);
    expect(after.value.data).toEqual(before.value.data);
  });
});

const goldens = parseGoldens(
  readFileSync(new URL("../../fixtures/goldens.json", import.meta.url), "utf8"),
  new Uint8Array(readFileSync(new URL("../../fixtures/goldens.bin", import.meta.url))),
);

describe("SimdKvCache on the golden decode fixtures", () => {
  const decodeCases = goldens.cases.filter((entry) => entry.kernel === "decode").map((entry) => [entry.name, entry] as const);

  it.each(decodeCases)("%s step by step", async (_name, entry) => {
    const get = (name: string) => goldens.tensorOf(entry, name);
    const mask = (entry.params as { mask: AttentionMask }).mask;
    const [q, k, v, out] = [get("q"), get("k"), get("v"), get("out")];
    const [tokens, heads, dim] = q.shape as [number, number, number];
    const cache = await simd.createKvCache({ kvHeads: k.shape[1]!, headDim: dim, valueDim: v.shape[2]! }, 2);
    for (let t = 0; t < tokens; t++) {
      const step = cache.decodeStep(rows(q, t, t + 1), rows(k, t, t + 1), rows(v, t, t + 1), { mask });
      expectClose(step.output, rows(out, t, t + 1), `decode step ${t}`);
    }
    expect(out.shape[1]).toBe(heads);
  });
});
