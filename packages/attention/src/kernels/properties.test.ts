// Property tests of the attention invariants, 200 runs each. Data comes from a seeded generator
// whose seed fast-check draws, so every failure replays from the printed seed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { randomTensor, seededUniform } from "../testing/random.js";
import { compareArrays, type Tolerance } from "../testing/tolerance.js";
import { runBlockAttnRes, runBlockAttnResTwoPhase, runFullAttnRes, runStandardResidual, type AttnResParameters } from "./attnres.js";
import { GrowingKvCache, RingKvCache, decodeStep, type KvCache } from "./kv-cache.js";
import { linear } from "./linear.js";
import type { AttentionMask } from "./masks.js";
import { mfaAttention, mfaKeyReuseAttention, mfaProject } from "./mfa.js";
import { mlaAttendAbsorbed, mlaAttendNaive, mlaProject, type MlaOptions, type MlaWeights } from "./mla.js";
import { rmsNorm } from "./rmsnorm.js";
import { applyRope } from "./rope.js";
import { attentionSoftmaxStates, scaledDotProductAttention, visibleKeyCounts } from "./sdpa.js";
import { finalizeSoftmaxStates, mergeSoftmaxStates, softmax } from "./softmax.js";
import { tensor, type Tensor } from "./tensor.js";

const RUNS = { numRuns: 200 };
const LOOSE: Tolerance = { rtol: 1e-4, atol: 1e-5 };

function expectClose(actual: Tensor, expected: Tensor, tolerance?: Tolerance): void {
  const comparison = compareArrays(actual.data, expected.data, expected.shape, tolerance);
  expect(comparison.ok, comparison.message).toBe(true);
}

function expectIdentical(actual: Tensor, expected: Tensor): void {
  expect(actual.shape).toEqual(expected.shape);
  expect(Buffer.from(actual.data.buffer, actual.data.byteOffset, actual.data.byteLength).equals(Buffer.from(expected.data.buffer, expected.data.byteOffset, expected.data.byteLength))).toBe(true);
}

const attentionShape = fc.record({
  seed: fc.integer(),
  queryRows: fc.integer({ min: 1, max: 6 }),
  extraKeys: fc.integer({ min: 0, max: 6 }),
  kvHeads: fc.integer({ min: 1, max: 3 }),
  groupSize: fc.integer({ min: 1, max: 3 }),
  headDim: fc.integer({ min: 1, max: 6 }),
  valueDim: fc.integer({ min: 1, max: 5 }),
});

function attentionInputs(shape: { seed: number; queryRows: number; extraKeys: number; kvHeads: number; groupSize: number; headDim: number; valueDim: number }) {
  const next = seededUniform(shape.seed);
  const keyRows = shape.queryRows + shape.extraKeys;
  return {
    query: randomTensor(next, [shape.queryRows, shape.kvHeads * shape.groupSize, shape.headDim], 2),
    key: randomTensor(next, [keyRows, shape.kvHeads, shape.headDim], 2),
    value: randomTensor(next, [keyRows, shape.kvHeads, shape.valueDim], 2),
    keyRows,
  };
}

describe("softmax properties", () => {
  it("rows sum to 1, or 0 when fully masked", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 4 }), fc.double({ min: 0, max: 200, noNaN: true }), (seed, width, rows, spread) => {
        const next = seededUniform(seed);
        const x = randomTensor(next, [rows, width], spread);
        for (let i = 0; i < x.data.length; i++) if (next() < 0.2) x.data[i] = -Infinity;
        const p = softmax(x).data;
        for (let r = 0; r < rows; r++) {
          const row = x.data.subarray(r * width, (r + 1) * width);
          let sum = 0;
          for (let j = 0; j < width; j++) sum += p[r * width + j]!;
          const expected = row.some((value) => value > -Infinity) ? 1 : 0;
          expect(Math.abs(sum - expected)).toBeLessThanOrEqual(1e-6);
        }
      }),
      RUNS,
    );
  });

  it("attention weights with a learned sink sum below 1", () => {
    fc.assert(
      fc.property(attentionShape, fc.double({ min: -5, max: 5, noNaN: true }), (shape, sink) => {
        const { query, key } = attentionInputs(shape);
        const ones = tensor(new Float32Array(key.shape[0]! * shape.kvHeads).fill(1), [key.shape[0]!, shape.kvHeads, 1]);
        const heads = shape.kvHeads * shape.groupSize;
        const result = scaledDotProductAttention(query, key, ones, { sinkLogits: new Float32Array(heads).fill(sink) });
        for (const weightSum of result.output.data) {
          expect(weightSum).toBeGreaterThan(0);
          expect(weightSum).toBeLessThan(1);
        }
      }),
      RUNS,
    );
  });
});

describe("mask properties", () => {
  it("window of at least T_k keys equals causal exactly", () => {
    fc.assert(
      fc.property(attentionShape, fc.integer({ min: 0, max: 5 }), (shape, slack) => {
        const { query, key, value, keyRows } = attentionInputs(shape);
        const causal = scaledDotProductAttention(query, key, value);
        const windowed = scaledDotProductAttention(query, key, value, { mask: { kind: "sliding", window: keyRows + slack } });
        expectIdentical(windowed.output, causal.output);
        expectIdentical(windowed.logSumExp, causal.logSumExp);
      }),
      RUNS,
    );
  });

  it("window of 1 returns each query's own value", () => {
    fc.assert(
      fc.property(attentionShape, (shape) => {
        const { query, key, value, keyRows } = attentionInputs({ ...shape, extraKeys: 0 });
        const result = scaledDotProductAttention(query, key, value, { mask: { kind: "sliding", window: 1 } });
        const heads = shape.kvHeads * shape.groupSize;
        for (let r = 0; r < keyRows; r++) {
          for (let h = 0; h < heads; h++) {
            const g = Math.floor(h / shape.groupSize);
            for (let c = 0; c < shape.valueDim; c++) {
              expect(result.output.data[(r * heads + h) * shape.valueDim + c]).toBe(value.data[(r * shape.kvHeads + g) * shape.valueDim + c]);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it("visible key counts per row", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 12 }), (tokens, size) => {
        const sliding = visibleKeyCounts(tokens, tokens, { mask: { kind: "sliding", window: size } });
        const chunked = visibleKeyCounts(tokens, tokens, { mask: { kind: "chunked", chunkSize: size } });
        for (let i = 0; i < tokens; i++) {
          expect(sliding[i]).toBe(Math.min(i + 1, size));
          expect(chunked[i]).toBe((i % size) + 1);
        }
      }),
      RUNS,
    );
  });

  it("NaN in masked keys and values leaves the output unchanged", () => {
    fc.assert(
      fc.property(attentionShape, fc.integer({ min: 1, max: 4 }), (shape, window) => {
        const { query, key, value, keyRows } = attentionInputs(shape);
        const mask: AttentionMask = { kind: "sliding", window };
        const clean = scaledDotProductAttention(query, key, value, { mask });
        const poisonedKey = tensor(Float32Array.from(key.data), key.shape);
        const poisonedValue = tensor(Float32Array.from(value.data), value.shape);
        const firstQuery = keyRows - shape.queryRows;
        // Keys before firstQuery − window + 1 are masked for every query row.
        for (let j = 0; j <= firstQuery - window; j++) {
          poisonedKey.data.fill(NaN, j * shape.kvHeads * shape.headDim, (j + 1) * shape.kvHeads * shape.headDim);
          poisonedValue.data.fill(Infinity, j * shape.kvHeads * shape.valueDim, (j + 1) * shape.kvHeads * shape.valueDim);
        }
        const poisoned = scaledDotProductAttention(query, poisonedKey, poisonedValue, { mask });
        expectIdentical(poisoned.output, clean.output);
      }),
      RUNS,
    );
  });
});

describe("attention properties", () => {
  it("tiles merged in any order equal one pass", () => {
    fc.assert(
      fc.property(attentionShape, fc.integer({ min: 0, max: 12 }), fc.boolean(), (shape, cutSeed, reverse) => {
        const { query, key, value, keyRows } = attentionInputs(shape);
        const cut = cutSeed % (keyRows + 1);
        const positions = Array.from({ length: keyRows }, (_, j) => j);
        const options = { queryOffset: keyRows - shape.queryRows };
        const slice = (source: Tensor, from: number, to: number) => {
          const width = source.shape[1]! * source.shape[2]!;
          return tensor(source.data.slice(from * width, to * width), [to - from, source.shape[1]!, source.shape[2]!]);
        };
        const first = attentionSoftmaxStates(query, slice(key, 0, cut), slice(value, 0, cut), { ...options, keyPositions: positions.slice(0, cut) });
        const second = attentionSoftmaxStates(query, slice(key, cut, keyRows), slice(value, cut, keyRows), { ...options, keyPositions: positions.slice(cut) });
        const merged = finalizeSoftmaxStates(reverse ? mergeSoftmaxStates(second, first) : mergeSoftmaxStates(first, second));
        const direct = scaledDotProductAttention(query, key, value);
        expectClose(tensor(merged.output, direct.output.shape), direct.output);
        expectClose(tensor(merged.logSumExp, direct.logSumExp.shape), direct.logSumExp);
      }),
      RUNS,
    );
  });

  it("a tile whose keys all score −∞ merges as an empty state", () => {
    fc.assert(
      fc.property(attentionShape, (shape) => {
        const { query, key, value, keyRows } = attentionInputs(shape);
        const cut = Math.max(1, Math.floor(keyRows / 2));
        // Positive queries against keys whose first channel is −∞ score −∞ on the first tile.
        for (let i = 0; i < query.data.length; i++) query.data[i] = Math.abs(query.data[i]!) + 0.5;
        for (let j = 0; j < cut; j++) for (let g = 0; g < shape.kvHeads; g++) key.data[(j * shape.kvHeads + g) * shape.headDim] = -Infinity;
        const slice = (source: Tensor, from: number, to: number) => {
          const width = source.shape[1]! * source.shape[2]!;
          return tensor(source.data.slice(from * width, to * width), [to - from, source.shape[1]!, source.shape[2]!]);
        };
        const options = { queryOffset: keyRows - shape.queryRows, mask: { kind: "none" } as const };
        const positions = Array.from({ length: keyRows }, (_, j) => j);
        const first = attentionSoftmaxStates(query, slice(key, 0, cut), slice(value, 0, cut), { ...options, keyPositions: positions.slice(0, cut) });
        const second = attentionSoftmaxStates(query, slice(key, cut, keyRows), slice(value, cut, keyRows), { ...options, keyPositions: positions.slice(cut) });
        expect(first.sum.every((sum) => sum === 0)).toBe(true);
        const merged = finalizeSoftmaxStates(mergeSoftmaxStates(first, second));
        const direct = scaledDotProductAttention(query, key, value, { mask: { kind: "none" } });
        expectClose(tensor(merged.output, direct.output.shape), direct.output);
        expectClose(tensor(merged.logSumExp, direct.logSumExp.shape), direct.logSumExp);
      }),
      RUNS,
    );
  });

  it("GQA equals MHA on repeated KV heads", () => {
    fc.assert(
      fc.property(attentionShape, (shape) => {
        const { query, key, value, keyRows } = attentionInputs(shape);
        const heads = shape.kvHeads * shape.groupSize;
        const repeat = (source: Tensor, width: number) => {
          const data = new Float32Array(keyRows * heads * width);
          for (let j = 0; j < keyRows; j++) {
            for (let h = 0; h < heads; h++) {
              const g = Math.floor(h / shape.groupSize);
              data.set(source.data.subarray((j * shape.kvHeads + g) * width, (j * shape.kvHeads + g + 1) * width), (j * heads + h) * width);
            }
          }
          return tensor(data, [keyRows, heads, width]);
        };
        const grouped = scaledDotProductAttention(query, key, value);
        const expanded = scaledDotProductAttention(query, repeat(key, shape.headDim), repeat(value, shape.valueDim));
        expectIdentical(grouped.output, expanded.output);
      }),
      RUNS,
    );
  });

  it("permuting KV heads permutes output heads", () => {
    fc.assert(
      fc.property(attentionShape, (shape) => {
        const { query, key, value, keyRows } = attentionInputs({ ...shape, kvHeads: Math.max(2, shape.kvHeads) });
        const kvHeads = Math.max(2, shape.kvHeads);
        const heads = kvHeads * shape.groupSize;
        const permutation = Array.from({ length: kvHeads }, (_, g) => (g + 1) % kvHeads);
        const permuteRows = (source: Tensor, rows: number, groups: number, perGroup: number, width: number) => {
          const data = new Float32Array(source.data.length);
          for (let r = 0; r < rows; r++) {
            for (let g = 0; g < groups; g++) {
              const from = ((r * groups + permutation[g]!) * perGroup) * width;
              data.set(source.data.subarray(from, from + perGroup * width), ((r * groups + g) * perGroup) * width);
            }
          }
          return tensor(data, source.shape);
        };
        const base = scaledDotProductAttention(query, key, value).output;
        const permuted = scaledDotProductAttention(
          permuteRows(query, shape.queryRows, kvHeads, shape.groupSize, shape.headDim),
          permuteRows(key, keyRows, kvHeads, 1, shape.headDim),
          permuteRows(value, keyRows, kvHeads, 1, shape.valueDim),
        ).output;
        expectIdentical(permuted, permuteRows(base, shape.queryRows, kvHeads, shape.groupSize, shape.valueDim));
        expect(heads).toBe(query.shape[1]);
      }),
      RUNS,
    );
  });
});

describe("decode cache properties", () => {
  const decodeCase = fc.record({
    seed: fc.integer(),
    tokens: fc.integer({ min: 1, max: 20 }),
    size: fc.integer({ min: 1, max: 6 }),
    kind: fc.constantFrom("full", "sliding", "chunked"),
    kvHeads: fc.integer({ min: 1, max: 2 }),
    groupSize: fc.integer({ min: 1, max: 2 }),
  });

  it("cached decode equals recomputation at every step", () => {
    fc.assert(
      fc.property(decodeCase, ({ seed, tokens, size, kind, kvHeads, groupSize }) => {
        const next = seededUniform(seed);
        const heads = kvHeads * groupSize;
        const headDim = 3;
        const query = randomTensor(next, [tokens, heads, headDim], 2);
        const key = randomTensor(next, [tokens, kvHeads, headDim], 2);
        const value = randomTensor(next, [tokens, kvHeads, headDim], 2);
        const mask: AttentionMask = kind === "full" ? { kind: "causal" } : kind === "sliding" ? { kind: "sliding", window: size } : { kind: "chunked", chunkSize: size };
        const full = scaledDotProductAttention(query, key, value, { mask }).output;
        const cache: KvCache = kind === "full" ? new GrowingKvCache({ kvHeads, headDim }, 1) : new RingKvCache({ kvHeads, headDim }, size);
        const row = (source: Tensor, t: number) => {
          const width = source.shape[1]! * source.shape[2]!;
          return tensor(source.data.slice(t * width, (t + 1) * width), [1, source.shape[1]!, source.shape[2]!]);
        };
        for (let t = 0; t < tokens; t++) {
          const step = decodeStep(cache, row(query, t), row(key, t), row(value, t), { mask });
          expectClose(step.output, row(full, t));
        }
      }),
      RUNS,
    );
  });

  it("ring cache truncated to a prefix equals a cold run", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 2, max: 5 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 12 }), (seed, window, prefix, extra) => {
        const next = seededUniform(seed);
        const total = prefix + extra;
        const key = randomTensor(next, [total + 1, 1, 2]);
        const value = randomTensor(next, [total + 1, 1, 2]);
        const query = randomTensor(next, [1, 1, 2]);
        const row = (source: Tensor, t: number) => tensor(source.data.slice(t * 2, (t + 1) * 2), [1, 1, 2]);
        const mask: AttentionMask = { kind: "sliding", window };

        const warm = new RingKvCache({ kvHeads: 1, headDim: 2 }, window);
        for (let t = 0; t < total; t++) warm.append(row(key, t), row(value, t));
        const cold = new RingKvCache({ kvHeads: 1, headDim: 2 }, window);
        for (let t = 0; t < prefix; t++) cold.append(row(key, t), row(value, t));

        // Truncation must fail exactly when a position the next query reads was overwritten by a
        // later token: some p in [prefix − window + 1, prefix) with p + window ≤ total − 1.
        const firstNeeded = Math.max(0, prefix - window + 1);
        const overwritten = firstNeeded <= total - 1 - window;
        if (overwritten) {
          expect(() => warm.truncate(prefix)).toThrow(/overwritten/);
          return;
        }
        warm.truncate(prefix);
        const warmStep = decodeStep(warm, query, row(key, total), row(value, total), { mask });
        const coldStep = decodeStep(cold, query, row(key, total), row(value, total), { mask });
        expectIdentical(warmStep.output, coldStep.output);
      }),
      RUNS,
    );
  });
});

describe("RoPE properties", () => {
  const ropeCase = fc.record({
    seed: fc.integer(),
    halfDim: fc.integer({ min: 1, max: 8 }),
    tail: fc.integer({ min: 0, max: 3 }),
    position: fc.integer({ min: 0, max: 5000 }),
    shift: fc.integer({ min: 0, max: 500 }),
  });

  it("position 0 is the identity", () => {
    fc.assert(
      fc.property(ropeCase, fc.constantFrom("rotate-half" as const, "interleaved" as const), ({ seed, halfDim, tail }, style) => {
        const x = randomTensor(seededUniform(seed), [1, 2, 2 * halfDim + tail]);
        expectIdentical(applyRope(x, [0], { style, rotaryDim: 2 * halfDim }), x);
      }),
      RUNS,
    );
  });

  it("scores depend only on the position difference", () => {
    fc.assert(
      fc.property(ropeCase, fc.constantFrom("rotate-half" as const, "interleaved" as const), ({ seed, halfDim, position, shift }, style) => {
        const next = seededUniform(seed);
        const dim = 2 * halfDim;
        const q = randomTensor(next, [1, dim]);
        const k = randomTensor(next, [1, dim]);
        const dot = (a: Tensor, b: Tensor) => a.data.reduce((sum, value, i) => sum + value * b.data[i]!, 0);
        const options = { style, theta: 10_000 };
        const near = dot(applyRope(q, [position], options), applyRope(k, [position - shift], options));
        const far = dot(applyRope(q, [position + 1000], options), applyRope(k, [position + 1000 - shift], options));
        expect(Math.abs(near - far)).toBeLessThanOrEqual(1e-3 * (1 + Math.abs(near)));
      }),
      RUNS,
    );
  });

  it("interleaved equals rotate-half under the even-odd permutation", () => {
    fc.assert(
      fc.property(ropeCase, ({ seed, halfDim, position }) => {
        const dim = 2 * halfDim;
        const x = randomTensor(seededUniform(seed), [1, dim]);
        const gather = (source: Float32Array) => {
          const out = new Float32Array(dim);
          for (let k = 0; k < halfDim; k++) {
            out[k] = source[2 * k]!;
            out[k + halfDim] = source[2 * k + 1]!;
          }
          return out;
        };
        const interleaved = applyRope(x, [position], { style: "interleaved" });
        const viaHalf = applyRope(tensor(gather(x.data), [1, dim]), [position], { style: "rotate-half" });
        expectIdentical(tensor(gather(interleaved.data), [1, dim]), viaHalf);
      }),
      RUNS,
    );
  });

  it("partial rotation leaves the tail unchanged", () => {
    fc.assert(
      fc.property(ropeCase, ({ seed, halfDim, tail, position }) => {
        const dim = 2 * halfDim + tail;
        const x = randomTensor(seededUniform(seed), [3, dim]);
        const out = applyRope(x, [position, position + 1, position + 2], { style: "rotate-half", rotaryDim: 2 * halfDim });
        for (let t = 0; t < 3; t++) {
          for (let c = 2 * halfDim; c < dim; c++) expect(out.data[t * dim + c]).toBe(x.data[t * dim + c]);
        }
      }),
      RUNS,
    );
  });
});

describe("RMSNorm properties", () => {
  it("RMSNorm(k·x; eps) equals RMSNorm(x; eps/k²)", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 16 }), fc.double({ min: 0.1, max: 10, noNaN: true }), fc.double({ min: 1e-6, max: 1e-2, noNaN: true }), (seed, width, k, eps) => {
        const next = seededUniform(seed);
        const x = randomTensor(next, [2, width]);
        const gain = randomTensor(next, [width]).data;
        const scaled = tensor(x.data.map((value) => value * k), x.shape);
        expectClose(rmsNorm(scaled, gain, { eps }), rmsNorm(x, gain, { eps: eps / (k * k) }), LOOSE);
      }),
      RUNS,
    );
  });
});

describe("MLA and MFA properties", () => {
  const mlaCase = fc.record({
    seed: fc.integer(),
    heads: fc.integer({ min: 1, max: 3 }),
    noRopeDim: fc.integer({ min: 1, max: 4 }),
    ropeHalf: fc.integer({ min: 1, max: 2 }),
    valueDim: fc.integer({ min: 1, max: 4 }),
    kvRank: fc.integer({ min: 1, max: 6 }),
    tokens: fc.integer({ min: 1, max: 5 }),
  });

  it("absorbed MLA equals naive MLA", () => {
    fc.assert(
      fc.property(mlaCase, ({ seed, heads, noRopeDim, ropeHalf, valueDim, kvRank, tokens }) => {
        const next = seededUniform(seed);
        const model = 6;
        const ropeDim = 2 * ropeHalf;
        const options: MlaOptions = { heads, noRopeDim, ropeDim, valueDim, kvRank, eps: 1e-6, rope: { theta: 10_000 } };
        const weights: MlaWeights = {
          queryUp: randomTensor(next, [heads * (noRopeDim + ropeDim), model], 0.5),
          kvDown: randomTensor(next, [kvRank + ropeDim, model], 0.5),
          kvNormGain: randomTensor(next, [kvRank]).data,
          kvUp: randomTensor(next, [heads * (noRopeDim + valueDim), kvRank], 0.5),
          output: randomTensor(next, [model, heads * valueDim], 0.5),
        };
        const projection = mlaProject(randomTensor(next, [tokens, model]), weights, options);
        expectClose(mlaAttendAbsorbed(projection, projection.cacheRows, weights, options), mlaAttendNaive(projection, projection.cacheRows, weights, options), LOOSE);
      }),
      RUNS,
    );
  });

  const mfaCase = fc.record({ seed: fc.integer(), heads: fc.integer({ min: 1, max: 3 }), halfDim: fc.integer({ min: 1, max: 3 }), rank: fc.integer({ min: 1, max: 6 }), tokens: fc.integer({ min: 1, max: 5 }) });

  it("MFA equals attention with one KV head on its projections", () => {
    fc.assert(
      fc.property(mfaCase, ({ seed, heads, halfDim, rank, tokens }) => {
        const next = seededUniform(seed);
        const headDim = 2 * halfDim;
        const model = 5;
        const weights = {
          qkv: randomTensor(next, [rank + 2 * headDim, model], 0.5),
          queryNormGain: randomTensor(next, [rank]).data,
          queryUp: randomTensor(next, [heads * headDim, rank], 0.5),
          output: randomTensor(next, [model, heads * headDim], 0.5),
        };
        const options = { heads, headDim, eps: 1e-5, rope: { theta: 500_000 } };
        const x = randomTensor(next, [tokens, model]);
        const { query, key, value } = mfaProject(x, weights, options);
        const attended = scaledDotProductAttention(query, key, value).output;
        expectIdentical(mfaAttention(x, weights, options), linear(tensor(attended.data, [tokens, heads * headDim]), weights.output));
      }),
      RUNS,
    );
  });

  it("MFA-KR with α = 0 equals MFA with v = k", () => {
    fc.assert(
      fc.property(mfaCase, fc.constantFrom("diag-alpha-left" as const, "diag-alpha-right" as const), ({ seed, heads, halfDim, rank, tokens }, order) => {
        const next = seededUniform(seed);
        const headDim = 2 * halfDim;
        const model = 5;
        const queryKey = randomTensor(next, [rank + headDim, model], 0.5);
        const shared = { queryNormGain: randomTensor(next, [rank]).data, queryUp: randomTensor(next, [heads * headDim, rank], 0.5), output: randomTensor(next, [model, heads * headDim], 0.5) };
        const x = randomTensor(next, [tokens, model]);
        const options = { heads, headDim, eps: 1e-5, rope: false as const };
        const qkv = new Float32Array((rank + 2 * headDim) * model);
        qkv.set(queryKey.data);
        qkv.set(queryKey.data.subarray(rank * model), (rank + headDim) * model);
        const reuse = mfaKeyReuseAttention(x, { ...shared, queryKey, reuseMatrix: randomTensor(next, [headDim, headDim]), reuseGate: new Float32Array(headDim) }, { ...options, order, valueFromKey: "after-rope" });
        expectClose(reuse, mfaAttention(x, { ...shared, qkv: tensor(qkv, [rank + 2 * headDim, model]) }, options));
      }),
      RUNS,
    );
  });
});

describe("Attention Residuals properties", () => {
  const attnResCase = fc.record({ seed: fc.integer(), blocks: fc.integer({ min: 1, max: 4 }), blockSize: fc.integer({ min: 1, max: 3 }), width: fc.integer({ min: 1, max: 6 }), tokens: fc.integer({ min: 1, max: 3 }) });

  function network(seed: number, layers: number, width: number, tokens: number, zeroQueries: boolean, eps: number) {
    const next = seededUniform(seed);
    const weights = Array.from({ length: layers }, () => randomTensor(next, [width, width]));
    const sublayer = (layer: number, input: Tensor) => {
      const projected = linear(rmsNorm(input, undefined, { eps: 0 }), weights[layer]!);
      return tensor(projected.data.map((value) => Math.tanh(value)), projected.shape);
    };
    const parameters: AttnResParameters = {
      pseudoQueries: zeroQueries ? tensor(new Float32Array(layers * width), [layers, width]) : randomTensor(next, [layers, width], 2),
      keyNormGains: randomTensor(next, [layers, width]),
      eps,
    };
    return { embedding: randomTensor(next, [tokens, width]), sublayer, parameters };
  }

  it("Block with S = 1 equals Full exactly", () => {
    fc.assert(
      fc.property(attnResCase, ({ seed, blocks, width, tokens }) => {
        const { embedding, sublayer, parameters } = network(seed, blocks, width, tokens, false, 1e-6);
        const full = runFullAttnRes(embedding, sublayer, parameters);
        const block = runBlockAttnRes(embedding, sublayer, parameters, { blockSize: 1 });
        for (let layer = 0; layer < blocks; layer++) expectIdentical(block.outputs[layer]!, full.outputs[layer]!);
      }),
      RUNS,
    );
  });

  it("two phases equal one pass", () => {
    fc.assert(
      fc.property(attnResCase, ({ seed, blocks, blockSize, width, tokens }) => {
        const { embedding, sublayer, parameters } = network(seed, blocks * blockSize, width, tokens, false, 1e-6);
        const onePass = runBlockAttnRes(embedding, sublayer, parameters, { blockSize });
        const twoPhase = runBlockAttnResTwoPhase(embedding, sublayer, parameters, { blockSize });
        expect(twoPhase.sourceCounts).toEqual(onePass.sourceCounts);
        for (let layer = 0; layer < blocks * blockSize; layer++) expectClose(twoPhase.inputs[layer]!, onePass.inputs[layer]!, LOOSE);
      }),
      RUNS,
    );
  });

  it("zero-initialised AttnRes with RMSNorm matches PreNorm", () => {
    fc.assert(
      fc.property(attnResCase, fc.boolean(), ({ seed, blocks, blockSize, width, tokens }, useBlocks) => {
        const layers = blocks * blockSize;
        const { embedding, sublayer, parameters } = network(seed, layers, width, tokens, true, 1e-6);
        const attnRes = useBlocks ? runBlockAttnRes(embedding, sublayer, parameters, { blockSize }) : runFullAttnRes(embedding, sublayer, parameters);

        // An end-to-end comparison compounds float32 rounding wherever the residual stream nearly
        // cancels, so each layer is checked against the run's own earlier outputs.
        const stream = Float32Array.from(embedding.data);
        for (let layer = 0; layer < layers; layer++) {
          const input = attnRes.inputs[layer]!;
          const residual = tensor(Float32Array.from(stream), input.shape);
          const count = attnRes.sourceCounts[layer]!;

          // Uniform depth weights make the input the mean of the sources, the residual / count.
          expectClose(tensor(input.data.map((value) => value * count), input.shape), residual, LOOSE);

          // The sublayer's RMSNorm cancels the 1 / count, so the output is PreNorm's.
          expectClose(attnRes.outputs[layer]!, sublayer(layer, residual), LOOSE);
          attnRes.outputs[layer]!.data.forEach((value, i) => (stream[i]! += value));
        }
      }),
      RUNS,
    );
  });

  it("standard residual sums earlier outputs", () => {
    fc.assert(
      fc.property(attnResCase, ({ seed, blocks, blockSize, width, tokens }) => {
        const layers = blocks * blockSize;
        const { embedding, sublayer } = network(seed, layers, width, tokens, true, 1e-6);
        const standard = runStandardResidual(embedding, sublayer, layers);

        const stream = Float32Array.from(embedding.data);
        for (let layer = 0; layer < layers; layer++) {
          expectIdentical(standard.inputs[layer]!, tensor(Float32Array.from(stream), [tokens, width]));
          expectIdentical(standard.outputs[layer]!, sublayer(layer, standard.inputs[layer]!));
          standard.outputs[layer]!.data.forEach((value, i) => (stream[i]! += value));
        }
      }),
      RUNS,
    );
  });

  it("source counts follow the block layout", () => {
    fc.assert(
      fc.property(attnResCase, ({ seed, blocks, blockSize, width, tokens }) => {
        const { embedding, sublayer, parameters } = network(seed, blocks * blockSize, width, tokens, false, 1e-6);
        const run = runBlockAttnRes(embedding, sublayer, parameters, { blockSize });
        expect(run.sourceCounts[0]).toBe(1);
        for (let layer = 0; layer < blocks * blockSize; layer++) {
          expect(run.sourceCounts[layer]).toBe(Math.floor(layer / blockSize) + 1 + (layer % blockSize >= 1 ? 1 : 0));
        }
      }),
      RUNS,
    );
  });
});
