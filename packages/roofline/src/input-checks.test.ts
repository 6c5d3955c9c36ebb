import { getAccelerator, getModel, type AcceleratorDescriptor, type ModelDescriptor } from "@modelsys/catalog";
import { describe, expect, it } from "vitest";

import { afdTokenCost } from "./afd-cost.js";
import { catchRooflineError } from "./roofline-error.test-helpers.js";
import { ffnFlopsPerToken } from "./ffn-flops.js";
import { modelDecodeCost, type DecodeCostOptions, type ModelDecodeCost } from "./model-decode-cost.js";
import { acceleratorTokenCost, type AcceleratorTokenCost } from "./token-cost.js";
import { unitCosts } from "./unit-costs.js";

/** Returns a copy of a built-in model that a test may break. */
function modelCopy(id = "qwen3-32b"): ModelDescriptor {
  return structuredClone(getModel(id)) as ModelDescriptor;
}

/** Returns a copy of h800 with some fields replaced, as a caller might build one by hand. */
function h800With(fields: Record<string, unknown>): AcceleratorDescriptor {
  return { ...structuredClone(getAccelerator("h800")), ...fields } as AcceleratorDescriptor;
}

describe("modelDecodeCost rejects what it would mis-price", () => {
  it("a context length given as a string, quoted", () => {
    const options = { contextTokens: "8192" } as unknown as DecodeCostOptions;
    const error = catchRooflineError(() => modelDecodeCost(getModel("qwen3-32b"), options));

    expect(error.code).toBe("INVALID_OPTION");
    expect(error.field).toBe("contextTokens");
    expect(error.message).toContain('Invalid context length "8192": expected a non-negative integer number of tokens.');
  });

  it("an unsafe context length, naming the bound", () => {
    const error = catchRooflineError(() => modelDecodeCost(getModel("qwen3-32b"), { contextTokens: 2 ** 60 }));

    expect(error.field).toBe("contextTokens");
    expect(error.message).toContain("at most Number.MAX_SAFE_INTEGER (2^53 − 1)");
  });

  it("a misspelt option instead of ignoring it", () => {
    const options = { contextTokens: 8192, kvElementtype: "bf16" } as unknown as DecodeCostOptions;
    const error = catchRooflineError(() => modelDecodeCost(getModel("qwen3-32b"), options));

    expect(error.code).toBe("INVALID_OPTION");
    expect(error.field).toBe("kvElementtype");
    expect(error.message).toContain('Unknown option "kvElementtype"');
    expect(error.message).toContain("kvElementType");
  });

  it("a dense FFN without its width instead of a NaN FFN cost", () => {
    const model = modelCopy();
    (model.layers[3] as { ffn: unknown }).ffn = { kind: "dense" };
    const error = catchRooflineError(() => modelDecodeCost(model, { contextTokens: 8192 }));

    expect(error.code).toBe("INVALID_OPTION");
    expect(error.field).toBe("model.layers.3.ffn.intermediateSize");
    expect(error.value).toBeUndefined();
    expect(error.message).toContain('Missing model.layers.3.ffn.intermediateSize in model "qwen3-32b"');
  });

  it("an MoE FFN without its shared-expert width", () => {
    const model = modelCopy("deepseek-v3");
    const ffn = model.layers[10]!.ffn as unknown as Record<string, unknown>;
    delete ffn["sharedIntermediateSize"];
    const error = catchRooflineError(() => modelDecodeCost(model, { contextTokens: 8192 }));

    expect(error.field).toBe("model.layers.10.ffn.sharedIntermediateSize");
    expect(error.message).toContain("sharedIntermediateSize");
  });

  it("a model without layers instead of a zero cost", () => {
    const model = modelCopy();
    model.layers = [];
    const error = catchRooflineError(() => modelDecodeCost(model, { contextTokens: 8192 }));

    expect(error.field).toBe("model.layers");
    expect(error.message).toContain("layers");
  });

  it("a value that is not a descriptor instead of a TypeError", () => {
    for (const model of [null, undefined, 42, "qwen3-32b", []]) {
      const error = catchRooflineError(() => modelDecodeCost(model as unknown as ModelDescriptor, { contextTokens: 8192 }));

      expect(error.field).toBe("model");
      expect(error.message).toContain("getModel");
    }
  });

  it("still prices a copy that keeps the schema", () => {
    const model = modelCopy();
    model.id = "my-qwen";

    expect(modelDecodeCost(model, { contextTokens: 8192 }).ffnFlops).toBe(modelDecodeCost(getModel("qwen3-32b"), { contextTokens: 8192 }).ffnFlops);
  });
});

describe("ffnFlopsPerToken rejects a malformed FFN", () => {
  const cases: [string, unknown, unknown][] = [
    ["ffn.intermediateSize", { kind: "dense" }, 4096],
    ["ffn.intermediateSize", { kind: "dense", intermediateSize: "18432" }, 4096],
    ["ffn.kind", { kind: "Dense", intermediateSize: 18432 }, 4096],
    ["ffn.numActiveExperts", { kind: "moe", numActiveExperts: Number.NaN, numSharedExperts: 0, expertIntermediateSize: 1, sharedIntermediateSize: 1 }, 4096],
    ["ffn.numSharedExperts", { kind: "moe", numActiveExperts: 8, numSharedExperts: -1, expertIntermediateSize: 1, sharedIntermediateSize: 1 }, 4096],
    ["ffn", null, 4096],
    ["hiddenSize", { kind: "dense", intermediateSize: 18432 }, 0],
  ];

  for (const [field, ffn, hiddenSize] of cases) {
    it(`names ${field} for ${JSON.stringify(ffn)} at width ${String(hiddenSize)}`, () => {
      const error = catchRooflineError(() => ffnFlopsPerToken(ffn as never, hiddenSize as number));

      expect(error.code).toBe("INVALID_OPTION");
      expect(error.field).toBe(field);
    });
  }
});

describe("acceleratorTokenCost rejects what it would mis-price", () => {
  const cost = modelDecodeCost(getModel("qwen3-32b"), { contextTokens: 8192 });
  const broken: [string, Record<string, unknown>, string][] = [
    ["a missing price (undefined, not null)", { priceUsdPerHour: undefined }, "priceUsdPerHour"],
    ["a NaN price", { priceUsdPerHour: Number.NaN }, "priceUsdPerHour"],
    ["a price given as a string", { priceUsdPerHour: "2" }, "priceUsdPerHour"],
    ["a negative price", { priceUsdPerHour: -2 }, "priceUsdPerHour"],
    ["a zero bandwidth", { hbmBandwidthBytesPerSecond: 0 }, "hbmBandwidthBytesPerSecond"],
    ["missing peaks", { peakFlopsPerSecond: {} }, "peakFlopsPerSecond.fp8"],
    ["a zero FP8 peak", { peakFlopsPerSecond: { bf16: 9.89e14, fp8: 0 } }, "peakFlopsPerSecond.fp8"],
    ["a NaN BF16 peak beside FP8", { peakFlopsPerSecond: { bf16: Number.NaN, fp8: 1.98e15 } }, "peakFlopsPerSecond.bf16"],
  ];

  for (const [what, fields, field] of broken) {
    it(`${what} instead of a NaN or negative cost`, () => {
      const error = catchRooflineError(() => acceleratorTokenCost(cost, h800With(fields)));

      expect(error.code).toBe("INVALID_OPTION");
      expect(error.field).toBe(`accelerator.${field}`);
      expect(error.message).toContain('in accelerator "h800"');
    });

    it(`unitCosts rejects ${what}`, () => {
      expect(catchRooflineError(() => unitCosts(h800With(fields))).field).toBe(`accelerator.${field}`);
    });
  }

  it("a cost that modelDecodeCost did not return instead of a TypeError", () => {
    for (const [bad, field] of [
      [{}, "cost.kvBytes"],
      [null, "cost"],
      [{ ...cost, kinds: undefined }, "cost.kinds"],
      [{ ...cost, linearFlops: Number.NaN }, "cost.linearFlops"],
      [{ ...cost, kinds: [{ ...cost.kinds[0], kvBytes: -1 }] }, "cost.kinds.0.kvBytes"],
    ] as const) {
      const error = catchRooflineError(() => acceleratorTokenCost(bad as unknown as ModelDecodeCost, getAccelerator("h800")));

      expect(error.field).toBe(field);
      expect(error.message).toContain("modelDecodeCost");
    }
  });

  it("an unpriced card is still not an error", () => {
    expect(acceleratorTokenCost(cost, getAccelerator("h100")).priced).toBe(false);
    expect(unitCosts(getAccelerator("h100"))).toBeNull();
  });
});

describe("afdTokenCost rejects entries it would mis-rank", () => {
  const cost = modelDecodeCost(getModel("qwen3-32b"), { contextTokens: 8192 });
  const h800 = acceleratorTokenCost(cost, getAccelerator("h800"));

  it("a list that is not an array", () => {
    expect(catchRooflineError(() => afdTokenCost(h800 as unknown as AcceleratorTokenCost[])).field).toBe("costs");
  });

  it("a priced entry with a NaN cost", () => {
    const bad = { ...h800, acceleratorId: "x", attentionUsdPerMillionTokens: Number.NaN };
    const error = catchRooflineError(() => afdTokenCost([h800, bad]));

    expect(error.field).toBe("costs.1.attentionUsdPerMillionTokens");
  });

  it("an entry without its priced flag", () => {
    const { priced: _priced, ...bad } = h800;
    expect(catchRooflineError(() => afdTokenCost([bad as unknown as AcceleratorTokenCost])).field).toBe("costs.0.priced");
  });
});
