// A decode step that throws must leave its cache as it was: the step used to append its keys
// first and fail in the attention afterwards, so a retried step attended the rejected keys too,
// at shifted positions.
import { beforeAll, describe, expect, it } from "vitest";

import { isAttentionError } from "../errors.js";
import { randomTensor, seededUniform } from "../testing/random.js";
import { GrowingKvCache, RingKvCache, decodeStep, type DecodeOptions, type KvCache } from "./kv-cache.js";
import { createSimdAttention, type SimdAttention } from "./simd-attention.js";
import { scaledDotProductAttention } from "./sdpa.js";
import type { Tensor } from "./tensor.js";

let simd: SimdAttention;
beforeAll(async () => {
  simd = await createSimdAttention();
});

const next = seededUniform(5);
const history = { key: randomTensor(next, [6, 2, 8]), value: randomTensor(next, [6, 2, 8]) };
const step = { query: randomTensor(next, [1, 4, 8]), key: randomTensor(next, [1, 2, 8]), value: randomTensor(next, [1, 2, 8]) };

/** Steps that are invalid only in what the attention over the cache checks, after the append. */
const INVALID_STEPS: [string, () => [Tensor, Tensor, Tensor, DecodeOptions]][] = [
  ["query heads not a multiple of the KV heads", () => [randomTensor(next, [1, 3, 8]), step.key, step.value, {}]],
  ["sink logits of the wrong length", () => [step.query, step.key, step.value, { sinkLogits: new Float32Array(3) }]],
  ["a non-finite scale", () => [step.query, step.key, step.value, { scale: Number.NaN }]],
  ["a sliding window of 0", () => [step.query, step.key, step.value, { mask: { kind: "sliding", window: 0 } }]],
  ["one query row for two new keys", () => [step.query, randomTensor(next, [2, 2, 8]), randomTensor(next, [2, 2, 8]), {}]],
  ["two query rows for one new key", () => [randomTensor(next, [2, 4, 8]), step.key, step.value, {}]],
];

type Run = (cache: KvCache, query: Tensor, key: Tensor, value: Tensor, options: DecodeOptions) => ReturnType<typeof decodeStep>;

const CACHES: [string, () => Promise<{ cache: KvCache; run: Run }>][] = [
  ["GrowingKvCache", async () => ({ cache: new GrowingKvCache({ kvHeads: 2, headDim: 8 }), run: decodeStep })],
  ["RingKvCache", async () => ({ cache: new RingKvCache({ kvHeads: 2, headDim: 8 }, 8), run: decodeStep })],
  [
    "SimdKvCache",
    async () => {
      const cache = await simd.createKvCache({ kvHeads: 2, headDim: 8 });
      return { cache, run: (_cache, query, key, value, options) => cache.decodeStep(query, key, value, options) };
    },
  ],
];

describe.each(CACHES)("%s decode steps that throw", (_name, create) => {
  it.each(INVALID_STEPS)("leave the cache unchanged: %s", async (_label, build) => {
    const { cache, run } = await create();
    cache.append(history.key, history.value);
    const [query, key, value, options] = build();
    let thrown: unknown;
    try {
      run(cache, query, key, value, options);
    } catch (error) {
      thrown = error;
    }
    expect(isAttentionError(thrown), String(thrown)).toBe(true);
    expect(cache.length).toBe(6);

    // The retried, valid step equals attention over the history plus this step's key alone.
    const mask = { kind: "sliding", window: 8 } as const;
    const actual = run(cache, step.query, step.key, step.value, { mask });
    const keys = Float32Array.from([...history.key.data, ...step.key.data]);
    const values = Float32Array.from([...history.value.data, ...step.value.data]);
    const expected = scaledDotProductAttention(step.query, { data: keys, shape: [7, 2, 8] }, { data: values, shape: [7, 2, 8] }, { mask });
    expect(cache.length).toBe(7);
    for (let i = 0; i < expected.output.data.length; i++) expect(actual.output.data[i]).toBeCloseTo(expected.output.data[i]!, 5);
  });
});

describe("decodeStep with more or fewer queries than new keys", () => {
  it("names the row counts and the fix", () => {
    const cache = new GrowingKvCache({ kvHeads: 2, headDim: 8 });
    expect(() => decodeStep(cache, step.query, randomTensor(next, [3, 2, 8]), randomTensor(next, [3, 2, 8]))).toThrow(
      expect.objectContaining({ code: "INVALID_SHAPE", field: "query", message: expect.stringContaining("query has 1 rows and key 3") }),
    );
  });
});
