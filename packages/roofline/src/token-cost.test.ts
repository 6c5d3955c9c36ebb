import { BUILTIN_ACCELERATORS, BUILTIN_MODELS, getAccelerator, getModel, ridgePoint, withPrice } from "@modelsys/catalog";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { catchRooflineError } from "./roofline-error.test-helpers.js";
import { modelDecodeCost } from "./model-decode-cost.js";
import { acceleratorTokenCost, type RooflineMode } from "./token-cost.js";

const S_8K = 8192;
/** The nine models of the Step-3 report's cost table. */
const REPORT_MODELS = [
  "step-3",
  "deepseek-v3",
  "kimi-k2",
  "qwen3-235b-a22b",
  "qwen3-32b",
  "ernie-4.5-300b-a47b",
  "pangu-pro-moe",
  "llama-4-maverick",
  "minimax-m1",
];
const PRICED_HARDWARE = ["h800", "h20", "a800", "ascend-910b"];

/** Step-3 at 8K with an FP8 cache, as the Step-3 report's cost model gives it. */
const STEP3 = { kvBytes: 255_852_544, attentionFlops: 32_749_125_632, linearFlops: 20_660_092_928, ffnFlops: 53_288_632_320 };

/** Expected USD per 1M tokens from the cost-model formulas and the report's accelerator table. */
function expectedStep3Cost(priceUsdPerHour: number, peakFlopsPerSecond: number, bandwidthBytesPerSecond: number) {
  const usdPerFlop = priceUsdPerHour / 3600 / peakFlopsPerSecond;
  const usdPerByte = priceUsdPerHour / 3600 / bandwidthBytesPerSecond;
  const attention =
    Math.max(STEP3.attentionFlops * usdPerFlop, STEP3.kvBytes * usdPerByte) + STEP3.linearFlops * usdPerFlop;
  const ffn = STEP3.ffnFlops * usdPerFlop;
  return { attention: attention * 1e6, ffn: ffn * 1e6, colocated: (attention + ffn) * 1e6 };
}

function relativeDifference(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
}

describe("acceleratorTokenCost composition", () => {
  const cost = modelDecodeCost(getModel("step-3"), { contextTokens: S_8K });

  it("Step-3 on h800", () => {
    const h800 = acceleratorTokenCost(cost, getAccelerator("h800"));
    const expected = expectedStep3Cost(2.0, 1.98e15, 3.35e12);

    expect(h800.acceleratorId).toBe("h800");
    expect(h800.priced).toBe(true);
    expect(h800.attentionUsdPerMillionTokens).toBeCloseTo(expected.attention, 14);
    expect(h800.ffnUsdPerMillionTokens).toBeCloseTo(expected.ffn, 14);
    expect(h800.colocatedUsdPerMillionTokens).toBeCloseTo(expected.colocated, 14);
    // Memory-bound: the KV read costs more than the attention FLOPs.
    expect(h800.attentionUsdPerMillionTokens).toBeCloseTo(
      ((STEP3.kvBytes * 2.0) / 3600 / 3.35e12 + (STEP3.linearFlops * 2.0) / 3600 / 1.98e15) * 1e6,
      14,
    );
  });

  it("Step-3 on h20", () => {
    const h20 = acceleratorTokenCost(cost, getAccelerator("h20"));
    const expected = expectedStep3Cost(0.8, 2.96e14, 4.0e12);

    expect(h20.attentionUsdPerMillionTokens).toBeCloseTo(expected.attention, 14);
    expect(h20.ffnUsdPerMillionTokens).toBeCloseTo(expected.ffn, 14);
    expect(h20.colocatedUsdPerMillionTokens).toBeCloseTo(expected.colocated, 14);
    // Compute-bound: attention FLOPs cost more than the KV read.
    expect(h20.attentionUsdPerMillionTokens).toBeCloseTo(
      (((STEP3.attentionFlops + STEP3.linearFlops) * 0.8) / 3600 / 2.96e14) * 1e6,
      14,
    );
  });

  it("Step-3 on a800 and ascend-910b", () => {
    const a800 = acceleratorTokenCost(cost, getAccelerator("a800"));
    const ascend = acceleratorTokenCost(cost, getAccelerator("ascend-910b"));

    expect(a800.colocatedUsdPerMillionTokens).toBeCloseTo(expectedStep3Cost(0.75, 3.12e14, 2.0e12).colocated, 14);
    expect(ascend.colocatedUsdPerMillionTokens).toBeCloseTo(expectedStep3Cost(0.67, 2.8e14, 1.6e12).colocated, 14);
  });

  it("precision 14 rejects a 0.1 % error", () => {
    const expected = expectedStep3Cost(2.0, 1.98e15, 3.35e12).colocated;

    expect(expected * 1.001).not.toBeCloseTo(expected, 14);
    expect(expected * (1 + 1e-15)).toBeCloseTo(expected, 14);
  });

  it("Step-3 attention bound per card", () => {
    const bounds = Object.fromEntries(
      PRICED_HARDWARE.map((id) => [id, acceleratorTokenCost(cost, getAccelerator(id)).attentionBound]),
    );
    const ridges = PRICED_HARDWARE.map((id) => Math.round(ridgePoint(getAccelerator(id))));

    expect(cost.arithmeticIntensity).toBe(128);
    expect(ridges).toEqual([591, 74, 156, 175]);
    expect(bounds).toEqual({ h800: "memory", h20: "compute", a800: "memory", "ascend-910b": "memory" });
  });

  it("unpriced card gives null costs", () => {
    const h100 = acceleratorTokenCost(cost, getAccelerator("h100"));

    expect(h100.priced).toBe(false);
    expect(h100.attentionUsdPerMillionTokens).toBeNull();
    expect(h100.ffnUsdPerMillionTokens).toBeNull();
    expect(h100.colocatedUsdPerMillionTokens).toBeNull();
    expect(h100.attentionBound).toBe("memory");
  });

  it("supplied price scales the cost linearly", () => {
    const atTwo = acceleratorTokenCost(cost, withPrice(getAccelerator("h100"), 2.0));
    const atFive = acceleratorTokenCost(cost, withPrice(getAccelerator("h100"), 5.0));

    expect(atTwo.colocatedUsdPerMillionTokens).toBeCloseTo(expectedStep3Cost(2.0, 1.979e15, 3.35e12).colocated, 14);
    expect(atFive.colocatedUsdPerMillionTokens! / atTwo.colocatedUsdPerMillionTokens!).toBeCloseTo(2.5, 12);
  });
});

describe("acceleratorTokenCost roofline modes", () => {
  for (const modelId of REPORT_MODELS) {
    it(`${modelId} modes agree`, () => {
      for (const contextTokens of [S_8K, 32768]) {
        const cost = modelDecodeCost(getModel(modelId), { contextTokens });
        for (const id of PRICED_HARDWARE) {
          const perKind = acceleratorTokenCost(cost, getAccelerator(id), "perKind");
          const modelTotal = acceleratorTokenCost(cost, getAccelerator(id), "modelTotal");
          const label = `${id} at ${contextTokens}`;

          expect(perKind.attentionBound, label).not.toBe("mixed");
          expect(
            relativeDifference(perKind.attentionUsdPerMillionTokens!, modelTotal.attentionUsdPerMillionTokens!),
            label,
          ).toBeLessThan(1e-12);
          expect(perKind.ffnUsdPerMillionTokens, label).toBe(modelTotal.ffnUsdPerMillionTokens);
        }
      }
    });
  }

  it("perKind is the default", () => {
    const cost = modelDecodeCost(getModel("kimi-linear"), { contextTokens: S_8K });

    expect(acceleratorTokenCost(cost, getAccelerator("h20"))).toEqual(acceleratorTokenCost(cost, getAccelerator("h20"), "perKind"));
  });

  it("rejects an unknown mode", () => {
    const cost = modelDecodeCost(getModel("kimi-linear"), { contextTokens: S_8K });
    const cases: { mode: unknown; shown: string }[] = [
      { mode: "PERKIND", shown: '"PERKIND"' },
      { mode: "bogus", shown: '"bogus"' },
      { mode: { roofline: "perKind" }, shown: '{"roofline":"perKind"}' },
      { mode: null, shown: "null" },
      { mode: 1, shown: "1" },
    ];

    for (const { mode, shown } of cases) {
      const error = catchRooflineError(() => acceleratorTokenCost(cost, getAccelerator("h20"), mode as RooflineMode));

      expect(error.code, shown).toBe("INVALID_OPTION");
      expect(error.field).toBe("roofline");
      expect(error.value).toBe(mode);
      expect(error.message).toContain(`Invalid roofline mode ${shown}`);
      expect(error.message).toContain('"perKind" or "modelTotal"');
    }
  });

  it("undefined mode is the default", () => {
    const cost = modelDecodeCost(getModel("kimi-linear"), { contextTokens: S_8K });

    expect(acceleratorTokenCost(cost, getAccelerator("h20"), undefined)).toEqual(acceleratorTokenCost(cost, getAccelerator("h20"), "perKind"));
  });

  it("Kimi Linear on h20 is mixed", () => {
    const cost = modelDecodeCost(getModel("kimi-linear"), { contextTokens: S_8K });
    const h20 = getAccelerator("h20");
    const perKind = acceleratorTokenCost(cost, h20, "perKind");
    const modelTotal = acceleratorTokenCost(cost, h20, "modelTotal");
    const mla = cost.kinds.find((kind) => kind.attention.kind === "mla")!;
    const kda = cost.kinds.find((kind) => kind.attention.kind === "linear")!;
    const usdPerFlop = 0.8 / 3600 / 2.96e14;
    const usdPerByte = 0.8 / 3600 / 4.0e12;
    const linear = cost.linearFlops * usdPerFlop;

    expect(mla.arithmeticIntensity).toBeGreaterThan(ridgePoint(h20));
    expect(kda.arithmeticIntensity).toBeLessThan(ridgePoint(h20));
    expect(perKind.attentionBound).toBe("mixed");
    expect(perKind.attentionUsdPerMillionTokens).toBeCloseTo(
      (mla.attentionFlops * usdPerFlop + kda.kvBytes * usdPerByte + linear) * 1e6,
      14,
    );
    expect(modelTotal.attentionUsdPerMillionTokens).toBeCloseTo(
      (Math.max(cost.attentionFlops * usdPerFlop, cost.kvBytes * usdPerByte) + linear) * 1e6,
      14,
    );
    expect(relativeDifference(perKind.attentionUsdPerMillionTokens!, modelTotal.attentionUsdPerMillionTokens!)).toBeGreaterThan(1e-3);
  });

  it("Kimi Linear elsewhere is memory-bound", () => {
    const cost = modelDecodeCost(getModel("kimi-linear"), { contextTokens: S_8K });

    for (const id of ["h800", "a800", "ascend-910b"]) {
      const perKind = acceleratorTokenCost(cost, getAccelerator(id), "perKind");
      const modelTotal = acceleratorTokenCost(cost, getAccelerator(id), "modelTotal");

      expect(perKind.attentionBound, id).toBe("memory");
      expect(relativeDifference(perKind.attentionUsdPerMillionTokens!, modelTotal.attentionUsdPerMillionTokens!), id).toBeLessThan(1e-12);
    }
  });
});

describe("acceleratorTokenCost properties", () => {
  const accelerator = fc.oneof(
    fc.constantFrom(...BUILTIN_ACCELERATORS),
    fc
      .record({ accelerator: fc.constantFrom(...BUILTIN_ACCELERATORS), price: fc.double({ min: 0.01, max: 100, noNaN: true }) })
      .map(({ accelerator, price }) => withPrice(accelerator, price)),
  );

  it("non-negative, colocated is the sum", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BUILTIN_MODELS),
        fc.integer({ min: 0, max: 1 << 20 }),
        accelerator,
        fc.constantFrom<RooflineMode>("perKind", "modelTotal"),
        (model, contextTokens, card, roofline) => {
          const cost = modelDecodeCost(model, { contextTokens });
          const priced = acceleratorTokenCost(cost, card, roofline);

          expect(priced.priced).toBe(card.priceUsdPerHour !== null);
          if (!priced.priced) return;

          const attention = priced.attentionUsdPerMillionTokens!;
          const ffn = priced.ffnUsdPerMillionTokens!;
          const colocated = priced.colocatedUsdPerMillionTokens!;
          expect(attention).toBeGreaterThanOrEqual(0);
          expect(ffn).toBeGreaterThanOrEqual(0);
          expect(relativeDifference(colocated, attention + ffn)).toBeLessThan(1e-12);
        },
      ),
    );
  });

  it("perKind never below modelTotal", () => {
    fc.assert(
      fc.property(fc.constantFrom(...BUILTIN_MODELS), fc.integer({ min: 0, max: 1 << 20 }), accelerator, (model, contextTokens, card) => {
        fc.pre(card.priceUsdPerHour !== null);
        const cost = modelDecodeCost(model, { contextTokens });
        const perKind = acceleratorTokenCost(cost, card, "perKind").attentionUsdPerMillionTokens!;
        const modelTotal = acceleratorTokenCost(cost, card, "modelTotal").attentionUsdPerMillionTokens!;

        expect(perKind).toBeGreaterThanOrEqual(modelTotal * (1 - 1e-12));
      }),
    );
  });
});
