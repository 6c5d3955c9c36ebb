import { getAccelerator, getModel, type ModelDescriptor } from "@modelsys/catalog";
import { describe, expect, it } from "vitest";

import { type RooflineError } from "./errors.js";
import { catchRooflineError } from "./roofline-error.test-helpers.js";
import type { PrefillAccelerator, PrefillModel } from "./prefill-inputs.js";
import type { PrefillOptions } from "./prefill-options.js";
import type { PricedAccelerator } from "./priced-accelerator.js";
import { prefillEstimator, prefillTime } from "./prefill-time.js";
import { unitCosts } from "./unit-costs.js";

const model = getModel("qwen3-32b");
const h800 = getAccelerator("h800");

/** Calls prefillTime on Qwen3-32B and H800 with `fields` over a valid 8K prefill on 8 GPUs. */
function prefillWith(fields: Record<string, unknown>): RooflineError {
  return catchRooflineError(() => prefillTime(model, h800, { newTokens: 8192, gpus: 8, ...fields } as PrefillOptions));
}

describe("prefillTime rejects invalid options", () => {
  it("unknown option key", () => {
    const error = prefillWith({ flopEfficency: 0.5 });

    expect(error.field).toBe("flopEfficency");
    expect(error.message).toContain('Unknown option "flopEfficency" of prefillTime');
    expect(error.message).toContain("flopEfficiency");
  });

  it("token counts", () => {
    for (const [field, value] of [["newTokens", 0], ["newTokens", 1.5], ["cachedTokens", -1], ["cachedTokens", Number.NaN]] as const) {
      const error = prefillWith({ [field]: value });

      expect(error.field).toBe(field);
      expect(error.message).toContain(`Invalid ${field} ${String(value)}:`);
      expect(error.message).toContain("whole number");
    }
  });

  it("missing token count", () => {
    const error = prefillWith({ newTokens: undefined });

    expect(error.field).toBe("newTokens");
    expect(error.message).toBe("Missing newTokens: expected the tokens to prefill as a whole number of at least 1.");
  });

  it("token sum beyond safe integers", () => {
    const error = prefillWith({ newTokens: 2, cachedTokens: Number.MAX_SAFE_INTEGER - 1 });

    expect(error.field).toBe("cachedTokens");
    expect(error.message).toContain("sum with newTokens (2)");
  });

  it("unsafe token count, naming the bound", () => {
    const error = prefillWith({ cachedTokens: 2 ** 53 });

    expect(error.field).toBe("cachedTokens");
    expect(error.message).toContain("as a whole number of at least 0, at most Number.MAX_SAFE_INTEGER (2^53 − 1).");
  });

  it("GPU count", () => {
    for (const value of [0, 2.5, "8", undefined]) {
      const error = prefillWith({ gpus: value });

      expect(error.field).toBe("gpus");
      expect(error.value).toBe(value);
      expect(error.message).toContain("such as 8");
    }
  });

  it("efficiencies outside (0, 1]", () => {
    for (const field of ["flopEfficiency", "hbmEfficiency"]) {
      for (const value of [0, -0.5, 1.2, Number.NaN, "0.5"]) {
        const error = prefillWith({ [field]: value });

        expect(error.field).toBe(field);
        expect(error.message).toContain("fraction greater than 0 and at most 1");
      }
    }
  });

  it("element types and short-conv flag", () => {
    expect(prefillWith({ kvElementType: "fp4" }).field).toBe("kvElementType");
    expect(prefillWith({ stateElementType: "FP32" }).field).toBe("stateElementType");
    const error = prefillWith({ includeShortConvState: "yes" });
    expect(error.field).toBe("includeShortConvState");
    expect(error.message).toContain("true or false");
  });

  it("options that are not an object", () => {
    for (const options of [undefined, null, 8192, []]) {
      const error = catchRooflineError(() => prefillTime(model, h800, options as unknown as PrefillOptions));
      expect(error.field).toBe("options");
    }
  });

  it("estimator rejects prompt-only keys", () => {
    const error = catchRooflineError(() => prefillEstimator(model, h800, { gpus: 8, newTokens: 8192 } as never));

    expect(error.field).toBe("newTokens");
    expect(error.message).toContain("of prefillEstimator");
  });

  it("estimator checks each prompt", () => {
    const estimator = prefillEstimator(model, h800, { gpus: 8 });

    expect(catchRooflineError(() => estimator.estimate(0)).field).toBe("newTokens");
    expect(catchRooflineError(() => estimator.estimate(10, -3)).field).toBe("cachedTokens");
    expect(catchRooflineError(() => estimator.kvBytes(-1)).field).toBe("tokens");
  });
});

describe("prefillTime rejects invalid descriptors", () => {
  it("model without weight element type", () => {
    const copy = structuredClone(model) as Partial<ModelDescriptor>;
    delete copy.weightElementType;
    const error = catchRooflineError(() => prefillTime(copy as PrefillModel, h800, { newTokens: 1, gpus: 1 }));

    expect(error.field).toBe("model.weightElementType");
    expect(error.message).toMatch(/^Missing model\.weightElementType in model "qwen3-32b": expected the element type of the served weights, one of /);
    expect(error.message).toContain("Set the field, or start from getModel(id)");
    expect(error.message).not.toContain("undefined");
  });

  it("MoE layer without routed expert count", () => {
    const layer = { attention: { kind: "gqa", numQueryHeads: 8, numKvHeads: 2, headDim: 64 }, cacheElementType: "bf16" } as const;
    const moe = { kind: "moe", numActiveExperts: 2, numSharedExperts: 0, expertIntermediateSize: 256 } as const;
    const handBuilt = (numRoutedExperts?: number | null): PrefillModel => ({
      id: "my-moe",
      hiddenSize: 512,
      weightElementType: "bf16",
      layers: [{ ...layer, ffn: numRoutedExperts === undefined ? moe : { ...moe, numRoutedExperts } }],
    });
    const weightBytes = (numRoutedExperts: number | null) => prefillTime(handBuilt(numRoutedExperts), h800, { newTokens: 1, gpus: 1 }).weightBytes;

    const error = catchRooflineError(() => prefillTime(handBuilt(), h800, { newTokens: 1, gpus: 1 }));
    expect(error.field).toBe("model.layers.0.ffn.numRoutedExperts");
    expect(error.message).toMatch(/^Missing model\.layers\.0\.ffn\.numRoutedExperts in model "my-moe": expected the routed experts per layer /);
    expect(error.message).toContain("null to read only the active experts' weights. Set the field, or start from getModel(id)");
    expect(error.message).not.toContain("undefined");
    // Every routed expert has 3 · 512 · 256 weights of 2 bytes.
    expect(weightBytes(8) - weightBytes(null)).toBe(6 * 3 * 512 * 256 * 2);
  });

  it("model layer field by its path", () => {
    const copy = structuredClone(model) as ModelDescriptor;
    (copy.layers[5] as { ffn: unknown }).ffn = { kind: "dense", intermediateSize: -1 };
    const error = catchRooflineError(() => prefillTime(copy, h800, { newTokens: 1, gpus: 1 }));

    expect(error.field).toBe("model.layers.5.ffn.intermediateSize");
  });

  it("accelerator fields by name", () => {
    const base = { id: "my-card", priceUsdPerHour: 2, peakFlopsPerSecond: { bf16: 1e15 }, hbmBandwidthBytesPerSecond: 3e12 };
    const cases: [Record<string, unknown>, string][] = [
      [{ id: "" }, "accelerator.id"],
      [{ priceUsdPerHour: 0 }, "accelerator.priceUsdPerHour"],
      [{ priceUsdPerHour: Number.NaN }, "accelerator.priceUsdPerHour"],
      [{ peakFlopsPerSecond: { fp8: 2e15 } }, "accelerator.peakFlopsPerSecond.bf16"],
      [{ peakFlopsPerSecond: null }, "accelerator.peakFlopsPerSecond.bf16"],
      [{ hbmBandwidthBytesPerSecond: 0 }, "accelerator.hbmBandwidthBytesPerSecond"],
    ];
    for (const [fields, field] of cases) {
      const card = { ...base, ...fields } as PrefillAccelerator;
      const error = catchRooflineError(() => prefillTime(model, card, { newTokens: 1, gpus: 1 }));

      expect(error.field).toBe(field);
      expect(error.message).toContain("getAccelerator");
    }
    expect(catchRooflineError(() => prefillTime(model, null as never, { newTokens: 1, gpus: 1 })).field).toBe("accelerator");
  });

  it("accelerator errors as pricing words them", () => {
    const card = { id: "my-card", priceUsdPerHour: 2, peakFlopsPerSecond: { fp8: null, bf16: 1e15 }, hbmBandwidthBytesPerSecond: 3e12 };
    for (const fields of [{ id: "" }, { priceUsdPerHour: -1 }, { hbmBandwidthBytesPerSecond: undefined }]) {
      const broken = { ...card, ...fields };
      const prefill = catchRooflineError(() => prefillTime(model, broken as PrefillAccelerator, { newTokens: 1, gpus: 1 }));
      const pricing = catchRooflineError(() => unitCosts(broken as PricedAccelerator));

      expect(prefill.message).toBe(pricing.message);
      expect(prefill.field).toBe(pricing.field);
    }
  });

  it("hand-built accelerator accepted", () => {
    const card = { id: "my-card", priceUsdPerHour: null, peakFlopsPerSecond: { bf16: 9.89e14 }, hbmBandwidthBytesPerSecond: 3.35e12 };
    const time = prefillTime(model, card, { newTokens: 4096, gpus: 8 });

    expect(time.seconds).toBe(prefillTime(model, getAccelerator("h800"), { newTokens: 4096, gpus: 8 }).seconds);
    expect(time.usd).toBeNull();
  });
});
