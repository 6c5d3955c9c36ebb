import { getAccelerator, getModel } from "@modelsys/catalog";
import { describe, expect, it } from "vitest";

import type { AfdPlanInput } from "./options.js";
import { planAfd, type AfdPlan, type LayerStageGroup } from "./plan.js";

// Step-3 dimensions, from the Step-3 report (arXiv 2507.19427) and the stepfun-ai/Step3 model card.
// Attention: hidden 7168, 64 query heads of 256 with one shared KV head, query rank 2048.
// FFN: 48 routed experts of width 5120 with top-3 and one shared expert, dense width 18432.
// Vocabulary: 128,815.
const H = 7168;
const HEADS = 64;
const HEAD_DIM = 256;
const QUERY_RANK = 2048;
const EXPERTS = 48;
const TOP_K = 3;
const EXPERT_WIDTH = 5120;
const DENSE_WIDTH = 18432;
const VOCAB = 128815;

// H800 peaks and HBM bandwidth (Step-3 report, Table 4) at the planner's default fractions, 0.6 and 0.5.
const FP8_FLOPS = 0.6 * 1.98e15;
const BF16_FLOPS = 0.6 * 9.89e14;
const HBM_BYTES_PER_SECOND = 0.5 * 3.35e12;

const S = 4096;
const US = 1e6;

/** MFA attention FLOPs per token per layer at context S: QKᵀ and PV over 64 heads of 256. */
const ATTENTION_FLOPS = 4 * HEADS * HEAD_DIM * S;
/** Projection FLOPs per token per layer: query low-rank pair, shared K and V, output. */
const LINEAR_FLOPS = 2 * (H * QUERY_RANK + 2 * H * HEAD_DIM + QUERY_RANK * HEADS * HEAD_DIM + HEADS * HEAD_DIM * H);

const STEP3_H800: AfdPlanInput = {
  model: getModel("step-3"),
  attentionAccelerator: getAccelerator("h800"),
  ffnAccelerator: getAccelerator("h800"),
  tpotMs: 50,
  context: S,
  attentionElementType: "fp8",
};

function best(input: Partial<AfdPlanInput> = {}): AfdPlan {
  const plan = planAfd({ ...STEP3_H800, ...input }).plans[0];
  if (plan === undefined) throw new Error("no feasible plan");
  return plan;
}

/** Finds the stage group that contains layer `index`. */
function group(plan: AfdPlan, index: number): LayerStageGroup {
  const found = plan.layerStages.find((candidate) => candidate.layers.includes(index));
  if (found === undefined) throw new Error(`no stage group holds layer ${index}`);
  return found;
}

describe("Step-3 headline stage times, derived by hand", () => {
  const plan = best();
  const tokensPerGpu = plan.tokensPerAttentionGpu;
  const microBatch = plan.microBatchTokens;
  const ffnGpus = 8 * plan.ffnInstances;
  const moe = group(plan, 30).times;
  const dense = group(plan, 0).times;

  it("times attention compute with the math and the projections at the FP8 peak", () => {
    expect(moe.attentionComputeUs).toBeCloseTo(((tokensPerGpu * (ATTENTION_FLOPS + LINEAR_FLOPS)) / FP8_FLOPS) * US, 9);
  });

  it("times MoE FFN compute over the whole micro-batch, routed plus shared experts", () => {
    const flopsPerToken = 2 * (TOP_K + 1) * 3 * H * EXPERT_WIDTH;
    expect(moe.ffnComputeUs).toBeCloseTo(((microBatch * flopsPerToken) / (ffnGpus * FP8_FLOPS)) * US, 9);
    expect(moe.ffnComputeUs).toBeCloseTo(94.901, 3);
  });

  it("reads the shared expert and the routed experts the micro-batch touches", () => {
    const touched = EXPERTS * (1 - Math.pow(1 - TOP_K / EXPERTS, microBatch));
    const bytes = (1 + touched) * 3 * H * EXPERT_WIDTH;
    expect(moe.ffnWeightReadUs).toBeCloseTo((bytes / (ffnGpus * HBM_BYTES_PER_SECOND)) * US, 9);
    expect(moe.ffnUs).toBeCloseTo(201.303, 3);
  });

  it("times a dense layer's FFN compute over the whole micro-batch", () => {
    const flopsPerToken = 2 * 3 * H * DENSE_WIDTH;
    expect(dense.ffnComputeUs).toBeCloseTo(((microBatch * flopsPerToken) / (ffnGpus * FP8_FLOPS)) * US, 9);
  });

  it("holds the weights and three micro-batches of FP8 KV on an attention GPU", () => {
    const kvBytesPerToken = 61 * 2 * HEAD_DIM;
    const weightBytes = 61 * (LINEAR_FLOPS / 2) + 2 * VOCAB * H * 2;
    expect(plan.attentionGpuBytes).toBe(weightBytes + 3 * tokensPerGpu * S * kvBytesPerToken);
  });

  it("spreads every FFN weight over the FFN GPUs", () => {
    const moeLayerBytes = (EXPERTS + 1) * 3 * H * EXPERT_WIDTH;
    const denseLayerBytes = 3 * H * DENSE_WIDTH;
    expect(plan.ffnGpuBytes).toBe((56 * moeLayerBytes + 5 * denseLayerBytes) / ffnGpus);
  });
});

describe("Step-3 variants, derived by hand", () => {
  it("runs BF16 attention at its peak", () => {
    const plan = best({ attentionElementType: "bf16" });
    const expected = (plan.tokensPerAttentionGpu * ATTENTION_FLOPS) / BF16_FLOPS + (plan.tokensPerAttentionGpu * LINEAR_FLOPS) / FP8_FLOPS;
    expect(group(plan, 30).times.attentionComputeUs).toBeCloseTo(expected * US, 9);
  });

  it("adds one BF16 LM-head read to the last layer's attention", () => {
    const plan = best({ includeLmHead: true });
    const lmHeadUs = ((VOCAB * H * 2) / HBM_BYTES_PER_SECOND) * US;
    expect(lmHeadUs).toBeCloseTo(1102.5, 1);
    expect(group(plan, 60).times.attentionMemoryUs - group(plan, 59).times.attentionMemoryUs).toBeCloseTo(lmHeadUs, 6);
  });

  it("keeps four micro-batches in flight with four stages", () => {
    const plan = best({ stages: 4 });
    const kvBytesPerToken = 61 * 2 * HEAD_DIM;
    const weightBytes = 61 * (LINEAR_FLOPS / 2) + 2 * VOCAB * H * 2;

    expect(`${plan.attentionInstances}A${plan.ffnInstances}F`).toBe("3A2F");
    expect(plan.tokensPerAttentionGpu).toBe(82);
    expect(plan.totalBatchTokens).toBe(4 * 8 * 3 * 82);
    expect(plan.tokensPerSecondPerGpu).toBeCloseTo(7872 / (0.05 * 40), 9);
    expect(plan.binding).toBe("attention-memory-bandwidth");
    expect(plan.attentionGpuBytes).toBe(weightBytes + 4 * 82 * S * kvBytesPerToken);
  });

  it("gives each leg its own stage with four stages", () => {
    const times = group(best({ stages: 4 }), 30).times;
    expect(times.commUs).toBe(0);
    expect(times.layerUs).toBe(Math.max(times.attentionUs, times.attentionToFfnUs, times.ffnUs, times.ffnToAttentionUs));
    expect(times.ffnToAttentionUs).toBeCloseTo(2 * times.attentionToFfnUs, 9);
  });
});

describe("MiniMax-M1 memory, derived by hand", () => {
  // MiniMax-AI/MiniMax-M1 config.json: 80 layers, every eighth softmax GQA (8 KV heads of 128,
  // BF16 cache), the other 70 lightning attention with 64 heads of 128 and an FP32 state.
  it("holds each sequence's softmax KV and one linear state per lightning layer", () => {
    const result = planAfd({ ...STEP3_H800, model: getModel("minimax-m1"), attentionElementType: undefined });
    const plan = result.plans[0]!;
    const softmaxBytes = 10 * S * (2 * 8 * 128) * 2;
    const stateBytes = 70 * 64 * 128 * 128 * 4;

    expect(result.kvElementType).toBeNull();
    expect(result.stateElementType).toBeNull();
    expect(plan.attentionGpuBytes - result.attentionWeightBytesPerGpu).toBe(3 * plan.tokensPerAttentionGpu * (softmaxBytes + stateBytes));
  });

  it("stores the lightning state in stateElementType, which kvElementType leaves alone", () => {
    const result = planAfd({ ...STEP3_H800, model: getModel("minimax-m1"), attentionElementType: undefined, kvElementType: "fp8", stateElementType: "bf16" });
    const plan = result.plans[0]!;
    const softmaxBytes = 10 * S * (2 * 8 * 128) * 1;
    const stateBytes = 70 * 64 * 128 * 128 * 2;

    expect(result.stateElementType).toBe("bf16");
    expect(plan.attentionGpuBytes - result.attentionWeightBytesPerGpu).toBe(3 * plan.tokensPerAttentionGpu * (softmaxBytes + stateBytes));
  });
});
