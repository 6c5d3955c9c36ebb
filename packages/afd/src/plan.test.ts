import { getAccelerator, getModel, importHfConfigText } from "@modelsys/catalog";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { planColocatedBaseline } from "./colocated-baseline.js";
import { DEFAULT_EFFICIENCY } from "./efficiency.js";
import { AfdError } from "./errors.js";
import { chooseFfnParallelism } from "./ffn-parallelism.js";
import { ffnWeightBytes, ffnWeightReadBytes, profileLayers } from "./layer-profile.js";
import { attentionGpuBytes } from "./memory.js";
import { resolveAfdInput, type AfdPlanInput } from "./options.js";
import { planAfd, type AfdPlan } from "./plan.js";
import { moeSparsity } from "./sparsity.js";
import { layerStageTimes, planRates } from "./stage-times.js";

const STEP3_H800: AfdPlanInput = {
  model: getModel("step-3"),
  attentionAccelerator: getAccelerator("h800"),
  ffnAccelerator: getAccelerator("h800"),
  tpotMs: 50,
  context: 4096,
  attentionElementType: "fp8",
};

function best(input: Partial<AfdPlanInput> = {}): AfdPlan {
  const plan = planAfd({ ...STEP3_H800, ...input }).plans[0];
  if (plan === undefined) throw new Error("no feasible plan");
  return plan;
}

const layout = (plan: AfdPlan) => `${plan.attentionInstances}A${plan.ffnInstances}F`;

describe("Step-3 headline plan on H800", () => {
  const plan = best({ measuredTpotMs: 47.5 });

  it("is 2A2F with 128 tokens per attention GPU and 6,144 in flight", () => {
    expect(layout(plan)).toBe("2A2F");
    expect(plan.gpus).toBe(32);
    expect(plan.tokensPerAttentionGpu).toBe(128);
    expect(plan.microBatchTokens).toBe(2048);
    expect(plan.totalBatchTokens).toBe(6144);
  });

  it("stays within 10 % of 4,039 tokens/s per GPU", () => {
    // 6144 / (0.050 s · 32) = 3,840, about 5 % below 4,039.
    expect(plan.tokensPerSecondPerGpu).toBeCloseTo(3840, 6);
    expect(Math.abs(plan.tokensPerSecondPerGpu - 4039) / 4039).toBeLessThan(0.1);
  });

  it("matches 4,039 within 0.1 % at the measured 47.5 ms TPOT", () => {
    expect(Math.abs(plan.tokensPerSecondPerGpuAtMeasuredTpot! - 4039) / 4039).toBeLessThan(0.001);
  });

  it("is bound by the network at 273 µs per layer", () => {
    expect(plan.binding).toBe("network");
    const moeLayer = plan.layerStages.find((group) => group.layers.includes(30))!.times;
    // 3·y·m_a·H / (nicEfficiency · 50 GB/s) = 5,505,024 B / 20.1625 GB/s.
    expect(moeLayer.commUs).toBeCloseTo((3 * 2 * 128 * 7168 * 1e6) / ((161.3 / 400) * 50e9), 6);
    expect(moeLayer.commUs).toBeCloseTo(273.0, 1);
    expect(moeLayer.attentionToFfnUs).toBeCloseTo(91.0, 1);
    expect(moeLayer.ffnToAttentionUs).toBeCloseTo(182.0, 1);
    expect(moeLayer.attentionUs).toBeCloseTo(261, 0);
    expect(moeLayer.ffnUs).toBeCloseTo(201, 0);
  });

  it("holds about 63 GB on each attention GPU", () => {
    expect(plan.attentionGpuBytes / 1e9).toBeCloseTo(63.1, 1);
    expect(plan.attentionGpuBytes).toBeLessThan(0.9 * 80e9);
  });

  it("gives each stage 273.2 µs per layer", () => {
    expect(plan.stageBudgetPerLayerUs).toBeCloseTo(50_000 / 3 / 61, 9);
    expect(plan.stageBudgetPerLayerUs).toBeCloseTo(273.2, 1);
    expect(plan.predictedTpotMs).toBeLessThanOrEqual(50);
  });

  it("reports throughput at the predicted TPOT too", () => {
    expect(plan.tokensPerSecondPerGpuAtPredictedTpot).toBeCloseTo(6144 / (plan.predictedTpotMs / 1000) / 32, 9);
    expect(plan.tokensPerSecondPerGpuAtPredictedTpot).toBeGreaterThanOrEqual(plan.tokensPerSecondPerGpu);
  });

  it("prices the plan from the cards' hourly prices", () => {
    const usdPerSecond = (32 * 2.0) / 3600;
    expect(plan.usdPerMillionTokens).toBeCloseTo((usdPerSecond / (6144 / 0.05)) * 1e6, 12);
  });
});

describe("stage budget", () => {
  it("is 204.9 µs per layer with four stages", () => {
    expect(best({ stages: 4 }).stageBudgetPerLayerUs).toBeCloseTo(204.9, 1);
  });

  it("is 272.1 µs per layer with the report's 16.6 ms rounding", () => {
    expect(best({ reportRounding: true }).stageBudgetPerLayerUs).toBeCloseTo(272.1, 1);
    expect(planAfd({ ...STEP3_H800, reportRounding: true }).stageBudgetMs).toBe(16.6);
  });

  it("truncates decimal targets to 0.1 ms without binary rounding error", () => {
    // 49.8 / 3 is 16.6 exactly in decimal, but (49.8 / 3) · 10 is 165.999… in binary.
    const cases: [number, 3 | 4, number][] = [
      [49.8, 3, 16.6],
      [13.2, 3, 4.4],
      [50, 4, 12.5],
      [0.3, 3, 0.1],
      [0.41, 4, 0.1],
    ];
    for (const [tpotMs, stages, stageMs] of cases) {
      expect(planAfd({ ...STEP3_H800, tpotMs, stages, reportRounding: true }).stageBudgetMs).toBe(stageMs);
    }
  });

  it("matches the decimal truncation on every 0.1 ms target up to 200 ms", () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 2000 }), fc.constantFrom<3 | 4>(3, 4), (tenthsOfMs, stages) => {
        const result = planAfd({ ...STEP3_H800, tpotMs: tenthsOfMs / 10, stages, reportRounding: true, maxAttentionInstances: 1, maxFfnInstances: 1 });
        expect(result.stageBudgetMs).toBe(Math.floor(tenthsOfMs / stages) / 10);
      }),
    );
  });
});

describe("plan direction when one input changes", () => {
  it("adds attention instances at 8K context and keeps the batch (the scaling rule)", () => {
    const plan = best({ context: 8192 });
    expect(layout(plan)).toBe("4A2F");
    expect(plan.totalBatchTokens).toBe(6144);
    // TGS scales by (x_base + y) / (x_new + y) = 4/6.
    expect(plan.tokensPerSecondPerGpu).toBeCloseTo(3840 * (4 / 6), 6);
  });

  it("needs more attention instances with BF16 attention", () => {
    expect(layout(best({ attentionElementType: "bf16" }))).toBe("4A2F");
    expect(layout(best({ attentionElementType: "bf16", efficiency: { hbmEfficiency: 0.6 } }))).toBe("3A2F");
    expect(best({ attentionElementType: "bf16" }).tokensPerSecondPerGpu).toBeLessThan(best().tokensPerSecondPerGpu);
  });

  it("moves to 4A2F at DeepEP's NIC rate and 4A1F at full peaks", () => {
    expect(layout(best({ efficiency: { nicEfficiency: 0.8 } }))).toBe("4A2F");
    expect(layout(best({ efficiency: { nicEfficiency: 1, hbmEfficiency: 1, flopEfficiency: 1 } }))).toBe("4A1F");
  });

  it("moves to 3A2F with full-duplex links", () => {
    expect(layout(best({ commOverlap: "duplex" }))).toBe("3A2F");
  });

  // Per layer, 2A2F stays best from 0.478 (attention fits m_a = 128; 0.47829 exactly) to 0.737
  // (one FFN instance streams an MoE layer's 5.39 GB within 273.2 µs). The planner sums stage
  // times over layers, so the light dense layers absorb part of the MoE layers' excess. 1A1F
  // therefore wins from 0.716 already, and 2A1F from 0.73.
  it("keeps 2A2F with m_a 128 for middle HBM fractions", () => {
    expect(best({ efficiency: { hbmEfficiency: 0.478 } }).tokensPerAttentionGpu).toBe(127);
    expect(best({ efficiency: { hbmEfficiency: 0.4783 } }).tokensPerAttentionGpu).toBe(128);
    expect(layout(best({ efficiency: { hbmEfficiency: 0.715 } }))).toBe("2A2F");
    expect(layout(best({ efficiency: { hbmEfficiency: 0.716 } }))).toBe("1A1F");
    expect(layout(best({ efficiency: { hbmEfficiency: 0.74 } }))).toBe("2A1F");
  });

  it("turns attention compute-bound and cheaper on H20", () => {
    const h20 = best({ attentionAccelerator: getAccelerator("h20") });
    expect(h20.binding).toBe("attention-compute");
    expect(h20.usdPerMillionTokens!).toBeLessThan(best().usdPerMillionTokens!);
  });

  it("lowers m_a below 128 when the LM-head read joins the attention stage", () => {
    expect(best({ includeLmHead: true }).tokensPerAttentionGpu).toBeLessThan(128);
  });
});

describe("search", () => {
  it("returns the largest feasible m_a for every layout", () => {
    const input = resolveAfdInput(STEP3_H800);
    const profiles = profileLayers(input);
    const rates = planRates(input);
    const totalUs = (x: number, y: number, tokens: number) =>
      3 * profiles.reduce((sum, profile) => sum + layerStageTimes(profile, { attentionInstances: x, ffnInstances: y, tokensPerAttentionGpu: tokens }, input, rates).layerUs, 0);
    const fits = (x: number, y: number, tokens: number) =>
      totalUs(x, y, tokens) <= 50_000 && attentionGpuBytes(profiles, input, tokens) <= 0.9 * 80e9;

    for (const plan of planAfd(STEP3_H800).plans) {
      expect(fits(plan.attentionInstances, plan.ffnInstances, plan.tokensPerAttentionGpu)).toBe(true);
      expect(fits(plan.attentionInstances, plan.ffnInstances, plan.tokensPerAttentionGpu + 1)).toBe(false);
    }
  });

  it("ranks plans by tokens per second per GPU", () => {
    const plans = planAfd(STEP3_H800).plans;
    for (let index = 1; index < plans.length; index += 1) {
      expect(plans[index - 1]!.tokensPerSecondPerGpu).toBeGreaterThanOrEqual(plans[index]!.tokensPerSecondPerGpu);
    }
  });

  it("limits one FFN instance to tiny batches", () => {
    const result = planAfd(STEP3_H800);
    expect(result.infeasible).toContainEqual({ attentionInstances: 3, ffnInstances: 1, binding: "ffn-weight-read" });
    const twoOne = result.plans.find((plan) => plan.attentionInstances === 2 && plan.ffnInstances === 1)!;
    expect(twoOne.tokensPerAttentionGpu).toBeLessThanOrEqual(2);
    expect(twoOne.binding).toBe("ffn-weight-read");
  });

  it("plans every built-in model", () => {
    for (const id of ["deepseek-v3", "qwen3-32b", "minimax-m1", "llama-4-maverick", "kimi-linear"]) {
      const result = planAfd({ ...STEP3_H800, model: getModel(id) });
      expect(result.plans.length + result.infeasible.length).toBe(64);
    }
  });

  it("keeps every plan within the TPOT target and HBM (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1024, max: 65_536 }),
        fc.double({ min: 20, max: 200, noNaN: true }),
        fc.constantFrom("step-3", "deepseek-v3", "qwen3-235b-a22b"),
        (context, tpotMs, id) => {
          const result = planAfd({ ...STEP3_H800, model: getModel(id), context, tpotMs, maxAttentionInstances: 4, maxFfnInstances: 4 });
          for (const plan of result.plans) {
            expect(plan.predictedTpotMs).toBeLessThanOrEqual(tpotMs + 1e-9);
            expect(plan.attentionGpuBytes).toBeLessThanOrEqual(0.9 * 80e9);
            expect(plan.totalBatchTokens).toBe(3 * 8 * plan.attentionInstances * plan.tokensPerAttentionGpu);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe("network bandwidth needed", () => {
  const achievedGbps = (161.3 / 400) * 400;

  it("is 3·y·m_a·H per budget for 2A2F", () => {
    const plan = best();
    const gbps = (3 * 2 * 128 * 7168 * 8) / (plan.stageBudgetPerLayerUs * 1e-6) / 1e9;

    expect(plan.networkGbpsNeededPerAttentionGpu).toBeCloseTo(gbps, 9);
    expect(plan.networkGbpsNeededPerFfnGpu).toBeCloseTo(gbps, 9);
  });

  for (const change of [{}, { commOverlap: "duplex" }, { stages: 4 }] as Partial<AfdPlanInput>[]) {
    it(`fits the achieved NIC rate on both sides, ${JSON.stringify(change)}`, () => {
      for (const plan of planAfd({ ...STEP3_H800, ...change }).plans) {
        expect(plan.networkGbpsNeededPerAttentionGpu).toBeLessThanOrEqual(achievedGbps * (1 + 1e-9));
        expect(plan.networkGbpsNeededPerFfnGpu).toBeLessThanOrEqual(achievedGbps * (1 + 1e-9));
      }
    });
  }

  it("counts attention instances per FFN GPU", () => {
    const plan = planAfd(STEP3_H800).plans.find((candidate) => candidate.attentionInstances > candidate.ffnInstances)!;
    const ratio = plan.attentionInstances / plan.ffnInstances;

    expect(plan.networkGbpsNeededPerFfnGpu).toBeCloseTo(plan.networkGbpsNeededPerAttentionGpu * ratio, 9);
  });
});

describe("context distributions", () => {
  it("rejects layouts beyond the longest context", () => {
    const result = planAfd({ ...getDeepSeek(), context: [{ tokens: 4096, weight: 0.999 }, { tokens: 4 * 1024 * 1024, weight: 0.001 }] });

    const bindings = new Set(result.infeasible.map((layout) => layout.binding));

    expect(result.plans).toEqual([]);
    expect(bindings.has("attention-hbm-capacity")).toBe(true);
    expect([...bindings].every((binding) => ["attention-hbm-capacity", "ffn-parallelism", "ffn-hbm-capacity"].includes(binding))).toBe(true);
  });

  it("keeps huge weights finite", () => {
    const result = planAfd({ ...STEP3_H800, context: [{ tokens: 2048, weight: 1e308 }, { tokens: 8192, weight: 1e308 }] });

    expect(result.averageContextTokens).toBe(5120);
  });
});

function getDeepSeek(): AfdPlanInput {
  return { ...STEP3_H800, model: getModel("deepseek-v3") };
}

describe("instance size", () => {
  const rates = (gpusPerInstance: number) => planRates(resolveAfdInput({ ...STEP3_H800, gpusPerInstance }));

  it("keeps each GPU's NIC share", () => {
    const perServer = rates(8);

    expect(perServer.attentionNicBytesPerSecond).toBeCloseTo((161.3 / 400) * 50e9, 3);
    expect(rates(2).attentionNicBytesPerSecond).toBe(perServer.attentionNicBytesPerSecond);
    expect(rates(4).ffnNicBytesPerSecond).toBe(perServer.ffnNicBytesPerSecond);
  });

  it("scales GPUs with instance size", () => {
    const plan = best({ gpusPerInstance: 4 });

    expect(plan.gpus).toBe(4 * (plan.attentionInstances + plan.ffnInstances));
  });
});

/** Qwen3-32B with 7 KV heads, which do not divide its 64 query heads. */
function kvHeadsNotDividingQueryHeads(): AfdPlanInput["model"] {
  const model = structuredClone(getModel("qwen3-32b"));
  const attention = model.layers[0]!.attention as { numKvHeads?: number };
  attention.numKvHeads = 7;
  return model;
}

/** Step-3 with the routed expert count of its MoE layers left null, as the catalog allows. */
function withoutRoutedExpertCount(): AfdPlanInput["model"] {
  const model = structuredClone(getModel("step-3"));
  for (const layer of model.layers) if (layer.ffn.kind === "moe") layer.ffn.numRoutedExperts = null;
  return model;
}

describe("option defaults", () => {
  it("takes the default for a fraction given as undefined", () => {
    const plan = planAfd({ ...STEP3_H800, efficiency: { nicEfficiency: undefined } });
    expect(plan.efficiency).toEqual(DEFAULT_EFFICIENCY);
  });

  it("keeps the defaults frozen", () => {
    expect(Object.isFrozen(DEFAULT_EFFICIENCY)).toBe(true);
  });

  it("names NaN and Infinity in messages", () => {
    expect(() => planAfd({ ...STEP3_H800, tpotMs: Number.NaN })).toThrow(/Invalid tpotMs NaN/);
    expect(() => planAfd({ ...STEP3_H800, efficiency: { hbmEfficiency: Number.POSITIVE_INFINITY } })).toThrow(/Invalid efficiency.hbmEfficiency Infinity/);
  });
});

describe("invalid options", () => {
  const cases: [string, Partial<AfdPlanInput>][] = [
    ["tpotMs", { tpotMs: 0 }],
    ["stages", { stages: 5 as 3 }],
    ["efficiency.nicEfficiency", { efficiency: { nicEfficiency: 1.5 } }],
    ["efficiency.hbmEfficiency", { efficiency: { hbmEfficiency: 0 } }],
    ["context[0].tokens", { context: -1 }],
    ["context", { context: [] }],
    ["commOverlap", { commOverlap: "half" as "sum" }],
    ["maxAttentionInstances", { maxAttentionInstances: 0 }],
    ["measuredTpotMs", { measuredTpotMs: -3 }],
    ["kvElementType", { kvElementType: "fp6" as "fp8" }],
    ["stateElementType", { stateElementType: "fp4" as "fp8" }],
    ["tpotMs", { tpotMs: 1e30 }],
    ["maxFfnInstances", { maxFfnInstances: 65 }],
    ["model", { model: undefined as unknown as AfdPlanInput["model"] }],
    ["ffnAccelerator", { ffnAccelerator: { id: "x" } as unknown as AfdPlanInput["ffnAccelerator"] }],
    ["gpusPerInstance", { gpusPerInstance: 2.5 }],
    ["gpusPerInstance", { gpusPerInstance: 16 }],
    ["commOverlap", { stages: 4, commOverlap: "duplex" }],
    ["model", { model: kvHeadsNotDividingQueryHeads() }],
    ["context", { context: { tokens: 4096, weight: 1 } as unknown as number }],
    ["context[0]", { context: [null as unknown as { tokens: number; weight: number }] }],
    ["includeLmHead", { includeLmHead: "no" as unknown as boolean }],
    ["tpotMs", { tpotMs: 10n as unknown as number }],
    ["memoryFraction", { memoryFraction: 1n as unknown as number }],
    ["context", { context: 4096n as unknown as number }],
    ["measuredTpotMs", { measuredTpotMs: 1e23 }],
    ["efficiency", { efficiency: [] as unknown as AfdPlanInput["efficiency"] }],
    ["efficiency", { efficiency: "x" as unknown as AfdPlanInput["efficiency"] }],
    ["efficiency", { efficiency: new Map() as unknown as AfdPlanInput["efficiency"] }],
    ["efficiency.nicEfficency", { efficiency: { nicEfficency: 0.5 } as unknown as AfdPlanInput["efficiency"] }],
    ["context[1].tokens", { context: [{ tokens: 4096, weight: 1 }, { tokens: 4096, weight: 2 }] }],
    ["reportRounding", { reportRounding: 1 as unknown as boolean }],
    ["sharedInDenominator", { sharedInDenominator: "false" as unknown as boolean }],
    ["maxInstances", { maxInstances: 64 } as Partial<AfdPlanInput>],
    ["nicEfficiency", { nicEfficiency: 0.8 } as Partial<AfdPlanInput>],
    ["tpotMs", { tpotMs: 0.29, reportRounding: true }],
    ["model.layers.4.ffn.numRoutedExperts", { model: withoutRoutedExpertCount() }],
  ];

  for (const [field, change] of cases) {
    it(`rejects ${field}`, () => {
      let caught: unknown;
      try {
        planAfd({ ...STEP3_H800, ...change });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(AfdError);
      expect((caught as AfdError).code).toBe("INVALID_OPTION");
      expect((caught as AfdError).field).toBe(field);
    });
  }
});

describe("a model without its routed expert count", () => {
  const model = withoutRoutedExpertCount();
  const moe = model.layers[4]!.ffn;

  // Planned as if only the top-k experts existed, Step-3's FFN weights would shrink 12-fold.
  it.each([
    ["planColocatedBaseline", () => planColocatedBaseline({ model, accelerator: getAccelerator("h800"), tpotMs: 50 })],
    ["moeSparsity", () => moeSparsity(model)],
    ["chooseFfnParallelism", () => chooseFfnParallelism(model, 8, 2, "auto")],
    ["ffnWeightBytes", () => ffnWeightBytes(moe, 7168, 1)],
    ["ffnWeightReadBytes", () => ffnWeightReadBytes(moe, 7168, 1, 2048)],
  ])("is rejected by %s", (_name, call) => {
    expect(call).toThrow(AfdError);
    expect(call).toThrow(/numRoutedExperts null: expected the number of routed experts/);
  });
});

describe("notes", () => {
  it("notes a missing vocabulary size", () => {
    const model = { ...getModel("step-3"), vocabSize: null };
    const without = planAfd({ ...STEP3_H800, model });
    expect(without.notes).toEqual([expect.stringMatching(/gives no vocabulary size/)]);
    expect(without.attentionWeightBytesPerGpu).toBeLessThan(planAfd(STEP3_H800).attentionWeightBytesPerGpu);
    expect(planAfd(STEP3_H800).notes).toEqual([]);
  });

  it("counts tied embeddings once", () => {
    const step3 = getModel("step-3");
    const tied = planAfd({ ...STEP3_H800, model: { ...step3, tiedEmbeddings: true } });
    const untied = planAfd(STEP3_H800);

    expect(untied.attentionWeightBytesPerGpu - tied.attentionWeightBytesPerGpu).toBe(step3.vocabSize! * step3.hiddenSize * 2);
  });

  it("names the fix for a fraction given outside efficiency", () => {
    const misplaced = { ...STEP3_H800, hbmEfficiency: 0.6 } as AfdPlanInput;
    expect(() => planAfd(misplaced)).toThrow(/Unknown option "hbmEfficiency": achievable fractions go inside efficiency/);
  });
});

describe("slowest stage", () => {
  it("matches the binding for Step-3", () => {
    const best = planAfd(STEP3_H800).plans[0]!;
    expect(best.binding).toBe("network");
    expect(best.slowestStage).toBe("network");
  });

  it("differs when the next token overtakes", () => {
    const h20 = getAccelerator("h20");
    const best = planAfd({ ...STEP3_H800, model: getModel("kimi-k2"), attentionAccelerator: h20, ffnAccelerator: h20, context: 131072 }).plans[0]!;
    expect(best.tokensPerAttentionGpu).toBe(2);
    expect(best.binding).toBe("attention-compute");
    expect(best.slowestStage).toBe("ffn-weight-read");
  });
});

describe("FFN parallelism", () => {
  it("uses expert parallelism where Step-3's 48 experts divide over the FFN GPUs", () => {
    const plans = planAfd(STEP3_H800).plans;
    // 48 experts over 16 GPUs (2 instances) divide evenly; over 24 GPUs (3 instances) too.
    expect(plans.find((plan) => plan.ffnInstances === 2)!.ffnParallelism).toBe("ep");
    // Over 40 GPUs they do not, and 5120 / 8 with 48 / 5 experts does not either.
    expect(plans.find((plan) => plan.ffnInstances === 5)!.ffnParallelism).toBe("ep+tp");
  });

  it("rejects layouts a forced expert parallelism cannot split", () => {
    const result = planAfd({ ...STEP3_H800, ffnParallelism: "ep" });
    expect(result.infeasible).toContainEqual({ attentionInstances: 1, ffnInstances: 5, binding: "ffn-parallelism" });
    expect(result.plans.every((plan) => plan.ffnParallelism === "ep")).toBe(true);
  });

  it.each(["ep", "ep+tp"] as const)("rejects %s on a dense model", (ffnParallelism) => {
    const dense = { ...STEP3_H800, model: getModel("qwen3-32b"), ffnParallelism };
    let caught: unknown;
    try {
      planAfd(dense);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AfdError);
    expect((caught as AfdError).code).toBe("INVALID_OPTION");
    expect((caught as AfdError).field).toBe("ffnParallelism");
    expect((caught as AfdError).message).toContain("qwen3-32b");
    expect((caught as AfdError).message).toContain('"tp" or "auto"');
  });

  it("splits a dense model by tensor parallelism", () => {
    const plans = planAfd({ ...STEP3_H800, model: getModel("qwen3-32b") }).plans;
    expect(plans.length).toBeGreaterThan(0);
    expect(plans.every((plan) => plan.ffnParallelism === "tp")).toBe(true);
  });
});

describe("sparsity report", () => {
  it("gives s_min at the nominal NIC rate and at the planner's NIC fraction", () => {
    const { sparsity } = planAfd(STEP3_H800);
    expect(sparsity.minimumSparsity).toBeCloseTo(0.05815, 4);
    expect(sparsity.minimumSparsityAtNicEfficiency).toBeCloseTo(sparsity.minimumSparsity / (161.3 / 400), 10);
    // At the measured StepMesh rate Step-3's 4/49 is below s_min, so the network binds.
    expect(sparsity.sparsity).toBeLessThan(sparsity.minimumSparsityAtNicEfficiency);
  });
});

describe("batch thresholds of the plan", () => {
  it("keep Step-3's 3,620 with BF16 FFN weights, whose peak halves and bytes double", () => {
    const fp8 = planAfd(STEP3_H800).sparsity;
    const bf16 = planAfd({ ...STEP3_H800, ffnElementType: "bf16" }).sparsity;
    expect(fp8.moeBatch).toBeCloseTo(3620.149, 3);
    expect(bf16.moeBatch / fp8.moeBatch).toBeCloseTo((9.89e14 * 2) / 1.98e15, 12);
    expect(bf16.minimumSparsity / fp8.minimumSparsity).toBeCloseTo((9.89e14 * 2) / 1.98e15, 12);
  });

  it("scale the MoE threshold by the FLOP and HBM fractions", () => {
    const sparsity = planAfd(STEP3_H800).sparsity;
    expect(sparsity.moeBatchAtEfficiency).toBeCloseTo((sparsity.moeBatch * 0.6) / 0.5, 9);
  });
});

describe("the search's ceiling", () => {
  // A one-layer model with a hidden size of 1: nothing but the search's ceiling stops its batch.
  const tiny = importHfConfigText(
    JSON.stringify({
      architectures: ["DeepseekV3ForCausalLM"],
      model_type: "deepseek_v3",
      hidden_size: 1,
      intermediate_size: 1,
      moe_intermediate_size: 1,
      num_hidden_layers: 1,
      first_k_dense_replace: 0,
      num_attention_heads: 1,
      num_key_value_heads: 1,
      n_routed_experts: 1,
      n_shared_experts: 1,
      num_experts_per_tok: 1,
      q_lora_rank: 1,
      kv_lora_rank: 1,
      qk_nope_head_dim: 1,
      qk_rope_head_dim: 1,
      v_head_dim: 1,
      vocab_size: 1,
    }),
  ).model;

  it("names the ceiling rather than a stage when it stops the batch", () => {
    const plan = planAfd({ ...STEP3_H800, model: tiny, maxAttentionInstances: 1, maxFfnInstances: 1 }).plans[0]!;
    expect(plan.tokensPerAttentionGpu).toBe(1 << 20);
    expect(plan.binding).toBe("search-limit");
  });

  it("names the ceiling in the co-located baseline too", () => {
    const baseline = planColocatedBaseline({ model: tiny, accelerator: getAccelerator("h800"), tpotMs: 50 });
    expect(baseline.batchPerGpu).toBe(1 << 20);
    expect(baseline.binding).toBe("search-limit");
  });
});
