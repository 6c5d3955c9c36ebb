import { getAccelerator, getModel } from "@modelsys/catalog";
import { describe, expect, it } from "vitest";

import { catchRooflineError } from "./roofline-error.test-helpers.js";
import { ffnFlopsPerToken } from "./ffn-flops.js";
import type { DecodeCostModel } from "./decode-model.js";
import { modelDecodeCost } from "./model-decode-cost.js";
import type { PricedAccelerator } from "./priced-accelerator.js";
import { acceleratorTokenCost } from "./token-cost.js";
import { unitCosts } from "./unit-costs.js";

/** Step-3 with only the fields the cost reads: 4 dense layers of 18432, then 56 MoE and 1 dense. */
function handBuiltStep3(): DecodeCostModel {
  const attention = { kind: "mfa", numQueryHeads: 64, headDim: 256, queryRank: 2048, keyReuse: false } as const;
  const dense = { attention, ffn: { kind: "dense", intermediateSize: 18432 }, cacheElementType: "fp8" } as const;
  const moe = {
    attention,
    ffn: { kind: "moe", numActiveExperts: 3, numSharedExperts: 1, expertIntermediateSize: 5120, sharedIntermediateSize: 5120 },
    cacheElementType: "fp8",
  } as const;
  return { id: "my-step-3", hiddenSize: 7168, layers: [dense, dense, dense, dense, ...Array<typeof moe>(56).fill(moe), dense] };
}

/** H800 with only the fields pricing reads: price, FP8 peak and HBM bandwidth. */
const HAND_BUILT_H800: PricedAccelerator = {
  id: "my-h800",
  priceUsdPerHour: 2,
  peakFlopsPerSecond: { fp8: 1.98e15 },
  hbmBandwidthBytesPerSecond: 3.35e12,
};

describe("hand-built descriptors", () => {
  it("model with only the fields read", () => {
    const cost = modelDecodeCost(handBuiltStep3(), { contextTokens: 8192 });
    const builtIn = modelDecodeCost(getModel("step-3"), { contextTokens: 8192 });

    expect(cost.modelId).toBe("my-step-3");
    expect(cost.kvBytes).toBe(255_852_544);
    expect(cost.attentionFlops).toBe(32_749_125_632);
    expect(cost.linearFlops).toBe(20_660_092_928);
    expect(cost.ffnFlops).toBe(53_288_632_320);
    expect(cost.kinds).toEqual(builtIn.kinds);
  });

  it("accelerator with only the fields read", () => {
    const cost = modelDecodeCost(getModel("step-3"), { contextTokens: 8192 });
    const priced = acceleratorTokenCost(cost, HAND_BUILT_H800);
    const builtIn = acceleratorTokenCost(cost, getAccelerator("h800"));

    expect(priced).toEqual({ ...builtIn, acceleratorId: "my-h800" });
    expect(unitCosts(HAND_BUILT_H800)).toEqual(unitCosts(getAccelerator("h800")));
  });

  it("BF16 peak when FP8 is null", () => {
    const a800 = getAccelerator("a800");
    const handBuilt = {
      id: "my-a800",
      priceUsdPerHour: 0.75,
      peakFlopsPerSecond: { bf16: 3.12e14, fp8: null },
      hbmBandwidthBytesPerSecond: 2e12,
    };

    expect(unitCosts(handBuilt)).toEqual(unitCosts(a800));
  });

  it("MoE without shared experts needs no shared width", () => {
    const ffn = { kind: "moe", numActiveExperts: 8, numSharedExperts: 0, expertIntermediateSize: 1536 } as const;

    expect(ffnFlopsPerToken(ffn, 4096)).toBe(2 * 3 * 4096 * 8 * 1536);
  });

  it("extra fields are not an error", () => {
    const model = { ...handBuiltStep3(), comment: "copied from a spreadsheet" };
    expect(modelDecodeCost(model, { contextTokens: 0 }).kvBytes).toBe(0);
  });
});

describe("hand-built descriptors missing a field that is read", () => {
  const cases: [string, (model: Record<string, unknown>) => void, string][] = [
    ["id", (model) => delete model["id"], "model.id"],
    ["hiddenSize", (model) => delete model["hiddenSize"], "model.hiddenSize"],
    ["layers", (model) => delete model["layers"], "model.layers"],
    ["an empty layer list", (model) => (model["layers"] = []), "model.layers"],
    ["a layer's cache type", (model) => delete layer(model, 2)["cacheElementType"], "model.layers.2.cacheElementType"],
    ["a layer's attention", (model) => delete layer(model, 2)["attention"], "model.layers.2.attention"],
    ["an attention head count", (model) => (layer(model, 2)["attention"] = { kind: "mfa", headDim: 256, queryRank: 2048, keyReuse: false }), "model.layers.2.attention.numQueryHeads"],
    ["a dense width", (model) => (layer(model, 0)["ffn"] = { kind: "dense" }), "model.layers.0.ffn.intermediateSize"],
    ["a shared-expert width", (model) => (layer(model, 4)["ffn"] = { kind: "moe", numActiveExperts: 3, numSharedExperts: 1, expertIntermediateSize: 5120 }), "model.layers.4.ffn.sharedIntermediateSize"],
    ["an FFN", (model) => delete layer(model, 4)["ffn"], "model.layers.4.ffn"],
  ];

  for (const [what, remove, field] of cases) {
    it(`names ${what}`, () => {
      const model = JSON.parse(JSON.stringify(handBuiltStep3())) as Record<string, unknown>;
      remove(model);
      const error = catchRooflineError(() => modelDecodeCost(model as unknown as DecodeCostModel, { contextTokens: 8192 }));

      expect(error.code).toBe("INVALID_OPTION");
      expect(error.field).toBe(field);
      expect(error.message).toContain(field);
    });
  }

  it("names a hole in a sparse layer list", () => {
    const model = handBuiltStep3();
    const layers = [...model.layers];
    delete layers[5];
    const error = catchRooflineError(() => modelDecodeCost({ ...model, layers }, { contextTokens: 8192 }));

    expect(error.field).toBe("model.layers.5");
    expect(error.message).toContain("Missing model.layers.5");
  });

  it("says how to supply the field", () => {
    const model = JSON.parse(JSON.stringify(handBuiltStep3())) as Record<string, unknown>;
    delete model["hiddenSize"];
    const error = catchRooflineError(() => modelDecodeCost(model as unknown as DecodeCostModel, { contextTokens: 8192 }));

    expect(error.message).toContain("Missing model.hiddenSize");
    expect(error.message).toContain("such as 7168");
  });

  const acceleratorCases: [string, Record<string, unknown>, string][] = [
    ["the price", { priceUsdPerHour: undefined }, "accelerator.priceUsdPerHour"],
    ["the FP8 peak", { peakFlopsPerSecond: { bf16: 9.89e14 } }, "accelerator.peakFlopsPerSecond.fp8"],
    ["the BF16 peak without FP8", { peakFlopsPerSecond: { fp8: null } }, "accelerator.peakFlopsPerSecond.bf16"],
    ["the bandwidth", { hbmBandwidthBytesPerSecond: undefined }, "accelerator.hbmBandwidthBytesPerSecond"],
    ["the id", { id: undefined }, "accelerator.id"],
  ];

  for (const [what, fields, field] of acceleratorCases) {
    it(`names ${what} of an accelerator`, () => {
      const accelerator = { ...HAND_BUILT_H800, ...fields } as unknown as PricedAccelerator;
      const error = catchRooflineError(() => unitCosts(accelerator));

      expect(error.code).toBe("INVALID_OPTION");
      expect(error.field).toBe(field);
      expect(error.message).toContain(`Missing ${field}`);
    });
  }
});

function layer(model: Record<string, unknown>, index: number): Record<string, unknown> {
  return (model["layers"] as Record<string, unknown>[])[index]!;
}
