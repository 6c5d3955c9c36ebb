import { readFileSync } from "node:fs";

import { getAccelerator, getModel, importHfConfigText, withPrice } from "@modelsys/catalog";
import { describe, expect, it } from "vitest";

import { planColocatedBaseline, type ColocatedBaselineInput } from "./colocated-baseline.js";
import { AfdError } from "./errors.js";
import { profileLayers } from "./layer-profile.js";
import { resolveAfdInput } from "./options.js";
import { DEEPSEEK_V3_PROFILE_BATCH_PER_GPU, DEEPSEEK_V3_PUBLISHED_TOKENS_PER_SECOND_PER_GPU, publishedColocatedReference } from "./published-reference.js";

const DEEPSEEK_H800: ColocatedBaselineInput = {
  model: getModel("deepseek-v3"),
  accelerator: getAccelerator("h800"),
  tpotMs: 50,
  context: 4096,
};

describe("co-located DeepSeek-V3 baseline on 128 H800", () => {
  const baseline = planColocatedBaseline(DEEPSEEK_H800);

  it("holds two routed experts per GPU", () => {
    expect(baseline.gpus).toBe(128);
    expect(baseline.assumptions[0]).toContain("2 routed experts per GPU");
  });

  it("names one expert per GPU in the singular", () => {
    const llama = planColocatedBaseline({ ...DEEPSEEK_H800, model: getModel("llama-4-maverick") });
    expect(llama.assumptions[0]).toMatch(/with one routed expert per GPU$/);
  });

  it("calls a fractional expert count an average", () => {
    const flash = planColocatedBaseline({ ...DEEPSEEK_H800, model: getModel("step-3.5-flash") });
    expect(flash.assumptions[0]).toContain("2.25 routed experts per GPU on average");
  });

  it("meets the TPOT target at its batch and not one sequence more", () => {
    expect(baseline.predictedTpotMs).toBeLessThanOrEqual(50);
    const bigger = planColocatedBaseline({ ...DEEPSEEK_H800, tpotMs: baseline.predictedTpotMs * 0.999 });
    expect(bigger.batchPerGpu).toBeLessThan(baseline.batchPerGpu);
  });

  it("is bound by the all-to-all at StepMesh's NIC rate", () => {
    expect(baseline.binding).toBe("all-to-all");
    // 3·top_k·H bytes per token per MoE layer over one GPU's NIC share (0.403 · 50 GB/s).
    const perTokenUs = ((3 * 8 * 7168) / ((161.3 / 400) * 50e9)) * 1e6;
    expect(baseline.moeLayerAllToAllUs).toBeCloseTo((baseline.batchPerGpu / 2) * perTokenUs, 6);
    expect(baseline.moeLayerAllToAllUs).toBeGreaterThan(baseline.moeLayerAttentionAndExpertsUs);
  });

  it("reports tokens per second per GPU and its gap to the published 2,324", () => {
    expect(baseline.tokensPerSecondPerGpu).toBe(baseline.batchPerGpu / 0.05);
    expect(baseline.referenceTokensPerSecondPerGpu).toBe(DEEPSEEK_V3_PUBLISHED_TOKENS_PER_SECOND_PER_GPU);
    expect(baseline.gapToReference).toBeCloseTo((baseline.tokensPerSecondPerGpu - 2324) / 2324, 12);
    // The planning model is all-to-all bound at 95 sequences per GPU: 1,900 tokens/s, 18 % low.
    expect(baseline.batchPerGpu).toBe(95);
  });

  it("explains the gap with the NIC fraction the published figure implies", () => {
    const implied = baseline.impliedNicEfficiency!;
    expect(implied).toBeGreaterThan(baseline.efficiency.nicEfficiency);
    expect(implied).toBeLessThan(0.8);
    const atImplied = planColocatedBaseline({ ...DEEPSEEK_H800, efficiency: { nicEfficiency: implied } });
    expect(atImplied.tokensPerSecondPerGpu).toBeGreaterThanOrEqual(2324);
    const below = planColocatedBaseline({ ...DEEPSEEK_H800, efficiency: { nicEfficiency: implied * 0.99 } });
    expect(below.tokensPerSecondPerGpu).toBeLessThan(2324);
  });

  it("fits the GPU's memory", () => {
    expect(baseline.gpuBytes).toBeLessThan(0.9 * 80e9);
  });

  it("serves more per GPU at DeepEP's faster NIC rate", () => {
    const faster = planColocatedBaseline({ ...DEEPSEEK_H800, efficiency: { nicEfficiency: 0.8 } });
    expect(faster.tokensPerSecondPerGpu).toBeGreaterThan(baseline.tokensPerSecondPerGpu);
  });
});

describe("the baseline at the two published all-to-all rates", () => {
  const [stepMesh, deepEp] = planColocatedBaseline(DEEPSEEK_H800).publishedNicRates;

  it("re-plans at StepMesh's and DeepEP's rates", () => {
    expect(stepMesh!.source).toBe("stepmesh");
    expect(stepMesh!.nicEfficiency).toBeCloseTo(161.3 / 400, 12);
    expect(stepMesh!.batchPerGpu).toBe(95);
    expect(deepEp!.source).toBe("deepep-ep128-decode");
    expect(deepEp!.nicEfficiency).toBeCloseTo(39 / 50, 12);
  });

  it("brackets the published 2,324", () => {
    expect(stepMesh!.tokensPerSecondPerGpu).toBeLessThan(2324);
    expect(deepEp!.tokensPerSecondPerGpu).toBeGreaterThan(2324);
    expect(deepEp!.gapToReference).toBeCloseTo(deepEp!.tokensPerSecondPerGpu / 2324 - 1, 12);
  });

  it("matches a direct plan per rate", () => {
    const direct = planColocatedBaseline({ ...DEEPSEEK_H800, referenceTokensPerSecondPerGpu: null, efficiency: { nicEfficiency: 39 / 50 } });
    expect(deepEp!.batchPerGpu).toBe(direct.batchPerGpu);
    expect(deepEp!.binding).toBe(direct.binding);
    expect(direct.publishedNicRates).toEqual([]);
  });
});

describe("the baseline at the published profile's batch", () => {
  const point = planColocatedBaseline(DEEPSEEK_H800).atReferenceBatch!;

  it("takes the TPOT the published figure implies at 128 sequences per GPU", () => {
    expect(point.batchPerGpu).toBe(128);
    expect(point.referenceTpotMs).toBeCloseTo((128 / 2324) * 1000, 9);
    expect(point.referenceTpotMs).toBeGreaterThan(55);
  });

  it("predicts a TPOT at that batch consistent with the search's own timing", () => {
    const atTarget = planColocatedBaseline({ ...DEEPSEEK_H800, tpotMs: point.predictedTpotMs });
    expect(atTarget.batchPerGpu).toBe(128);
    expect(point.tokensPerSecondPerGpu).toBeCloseTo(128 / (point.predictedTpotMs / 1000), 6);
    expect(point.gapToReference).toBeCloseTo(point.tokensPerSecondPerGpu / 2324 - 1, 12);
    expect(point.fitsMemory).toBe(true);
  });

  it("is the published profile's batch by default", () => {
    expect(point.batchPerGpu).toBe(DEEPSEEK_V3_PROFILE_BATCH_PER_GPU);
  });

  it("is absent without a reference batch and rejects a non-integer one", () => {
    expect(planColocatedBaseline({ ...DEEPSEEK_H800, referenceBatchPerGpu: null }).atReferenceBatch).toBeNull();
    expect(planColocatedBaseline({ ...DEEPSEEK_H800, referenceTokensPerSecondPerGpu: 2000 }).atReferenceBatch).toBeNull();
    expect(() => planColocatedBaseline({ ...DEEPSEEK_H800, referenceBatchPerGpu: 12.5 })).toThrow(AfdError);
  });
});

describe("co-located baseline inputs", () => {
  it("replicates experts when there are fewer experts than GPUs", () => {
    const step3 = planColocatedBaseline({ model: getModel("step-3"), accelerator: getAccelerator("h800"), tpotMs: 50 });
    expect(step3.assumptions[0]).toContain("replicated");
    expect(step3.batchPerGpu).toBeGreaterThan(0);
  });

  it("names HBM when nothing fits", () => {
    const tooLong = planColocatedBaseline({ ...DEEPSEEK_H800, referenceTokensPerSecondPerGpu: null, context: 2 * 1024 * 1024 });

    expect(tooLong.batchPerGpu).toBe(0);
    expect(tooLong.binding).toBe("hbm-capacity");
    expect(tooLong.gpuBytes).toBeGreaterThan(0.9 * 80e9);
  });

  it("fits nothing beyond the longest context", () => {
    const context = [
      { tokens: 4096, weight: 0.999 },
      { tokens: 4 * 1024 * 1024, weight: 0.001 },
    ];
    const mixed = planColocatedBaseline({ ...DEEPSEEK_H800, referenceTokensPerSecondPerGpu: null, context });

    expect(mixed.batchPerGpu).toBe(0);
    expect(mixed.binding).toBe("hbm-capacity");
    expect(mixed.gpuBytes).toBeGreaterThan(140e9);
  });

  it("defaults FFN weights to FP8", () => {
    const bf16Model = { ...getModel("deepseek-v3"), weightElementType: "bf16" as const };
    const plan = (ffnElementType?: "fp8" | "bf16") =>
      planColocatedBaseline({ ...DEEPSEEK_H800, model: bf16Model, referenceTokensPerSecondPerGpu: null, ...(ffnElementType ? { ffnElementType } : {}) });

    expect(plan()).toEqual(plan("fp8"));
    expect(plan()).not.toEqual(plan("bf16"));
  });

  it("rechecks a changed descriptor", () => {
    const model = structuredClone(getModel("deepseek-v3"));
    planColocatedBaseline({ ...DEEPSEEK_H800, model });
    model.hiddenSize = -5;

    expect(() => planColocatedBaseline({ ...DEEPSEEK_H800, model })).toThrow(/Invalid model/);
    expect(() => planColocatedBaseline(undefined as unknown as ColocatedBaselineInput)).toThrow(AfdError);
  });

  it("names the all-to-all on slow networks", () => {
    const slow = planColocatedBaseline({ ...DEEPSEEK_H800, referenceTokensPerSecondPerGpu: null, efficiency: { nicEfficiency: 1e-6 } });

    expect(slow.batchPerGpu).toBe(0);
    expect(slow.binding).toBe("all-to-all");
    expect(slow.predictedTpotMs).toBeGreaterThan(50);
  });

  it("follows KV and FFN types", () => {
    const bf16Kv = planColocatedBaseline({ ...DEEPSEEK_H800, context: 32768, kvElementType: "bf16" });
    const fp8Kv = planColocatedBaseline({ ...DEEPSEEK_H800, context: 32768 });
    const fp8Ffn = planColocatedBaseline(DEEPSEEK_H800);
    const bf16Ffn = planColocatedBaseline({ ...DEEPSEEK_H800, ffnElementType: "bf16" });

    expect(bf16Kv.gpuBytes / bf16Kv.batchPerGpu).toBeGreaterThan(fp8Kv.gpuBytes / fp8Kv.batchPerGpu);
    expect(bf16Ffn.batchPerGpu).toBeLessThanOrEqual(fp8Ffn.batchPerGpu);
    expect(bf16Ffn.moeLayerAttentionAndExpertsUs).toBeGreaterThan(fp8Ffn.moeLayerAttentionAndExpertsUs);
  });

  it("rejects missing model or accelerator", () => {
    expect(() => planColocatedBaseline({ ...DEEPSEEK_H800, model: undefined as unknown as ColocatedBaselineInput["model"] })).toThrow(/Invalid model/);
    expect(() => planColocatedBaseline({ ...DEEPSEEK_H800, accelerator: { id: "x" } as unknown as ColocatedBaselineInput["accelerator"] })).toThrow(/Invalid accelerator/);
  });

  it("rejects a dense model", () => {
    expect(() => planColocatedBaseline({ ...DEEPSEEK_H800, model: getModel("qwen3-32b") })).toThrow(/needs MoE layers/);
  });

  it("rejects a non-positive reference", () => {
    for (const reference of [0, -5, 5e-324, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => planColocatedBaseline({ ...DEEPSEEK_H800, referenceTokensPerSecondPerGpu: reference })).toThrow(AfdError);
    }
  });

  it("rejects a non-positive GPU count", () => {
    expect(() => planColocatedBaseline({ ...DEEPSEEK_H800, gpus: 0 })).toThrow(AfdError);
  });

  it("rejects an unknown option instead of planning on the default", () => {
    const misspelt = { ...DEEPSEEK_H800, gpu: 64 } as ColocatedBaselineInput;
    expect(() => planColocatedBaseline(misspelt)).toThrow(/Unknown option "gpu": use one of model, accelerator/);
    const misplaced = { ...DEEPSEEK_H800, nicEfficiency: 0.78 } as ColocatedBaselineInput;
    expect(() => planColocatedBaseline(misplaced)).toThrow(/efficiency: \{ nicEfficiency \}/);
  });

  it("names one GPU and a missing vocabulary", () => {
    const one = planColocatedBaseline({ ...DEEPSEEK_H800, gpus: 1, referenceTokensPerSecondPerGpu: null });
    expect(one.assumptions[0]).toMatch(/^1 GPU, /);
    const noVocabulary = planColocatedBaseline({ ...DEEPSEEK_H800, model: { ...getModel("deepseek-v3"), vocabSize: null }, referenceTokensPerSecondPerGpu: null });
    expect(noVocabulary.assumptions.at(-1)).toMatch(/no embedding or LM head in GPU memory/);
    expect(noVocabulary.layers).toBe(61);
  });

  it("counts tied embeddings once", () => {
    const deepseek = getModel("deepseek-v3");
    const setup = { ...DEEPSEEK_H800, referenceTokensPerSecondPerGpu: null };
    const untied = planColocatedBaseline(setup);
    const tied = planColocatedBaseline({ ...setup, model: { ...deepseek, tiedEmbeddings: true } });

    // The all-to-all binds, not memory, so both run the same batch.
    expect(tied.batchPerGpu).toBe(untied.batchPerGpu);
    expect(untied.gpuBytes - tied.gpuBytes).toBe(deepseek.vocabSize! * deepseek.hiddenSize * 2);
  });

  it("has no reference gap when the comparison is turned off", () => {
    const off = planColocatedBaseline({ ...DEEPSEEK_H800, referenceTokensPerSecondPerGpu: null });
    expect(off.gapToReference).toBeNull();
    expect(off.atReferenceBatch).toBeNull();
    expect(off.publishedNicRates).toEqual([]);
  });

  it("rejects a reference that is not a number", () => {
    const reference = "2324" as unknown as number;
    expect(() => planColocatedBaseline({ ...DEEPSEEK_H800, referenceTokensPerSecondPerGpu: reference })).toThrow(/referenceTokensPerSecondPerGpu/);
  });
});

describe("the baseline's published reference", () => {
  it("applies to DeepSeek's published setup only", () => {
    const h800 = getAccelerator("h800");
    const otherSetups: Partial<ColocatedBaselineInput>[] = [
      { context: 8192 },
      { context: [{ tokens: 2048, weight: 0.5 }, { tokens: 6144, weight: 0.5 }] },
      { tpotMs: 40 },
      { gpus: 64 },
      { ffnElementType: "bf16" },
      { accelerator: getAccelerator("h20") },
      { accelerator: { ...h800, nicsPerServer: 4 } },
      { model: { ...getModel("deepseek-v3"), hiddenSize: 6144 } },
      { accelerator: { ...h800, hbmBandwidthBytesPerSecond: 8e12 } },
      { accelerator: { ...h800, peakFlopsPerSecond: { bf16: 2.25e15, fp8: 4.5e15 } } },
    ];

    expect(planColocatedBaseline(DEEPSEEK_H800).referenceTokensPerSecondPerGpu).toBe(2324);
    expect(planColocatedBaseline({ ...DEEPSEEK_H800, model: structuredClone(getModel("deepseek-v3")) }).referenceTokensPerSecondPerGpu).toBe(2324);
    for (const setup of otherSetups) {
      expect(planColocatedBaseline({ ...DEEPSEEK_H800, ...setup }).referenceTokensPerSecondPerGpu, JSON.stringify(Object.keys(setup))).toBeNull();
    }
  });

  it("applies to DeepSeek-V3's own config.json and to relabelled copies", () => {
    const text = readFileSync(new URL("../../catalog/fixtures/hf-configs/deepseek-v3.json", import.meta.url), "utf8");
    const imported = importHfConfigText(text, { file: "deepseek-v3.json" }).model;
    const relabelled = { ...getModel("deepseek-v3"), id: "mine", name: "Mine", notes: [] };
    for (const model of [imported, relabelled]) {
      expect(planColocatedBaseline({ ...DEEPSEEK_H800, model }).referenceTokensPerSecondPerGpu).toBe(2324);
    }
    expect(planColocatedBaseline({ ...DEEPSEEK_H800, accelerator: withPrice(getAccelerator("h800"), 3) }).referenceTokensPerSecondPerGpu).toBe(2324);
    // The import reads tie_word_embeddings false, as the built-in states; a tied copy is another model.
    expect(imported.tiedEmbeddings).toBe(false);
    const tied = { ...getModel("deepseek-v3"), tiedEmbeddings: true };
    expect(planColocatedBaseline({ ...DEEPSEEK_H800, model: tied }).referenceTokensPerSecondPerGpu).toBeNull();
  });

  it("checks the reference batch even without a reference", () => {
    for (const referenceTokensPerSecondPerGpu of [null, 3000]) {
      expect(() => planColocatedBaseline({ ...DEEPSEEK_H800, referenceTokensPerSecondPerGpu, referenceBatchPerGpu: 1.5 })).toThrow(/referenceBatchPerGpu 1.5/);
    }
  });

  it("rejects a setup that is not an object with a typed error", () => {
    expect(() => publishedColocatedReference(undefined as never)).toThrow(AfdError);
    expect(publishedColocatedReference({ ...DEEPSEEK_H800, gpus: 128, context: 4096, ffnElementType: "fp8" })).not.toBeNull();
  });

  it("gives way to the caller's figure", () => {
    const own = planColocatedBaseline({ ...DEEPSEEK_H800, referenceTokensPerSecondPerGpu: 1900 });
    expect(own.referenceTokensPerSecondPerGpu).toBe(1900);
    expect(own.gapToReference).toBeCloseTo(0, 12);
  });
});

describe("the baseline's attention element type", () => {
  // Step-3 at 64K with a low FLOP fraction makes attention compute the limit.
  const computeBound: ColocatedBaselineInput = {
    model: getModel("step-3"),
    accelerator: getAccelerator("h800"),
    tpotMs: 50,
    context: 65536,
    kvElementType: "fp8",
    efficiency: { flopEfficiency: 0.05 },
  };

  it("runs the attention math at its own peak", () => {
    const fp8 = planColocatedBaseline({ ...computeBound, attentionElementType: "fp8" });
    const bf16 = planColocatedBaseline({ ...computeBound, attentionElementType: "bf16" });

    expect(fp8.binding).toBe("attention-and-experts");
    expect(bf16.batchPerGpu).toBeLessThan(fp8.batchPerGpu);
  });

  it("leaves the KV cache in the family's type when omitted, as planAfd does", () => {
    const minimax = { model: getModel("minimax-m1"), accelerator: getAccelerator("h800"), tpotMs: 50, context: 32768 };
    const familyKv = planColocatedBaseline(minimax);
    const fp8Kv = planColocatedBaseline({ ...minimax, attentionElementType: "fp8" });

    expect(familyKv.gpuBytes / familyKv.batchPerGpu).toBeGreaterThan(fp8Kv.gpuBytes / fp8Kv.batchPerGpu);
  });

  it("stores linear-attention states in stateElementType, as planAfd does", () => {
    const kimiLinear = { model: getModel("kimi-linear"), accelerator: getAccelerator("h800"), tpotMs: 50 };
    const fp32State = planColocatedBaseline(kimiLinear);
    const bf16State = planColocatedBaseline({ ...kimiLinear, stateElementType: "bf16" });

    expect(bf16State.batchPerGpu).toBeGreaterThan(fp32State.batchPerGpu);
  });
});

describe("the DeepSeek-V3 baseline's terms, derived by hand", () => {
  // DeepSeek-V3 dimensions, from deepseek-ai/DeepSeek-V3 config.json. Hidden 7168, vocabulary
  // 129,280, and 61 layers, of which the first 3 are dense with width 18432.
  // MoE: 256 routed experts of width 2048, top-8, and one shared expert.
  // MLA: query rank 1536, KV rank 512, RoPE 64, 128 heads of 128 + 64, and values of 128.
  // Weights are FP8, and the FP8 KV cache takes 576 bytes per token per layer.
  const H = 7168;
  const EXPERT_BYTES = 3 * H * 2048;
  const ATTENTION_WEIGHT_BYTES = H * 1536 + 1536 * 128 * 192 + H * 576 + 512 * 128 * 256 + 128 * 128 * H;
  const HBM_BYTES_PER_SECOND = 0.5 * 3.35e12;
  const baseline = planColocatedBaseline({ ...DEEPSEEK_H800, referenceTokensPerSecondPerGpu: null });
  const b = baseline.batchPerGpu;

  it("sums every resident weight and KV", () => {
    const embeddingAndLmHead = 2 * 129280 * H * 2;
    const attention = 61 * ATTENTION_WEIGHT_BYTES;
    const dense = 3 * 3 * H * 18432;
    const experts = 58 * (1 + 256 / 128) * EXPERT_BYTES;
    const kv = b * 4096 * 61 * 576;

    expect(baseline.gpuBytes).toBe(embeddingAndLmHead + attention + dense + experts + kv);
  });

  it("reads KV, weights and experts", () => {
    const half = b / 2;
    const attentionUs = ((half * 4096 * 576 + ATTENTION_WEIGHT_BYTES) / HBM_BYTES_PER_SECOND) * 1e6;
    // Every one of the cluster's 128·b/2 tokens picks 8 of 256 experts, so both local ones are read.
    const touched = 2 * (1 - Math.pow(1 - 8 / 256, half * 128));
    const expertsUs = (((1 + touched) * EXPERT_BYTES) / HBM_BYTES_PER_SECOND) * 1e6;

    expect(baseline.moeLayerAttentionAndExpertsUs).toBeCloseTo(attentionUs + expertsUs, 6);
  });

  it("computes top-8 routed tokens plus the shared expert when compute binds", () => {
    const efficiency = { flopEfficiency: 0.01, hbmEfficiency: 1 };
    const slow = planColocatedBaseline({ ...DEEPSEEK_H800, referenceTokensPerSecondPerGpu: null, efficiency });
    const profile = profileLayers(resolveAfdInput({ model: DEEPSEEK_H800.model, attentionAccelerator: DEEPSEEK_H800.accelerator, ffnAccelerator: DEEPSEEK_H800.accelerator, tpotMs: 50, efficiency }))[3]!;
    const flopsPerSecond = 0.01 * 1.98e15;
    const half = slow.batchPerGpu / 2;

    const attentionUs = ((half * (profile.attentionFlops + profile.linearFlops)) / flopsPerSecond) * 1e6;
    const expertsUs = ((half * (8 + 1) * 2 * EXPERT_BYTES) / flopsPerSecond) * 1e6;
    expect(slow.binding).toBe("attention-and-experts");
    expect(slow.moeLayerAttentionAndExpertsUs).toBeCloseTo(attentionUs + expertsUs, 6);
  });

  it("moves 3·top_k·H bytes per token over one GPU's NIC share", () => {
    const nicBytesPerSecond = ((161.3 / 400) * 8 * 400e9) / 8 / 8;
    expect(baseline.moeLayerAllToAllUs).toBeCloseTo((((b / 2) * 3 * 8 * H) / nicBytesPerSecond) * 1e6, 6);
  });
});
