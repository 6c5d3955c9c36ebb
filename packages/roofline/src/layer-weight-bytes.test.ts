import { readFileSync } from "node:fs";

import { groupedQueryAttention } from "@modelsys/attention";
import { getAccelerator, getModel, importHfConfigText, type ModelDescriptor } from "@modelsys/catalog";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { layerWeightBytes } from "./layer-weight-bytes.js";
import { prefillTime } from "./prefill-time.js";
import { catchRooflineError } from "./roofline-error.test-helpers.js";

const h100 = getAccelerator("h100");

function importFixture(file: string): ModelDescriptor {
  const text = readFileSync(new URL(`../../catalog/fixtures/hf-configs/${file}`, import.meta.url), "utf8");
  return importHfConfigText(text, { file }).model;
}

function prefillWeightBytes(model: ModelDescriptor): number {
  return prefillTime(model, h100, { newTokens: 1, gpus: 8 }).weightBytes;
}

describe("gpt-oss-20b weight bytes", () => {
  const model = importFixture("gpt-oss-20b.json");

  // From its config.json: hidden_size 2880, 24 layers, 64 query heads and 8 KV heads of
  // head_dim 64, 32 local experts of intermediate_size 2880.
  const attentionWeightsPerLayer = 2880 * (64 * 64 + 2 * 8 * 64) + 64 * 64 * 2880; // q, k, v and o: 26,542,080
  const expertWeightsPerLayer = 32 * 3 * 2880 * 2880; // gate, up and down of 32 experts: 796,262,400
  // Attention in BF16 (2 B); experts in MXFP4, 4.25 bits = 0.53125 B (OCP MX v1.0).
  const handBytes = 24 * (attentionWeightsPerLayer * 2 + expertWeightsPerLayer * 0.53125); // 11,426,365,440

  it("match the hand computation", () => {
    expect(prefillWeightBytes(model)).toBe(handBytes);
  });

  it("come close to the checkpoint", () => {
    // The embedding and LM head (untied, BF16) are not read by prefill but are in the checkpoint.
    const embeddingAndLmHeadBytes = 2 * 201088 * 2880 * 2; // 2,316,533,760
    // openai/gpt-oss-20b on Hugging Face (https://huggingface.co/openai/gpt-oss-20b/tree/main)
    // stores three safetensors shards of 4.79, 4.8 and 4.17 GB. The rest of the checkpoint is
    // biases, norms, router and attention sinks, about 18 MB.
    const checkpointBytes = (4.79 + 4.8 + 4.17) * 1e9;
    const modelledBytes = prefillWeightBytes(model) + embeddingAndLmHeadBytes;

    expect(Math.abs(modelledBytes - checkpointBytes) / checkpointBytes).toBeLessThan(0.005);
  });

  it("FP8 experts overstate them", () => {
    const allFp8 = { ...model, weightElementType: "fp8" as const, routedExpertWeightFormat: undefined };

    expect(prefillWeightBytes(allFp8)).toBe(24 * (attentionWeightsPerLayer + expertWeightsPerLayer));
  });
});

describe("DeepSeek-V3 weight bytes", () => {
  // MLA projections per layer: q_a 7168 × 1536, q_b 1536 × 128 · (128 + 64), kv_a 7168 × (512 + 64),
  // kv_b 512 × 128 · (128 + 128), o 128 · 128 × 7168.
  const mlaWeights = 7168 * 1536 + 1536 * 128 * 192 + 7168 * 576 + 512 * 128 * 256 + 128 * 128 * 7168;
  const denseWeights = 3 * 7168 * 18432;
  const moeWeights = 3 * 7168 * (256 + 1) * 2048;
  // 61 layers: 3 dense, 58 MoE, every weight in FP8 (1 B).
  const handBytes = 61 * mlaWeights + 3 * denseWeights + 58 * moeWeights;

  it("built-in matches the hand computation", () => {
    expect(prefillWeightBytes(getModel("deepseek-v3"))).toBe(handBytes);
  });

  it("import matches the built-in", () => {
    for (const [file, id] of [
      ["deepseek-v3.json", "deepseek-v3"],
      ["kimi-k2-instruct.json", "kimi-k2"],
    ] as const) {
      expect(prefillWeightBytes(importFixture(file)), file).toBe(prefillWeightBytes(getModel(id)));
    }
  });
});

interface LayerSample {
  hiddenSize: number;
  numQueryHeads: number;
  headDim: number;
  routed: number;
  active: number;
  shared: number;
  expertSize: number;
  sharedSize: number;
}

describe("layerWeightBytes properties", () => {
  const moeLayer: fc.Arbitrary<LayerSample> = fc.record({
    hiddenSize: fc.integer({ min: 32, max: 16_384 }),
    numQueryHeads: fc.integer({ min: 1, max: 16 }).map((groups) => groups * 4),
    headDim: fc.integer({ min: 16, max: 256 }),
    routed: fc.integer({ min: 1, max: 512 }),
    active: fc.integer({ min: 1, max: 16 }),
    shared: fc.integer({ min: 0, max: 2 }),
    expertSize: fc.integer({ min: 1, max: 8192 }),
    sharedSize: fc.integer({ min: 1, max: 8192 }),
  });

  function layerOf(sample: LayerSample) {
    return {
      attention: groupedQueryAttention({ numQueryHeads: sample.numQueryHeads, numKvHeads: 4, headDim: sample.headDim }),
      ffn: {
        kind: "moe" as const,
        numRoutedExperts: Math.max(sample.routed, sample.active),
        numActiveExperts: sample.active,
        numSharedExperts: sample.shared,
        expertIntermediateSize: sample.expertSize,
        sharedIntermediateSize: sample.sharedSize,
      },
      cacheElementType: "fp8" as const,
    };
  }

  it("MXFP4 experts weigh less than FP8", () => {
    fc.assert(
      fc.property(moeLayer, fc.constantFrom("fp8" as const, "bf16" as const), (sample, weightElementType) => {
        const layer = layerOf(sample);
        const mxfp4 = layerWeightBytes(layer, sample.hiddenSize, { weightElementType, routedExpertWeightFormat: "mxfp4" });
        const fp8 = layerWeightBytes(layer, sample.hiddenSize, { weightElementType, routedExpertWeightFormat: "fp8" });

        expect(mxfp4).toBeLessThan(fp8);
      }),
    );
  });

  it("saving is the routed experts' share", () => {
    fc.assert(
      fc.property(moeLayer, (sample) => {
        const layer = layerOf(sample);
        const routedWeights = 3 * sample.hiddenSize * layer.ffn.numRoutedExperts * sample.expertSize;
        const mxfp4 = layerWeightBytes(layer, sample.hiddenSize, { weightElementType: "fp8", routedExpertWeightFormat: "mxfp4" });
        const fp8 = layerWeightBytes(layer, sample.hiddenSize, { weightElementType: "fp8" });

        // Each routed weight drops from 8 bits to 4.25.
        expect(fp8 - mxfp4).toBeCloseTo(routedWeights * (1 - 4.25 / 8), 0);
      }),
    );
  });
});

describe("prefill routedExpertWeightFormat check", () => {
  it("rejects an unknown format", () => {
    const model = { ...getModel("qwen3-235b-a22b"), routedExpertWeightFormat: "fp4" };
    const error = catchRooflineError(() => prefillTime(model as never, h100, { newTokens: 8, gpus: 8 }));

    expect(error.code).toBe("INVALID_OPTION");
    expect(error.field).toBe("model.routedExpertWeightFormat");
    expect(error.message).toContain("mxfp4");
  });
});
