import { getAccelerator, getModel } from "@modelsys/catalog";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { DEEPEP_NIC_EFFICIENCY } from "./efficiency.js";
import { AfdError } from "./errors.js";
import { computePeakFlops } from "./layer-profile.js";
import { planAfd } from "./plan.js";
import { afdBytesPerTokenPerLayer, denseBatchForFullMfu, minimumSparsity, moeSparsity } from "./sparsity.js";
import { catchAfdError } from "./test-support.js";

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

  it("takes fractions in (0, 1] only, as the planner does", () => {
    expect(() => denseBatchForFullMfu(1.98e15, 3.35e12, 2, 1)).toThrow(/Invalid flopEfficiency 2: expected a fraction in \(0, 1\]/);
    expect(() => denseBatchForFullMfu(1.98e15, 3.35e12, 1, 0)).toThrow(AfdError);
    expect(() => minimumSparsity({ ...STEP3, accelerator: getAccelerator("h800"), peakFlopsPerSecond: 1.98e15, nicEfficiency: 5 })).toThrow(/nicEfficiency 5/);
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

  it("rejects a sharedInDenominator that is not a boolean", () => {
    for (const value of ["false", 0, null]) {
      const error = catchAfdError(() => moeSparsity(getModel("step-3"), value as never));

      expect(error.code, String(value)).toBe("INVALID_OPTION");
      expect(error.field).toBe("sharedInDenominator");
    }
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

describe("formula inputs", () => {
  it("gives BF16 weights at the BF16 peak the FP8 batch", () => {
    const h800 = getAccelerator("h800");
    const fp8 = denseBatchForFullMfu(h800.peakFlopsPerSecond.fp8!, h800.hbmBandwidthBytesPerSecond);
    const bf16 = denseBatchForFullMfu(h800.peakFlopsPerSecond.bf16, h800.hbmBandwidthBytesPerSecond, 1, 1, 2);
    expect(bf16 / fp8).toBeCloseTo(9.89e14 / 1.98e15 * 2, 12);
  });

  it("rejects values the formulas cannot use", () => {
    const h800 = getAccelerator("h800");
    const sMin = { hiddenSize: 7168, layerCount: 61, accelerator: h800, peakFlopsPerSecond: 1.98e15, tpotMs: 50, stages: 3 };
    expect(() => denseBatchForFullMfu(Number.NaN, 3.35e12)).toThrow(/Invalid peakFlopsPerSecond NaN/);
    expect(() => denseBatchForFullMfu(1.98e15, 0)).toThrow(AfdError);
    expect(() => minimumSparsity({ ...sMin, tpotMs: -50 })).toThrow(/Invalid tpotMs -50/);
    expect(() => minimumSparsity({ ...sMin, accelerator: null as unknown as typeof h800 })).toThrow(/Invalid accelerator/);
    expect(() => afdBytesPerTokenPerLayer(-1)).toThrow(AfdError);
    expect(() => moeSparsity(null as unknown as ReturnType<typeof getModel>)).toThrow(/Invalid model/);
    expect(() => computePeakFlops(h800, "fp4" as "fp8")).toThrow(/Invalid element type "fp4"/);
  });
});

describe("minimum sparsity options", () => {
  const h800 = getAccelerator("h800");
  const sMin = { hiddenSize: 7168, layerCount: 61, accelerator: h800, peakFlopsPerSecond: 1.98e15, tpotMs: 50, stages: 3 };

  it("rejects options that are not an object", () => {
    for (const options of [undefined, null, 42, "h800"]) {
      let caught: unknown;
      try {
        minimumSparsity(options as never);
      } catch (error) {
        caught = error;
      }

      expect(caught, String(options)).toBeInstanceOf(AfdError);
      expect((caught as AfdError).code).toBe("INVALID_OPTION");
      expect((caught as AfdError).field).toBe("options");
    }
  });

  it("rejects a misspelt option name", () => {
    const misspelt = { ...sMin, nicEfficency: 0.4 };
    let caught: unknown;
    try {
      minimumSparsity(misspelt as never);
    } catch (error) {
      caught = error;
    }

    expect(caught).toBeInstanceOf(AfdError);
    expect((caught as AfdError).code).toBe("INVALID_OPTION");
    expect((caught as AfdError).field).toBe("nicEfficency");
    expect((caught as AfdError).message).toContain("nicEfficiency");
  });

  it("accepts undefined optional fields", () => {
    const withUndefined = { ...sMin, nicEfficiency: undefined, bytesPerWeight: undefined };

    expect(minimumSparsity(withUndefined)).toBe(minimumSparsity(sMin));
  });
});

describe("formula results out of range", () => {
  const h800 = getAccelerator("h800");
  const sMin = { hiddenSize: 7168, layerCount: 61, accelerator: h800, peakFlopsPerSecond: 1.98e15, tpotMs: 50, stages: 3 };

  it("dense batch overflow names the input", () => {
    const error = catchAfdError(() => denseBatchForFullMfu(1e308, 1e-10));

    expect(error.code).toBe("INVALID_OPTION");
    expect(error.field).toBe("peakFlopsPerSecond");
    expect(error.message).toContain("the dense batch for full MFU is Infinity");
  });

  it("dense batch underflow to 0", () => {
    const error = catchAfdError(() => denseBatchForFullMfu(1e-320, 1e308));

    expect(error.code).toBe("INVALID_OPTION");
    expect(error.field).toBe("peakFlopsPerSecond");
  });

  it("minimum sparsity overflow names the input", () => {
    const error = catchAfdError(() => minimumSparsity({ ...sMin, peakFlopsPerSecond: 1e308 }));

    expect(error.code).toBe("INVALID_OPTION");
    expect(error.field).toBe("peakFlopsPerSecond");
    expect(error.message).toContain("the minimum sparsity is Infinity");
    expect(error.message).toContain("tpotMs = 50");
  });

  it("minimum sparsity at a tiny TPOT", () => {
    const error = catchAfdError(() => minimumSparsity({ ...sMin, tpotMs: 1e-320 }));

    expect(error.code).toBe("INVALID_OPTION");
    expect(error.field).toBe("tpotMs");
  });

  it("minimum sparsity on a tiny HBM bandwidth", () => {
    const accelerator = { ...h800, hbmBandwidthBytesPerSecond: 1e-300 };
    const error = catchAfdError(() => minimumSparsity({ ...sMin, accelerator }));

    expect(error.field).toBe("accelerator.hbmBandwidthBytesPerSecond");
  });

  it("AFD bytes reject a huge width", () => {
    const error = catchAfdError(() => afdBytesPerTokenPerLayer(1e308));

    expect(error.code).toBe("INVALID_OPTION");
    expect(error.field).toBe("hiddenSize");
  });

  it("results are finite and positive or throw", () => {
    const positive = fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true });
    const fraction = fc.double({ min: Number.MIN_VALUE, max: 1, noNaN: true });
    fc.assert(
      fc.property(positive, positive, fraction, fraction, positive, (peak, bandwidth, flopEfficiency, hbmEfficiency, bytesPerWeight) => {
        let batch: number;
        try {
          batch = denseBatchForFullMfu(peak, bandwidth, flopEfficiency, hbmEfficiency, bytesPerWeight);
        } catch (error) {
          expect(error).toBeInstanceOf(AfdError);
          return;
        }
        expect(Number.isFinite(batch)).toBe(true);
        expect(batch).toBeGreaterThan(0);
      }),
    );
  });
});

describe("planAfd sparsity figures", () => {
  it("names the FFN accelerator's bandwidth on overflow", () => {
    const h800 = getAccelerator("h800");
    const ffnAccelerator = { ...h800, id: "slow-card", hbmBandwidthBytesPerSecond: 1e-300 };
    const error = catchAfdError(() =>
      planAfd({ model: getModel("step-3"), attentionAccelerator: h800, ffnAccelerator, tpotMs: 50, context: 4096 }),
    );

    expect(error.code).toBe("INVALID_OPTION");
    expect(error.field).toBe("ffnAccelerator.hbmBandwidthBytesPerSecond");
    expect(error.value).toBe(1e-300);
    expect(error.message).toContain('"slow-card"');
  });
});

describe("sparsity formula counts", () => {
  const sMin = { hiddenSize: 7168, layerCount: 61, accelerator: getAccelerator("h800"), peakFlopsPerSecond: 1.98e15, tpotMs: 50, stages: 3 };

  it("rejects fractional counts", () => {
    const cases: [Partial<typeof sMin>, string][] = [
      [{ stages: 1.5 }, "stages"],
      [{ layerCount: 2.5 }, "layerCount"],
      [{ hiddenSize: 7168.5 }, "hiddenSize"],
    ];
    for (const [change, field] of cases) {
      const error = catchAfdError(() => minimumSparsity({ ...sMin, ...change }));

      expect(error.code, field).toBe("INVALID_OPTION");
      expect(error.field).toBe(field);
      expect(error.message).toContain("expected a positive integer");
    }
  });

  it("AFD bytes reject a fractional width", () => {
    const error = catchAfdError(() => afdBytesPerTokenPerLayer(0.5));

    expect(error.field).toBe("hiddenSize");
  });
});
