import { isAttentionError } from "@modelsys/attention";
import { describe, expect, it } from "vitest";

import { catchCatalogError } from "./catch-catalog-error.test-helpers.js";
import { getAccelerator, getModel } from "./registry.js";
import { defineAccelerator, defineModel } from "./schema.js";

type MutableModel = Record<string, unknown> & { layers: Record<string, unknown>[] };

/** Copies a built-in model deeply under another id, so that a test may change the copy. */
function copyOf(id: string): MutableModel {
  const copy = structuredClone(getModel(id)) as unknown as MutableModel;
  copy["id"] = `${id}-copy`;
  return copy;
}

describe("defineModel", () => {
  it("accepts a copy of a built-in model", () => {
    const model = defineModel(copyOf("step-3"));

    expect(model.id).toBe("step-3-copy");
    expect(model.layers).toEqual(getModel("step-3").layers);
  });

  it("names the field of a bad top-level value", () => {
    const cases: { field: string; value: unknown }[] = [
      { field: "hiddenSize", value: 0 },
      { field: "hiddenSize", value: 7168.5 },
      { field: "id", value: "Step 3" },
      { field: "layers", value: [] },
      { field: "family", value: "mamba" },
      { field: "source", value: "" },
      { field: "mtpLayers", value: -1 },
    ];

    for (const { field, value } of cases) {
      const input = copyOf("step-3");
      input[field] = value;

      const error = catchCatalogError(() => defineModel(input));

      expect(error.code, `${field} = ${JSON.stringify(value)}`).toBe("INVALID_DESCRIPTOR");
      expect(error.field).toBe(field);
      expect(error.message).toContain(field);
    }
  });

  it("names the field inside a layer", () => {
    const input = copyOf("deepseek-v3");
    input.layers[5]!["cacheElementType"] = "fp4";

    const error = catchCatalogError(() => defineModel(input));

    expect(error.code).toBe("INVALID_DESCRIPTOR");
    expect(error.field).toBe("layers.5.cacheElementType");
    expect(error.message).toContain('"deepseek-v3-copy"');
  });

  it("rejects more active than routed experts", () => {
    const input = copyOf("deepseek-v3");
    input.layers[10]!["ffn"] = { ...(input.layers[10]!["ffn"] as object), numActiveExperts: 300 };

    const error = catchCatalogError(() => defineModel(input));

    expect(error.code).toBe("INVALID_DESCRIPTOR");
    expect(error.field).toBe("layers.10.ffn.numActiveExperts");
  });

  it("rejects KV heads that do not divide query heads", () => {
    const input = copyOf("qwen3-32b");
    input.layers[2]!["attention"] = { ...(input.layers[2]!["attention"] as object), numKvHeads: 3 };

    const error = catchCatalogError(() => defineModel(input));

    expect(error.code).toBe("INVALID_DESCRIPTOR");
    expect(error.field).toBe("layers.2.attention.numKvHeads");
    expect(error.value).toBe(3);
    expect(isAttentionError(error.cause)).toBe(true);
  });

  it("accepts Gated DeltaNet and gated GQA layers", () => {
    const input = copyOf("kimi-linear");
    input["family"] = "qwen3-next";
    input.layers[0]!["attention"] = { kind: "linear", variant: "gdn", numHeads: 32, numKeyHeads: 16, keyHeadDim: 128, valueHeadDim: 128, convKernelSize: 4 };
    input.layers[3]!["attention"] = { kind: "gqa", numQueryHeads: 16, numKvHeads: 2, headDim: 256, elementwiseGate: true };

    const model = defineModel(input);

    expect(model.family).toBe("qwen3-next");
    expect(model.layers[0]!.attention).toMatchObject({ variant: "gdn", numKeyHeads: 16 });
    expect(model.layers[3]!.attention).toMatchObject({ elementwiseGate: true });
  });

  it("rejects key heads on a KDA layer", () => {
    const input = copyOf("kimi-linear");
    input.layers[0]!["attention"] = { ...(input.layers[0]!["attention"] as object), numKeyHeads: 16 };

    const error = catchCatalogError(() => defineModel(input));

    expect(error.code).toBe("INVALID_DESCRIPTOR");
    expect(error.field).toBe("layers.0.attention.numKeyHeads");
  });

  it("rejects an unknown key", () => {
    const input = copyOf("qwen3-32b");
    input["kvCacheType"] = "fp8";

    expect(catchCatalogError(() => defineModel(input)).code).toBe("INVALID_DESCRIPTOR");
  });

  it("rejects input that is not an object", () => {
    for (const input of [null, undefined, 42, "step-3"]) {
      const error = catchCatalogError(() => defineModel(input));

      expect(error.code).toBe("INVALID_DESCRIPTOR");
      expect(error.field).toBe("(root)");
    }
  });
});

describe("defineAccelerator", () => {
  it("accepts a copy of a built-in accelerator", () => {
    const copy = { ...structuredClone(getAccelerator("h800")), id: "h800-copy" };
    expect(defineAccelerator(copy).id).toBe("h800-copy");
  });

  it("names the bad field", () => {
    const cases: { patch: Record<string, unknown>; field: string }[] = [
      { patch: { hbmBandwidthBytesPerSecond: -1 }, field: "hbmBandwidthBytesPerSecond" },
      { patch: { priceUsdPerHour: 0 }, field: "priceUsdPerHour" },
      { patch: { peakFlopsPerSecond: { bf16: 9.89e14, fp8: 0 } }, field: "peakFlopsPerSecond.fp8" },
      { patch: { nicsPerServer: 1.5 }, field: "nicsPerServer" },
    ];

    for (const { patch, field } of cases) {
      const input = { ...structuredClone(getAccelerator("h800")), ...patch };
      const error = catchCatalogError(() => defineAccelerator(input));

      expect(error.code, field).toBe("INVALID_DESCRIPTOR");
      expect(error.field).toBe(field);
      expect(error.value).toBe("h800");
    }
  });
});
