import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { runPlanner } from "../test-support.js";

interface PlanJson {
  attentionInstances: number;
  ffnInstances: number;
  gpus: number;
  totalBatchTokens: number;
  tokensPerSecondPerGpu: number;
  tokensPerAttentionGpu: number;
  binding: string;
}

const ACCEPTANCE = [
  "afd",
  "--model",
  "step-3",
  "--attention-hardware",
  "h800",
  "--ffn-hardware",
  "h800",
  "--tpot-ms",
  "50",
  "--context",
  "4096",
  "--attention-dtype",
  "fp8",
];

describe("planner afd", () => {
  it("recommends 2A2F for Step-3 on H800 within 10 % of 4,039 tokens/s per GPU", async () => {
    const result = await runPlanner([...ACCEPTANCE, "--json"]);
    expect(result.code).toBe(0);

    const json = JSON.parse(result.stdout) as { plans: PlanJson[]; efficiency: Record<string, number> };
    const best = json.plans[0]!;
    expect([best.attentionInstances, best.ffnInstances, best.gpus]).toEqual([2, 2, 32]);
    expect(best.totalBatchTokens).toBe(6144);
    expect(Math.abs(best.tokensPerSecondPerGpu - 4039) / 4039).toBeLessThan(0.1);
    expect(json.efficiency).toEqual({ flopEfficiency: 0.6, hbmEfficiency: 0.5, nicEfficiency: 161.3 / 400 });
  });

  it("reports the co-located DeepSeek-V3 baseline with its gap to 2,324", async () => {
    const result = await runPlanner(["afd", "--model", "deepseek-v3", "--json"]);
    const json = JSON.parse(result.stdout) as {
      colocatedBaseline: { referenceTokensPerSecondPerGpu: number; gapToReference: number; impliedNicEfficiency: number; assumptions: string[] };
    };

    expect(result.code).toBe(0);
    expect(json.colocatedBaseline.referenceTokensPerSecondPerGpu).toBe(2324);
    expect(typeof json.colocatedBaseline.gapToReference).toBe("number");
    expect(json.colocatedBaseline.impliedNicEfficiency).toBeCloseTo(0.49, 2);
    expect(json.colocatedBaseline.assumptions.length).toBeGreaterThan(0);
  });

  it("also compares at the 128 sequences per GPU of DeepSeek's profile", async () => {
    const json = JSON.parse((await runPlanner(["afd", "--model", "deepseek-v3", "--json"])).stdout) as {
      colocatedBaseline: { atReferenceBatch: { batchPerGpu: number; referenceTpotMs: number; tokensPerSecondPerGpu: number } };
    };
    const text = (await runPlanner(["afd", "--model", "deepseek-v3"])).stdout;

    expect(json.colocatedBaseline.atReferenceBatch.batchPerGpu).toBe(128);
    expect(json.colocatedBaseline.atReferenceBatch.referenceTpotMs).toBeCloseTo(55.08, 2);
    expect(text).toContain("measured at 128 sequences per GPU, which implies a TPOT of 55.1 ms");
  });

  it("sets the published per-layer time against this model's compute and all-to-all", async () => {
    const json = JSON.parse((await runPlanner(["afd", "--model", "deepseek-v3", "--json"])).stdout) as {
      colocatedBaseline: { atReferenceBatch: { referenceMicroBatchLayerUs: number; attentionAndExpertsUs: number; allToAllUs: number } };
    };
    const text = (await runPlanner(["afd", "--model", "deepseek-v3"])).stdout;
    const point = json.colocatedBaseline.atReferenceBatch;

    // 55.08 ms over 61 layers and two micro-batches.
    expect(point.referenceMicroBatchLayerUs).toBeCloseTo(((128 / 2324) * 1e6) / 122, 6);
    expect(point.attentionAndExpertsUs).toBeLessThan(point.referenceMicroBatchLayerUs);
    expect(point.allToAllUs).toBeGreaterThan(point.referenceMicroBatchLayerUs);
    expect(text).toContain("Per micro-batch of 64 sequences, the published TPOT leaves 451 µs per layer, averaged over all 61 layers; in one MoE layer this model takes");
    expect(text).toContain("At this batch the all-to-all alone sets this model's time, so the gap comes from its rate: 546 µs against 451 µs.");
    expect(text).toContain("DeepSeek's profile simulated balanced routing");
  });

  it("keeps the model family's KV types unless an element type is given", async () => {
    const family = await runPlanner(["afd", "--model", "minimax-m1", "--top", "1"]);
    const fp8 = await runPlanner(["afd", "--model", "minimax-m1", "--top", "1", "--attention-dtype", "fp8"]);
    const familyJson = JSON.parse((await runPlanner(["afd", "--model", "minimax-m1", "--json"])).stdout) as { kvElementType: string | null };

    expect(family.stdout).toContain("FP8 attention, BF16 KV cache");
    expect(fp8.stdout).not.toContain("KV cache");
    expect(familyJson.kvElementType).toBeNull();
  });

  it("names the linear-attention state's type and takes it from --state-dtype", async () => {
    const family = await runPlanner(["afd", "--model", "kimi-linear", "--json"]);
    const bf16 = await runPlanner(["afd", "--model", "kimi-linear", "--state-dtype", "bf16", "--json"]);
    const familyJson = JSON.parse(family.stdout) as { stateElementType: string | null; plans: PlanJson[] };
    const bf16Json = JSON.parse(bf16.stdout) as { stateElementType: string | null; plans: PlanJson[] };

    expect((await runPlanner(["afd", "--model", "minimax-m1", "--top", "1"])).stdout).toContain("FP8 attention, BF16 KV cache, FP32 linear-attention state, FP8 FFN");
    expect((await runPlanner(["afd", "--model", "kimi-linear", "--state-dtype", "bf16", "--top", "1"])).stdout).toContain("BF16 linear-attention state");
    expect((await runPlanner(["afd", "--model", "step-3", "--top", "1"])).stdout).not.toContain("linear-attention state");
    expect(familyJson.stateElementType).toBeNull();
    expect(bf16Json.stateElementType).toBe("bf16");
    // Each of Kimi Linear's 20 KDA layers reads and writes a 2 MiB FP32 state per sequence: halving it lifts the plan.
    expect(bf16Json.plans[0]!.tokensPerSecondPerGpu).toBeGreaterThan(1.5 * familyJson.plans[0]!.tokensPerSecondPerGpu);
  });

  it("names the fix when the network or the FFN HBM binds every layout", async () => {
    const network = await runPlanner(["afd", "--model", "step-3", "--nic-gbps", "1"]);
    const ffnHbm = await runPlanner(["afd", "--model", "kimi-k2", "--ffn-hardware", "ascend-910b", "--max-instances", "1"]);

    expect(network.code).toBe(1);
    expect(network.stderr).toContain("raise --nic-gbps or --nic-efficiency");
    expect(ffnHbm.code).toBe(1);
    expect(ffnHbm.stderr).toContain("use FFN hardware with more HBM");
  });

  it("shows the server NIC bandwidth it planned with", async () => {
    const text = (await runPlanner(["afd", "--model", "step-3", "--ffn-hardware", "l20", "--nic-gbps", "l20=800", "--top", "1"])).stdout;
    const json = JSON.parse((await runPlanner(["afd", "--model", "step-3", "--nic-gbps", "1600", "--json"])).stdout) as { attentionServerNicGbps: number; ffnServerNicGbps: number };

    expect(text).toContain("NIC 0.403 of 3,200 Gbit/s (h800) and 800 Gbit/s (l20) per server");
    expect([json.attentionServerNicGbps, json.ffnServerNicGbps]).toEqual([1600, 1600]);
  });

  it("rejects a single-value flag given twice", async () => {
    const model = await runPlanner(["afd", "--model", "step-3", "--model", "deepseek-v3"]);
    const tpot = await runPlanner(["afd", "--model=step-3", "--tpot-ms", "50", "--tpot-ms=40"]);

    expect(model.code).toBe(2);
    expect(model.stderr).toContain("Invalid --model: given 2 times");
    expect(tpot.code).toBe(2);
    expect(tpot.stderr).toContain("Invalid --tpot-ms: given 2 times");
  });

  it("calls a baseline above the AFD plan a planning bound", async () => {
    const text = (await runPlanner(["afd", "--model", "step-3"])).stdout;
    expect(text).toContain("Read both as planning bounds");
  });

  it("brackets the published figure", async () => {
    const json = JSON.parse((await runPlanner(["afd", "--model", "deepseek-v3", "--json"])).stdout) as {
      colocatedBaseline: { publishedNicRates: { source: string; tokensPerSecondPerGpu: number }[] };
    };
    const text = (await runPlanner(["afd", "--model", "deepseek-v3"])).stdout;

    const [stepMesh, deepEp] = json.colocatedBaseline.publishedNicRates;
    expect(stepMesh!.source).toBe("stepmesh");
    expect(stepMesh!.tokensPerSecondPerGpu).toBeLessThan(2324);
    expect(deepEp!.source).toBe("deepep-ep128-decode");
    expect(deepEp!.tokensPerSecondPerGpu).toBeGreaterThan(2324);
    expect(text).toContain("with StepMesh's NIC fraction 0.403 (-18.2 %");
    expect(text).toContain("The published figure lies between them.");
  });

  it("prints ranked plans and, with --explain, the stage budget", async () => {
    const result = await runPlanner([...ACCEPTANCE, "--explain"]);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ +1 +2A2F +32 +ep /m);
    expect(result.stdout).toContain("273.2 µs per layer");
    expect(result.stdout).toContain("0-3, 60");
    expect(result.stdout).toContain("4-59");
    expect(result.stdout).toContain("Co-located baseline");
  });

  it("explains a binding that differs from the slowest stage", async () => {
    const args = ["afd", "--model", "kimi-k2", "--attention-hardware", "h20", "--ffn-hardware", "h20", "--context", "128K"];
    const json = JSON.parse((await runPlanner([...args, "--json"])).stdout) as { plans: PlanJson[] };
    const best = json.plans[0]!;
    expect(best.binding).toBe("attention-compute");
    expect(best.tokensPerAttentionGpu).toBe(2);

    const result = await runPlanner([...args, "--explain"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "At m_a = 2 the table's slowest stage is ffn-weight-read, but the binding constraint is attention-compute: it takes the most time at m_a = 3, where the plan misses the TPOT target.",
    );
  });

  it("omits the slowest-stage note when they agree", async () => {
    const result = await runPlanner([...ACCEPTANCE, "--explain"]);
    expect(result.stdout).not.toContain("the table's slowest stage is");
  });

  it("moves to 4A2F at 8K context", async () => {
    const result = await runPlanner(["afd", "--model", "step-3", "--context", "8K", "--json"]);
    const best = (JSON.parse(result.stdout) as { plans: PlanJson[] }).plans[0]!;
    expect([best.attentionInstances, best.ffnInstances]).toEqual([4, 2]);
  });

  it("honours --nic-efficiency and --stages", async () => {
    const faster = JSON.parse((await runPlanner(["afd", "--model", "step-3", "--nic-efficiency", "0.8", "--json"])).stdout) as { plans: PlanJson[] };
    expect(faster.plans[0]!.attentionInstances).toBe(4);

    const four = JSON.parse((await runPlanner(["afd", "--model", "step-3", "--stages", "4", "--json"])).stdout) as { stages: number };
    expect(four.stages).toBe(4);
  });

  it("plans over a context distribution", async () => {
    const json = JSON.parse((await runPlanner(["afd", "--model", "step-3", "--context", "2K:3,8K:7", "--json"])).stdout) as {
      contextDistribution: { tokens: number; weight: number }[];
      averageContextTokens: number;
      plans: PlanJson[];
    };
    const at4K = JSON.parse((await runPlanner([...ACCEPTANCE, "--json"])).stdout) as { plans: PlanJson[] };

    expect(json.contextDistribution.map((sample) => sample.tokens)).toEqual([2048, 8192]);
    expect(json.contextDistribution[0]!.weight).toBeCloseTo(0.3, 12);
    expect(json.averageContextTokens).toBeCloseTo(0.3 * 2048 + 0.7 * 8192, 9);
    expect(json.plans[0]!.tokensPerSecondPerGpu).toBeLessThan(at4K.plans[0]!.tokensPerSecondPerGpu);
  });

  it("slows with a BF16 KV cache", async () => {
    const json = JSON.parse((await runPlanner([...ACCEPTANCE, "--kv-dtype", "bf16", "--json"])).stdout) as { kvElementType: string; plans: PlanJson[] };
    const fp8 = JSON.parse((await runPlanner([...ACCEPTANCE, "--json"])).stdout) as { kvElementType: string; plans: PlanJson[] };

    expect(json.kvElementType).toBe("bf16");
    expect(fp8.kvElementType).toBe("fp8");
    expect(json.plans[0]!.tokensPerSecondPerGpu).toBeLessThan(fp8.plans[0]!.tokensPerSecondPerGpu);
  });

  it("takes NIC bandwidth and instance size", async () => {
    const slower = JSON.parse((await runPlanner([...ACCEPTANCE, "--nic-gbps", "h800=1600", "--json"])).stdout) as { plans: PlanJson[] };
    const nominal = JSON.parse((await runPlanner([...ACCEPTANCE, "--json"])).stdout) as { plans: PlanJson[] };
    const small = JSON.parse((await runPlanner([...ACCEPTANCE, "--gpus-per-instance", "4", "--json"])).stdout) as {
      gpusPerInstance: number;
      plans: PlanJson[];
    };

    expect(slower.plans[0]!.tokensPerSecondPerGpu).toBeLessThan(nominal.plans[0]!.tokensPerSecondPerGpu);
    expect(small.gpusPerInstance).toBe(4);
    expect(small.plans[0]!.gpus).toBe(4 * (small.plans[0]!.attentionInstances + small.plans[0]!.ffnInstances));
  });

  it("notes a plan below the target", async () => {
    const result = await runPlanner(["afd", "--model", "step-3", "--tpot-ms", "100"]);

    expect(result.stdout).toMatch(/Plan 1 runs at [\d.]+ ms, below the target, because its binding constraint, attention-hbm-capacity, stops its batch/);
  });

  it("suggests an FP8 KV cache", async () => {
    const wide = await runPlanner(["afd", "--model", "llama-4-maverick", "--context", "512K", "--tpot-ms", "200"]);
    expect(wide.code).toBe(1);
    expect(wide.stderr).toContain("shorten --context, store the KV cache in FP8 with --kv-dtype fp8, or use attention hardware with more HBM.");

    const fp8 = await runPlanner(["afd", "--model", "llama-4-maverick", "--context", "512K", "--tpot-ms", "200", "--kv-dtype", "fp8"]);
    expect(fp8.code).toBe(0);
  });

  it("omits the FP8 hint for an FP8 KV cache", async () => {
    const result = await runPlanner(["afd", "--model", "step-3", "--context", "1M", "--tpot-ms", "200", "--attention-dtype", "fp8"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("shorten --context, or use attention hardware with more HBM.");
    expect(result.stderr).not.toContain("--kv-dtype");
  });

  it("explains too-slow attention hardware", async () => {
    const result = await runPlanner(["afd", "--model", "step-3", "--attention-hardware", "l20"]);

    expect(result.code).toBe(1);
    expect(result.stdout).toContain("attention-memory-bandwidth: 64 layouts");
    expect(result.stdout).toContain("no batch meets the TPOT target");
    expect(result.stderr).toContain("more instances do not shorten it");
  });

  it("blames slow attention whatever the FFN hardware", async () => {
    const result = await runPlanner(["afd", "--model", "deepseek-v3", "--attention-hardware", "l20", "--ffn-hardware", "a800"]);

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Attention alone takes [\d.]+ ms per token on l20/);
    expect(result.stderr).not.toContain("raise --max-instances");
  });

  it("notes a best plan at the instance ceiling", async () => {
    const capped = await runPlanner(["afd", "--model", "minimax-m1"]);
    const wide = await runPlanner(["afd", "--model", "minimax-m1", "--max-instances", "64"]);

    expect(capped.stdout).toContain("Plan 1 uses the most attention instances searched, 8: raise --max-instances");
    expect(wide.stdout).not.toContain("instances searched");
  });

  it("says the baseline runs on the attention hardware", async () => {
    const mixed = await runPlanner(["afd", "--model", "step-3", "--ffn-hardware", "l20"]);

    expect(mixed.stdout).toContain("The baseline runs all 128 GPUs on h800, the attention hardware, so the gap also reflects the FFN instances' l20.");
    expect(mixed.stdout).not.toContain("Read both as planning bounds");
  });

  it("explains a dense model's missing baseline", async () => {
    const result = await runPlanner(["afd", "--model", "qwen3-32b"]);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain("No co-located baseline: qwen3-32b has no MoE layers");
  });

  it("notes cards without an FP8 peak", async () => {
    const result = await runPlanner(["afd", "--model", "step-3", "--ffn-hardware", "a800"]);

    expect(result.stdout).toContain("a800 has no FP8 peak: FP8 compute (FFN) runs at its BF16 peak.");
  });

  it("explains a baseline fitting nothing", async () => {
    const result = await runPlanner(["afd", "--model", "deepseek-v3", "--context", "2M"]);

    expect(result.stdout).toContain("no batch fits, because one sequence needs");
    expect(result.stderr).toContain("shorten --context, or use attention hardware with more HBM");
  });

  it("blames oversized attention weights", async () => {
    const workDir = mkdtempSync(join(tmpdir(), "afd-weights-"));
    try {
      const fixture = fileURLToPath(new URL("../../../../packages/catalog/fixtures/hf-configs/qwen3-32b.json", import.meta.url));
      const config = { ...JSON.parse(readFileSync(fixture, "utf8")), hidden_size: 40960, num_attention_heads: 320, num_key_value_heads: 8, head_dim: 128 };
      const path = join(workDir, "wide.json");
      writeFileSync(path, JSON.stringify(config));
      const result = await runPlanner(["afd", "--model", path, "--context", "2K:0.5,4K:0.5"]);

      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/The attention weights alone take [\d,.]+ GB per attention GPU/);
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  });

  it("rejects a context length given twice", async () => {
    const result = await runPlanner(["afd", "--model", "step-3", "--context", "2K:0.3,2K:0.7"]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain("2048 tokens appears twice");
  });

  it("compares at the H800's own bandwidth", async () => {
    const json = JSON.parse((await runPlanner(["afd", "--model", "deepseek-v3", "--nic-gbps", "3200", "--json"])).stdout) as {
      colocatedBaseline: { referenceTokensPerSecondPerGpu: number | null };
    };

    expect(json.colocatedBaseline.referenceTokensPerSecondPerGpu).toBe(2324);
  });

  it("prints an imported config's notes", async () => {
    const config = fileURLToPath(new URL("../../../../packages/catalog/fixtures/hf-configs/deepseek-v3.json", import.meta.url));
    const text = (await runPlanner(["afd", "--model", config])).stdout;
    const json = JSON.parse((await runPlanner(["afd", "--model", config, "--json"])).stdout) as { importNotes: string[] };

    expect(json.importNotes.length).toBeGreaterThan(0);
    expect(text).toContain(`Import: ${json.importNotes[0]!}`);
  });

  it("exits 1 when no layout meets the target", async () => {
    const result = await runPlanner(["afd", "--model", "step-3", "--tpot-ms", "1"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("No layout meets the target");
    expect(result.stderr).toContain("1.0 ms TPOT target");
  });

  it("compares with 2,324 only at the published DeepSeek-V3 setup", async () => {
    const baselineOf = async (argv: string[]) =>
      (JSON.parse((await runPlanner([...argv, "--json"])).stdout) as { colocatedBaseline: { referenceTokensPerSecondPerGpu: number | null } })
        .colocatedBaseline.referenceTokensPerSecondPerGpu;

    expect(await baselineOf(["afd", "--model", "deepseek-v3"])).toBe(2324);
    expect(await baselineOf(["afd", "--model", "deepseek-v3", "--context", "65536"])).toBeNull();
    expect(await baselineOf(["afd", "--model", "deepseek-v3", "--tpot-ms", "100"])).toBeNull();
    expect(await baselineOf(["afd", "--model", "qwen3-235b-a22b"])).toBeNull();
  });

  it("sizes the baseline with --baseline-gpus", async () => {
    const baselineOf = async (argv: string[]) =>
      (JSON.parse((await runPlanner([...argv, "--json"])).stdout) as { colocatedBaseline: { gpus: number; referenceTokensPerSecondPerGpu: number | null } })
        .colocatedBaseline;
    const sixteen = await baselineOf(["afd", "--model", "deepseek-v3", "--baseline-gpus", "16"]);
    const text = await runPlanner(["afd", "--model", "deepseek-v3", "--baseline-gpus", "16"]);

    expect(sixteen.gpus).toBe(16);
    // DeepSeek's published figure is for 128 GPUs, so a 16-GPU baseline has no reference.
    expect(sixteen.referenceTokensPerSecondPerGpu).toBeNull();
    expect(text.stdout).toContain("Co-located baseline (expert parallelism, no AFD) on 16 h800");
  });

  it("fits less with a smaller --memory-fraction", async () => {
    const planOf = async (argv: string[]) =>
      JSON.parse((await runPlanner([...argv, "--json"])).stdout) as {
        memoryFraction: number;
        attentionCapacityBytes: number;
        plans: PlanJson[];
        colocatedBaseline: { batchPerGpu: number; binding: string };
      };
    const full = await planOf(["afd", "--model", "deepseek-v3"]);
    const small = await planOf(["afd", "--model", "deepseek-v3", "--memory-fraction", "0.35"]);

    expect(full.memoryFraction).toBe(0.9);
    expect(small.memoryFraction).toBe(0.35);
    expect(small.attentionCapacityBytes).toBe(0.35 * 80e9);
    // The baseline's batch, all-to-all bound at 0.9, now stops where HBM runs out.
    expect(full.colocatedBaseline.binding).toBe("all-to-all");
    expect(small.colocatedBaseline.binding).toBe("hbm-capacity");
    expect(small.colocatedBaseline.batchPerGpu).toBeLessThan(full.colocatedBaseline.batchPerGpu);
    expect(small.plans[0]!.tokensPerSecondPerGpu).toBeLessThan(full.plans[0]!.tokensPerSecondPerGpu);
    expect((await runPlanner(["afd", "--model", "step-3", "--memory-fraction", "0.5"])).stdout).toContain("HBM filled to at most 0.5");
  });

  it("names --memory-fraction in the fixes for memory", async () => {
    const ffn = await runPlanner(["afd", "--model", "step-3", "--memory-fraction", "0.05"]);
    const attention = await runPlanner(["afd", "--model", "step-3", "--memory-fraction", "0.05", "--max-instances", "64"]);
    const baseline = await runPlanner(["afd", "--model", "deepseek-v3", "--memory-fraction", "0.3"]);

    expect(ffn.code).toBe(1);
    expect(ffn.stderr).toContain("raise --max-instances, raise --memory-fraction (now 0.05), or use FFN hardware with more HBM");
    expect(attention.stderr).toContain("use attention hardware with more HBM, or raise --memory-fraction (now 0.05)");
    expect(baseline.stdout).toContain("beyond the usable 24.0 GB (0.3 of HBM): raise --baseline-gpus to spread the experts over more GPUs, or raise --memory-fraction (now 0.3)");
  });

  it("notes duplex leaves the baseline", async () => {
    const duplex = await runPlanner(["afd", "--model", "deepseek-v3", "--comm-overlap", "duplex"]);
    const sum = await runPlanner(["afd", "--model", "deepseek-v3"]);

    expect(duplex.stdout).toContain("--comm-overlap duplex applies to the AFD plans only");
    expect(sum.stdout).not.toContain("--comm-overlap duplex applies");
  });

  it("questions a far lower measured TPOT", async () => {
    const far = await runPlanner(["afd", "--model", "step-3", "--measured-tpot-ms", "10"]);
    const near = await runPlanner(["afd", "--model", "step-3", "--measured-tpot-ms", "47.5"]);

    expect(far.stdout).toContain("The measured 10.0 ms TPOT is below plan 1's predicted 50.0 ms");
    expect(near.stdout).not.toContain("is below plan 1's predicted");
  });

  it("prints a fractional NIC bandwidth and one token in plain words", async () => {
    const result = await runPlanner(["afd", "--model", "step-3", "--nic-gbps", "0.5", "--context", "1"]);
    expect(result.stdout).toContain("of 0.500 Gbit/s per server");
    expect(result.stdout).toContain("context 1 token\n");
  });

  it("labels the published TPOT's time per layer as an average over all layers", async () => {
    const result = await runPlanner(["afd", "--model", "deepseek-v3"]);
    expect(result.stdout).toMatch(/leaves 451 µs per layer, averaged over all 61 layers; in one MoE layer this model takes/);
  });

  it("notes a model without a vocabulary size", async () => {
    const result = await runPlanner(["afd", "--model", "step-3.5-flash"]);
    expect(result.stdout).toContain("Note: step-3.5-flash gives no vocabulary size");
  });

  it("shows throughput at the measured TPOT when one is given", async () => {
    const result = await runPlanner([...ACCEPTANCE, "--measured-tpot-ms", "47.5"]);
    expect(result.stdout).toContain("at measured TPOT");
    expect(result.stdout).toContain("4,042");
  });

  it("notes prices from --price", async () => {
    const priced = await runPlanner([...ACCEPTANCE, "--price", "h800=3"]);
    const unpriced = await runPlanner(ACCEPTANCE);

    expect(priced.code).toBe(0);
    expect(priced.stdout).toContain("Prices from --price, in USD per card-hour: h800 3 in place of the catalog's 2.");
    expect(unpriced.stdout).not.toContain("Prices from --price");
  });

  const invalid: [string, string[], string][] = [
    ["a price for hardware the plan does not use", ["afd", "--model", "step-3", "--price", "h20=1"], "h20"],
    ["a missing --model", ["afd"], "--model"],
    ["an unknown attention accelerator", ["afd", "--model", "step-3", "--attention-hardware", "h9000"], "h9000"],
    ["a zero TPOT", ["afd", "--model", "step-3", "--tpot-ms", "0"], '"0"'],
    ["a NIC fraction above 1", ["afd", "--model", "step-3", "--nic-efficiency", "1.5"], "1.5"],
    ["an unknown attention dtype", ["afd", "--model", "step-3", "--attention-dtype", "fp4"], "fp4"],
    ["two contexts", ["afd", "--model", "step-3", "--context", "4096,8192"], "4096,8192"],
    ["a negative context", ["afd", "--model", "step-3", "--context", "-5"], "-5"],
    ["a bad --top", ["afd", "--model", "step-3", "--top", "0"], '"0"'],
    ["a TPOT above a minute", ["afd", "--model", "step-3", "--tpot-ms", "100000000"], "--tpot-ms"],
    ["four stages with full-duplex legs", ["afd", "--model", "step-3", "--stages", "4", "--comm-overlap", "duplex"], "--comm-overlap"],
    ["an instance larger than a server", ["afd", "--model", "step-3", "--gpus-per-instance", "16"], "--gpus-per-instance 16"],
    ["a second price for one accelerator", ["afd", "--model", "step-3", "--price", "h800=2", "--price", "h800=3"], "h800=3"],
    ["a zero context weight", ["afd", "--model", "step-3", "--context", "2K:0,8K:1"], '"2K:0"'],
    ["a zero NIC bandwidth", ["afd", "--model", "step-3", "--nic-gbps", "0"], '"0"'],
    ["a NIC bandwidth for unused hardware", ["afd", "--model", "step-3", "--nic-gbps", "l20=800"], "l20"],
    ["an unknown KV dtype", ["afd", "--model", "step-3", "--kv-dtype", "fp4"], "fp4"],
    ["an unknown state dtype", ["afd", "--model", "kimi-linear", "--state-dtype", "fp4"], "fp4"],
    ["an upper-case id in --price", ["afd", "--model", "step-3", "--price", "H800=3"], 'lower case. Use "h800"'],
    ["an upper-case id in --nic-gbps", ["afd", "--model", "step-3", "--nic-gbps", "H800=1600"], 'lower case. Use "h800"'],
    ["an exponent in --tpot-ms", ["afd", "--model", "step-3", "--tpot-ms", "1e3"], "Write it without an exponent, such as 1000."],
    ["an exponent in a fraction", ["afd", "--model", "step-3", "--hbm-efficiency", "1e-3"], "Write it without an exponent, such as 0.001."],
    ["an exponent in a context weight", ["afd", "--model", "step-3", "--context", "4K:1e-3,8K:1"], "Write it without an exponent, such as 0.001."],
    ["an exponent in --nic-gbps", ["afd", "--model", "step-3", "--nic-gbps", "3.2e3"], "Write it without an exponent, such as 3200."],
    ["--explain with --json", ["afd", "--model", "step-3", "--json", "--explain"], "Drop --explain"],
    ["a baseline size for a dense model", ["afd", "--model", "qwen3-32b", "--baseline-gpus", "16"], "Drop --baseline-gpus"],
    ["a zero baseline size", ["afd", "--model", "deepseek-v3", "--baseline-gpus", "0"], '"0"'],
    ["a memory fraction above 1", ["afd", "--model", "step-3", "--memory-fraction", "1.5"], '"1.5"'],
    ["a state dtype for a model without linear attention", ["afd", "--model", "step-3", "--state-dtype", "bf16"], "Drop --state-dtype"],
    ["a fractional instance size", ["afd", "--model", "step-3", "--gpus-per-instance", "2.5"], '"2.5"'],
    ["a NIC bandwidth above 1 Pbit/s per server", ["afd", "--model", "step-3", "--nic-gbps", "999999999999999999999999"], "maximum is 1,000,000 Gbit/s"],
    ["--tpot instead of --tpot-ms", ["afd", "--model", "step-3", "--tpot", "50"], "--tpot-ms 50"],
  ];

  for (const [name, argv, named] of invalid) {
    it(`exits 2 on ${name}`, async () => {
      const result = await runPlanner(argv);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(named);
    });
  }
});
