// Regression cases from public bug reports that the goldens and properties do not cover: several
// sequences interleaved in one cache, a padded batch decoding past a sliding window, and a
// Block AttnRes sublayer that reuses its buffers. Each report is named in its test's comment.
import { beforeAll, describe, expect, it } from "vitest";

import { randomTensor, seededUniform } from "../testing/random.js";
import { compareArrays, FLOAT32_TOLERANCE } from "../testing/tolerance.js";
import { attnResMix, runBlockAttnRes, runBlockAttnResTwoPhase, type AttnResParameters, type AttnResRun, type Sublayer } from "./attnres.js";
import { GrowingKvCache, RingKvCache, decodeStep, type KvCache } from "./kv-cache.js";
import { linear } from "./linear.js";
import type { AttentionMask } from "./masks.js";
import { rmsNorm } from "./rmsnorm.js";
import { scaledDotProductAttention } from "./sdpa.js";
import { createSimdAttention, type SimdAttention } from "./simd-attention.js";
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

describe("interleaved multi-sequence cache", () => {
  // ikawrakow/ik_llama.cpp PR #2171: Gemma-2 with four sequences interleaved in one cache. Each
  // sequence must equal its single-sequence run, on both of Gemma-2's layer kinds.
  const masks: [string, AttentionMask][] = [
    ["global layer", { kind: "causal" }],
    ["sliding layer", { kind: "sliding", window: 4 }],
  ];

  it.each(masks)("%s: each sequence equals its own run", async (_name, mask) => {
    const lengths = [9, 5, 12, 7];
    const [heads, kvHeads, dim] = [4, 2, 8];
    const next = seededUniform(2171);
    const sequences = lengths.map((length) => ({
      query: randomTensor(next, [length, heads, dim], 2),
      key: randomTensor(next, [length, kvHeads, dim], 2),
      value: randomTensor(next, [length, kvHeads, dim]),
    }));
    const coldRuns = sequences.map(({ query, key, value }) => scaledDotProductAttention(query, key, value, { mask }));

    // One physical cache whose slots hold the tokens of all sequences in arrival order.
    const slotSequence: number[] = [];
    const slotPosition: number[] = [];
    const slotKeys: Float32Array[] = [];
    const slotValues: Float32Array[] = [];
    const ownCaches: KvCache[] = lengths.map(() => (mask.kind === "sliding" ? new RingKvCache({ kvHeads, headDim: dim }, mask.window) : new GrowingKvCache({ kvHeads, headDim: dim })));
    const simdCaches = await Promise.all(lengths.map(() => simd.createKvCache({ kvHeads, headDim: dim }, 2)));

    const longest = Math.max(...lengths);
    for (let position = 0; position < longest; position++) {
      for (const [s, { query, key, value }] of sequences.entries()) {
        if (position >= lengths[s]!) continue;
        const [q, k, v] = [rows(query, position, position + 1), rows(key, position, position + 1), rows(value, position, position + 1)];
        slotSequence.push(s);
        slotPosition.push(position);
        slotKeys.push(k.data);
        slotValues.push(v.data);

        const mine = slotSequence.flatMap((owner, slot) => (owner === s ? [slot] : []));
        const gatheredKey = tensor(Float32Array.from(mine.flatMap((slot) => [...slotKeys[slot]!])), [mine.length, kvHeads, dim]);
        const gatheredValue = tensor(Float32Array.from(mine.flatMap((slot) => [...slotValues[slot]!])), [mine.length, kvHeads, dim]);
        const shared = scaledDotProductAttention(q, gatheredKey, gatheredValue, { mask, keyPositions: mine.map((slot) => slotPosition[slot]!), queryOffset: position });
        const expected = rows(coldRuns[s]!.output, position, position + 1);
        expectClose(shared.output, expected, `shared cache, sequence ${s}, position ${position}`);
        expectClose(decodeStep(ownCaches[s]!, q, k, v, { mask }).output, expected, `own cache, sequence ${s}, position ${position}`);
        expectClose(simdCaches[s]!.decodeStep(q, k, v, { mask }).output, expected, `SimdKvCache, sequence ${s}, position ${position}`);
      }
    }
  });
});

describe("padded batch with a sliding window", () => {
  // fla-org/flash-linear-attention #431: a left-padded batch decoding past the window, where the
  // cache held W tokens but the padding mask had T entries. Pads never reach a kernel here: each
  // sequence appends only its real tokens, the cache passes one position per cached token, and
  // every sequence equals its unpadded run.
  it("each sequence equals its unpadded run past the window", async () => {
    const window = 4;
    const [heads, kvHeads, dim] = [2, 1, 8];
    const promptLength = 10;
    const decodeSteps = 6;
    const padding = [0, 4];
    const total = promptLength + decodeSteps;
    const next = seededUniform(431);
    const batch = padding.map(() => ({
      query: randomTensor(next, [total, heads, dim], 2),
      key: randomTensor(next, [total, kvHeads, dim], 2),
      value: randomTensor(next, [total, kvHeads, dim]),
    }));
    const mask: AttentionMask = { kind: "sliding", window };

    for (const [b, pads] of padding.entries()) {
      const { query, key, value } = batch[b]!;
      // Pad slots hold NaN, so reading one would poison the output.
      for (const padded of [query, key, value]) padded.data.fill(NaN, 0, pads * padded.shape[1]! * padded.shape[2]!);
      const unpadded = { query: rows(query, pads, total), key: rows(key, pads, total), value: rows(value, pads, total) };
      const expected = scaledDotProductAttention(unpadded.query, unpadded.key, unpadded.value, { mask });

      const ring = new RingKvCache({ kvHeads, headDim: dim }, window);
      const simdCache = await simd.createKvCache({ kvHeads, headDim: dim });
      for (let t = pads; t < total; t++) {
        const step = [rows(query, t, t + 1), rows(key, t, t + 1), rows(value, t, t + 1)] as const;
        const expectedRow = rows(expected.output, t - pads, t - pads + 1);
        expectClose(decodeStep(ring, ...step, { mask }).output, expectedRow, `ring cache, sequence ${b}, token ${t}`);
        expectClose(simdCache.decodeStep(...step, { mask }).output, expectedRow, `SimdKvCache, sequence ${b}, token ${t}`);
        expect(ring.view().positions.length).toBe(Math.min(ring.length, window));
      }
      expect(ring.length).toBe(total - pads);
    }
  });
});

describe("Block AttnRes with a buffer-reusing sublayer", () => {
  // local-inference-lab/vllm PR #467: 93 layers, block size 12, and a buffer reused at layer 84
  // overwrote a committed block. Here 96 sublayers (8 blocks of 12, since L must be a multiple
  // of S) run a sublayer that returns one shared buffer every time and, at sublayer 84, also
  // overwrites the input it received. Committed blocks must stay intact for sublayers 85 to 95
  // and the final mixture, so the run equals one with a sublayer that allocates fresh outputs.
  const [tokens, width, layers, blockSize] = [3, 8, 96, 12];
  const next = seededUniform(467);
  const embedding = randomTensor(next, [tokens, width]);
  const weights = Array.from({ length: layers }, () => randomTensor(next, [width, width], 0.5));
  const parameters: AttnResParameters = { pseudoQueries: randomTensor(next, [layers, width]), keyNormGains: randomTensor(next, [layers, width]), eps: 1e-6 };
  const finalParameters: AttnResParameters = { pseudoQueries: randomTensor(next, [1, width]), keyNormGains: randomTensor(next, [1, width]), eps: 1e-6 };
  const compute = (layer: number, input: Tensor) => linear(rmsNorm(input, undefined, { eps: 1e-6 }), weights[layer]!).data.map(Math.tanh);

  const freshSublayer: Sublayer = (layer, input) => tensor(compute(layer, input), [tokens, width]);
  const shared = new Float32Array(tokens * width);
  const reusingSublayer: Sublayer = (layer, input) => {
    shared.set(compute(layer, input));
    if (layer === 84) input.data.fill(1e6);
    return tensor(shared, [tokens, width]);
  };

  /** Mixes the block summaries `B_0 … B_8` once more, as ports do before the final norm. */
  const finalMixture = (run: AttnResRun): Tensor => {
    const summaries: Tensor[] = [embedding];
    for (let start = 0; start < layers; start += blockSize) {
      const sum = new Float32Array(tokens * width);
      for (let layer = start; layer < start + blockSize; layer++) run.outputs[layer]!.data.forEach((x, i) => (sum[i] = sum[i]! + x));
      summaries.push(tensor(sum, [tokens, width]));
    }
    return attnResMix(summaries, finalParameters, 0);
  };

  const runners = [
    ["one pass", runBlockAttnRes],
    ["two phases", runBlockAttnResTwoPhase],
  ] as const;

  it.each(runners)("%s keeps committed blocks intact", (_name, run) => {
    const embeddingBefore = Float32Array.from(embedding.data);
    const clean = run(embedding, freshSublayer, parameters, { blockSize });
    const reused = run(embedding, reusingSublayer, parameters, { blockSize });
    expect(embedding.data).toEqual(embeddingBefore);
    // run.inputs[84] is the very buffer sublayer 84 overwrote, so only its output is compared.
    for (let layer = 0; layer < layers; layer++) {
      expect(reused.outputs[layer]!.data, `output of sublayer ${layer}`).toEqual(clean.outputs[layer]!.data);
      if (layer !== 84) expect(reused.inputs[layer]!.data, `input of sublayer ${layer}`).toEqual(clean.inputs[layer]!.data);
    }
    expect(finalMixture(reused).data).toEqual(finalMixture(clean).data);
  });
});
