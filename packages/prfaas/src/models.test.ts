import { getAccelerator, getModel, importHfConfig } from "@modelsys/catalog";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { evaluateThroughput, type ThroughputInput } from "./analytical-model.js";
import { CASE_STUDY_H200_PROFILE } from "./case-study.js";
import { rooflineDecode } from "./decode-model.js";
import { defaultThresholdGrid, searchOperatingPoint } from "./grid-search.js";
import { fixedStateBytes, theoreticalKvBytes } from "./kv-bytes.js";
import { empiricalDistribution, logNormalDistribution, type LengthDistribution } from "./length-distribution.js";
import { tablePrefillModel, type PrefillCostModel } from "./prefill-profile.js";
import { CASE_STUDY_ROOFLINE_DECODE, CASE_STUDY_PRESET, resolvePreset } from "./presets.js";
import { estimatePrefillSeconds } from "./roofline-prefill.js";
import { rooflineSplitPrefillModel } from "./roofline-split.js";

const MIB = 2 ** 20;
const h200 = tablePrefillModel(CASE_STUDY_H200_PROFILE);

describe("tablePrefillModel", () => {
  it("fits the published line and quadratic", () => {
    expect(h200.fits.kvBytes.intercept / MIB).toBeCloseTo(172.0, 0);
    expect(h200.fits.kvBytes.slope / 1024).toBeCloseTo(16.74, 1);
    expect(h200.fits.prefillSeconds.c0).toBeCloseTo(0.389, 3);
    expect(h200.fits.prefillSeconds.c1).toBeCloseTo(4.11e-5, 7);
    expect(h200.fits.prefillSeconds.c2).toBeCloseTo(9.48e-11, 12);
  });

  it("matches the table and Φ_kv of 3.19 Gbps at 32K", () => {
    expect(h200.prefillSeconds(32_768)).toBe(1.84);
    const gbps = (h200.kvBytes(32_768) * 8) / h200.prefillSeconds(32_768) / 1e9;
    expect(gbps).toBeCloseTo(3.197, 3);
  });

  it("meets the table at the edges and counts extrapolation", () => {
    const before = h200.extrapolatedLookups;
    expect(h200.prefillSeconds(1023.999)).toBeCloseTo(0.44, 6);
    expect(h200.prefillSeconds(131_072.001)).toBeCloseTo(7.4, 6);
    expect(h200.prefillSeconds(200_000)).toBeGreaterThan(7.4);
    expect(h200.extrapolatedLookups - before).toBe(3);
    expect(h200.isExtrapolated(512)).toBe(true);
    expect(h200.isExtrapolated(4096)).toBe(false);
  });

  it("never shrinks above a concave table", () => {
    // Prefill time grows sublinearly here, so the quadratic fit has c2 < 0 and peaks near 16,500 tokens.
    const concave = tablePrefillModel([
      { tokens: 1000, kvBytes: 1e8, prefillSeconds: 0.5 },
      { tokens: 4000, kvBytes: 4e8, prefillSeconds: 1.2 },
      { tokens: 16_000, kvBytes: 16e8, prefillSeconds: 2.5 },
    ]);
    expect(concave.fits.prefillSeconds.c2).toBeLessThan(0);
    expect(concave.prefillSeconds(100_000)).toBeGreaterThan(concave.prefillSeconds(50_000));
    expect(concave.prefillSeconds(50_000)).toBeGreaterThan(2.5);
  });

  it("grows monotonically above any table", () => {
    const row = fc.record({ kvBytes: fc.double({ min: 1, max: 1e12, noNaN: true }), prefillSeconds: fc.double({ min: 1e-4, max: 100, noNaN: true }) });
    const table = fc.uniqueArray(fc.integer({ min: 1, max: 200_000 }), { minLength: 3, maxLength: 8 }).chain((tokens) =>
      fc.tuple(...[...tokens].sort((a, b) => a - b).map((count) => row.map((values) => ({ tokens: count, ...values })))),
    );
    fc.assert(
      fc.property(table, fc.double({ min: 1, max: 1e6, noNaN: true }), fc.double({ min: 1, max: 1e6, noNaN: true }), (rows, shorter, longer) => {
        const model = tablePrefillModel(rows);
        const last = rows[rows.length - 1]!;
        const [near, far] = [last.tokens + Math.min(shorter, longer), last.tokens + Math.max(shorter, longer)];
        expect(model.prefillSeconds(near)).toBeGreaterThanOrEqual(last.prefillSeconds);
        expect(model.prefillSeconds(far)).toBeGreaterThanOrEqual(model.prefillSeconds(near));
        expect(model.kvBytes(near)).toBeGreaterThanOrEqual(last.kvBytes);
        expect(model.kvBytes(far)).toBeGreaterThanOrEqual(model.kvBytes(near));
      }),
    );
  });

  it("rejects unsorted and short tables", () => {
    expect(() => tablePrefillModel(CASE_STUDY_H200_PROFILE.slice(0, 2))).toThrow(/at least 3 rows/);
    expect(() => tablePrefillModel([...CASE_STUDY_H200_PROFILE].reverse())).toThrow(/sort the rows/);
  });
});

describe("roofline split to H20", () => {
  it("grows the H20/H200 ratio with length", () => {
    const h20 = rooflineSplitPrefillModel({
      source: h200,
      sourceAccelerator: getAccelerator("h200"),
      targetAccelerator: getAccelerator("h20"),
      memoryBoundSeconds: h200.fits.prefillSeconds.c0,
      relativeEfficiency: 1,
    });
    const ratio = (tokens: number) => h20.prefillSeconds(tokens) / h200.prefillSeconds(tokens);
    // The published ratios 1.84, 5.35 and 6.39 use the rounded intercept a = 0.389 s.
    expect(ratio(1024)).toBeCloseTo(1.84, 1);
    expect(ratio(27_486)).toBeCloseTo(5.35, 1);
    expect(ratio(131_072)).toBeCloseTo(6.39, 2);
  });
});

describe("rooflineDecode", () => {
  it("gives BS_max 287 and a 31 ms step for the case study", () => {
    const lengths = logNormalDistribution(CASE_STUDY_PRESET.workload.inputLengths);
    const decode = rooflineDecode({
      accelerator: getAccelerator("h20"),
      gpus: 8,
      kvBytes: (tokens) => h200.kvBytes(tokens),
      meanInputTokens: lengths.meanTokens,
      outputTokens: 1024,
      weightBytes: CASE_STUDY_ROOFLINE_DECODE.weightBytes,
      activeParameters: CASE_STUDY_ROOFLINE_DECODE.activeParameters,
    });
    expect(decode.bsMax).toBe(287);
    expect(decode.stepTimeS * 1000).toBeCloseTo(31, 0);
    expect(decode.stepTimeAt(1, 1000)).toBeLessThan(decode.stepTimeS);
  });

  it("rejects weights that leave no room", () => {
    expect(() =>
      rooflineDecode({ accelerator: getAccelerator("h20"), gpus: 1, kvBytes: () => 1e9, meanInputTokens: 1, outputTokens: 1, weightBytes: 1e12, activeParameters: 1 }),
    ).toThrow(/leaves no room/);
  });
});

describe("theoreticalKvBytes and estimatePrefillSeconds", () => {
  const kimi = getModel("kimi-linear");

  it("adds fixed KDA state to growing MLA cache", () => {
    // One stored fp32 state of 32 heads × 128 × 128 per KDA layer, 20 KDA layers.
    const zero = theoreticalKvBytes(kimi, 0);
    expect(zero).toBe(20 * 32 * 128 * 128 * 4);
    expect(fixedStateBytes(kimi)).toBe(zero);
    expect(theoreticalKvBytes(kimi, 1000) - zero).toBe(7 * 576 * 1 * 1000);
  });

  it("stores one GDN state per value head", () => {
    // Qwen3-Next-80B-A3B from the transformers Qwen3NextConfig defaults: 36 Gated DeltaNet layers
    // of 32 value heads × 128 × 128 fp32, 12 gated GQA layers of 2 KV heads × 256 at FP8.
    const config = {
      architectures: ["Qwen3NextForCausalLM"],
      hidden_size: 2048,
      num_hidden_layers: 48,
      num_attention_heads: 16,
      num_experts: 512,
      num_experts_per_tok: 10,
      moe_intermediate_size: 512,
    };
    const qwen = importHfConfig(config, { file: "qwen3-next.json" }).model;

    expect(fixedStateBytes(qwen)).toBe(36 * 32 * 128 * 128 * 4);
    // Kernel 4 keeps 3 inputs of 2 · 16 · 128 + 32 · 128 = 8,192 channels per layer.
    expect(fixedStateBytes(qwen, { includeShortConvState: true }) - fixedStateBytes(qwen)).toBe(36 * 3 * 8192 * 4);
    expect(theoreticalKvBytes(qwen, 1000) - fixedStateBytes(qwen)).toBe(12 * 2 * 2 * 256 * 1000);
  });

  it("writes one copy of the state in a memory-bound prefill", () => {
    // With unlimited FLOP/s the estimate is bytes / bandwidth, so two state element types differ
    // by the difference of one stored state: 20 layers × 32 × 128 × 128 × (4 − 2) bytes.
    const h200 = getAccelerator("h200");
    const options = { accelerator: { ...h200, peakFlopsPerSecond: { ...h200.peakFlopsPerSecond, bf16: 1e30 } }, gpus: 8, hbmEfficiency: 0.5 };
    const bytesPerSecond = 8 * h200.hbmBandwidthBytesPerSecond * 0.5;
    const bytes = (cached: number, stateElementType: "fp32" | "bf16") => estimatePrefillSeconds(kimi, 1, cached, { ...options, stateElementType }) * bytesPerSecond;
    expect(bytes(0, "fp32") - bytes(0, "bf16")).toBeCloseTo(20 * 32 * 128 * 128 * 2, -1);
    expect(bytes(4096, "fp32") - bytes(4096, "bf16")).toBeCloseTo(20 * 32 * 128 * 128 * 2, -1);
  });

  it("efficiency above 1 is a PrfaasError", () => {
    for (const field of ["flopEfficiency", "hbmEfficiency"] as const) {
      const call = () => estimatePrefillSeconds(getModel("qwen3-32b"), 10, 0, { accelerator: getAccelerator("h800"), gpus: 8, [field]: 1.5 });
      expect(call).toThrow(expect.objectContaining({ name: "PrfaasError", code: "INVALID_OPTION", field, value: 1.5 }));
    }
  });

  it("grows faster than linearly with length", () => {
    const options = { accelerator: getAccelerator("h200"), gpus: 8 };
    const short = estimatePrefillSeconds(getModel("qwen3-32b"), 8192, 0, options);
    const long = estimatePrefillSeconds(getModel("qwen3-32b"), 65_536, 0, options);
    expect(long / short).toBeGreaterThan(8);
    const cached = estimatePrefillSeconds(getModel("qwen3-32b"), 8192, 57_344, options);
    expect(cached).toBeGreaterThan(short);
    expect(cached).toBeLessThan(long);
  });
});

/** Returns a two-point length law: a share `p` of requests at `long` tokens, the rest at `short`. */
function twoPoint(p: number, short: number, long: number): LengthDistribution {
  const count = 1000;
  const longCount = Math.round(p * count);
  return empiricalDistribution([...new Array<number>(count - longCount).fill(short), ...new Array<number>(longCount).fill(long)]);
}

/** A 4 + 4 instance system whose decode (one sequence per second) binds at every operating point. */
function decodeBoundSystem() {
  return {
    lengths: twoPoint(0.5, 1000, 50_000),
    outputTokens: 512,
    prfaasInstances: 4,
    prfaasPrefill: constantCost(0.1, 1e6),
    pdPrefill: constantCost(0.1, 1e6),
    decode: { bsMax: 1, stepTimeS: 1 },
    egressBitsPerSecond: 1e12,
    serviceTime: "at-mean-length" as const,
    pdInstances: 4,
  };
}

const constantCost = (seconds: number, bytes: number): PrefillCostModel => ({
  prefillSeconds: () => seconds,
  kvBytes: () => bytes,
  stateBytes: bytes,
  bytesPerToken: 0,
});

describe("logNormalDistribution", () => {
  it.each([
    [10_000, 1, 128, 131_072],
    [0, 0.1, 1e6, 2e6],
  ])("rejects mu %s, sigma %s outside [%s, %s]", (mu, sigma, minTokens, maxTokens) => {
    expect(() => logNormalDistribution({ mu, sigma, minTokens, maxTokens })).toThrow(expect.objectContaining({ code: "INVALID_OPTION", field: "mu", value: mu }));
  });

  it("keeps a narrow law inside its bounds", () => {
    const lengths = logNormalDistribution({ mu: Math.log(5000), sigma: 0.01, minTokens: 4000, maxTokens: 6000 });
    expect(lengths.meanTokens).toBeCloseTo(5000, -1);
    expect(lengths.probabilityAbove(5000)).toBeCloseTo(0.5, 2);
  });
});

describe("evaluateThroughput", () => {
  const example: ThroughputInput = {
    lengths: twoPoint(0.4, 1000, 50_000),
    outputTokens: 512,
    thresholdTokens: 10_000,
    prfaasInstances: 2,
    pdPrefillInstances: 2,
    pdDecodeInstances: 4,
    prfaasPrefill: constantCost(2.5, 800 * MIB),
    pdPrefill: constantCost(1.6, 0),
    decode: { bsMax: 64, stepTimeS: 0.05 },
    egressBitsPerSecond: 25e9,
    serviceTime: "at-mean-length",
  };

  it("reproduces the spec's illustrative example", () => {
    const result = evaluateThroughput(example);
    expect(result.offloadShare).toBeCloseTo(0.4, 12);
    expect(result.prfaasComputeRequestsPerSecond).toBeCloseTo(0.8, 12);
    expect(result.prfaasNetworkRequestsPerSecond).toBeCloseTo(3.73, 2);
    expect(result.pdPrefillRequestsPerSecond).toBeCloseTo(1.25, 12);
    expect(result.pdDecodeRequestsPerSecond).toBeCloseTo(10, 12);
    expect(result.maxRequestsPerSecond).toBeCloseTo(2.0, 12);
    expect(result.bottleneck).toBe("prfaas-compute");
    expect(result.egressBitsPerSecond / 1e9).toBeCloseTo(5.37, 2);
  });

  it("offloads nothing without PrfaaS instances", () => {
    // The simulator's routers keep every request local when the PrfaaS cluster has no instance,
    // so the model must not count the long requests as unservable.
    const local = evaluateThroughput({ ...example, prfaasInstances: 0 });
    expect(local.offloadShare).toBe(0);
    expect(local.bottleneck).toBe("pd-prefill");
    expect(local.maxRequestsPerSecond).toBeCloseTo(evaluateThroughput({ ...example, thresholdTokens: Number.POSITIVE_INFINITY }).maxRequestsPerSecond, 12);
    expect(local.egressBitsPerSecond).toBe(0);
    // Offloading every request to no instance leaves no capacity.
    const nowhere = evaluateThroughput({ ...example, prfaasInstances: 0, offloadAll: true });
    expect([nowhere.maxRequestsPerSecond, nowhere.bottleneck]).toEqual([0, "no-capacity"]);
  });

  it("drops the PrfaaS term at p = 0 and the PD-P term at p = 1", () => {
    const none = evaluateThroughput({ ...example, thresholdTokens: Number.POSITIVE_INFINITY });
    expect(none.offloadShare).toBe(0);
    expect(none.longMeanTokens).toBeNull();
    expect(none.maxRequestsPerSecond).toBeCloseTo(2 / 1.6, 12);
    const all = evaluateThroughput({ ...example, offloadAll: true, pdPrefillInstances: 0 });
    expect(all.shortMeanTokens).toBeNull();
    expect(all.maxRequestsPerSecond).toBeCloseTo(0.8, 12);
  });

  it("gives zero with no PD-P and p < 1", () => {
    const result = evaluateThroughput({ ...example, pdPrefillInstances: 0 });
    expect(result.maxRequestsPerSecond).toBe(0);
    expect(result.bottleneck).toBe("no-capacity");
  });

  it.each([
    ["prfaasPrefill", "mean-of-service", Number.NaN],
    ["pdPrefill", "at-mean-length", -1],
  ] as const)("rejects a %s cost model that gives a %s rate", (field, serviceTime, prefillSeconds) => {
    const valid = example[field]!;
    const broken: PrefillCostModel = { ...valid, prefillSeconds: () => prefillSeconds, kvBytes: (tokens) => valid.kvBytes(tokens) };
    const input: ThroughputInput = { ...example, serviceTime, [field]: broken };

    expect(() => evaluateThroughput(input)).toThrow(expect.objectContaining({ code: "INVALID_PROFILE", field }));
  });

  it("gives no PD-P rate without instances at 0 s", () => {
    const free: PrefillCostModel = { ...example.pdPrefill, prefillSeconds: () => 0, kvBytes: () => 0 };
    const result = evaluateThroughput({ ...example, pdPrefill: free, pdPrefillInstances: 0 });

    expect(result.pdPrefillRequestsPerSecond).toBe(0);
    expect(result.maxRequestsPerSecond).toBe(0);
  });

  it("ranks mean-of-service at or below at-mean-length for convex prefill", () => {
    const resolved = resolvePreset(CASE_STUDY_PRESET);
    const input = {
      ...example,
      lengths: resolved.lengths,
      prfaasPrefill: resolved.prfaasPrefill,
      pdPrefill: resolved.pdPrefill,
      thresholdTokens: 19_400,
      egressBitsPerSecond: 100e9,
    };
    const atMean = evaluateThroughput(input);
    const meanOf = evaluateThroughput({ ...input, serviceTime: "mean-of-service" });
    expect(meanOf.prfaasComputeRequestsPerSecond).toBeLessThan(atMean.prfaasComputeRequestsPerSecond);
    expect(meanOf.pdPrefillRequestsPerSecond).toBeLessThan(atMean.pdPrefillRequestsPerSecond);
  });
});

describe("searchOperatingPoint", () => {
  it("covers 100 … 131,000 and +∞", () => {
    const grid = defaultThresholdGrid();
    expect([grid[0], grid[grid.length - 2], grid[grid.length - 1], grid.length]).toEqual([100, 131_000, Number.POSITIVE_INFINITY, 1311]);
  });

  it("rejects an empty or invalid grid", () => {
    const input = decodeBoundSystem();
    expect(() => searchOperatingPoint({ ...input, thresholds: [] })).toThrow(expect.objectContaining({ code: "EMPTY_INPUT", field: "thresholds" }));
    expect(() => searchOperatingPoint({ ...input, pdPrefillCandidates: [] })).toThrow(expect.objectContaining({ code: "EMPTY_INPUT", field: "pdPrefillCandidates" }));
    for (const candidate of [5, -1, 1.5]) {
      expect(() => searchOperatingPoint({ ...input, pdPrefillCandidates: [1, candidate] })).toThrow(
        expect.objectContaining({ code: "INVALID_OPTION", field: "pdPrefillCandidates", value: candidate }),
      );
    }
    expect(() => searchOperatingPoint({ ...input, pdPrefillCandidates: [5] })).toThrow(
      /^Invalid pdPrefillCandidates entry 5: expected a whole number from 0 to pdInstances \(4\), because N_d = pdInstances − N_p\.$/,
    );
  });

  it("breaks ties by lower egress, then larger t, then smaller N_p", () => {
    // Decode binds everywhere, so every point ties on Λ_max.
    const input = {
      ...decodeBoundSystem(),
      thresholds: [500, 2000, 60_000, Number.POSITIVE_INFINITY],
      pdPrefillCandidates: [1, 2],
    };
    const best = searchOperatingPoint(input);
    // N_d = 3 beats N_d = 2, and with p = 0 (t ≥ 50,000) egress is 0: the larger t wins.
    expect(best.pdPrefillInstances).toBe(1);
    expect(best.result.offloadShare).toBe(0);
    expect(best.thresholdTokens).toBe(Number.POSITIVE_INFINITY);
  });
});
