import { groupedQueryAttention, linearAttention, multiHeadLatentAttention, type AttentionKind } from "@modelsys/attention";
import { describe, expect, it } from "vitest";

import { familyCacheElementType } from "./family-precision.js";
import { catchCatalogError } from "./catch-catalog-error.test-helpers.js";
import { buildLayers, groupLayers } from "./layer-stack.js";
import type { LayerDescriptor, ModelFamily } from "./model.js";
import { getModel } from "./registry.js";

const full = groupedQueryAttention({ numQueryHeads: 40, numKvHeads: 8, headDim: 128 });
const chunked = groupedQueryAttention({ numQueryHeads: 40, numKvHeads: 8, headDim: 128, window: { kind: "chunked", sizeTokens: 8192 } });
const lightning = linearAttention({ variant: "lightning", numHeads: 64, keyHeadDim: 128, valueHeadDim: 128 });
const mla = multiHeadLatentAttention({ numQueryHeads: 128, kvLoraRank: 512, qkRopeHeadDim: 64, qkNopeHeadDim: 128, vHeadDim: 128, qLoraRank: 1536 });

describe("familyCacheElementType", () => {
  it("follows the report's quantisation table", () => {
    const rows: { family: ModelFamily; attention: AttentionKind; expected: string }[] = [
      { family: "step3", attention: full, expected: "fp8" },
      { family: "mla", attention: mla, expected: "fp8" },
      { family: "gqa", attention: full, expected: "fp8" },
      { family: "llama4", attention: chunked, expected: "fp8" },
      { family: "llama4", attention: full, expected: "bf16" },
      { family: "minimax", attention: full, expected: "bf16" },
      { family: "minimax", attention: lightning, expected: "fp32" },
      { family: "step3.5", attention: full, expected: "fp8" },
      { family: "kimi-linear", attention: mla, expected: "fp8" },
      { family: "kimi-linear", attention: lightning, expected: "fp32" },
    ];

    for (const { family, attention, expected } of rows) {
      expect(familyCacheElementType(family, attention), `${family} ${attention.kind}`).toBe(expected);
    }
  });
});

describe("familyCacheElementType arguments", () => {
  it("rejects an unknown family", () => {
    for (const family of ["Llama4", "deepseek", "", undefined]) {
      const call = () => familyCacheElementType(family as ModelFamily, full);

      expect(call, String(family)).toThrow(expect.objectContaining({ name: "CatalogError", code: "INVALID_OPTION", field: "family" }));
    }
  });

  it("lists the families in the message", () => {
    expect(() => familyCacheElementType("Llama4" as ModelFamily, full)).toThrow(/Invalid model family "Llama4": expected one of step3, mla, gqa, llama4/);
  });

  it("rejects a missing attention", () => {
    const call = () => familyCacheElementType("llama4", undefined as unknown as AttentionKind);

    expect(call).toThrow(expect.objectContaining({ name: "CatalogError", code: "INVALID_OPTION", field: "attention" }));
  });
});

describe("buildLayers count", () => {
  it("rejects a count that is not a non-negative integer", () => {
    for (const count of [-1, 1.5, Number.NaN, "64"]) {
      const call = () => buildLayers(count as number, "gqa", () => full, () => ({ kind: "dense", intermediateSize: 16384 }));

      expect(call, String(count)).toThrow(expect.objectContaining({ name: "CatalogError", code: "INVALID_OPTION", field: "count" }));
    }
  });
});

describe("buildLayers", () => {
  it("takes the cache type from the family", () => {
    const layers = buildLayers(
      4,
      "llama4",
      (index) => (index === 3 ? full : chunked),
      () => ({ kind: "dense", intermediateSize: 16384 }),
    );

    expect(layers.map((layer) => layer.cacheElementType)).toEqual(["fp8", "fp8", "fp8", "bf16"]);
    expect(layers[3]!.attention).toBe(full);
  });

  it("uses a given cache type function", () => {
    const layers = buildLayers(
      2,
      "gqa",
      () => full,
      () => ({ kind: "dense", intermediateSize: 1024 }),
      (index) => (index === 0 ? "bf16" : "int8"),
    );

    expect(layers.map((layer) => layer.cacheElementType)).toEqual(["bf16", "int8"]);
  });

  it("builds nothing for zero layers", () => {
    expect(buildLayers(0, "gqa", () => full, () => ({ kind: "dense", intermediateSize: 1024 }))).toEqual([]);
  });
});

describe("groupLayers arguments", () => {
  it("rejects a value that is not an array", () => {
    const cases: { layers: unknown; got: string }[] = [
      { layers: null, got: "got null" },
      { layers: undefined, got: "got undefined" },
      { layers: "layers", got: 'got "layers"' },
      { layers: 3, got: "got 3" },
      { layers: getModel("step-3"), got: "got an object" },
    ];

    for (const { layers, got } of cases) {
      const error = catchCatalogError(() => groupLayers(layers as LayerDescriptor[]));

      expect(error.code, got).toBe("INVALID_OPTION");
      expect(error.field, got).toBe("layers");
      expect(error.message, got).toContain("Invalid layers: expected an array of layer descriptors");
      expect(error.message, got).toContain(`${got}.`);
    }
  });
});

describe("groupLayers", () => {
  it("groups Step-3 into dense and MoE", () => {
    const groups = groupLayers(getModel("step-3").layers);

    expect(groups).toHaveLength(2);
    expect(groups[0]!.indices).toEqual([0, 1, 2, 3, 60]);
    expect(groups[0]!.layer.ffn.kind).toBe("dense");
    expect(groups[1]!.indices).toEqual(Array.from({ length: 56 }, (_, offset) => offset + 4));
  });

  it("keeps the order of first appearance", () => {
    const groups = groupLayers(getModel("llama-4-maverick").layers);

    expect(groups.map((group) => group.indices[0])).toEqual([0, 1, 3]);
    expect(groups.map((group) => group.indices.length)).toEqual([24, 12, 12]);
  });

  it("splits layers that differ only in cache type", () => {
    const layers = buildLayers(
      3,
      "gqa",
      () => full,
      () => ({ kind: "dense", intermediateSize: 1024 }),
      (index) => (index === 1 ? "bf16" : "fp8"),
    );

    expect(groupLayers(layers).map((group) => group.indices)).toEqual([[0, 2], [1]]);
  });

  it("groups equal layers from separate objects", () => {
    const builtin = getModel("llama-4-maverick").layers;
    const copies = builtin.map((layer) => structuredClone(layer));

    expect(groupLayers([...builtin, ...copies])).toHaveLength(3);
  });

  it("returns no groups for no layers", () => {
    expect(groupLayers([])).toEqual([]);
  });
});
