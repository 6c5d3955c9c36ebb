import { readFileSync } from "node:fs";

import { getAccelerator, getModel, importHfConfigText, type MoeFfn } from "@modelsys/catalog";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { planColocatedBaseline } from "./colocated-baseline.js";
import { ffnWeightBytes, ffnWeightReadBytes, profileLayers } from "./layer-profile.js";
import { resolveAfdInput } from "./options.js";
import { planAfd } from "./plan.js";

const h800 = getAccelerator("h800");
const gptOss = importHfConfigText(readFileSync(new URL("../../catalog/fixtures/hf-configs/gpt-oss-20b.json", import.meta.url), "utf8"), {
  file: "gpt-oss-20b.json",
}).model;

// gpt-oss-20b: 32 experts of gate, up and down, each 2880 × 2880 (hidden_size and intermediate_size).
const EXPERT_WEIGHTS_PER_LAYER = 32 * 3 * 2880 * 2880;

function planInput(ffnElementType?: "fp8" | "bf16") {
  return {
    model: gptOss,
    attentionAccelerator: h800,
    ffnAccelerator: h800,
    tpotMs: 50,
    ...(ffnElementType === undefined ? {} : { ffnElementType }),
  };
}

describe("routed expert format in AFD", () => {
  it("gpt-oss experts read as MXFP4", () => {
    const profiles = profileLayers(resolveAfdInput(planInput()));

    // MXFP4 is 4.25 bits per weight (OCP MX v1.0).
    for (const profile of profiles) expect(profile.ffnWeightBytes).toBe(EXPERT_WEIGHTS_PER_LAYER * (4.25 / 8));
  });

  it("explicit ffnElementType replaces it", () => {
    expect(profileLayers(resolveAfdInput(planInput("fp8")))[0]!.ffnWeightBytes).toBe(EXPERT_WEIGHTS_PER_LAYER);
    expect(profileLayers(resolveAfdInput(planInput("bf16")))[0]!.ffnWeightBytes).toBe(EXPERT_WEIGHTS_PER_LAYER * 2);
  });

  it("plan reports the format", () => {
    expect(planAfd(planInput()).routedExpertWeightFormat).toBe("mxfp4");
    expect(planAfd(planInput("bf16")).routedExpertWeightFormat).toBe("bf16");
    expect(planAfd({ ...planInput(), model: getModel("deepseek-v3") }).routedExpertWeightFormat).toBe("fp8");
  });

  it("MoE batch and minimum sparsity use the experts' format", () => {
    const mxfp4 = planAfd(planInput()).sparsity;
    const fp8 = planAfd(planInput("fp8")).sparsity;
    // The FFN computes in FP8 either way, so only the bytes of an expert read differ: 4.25 / 8 B.
    const ratio = 4.25 / 8;

    expect(mxfp4.denseBatch).toBe(fp8.denseBatch);
    expect(mxfp4.moeBatch / fp8.moeBatch).toBeCloseTo(ratio, 12);
    expect(mxfp4.moeBatchAtEfficiency / fp8.moeBatchAtEfficiency).toBeCloseTo(ratio, 12);
    expect(mxfp4.minimumSparsity / fp8.minimumSparsity).toBeCloseTo(ratio, 12);
  });

  it("weight byte functions reject bad sizes", () => {
    const ffn = gptOss.layers[0]!.ffn;
    for (const [field, call] of [
      ["routedBytesPerWeight", () => ffnWeightBytes(ffn, 2880, 1, -0.5)],
      ["routedBytesPerWeight", () => ffnWeightReadBytes(ffn, 2880, 1, 64, Number.NaN)],
      ["bytesPerWeight", () => ffnWeightBytes(ffn, 2880, 0)],
      ["hiddenSize", () => ffnWeightReadBytes(ffn, -2880, 1, 64)],
      ["microBatchTokens", () => ffnWeightReadBytes(ffn, 2880, 1, Number.POSITIVE_INFINITY)],
    ] as const) {
      expect(call, field).toThrow(expect.objectContaining({ code: "INVALID_OPTION", field }));
    }
  });

  it("attention projections stay BF16", () => {
    const input = resolveAfdInput(planInput());

    expect(input.projectionElementType).toBe("bf16");
  });

  it("baseline memory counts MXFP4", () => {
    // One GPU holding every expert at 131,072 tokens of context, with a TPOT target loose enough
    // that HBM capacity sets the batch.
    const setup = { model: gptOss, accelerator: h800, tpotMs: 1000, gpus: 1, context: 131072 };
    // Attention projections in BF16 (q, k, v, o: 26,542,080 weights per layer), experts in MXFP4
    // or FP8, and the untied embedding and LM head in BF16.
    const weightBytes = (expertBytesPerWeight: number) =>
      24 * (26_542_080 * 2 + EXPERT_WEIGHTS_PER_LAYER * expertBytesPerWeight) + 2 * 201_088 * 2880 * 2;
    // FP8 KV of 8 heads of 64 for keys and values: 12 full layers keep every token, 12 sliding layers 128.
    const kvBytesPerSequence = 12 * 2 * 8 * 64 * 131_072 + 12 * 2 * 8 * 64 * 128;
    const batchFor = (expertBytesPerWeight: number) => Math.floor((0.9 * h800.hbmCapacityBytes - weightBytes(expertBytesPerWeight)) / kvBytesPerSequence);

    const mxfp4 = planColocatedBaseline(setup);
    const fp8 = planColocatedBaseline({ ...setup, ffnElementType: "fp8" });

    expect(mxfp4.binding).toBe("hbm-capacity");
    expect(mxfp4.batchPerGpu).toBe(batchFor(4.25 / 8));
    expect(fp8.batchPerGpu).toBe(batchFor(1));
    expect(mxfp4.batchPerGpu).toBeGreaterThan(fp8.batchPerGpu);
  });
});

describe("ffnWeightBytes with routed bytes", () => {
  const moe = fc.record({
    hiddenSize: fc.integer({ min: 1, max: 16_384 }),
    numRoutedExperts: fc.integer({ min: 8, max: 512 }),
    numActiveExperts: fc.integer({ min: 1, max: 8 }),
    numSharedExperts: fc.integer({ min: 0, max: 2 }),
    expertIntermediateSize: fc.integer({ min: 1, max: 8192 }),
    sharedIntermediateSize: fc.integer({ min: 1, max: 8192 }),
  });

  function ffnOf(sample: Omit<MoeFfn, "kind"> & { hiddenSize: number }): MoeFfn {
    const { hiddenSize: _hiddenSize, ...fields } = sample;
    return { kind: "moe", ...fields };
  }

  it("MXFP4 experts weigh less than FP8", () => {
    fc.assert(
      fc.property(moe, fc.integer({ min: 1, max: 4096 }), (sample, microBatch) => {
        const ffn = ffnOf(sample);

        expect(ffnWeightBytes(ffn, sample.hiddenSize, 1, 4.25 / 8)).toBeLessThan(ffnWeightBytes(ffn, sample.hiddenSize, 1));
        expect(ffnWeightReadBytes(ffn, sample.hiddenSize, 1, microBatch, 4.25 / 8)).toBeLessThan(ffnWeightReadBytes(ffn, sample.hiddenSize, 1, microBatch));
      }),
    );
  });

  it("shared experts keep bytesPerWeight", () => {
    fc.assert(
      fc.property(moe, (sample) => {
        const ffn = ffnOf(sample);
        const routedWeights = 3 * sample.hiddenSize * sample.numRoutedExperts * sample.expertIntermediateSize;
        const sharedWeights = 3 * sample.hiddenSize * sample.numSharedExperts * sample.sharedIntermediateSize;

        expect(ffnWeightBytes(ffn, sample.hiddenSize, 2, 0.5)).toBeCloseTo(sharedWeights * 2 + routedWeights * 0.5, 0);
      }),
    );
  });
});
