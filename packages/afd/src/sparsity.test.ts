import { getAccelerator, getModel } from "@modelsys/catalog";
import { describe, expect, it } from "vitest";

import { DEEPEP_NIC_EFFICIENCY } from "./efficiency.js";
import { afdBytesPerTokenPerLayer, denseBatchForFullMfu, minimumSparsity, moeSparsity } from "./sparsity.js";

// Step-3 report (arXiv 2507.19427): H = 7168, L = 61, a 50 ms TPOT in three stages.
const STEP3 = { hiddenSize: 7168, layerCount: 61, tpotMs: 50, stages: 3 };

describe("AFD traffic per token", () => {
  it("is 3·H bytes per layer", () => {
    expect(afdBytesPerTokenPerLayer(7168)).toBe(21_504);
    expect(afdBytesPerTokenPerLayer(7168) * 61).toBe(1_311_744);
  });
});

describe("batch for full MFU", () => {
  it("is F / (2·BW) on H800: 295.5 tokens", () => {
    expect(denseBatchForFullMfu(1.98e15, 3.35e12)).toBeCloseTo(295.52, 2);
  });

  it("scales by flopEfficiency / hbmEfficiency", () => {
    expect(denseBatchForFullMfu(1.98e15, 3.35e12, 0.6, 0.5)).toBeCloseTo(295.52 * 1.2, 1);
  });

  it("needs about 3,620 tokens for Step-3's MoE at s = 4/49", () => {
    const sparsity = moeSparsity(getModel("step-3"));
    expect(sparsity).toBeCloseTo(4 / 49, 12);
    expect(denseBatchForFullMfu(1.98e15, 3.35e12) / sparsity).toBeCloseTo(3620.1, 1);
  });
});

describe("MoE sparsity", () => {
  it("counts shared experts in the denominator by default", () => {
    expect(moeSparsity(getModel("deepseek-v3"))).toBeCloseTo(9 / 257, 12);
    expect(moeSparsity(getModel("deepseek-v3"), false)).toBeCloseTo(9 / 256, 12);
    expect(moeSparsity(getModel("step-3"), false)).toBeCloseTo(4 / 48, 12);
  });

  it("is 1 for a dense model", () => {
    expect(moeSparsity(getModel("qwen3-32b"))).toBe(1);
  });
});

describe("minimum sparsity s_min = H·F·L / (Net·BW·T)", () => {
  // T = (2/3)·50 ms / 3 = 11.11 ms; Net is the server's nominal NIC bandwidth in B/s.
  const cases = [
    { id: "h800", peak: 1.98e15, bandwidth: 3.35e12, net: 400e9, expected: 0.05815 },
    { id: "h20", peak: 2.96e14, bandwidth: 4.0e12, net: 400e9, expected: 0.00728 },
    { id: "a800", peak: 3.12e14, bandwidth: 2.0e12, net: 200e9, expected: 0.03069 },
    { id: "ascend-910b", peak: 2.8e14, bandwidth: 1.6e12, net: 200e9, expected: 0.03443 },
  ];

  for (const { id, peak, bandwidth, net, expected } of cases) {
    it(`matches the formula on ${id}`, () => {
      const byHand = (7168 * peak * 61) / (net * bandwidth * ((2 / 3) * 0.05) / 3);
      const computed = minimumSparsity({ ...STEP3, accelerator: getAccelerator(id), peakFlopsPerSecond: peak });

      expect(computed).toBeCloseTo(byHand, 10);
      expect(computed).toBeCloseTo(expected, 4);
    });
  }

  it("is below Step-3's sparsity on H800, so the network keeps up", () => {
    const computed = minimumSparsity({ ...STEP3, accelerator: getAccelerator("h800"), peakFlopsPerSecond: 1.98e15 });
    expect(moeSparsity(getModel("step-3"))).toBeGreaterThan(computed);
  });

  it("rises by 25 % at DeepEP's measured NIC rate", () => {
    const nominal = minimumSparsity({ ...STEP3, accelerator: getAccelerator("h800"), peakFlopsPerSecond: 1.98e15 });
    const measured = minimumSparsity({
      ...STEP3,
      accelerator: getAccelerator("h800"),
      peakFlopsPerSecond: 1.98e15,
      nicEfficiency: DEEPEP_NIC_EFFICIENCY,
    });
    expect(measured / nominal).toBeCloseTo(1.25, 12);
  });
});
