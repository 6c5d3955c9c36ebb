import type { AttentionKind, GroupedQueryAttention, LinearAttention, MultiHeadLatentAttention } from "@modelsys/attention";
import { describe, expect, it } from "vitest";

import type { LayerDescriptor, ModelDescriptor, MoeFfn } from "../model.js";
import { getModel } from "../registry.js";
import { BUILTIN_MODELS } from "./index.js";

/** Figures from the Step-3 report's model tables (arXiv 2507.19427) and the models' own configs. */
interface ExpectedModel {
  id: string;
  layers: number;
  hiddenSize: number;
  denseLayers: number[];
  denseIntermediateSize: number | null;
  moeLayers: number;
  routedExperts: number | null;
  activeExperts: number | null;
  sharedExperts: number | null;
  expertIntermediateSize: number | null;
}

const range = (start: number, end: number) => Array.from({ length: end - start }, (_, offset) => start + offset);

const EXPECTED: ExpectedModel[] = [
  {
    id: "step-3",
    layers: 61,
    hiddenSize: 7168,
    denseLayers: [0, 1, 2, 3, 60],
    denseIntermediateSize: 18432,
    moeLayers: 56,
    routedExperts: 48,
    activeExperts: 3,
    sharedExperts: 1,
    expertIntermediateSize: 5120,
  },
  {
    id: "deepseek-v3",
    layers: 61,
    hiddenSize: 7168,
    denseLayers: [0, 1, 2],
    denseIntermediateSize: 18432,
    moeLayers: 58,
    routedExperts: 256,
    activeExperts: 8,
    sharedExperts: 1,
    expertIntermediateSize: 2048,
  },
  {
    id: "kimi-k2",
    layers: 61,
    hiddenSize: 7168,
    denseLayers: [0],
    denseIntermediateSize: 18432,
    moeLayers: 60,
    routedExperts: 384,
    activeExperts: 8,
    sharedExperts: 1,
    expertIntermediateSize: 2048,
  },
  {
    id: "qwen3-235b-a22b",
    layers: 94,
    hiddenSize: 4096,
    denseLayers: [],
    denseIntermediateSize: null,
    moeLayers: 94,
    routedExperts: 128,
    activeExperts: 8,
    sharedExperts: 0,
    expertIntermediateSize: 1536,
  },
  {
    id: "qwen3-32b",
    layers: 64,
    hiddenSize: 5120,
    denseLayers: range(0, 64),
    denseIntermediateSize: 25600,
    moeLayers: 0,
    routedExperts: null,
    activeExperts: null,
    sharedExperts: null,
    expertIntermediateSize: null,
  },
  {
    id: "ernie-4.5-300b-a47b",
    layers: 54,
    hiddenSize: 8192,
    denseLayers: [0, 1, 2],
    denseIntermediateSize: 28672,
    moeLayers: 51,
    routedExperts: 64,
    activeExperts: 8,
    sharedExperts: 0,
    expertIntermediateSize: 3584,
  },
  {
    id: "pangu-pro-moe",
    layers: 48,
    hiddenSize: 5120,
    denseLayers: [],
    denseIntermediateSize: null,
    moeLayers: 48,
    routedExperts: 64,
    activeExperts: 8,
    sharedExperts: 4,
    expertIntermediateSize: 1344,
  },
  {
    id: "llama-4-maverick",
    layers: 48,
    hiddenSize: 5120,
    denseLayers: range(0, 24).map((index) => 2 * index),
    denseIntermediateSize: 16384,
    moeLayers: 24,
    routedExperts: 128,
    activeExperts: 1,
    sharedExperts: 1,
    expertIntermediateSize: 8192,
  },
  {
    id: "minimax-m1",
    layers: 80,
    hiddenSize: 6144,
    denseLayers: [],
    denseIntermediateSize: null,
    moeLayers: 80,
    routedExperts: 32,
    activeExperts: 2,
    sharedExperts: 0,
    expertIntermediateSize: 9216,
  },
  {
    id: "step-3.5-flash",
    layers: 45,
    hiddenSize: 4096,
    denseLayers: [0, 1, 2],
    denseIntermediateSize: 11264,
    moeLayers: 42,
    routedExperts: 288,
    activeExperts: 8,
    sharedExperts: 1,
    expertIntermediateSize: 1280,
  },
  {
    id: "kimi-linear",
    layers: 27,
    hiddenSize: 2304,
    denseLayers: [0],
    denseIntermediateSize: 9216,
    moeLayers: 26,
    routedExperts: 256,
    activeExperts: 8,
    sharedExperts: 1,
    expertIntermediateSize: 1024,
  },
];

function indicesWhere(layers: readonly LayerDescriptor[], test: (layer: LayerDescriptor) => boolean): number[] {
  return layers.flatMap((layer, index) => (test(layer) ? [index] : []));
}

function distinct<T>(values: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const value of values) seen.set(JSON.stringify(value), value);
  return [...seen.values()];
}

function moeFfns(model: ModelDescriptor): MoeFfn[] {
  return model.layers.flatMap((layer) => (layer.ffn.kind === "moe" ? [layer.ffn] : []));
}

function attentions<T extends AttentionKind>(model: ModelDescriptor, kind: T["kind"]): T[] {
  return distinct(model.layers.flatMap((layer) => (layer.attention.kind === kind ? [layer.attention as T] : [])));
}

describe("built-in model figures", () => {
  it("covers the 11 catalog models", () => {
    expect(BUILTIN_MODELS.map((model) => model.id)).toEqual(EXPECTED.map((model) => model.id));
  });

  for (const expected of EXPECTED) {
    it(`${expected.id} has the published layer counts`, () => {
      const model = getModel(expected.id);
      const dense = indicesWhere(model.layers, (layer) => layer.ffn.kind === "dense");
      const denseSizes = distinct(model.layers.flatMap((layer) => (layer.ffn.kind === "dense" ? [layer.ffn.intermediateSize] : [])));

      expect(model.layers).toHaveLength(expected.layers);
      expect(model.hiddenSize).toBe(expected.hiddenSize);
      expect(dense).toEqual(expected.denseLayers);
      expect(denseSizes).toEqual(expected.denseIntermediateSize === null ? [] : [expected.denseIntermediateSize]);
      expect(moeFfns(model)).toHaveLength(expected.moeLayers);
    });

    if (expected.moeLayers > 0) {
      it(`${expected.id} has the published experts`, () => {
        const experts = distinct(moeFfns(getModel(expected.id)));

        expect(experts).toHaveLength(1);
        expect(experts[0]).toEqual({
          kind: "moe",
          numRoutedExperts: expected.routedExperts,
          numActiveExperts: expected.activeExperts,
          numSharedExperts: expected.sharedExperts,
          expertIntermediateSize: expected.expertIntermediateSize,
          sharedIntermediateSize: expected.expertIntermediateSize,
        });
      });
    }
  }

  it("every model has a source and FP8 weights", () => {
    for (const model of BUILTIN_MODELS) {
      expect(model.source.trim(), model.id).not.toBe("");
      expect(model.name.trim(), model.id).not.toBe("");
      expect(model.weightElementType, model.id).toBe("fp8");
    }
  });
});

describe("built-in attention", () => {
  it("Step-3 uses MFA with one 256-wide KV head", () => {
    expect(attentions(getModel("step-3"), "mfa")).toEqual([
      { kind: "mfa", numQueryHeads: 64, headDim: 256, queryRank: 2048, keyReuse: false },
    ]);
    expect(getModel("step-3").vocabSize).toBe(128815);
  });

  it("DeepSeek-V3 and Kimi K2 share MLA dimensions", () => {
    const dimensions = { kvLoraRank: 512, qkRopeHeadDim: 64, qkNopeHeadDim: 128, vHeadDim: 128, qLoraRank: 1536 };

    expect(attentions<MultiHeadLatentAttention>(getModel("deepseek-v3"), "mla")).toEqual([
      { kind: "mla", numQueryHeads: 128, ...dimensions },
    ]);
    expect(attentions<MultiHeadLatentAttention>(getModel("kimi-k2"), "mla")).toEqual([
      { kind: "mla", numQueryHeads: 64, ...dimensions },
    ]);
  });

  it("GQA models have explicit head_dim and KV heads", () => {
    const rows: { id: string; queryHeads: number; kvHeads: number }[] = [
      { id: "qwen3-235b-a22b", queryHeads: 64, kvHeads: 4 },
      { id: "qwen3-32b", queryHeads: 64, kvHeads: 8 },
      { id: "ernie-4.5-300b-a47b", queryHeads: 64, kvHeads: 8 },
      { id: "pangu-pro-moe", queryHeads: 40, kvHeads: 8 },
    ];

    for (const { id, queryHeads, kvHeads } of rows) {
      expect(attentions<GroupedQueryAttention>(getModel(id), "gqa"), id).toEqual([
        { kind: "gqa", numQueryHeads: queryHeads, numKvHeads: kvHeads, headDim: 128 },
      ]);
    }
  });

  it("Llama 4 has 36 chunked and 12 global layers", () => {
    const { layers } = getModel("llama-4-maverick");
    const global = indicesWhere(layers, (layer) => layer.attention.kind === "gqa" && layer.attention.window === undefined);
    const chunked = indicesWhere(
      layers,
      (layer) => layer.attention.kind === "gqa" && layer.attention.window?.kind === "chunked" && layer.attention.window.sizeTokens === 8192,
    );

    expect(global).toEqual(range(0, 12).map((index) => 4 * index + 3));
    expect(chunked).toHaveLength(36);
    for (const index of global) expect(layers[index]!.cacheElementType).toBe("bf16");
    for (const index of chunked) expect(layers[index]!.cacheElementType).toBe("fp8");
  });

  it("MiniMax-M1 has 70 lightning and 10 softmax layers", () => {
    const model = getModel("minimax-m1");
    const softmax = indicesWhere(model.layers, (layer) => layer.attention.kind === "gqa");

    expect(softmax).toEqual(range(0, 10).map((index) => 8 * index + 7));
    expect(attentions<GroupedQueryAttention>(model, "gqa")).toEqual([{ kind: "gqa", numQueryHeads: 64, numKvHeads: 8, headDim: 128 }]);
    expect(attentions<LinearAttention>(model, "linear")).toEqual([
      { kind: "linear", variant: "lightning", numHeads: 64, keyHeadDim: 128, valueHeadDim: 128 },
    ]);
    for (const index of softmax) expect(model.layers[index]!.cacheElementType).toBe("bf16");
    expect(model.layers[0]!.cacheElementType).toBe("fp32");
  });

  it("Step-3.5-Flash has 12 full and 33 SWA layers", () => {
    const model = getModel("step-3.5-flash");
    const full = indicesWhere(model.layers, (layer) => layer.attention.kind === "gqa" && layer.attention.window === undefined);
    const sliding = model.layers.filter((layer) => layer.attention.kind === "gqa" && layer.attention.window !== undefined);

    expect(full).toEqual(range(0, 12).map((index) => 4 * index));
    expect(sliding).toHaveLength(33);
    expect(model.mtpLayers).toBe(3);
    expect(distinct(model.layers.map((layer) => layer.attention))).toEqual([
      { kind: "gqa", numQueryHeads: 64, numKvHeads: 8, headDim: 128, headwiseGate: true },
      { kind: "gqa", numQueryHeads: 96, numKvHeads: 8, headDim: 128, headwiseGate: true, window: { kind: "sliding", sizeTokens: 512 } },
    ]);
  });

  it("Kimi Linear MLA layers are 4, 8, …, 24 and 27", () => {
    const model = getModel("kimi-linear");
    const mlaOneBased = indicesWhere(model.layers, (layer) => layer.attention.kind === "mla").map((index) => index + 1);

    expect(mlaOneBased).toEqual([4, 8, 12, 16, 20, 24, 27]);
    expect(model.layers.filter((layer) => layer.attention.kind === "linear")).toHaveLength(20);
  });

  it("Kimi Linear layer dimensions", () => {
    const model = getModel("kimi-linear");

    expect(attentions<MultiHeadLatentAttention>(model, "mla")).toEqual([
      { kind: "mla", numQueryHeads: 32, kvLoraRank: 512, qkRopeHeadDim: 64, qkNopeHeadDim: 128, vHeadDim: 128, qLoraRank: null },
    ]);
    expect(attentions<LinearAttention>(model, "linear")).toEqual([
      { kind: "linear", variant: "kda", numHeads: 32, keyHeadDim: 128, valueHeadDim: 128, convKernelSize: 4 },
    ]);
    for (const layer of model.layers) {
      expect(layer.cacheElementType).toBe(layer.attention.kind === "linear" ? "fp32" : "fp8");
    }
  });

  it("DeepSeek-V3 notes its MTP layer", () => {
    const model = getModel("deepseek-v3");

    expect(model.mtpLayers).toBe(1);
    expect(model.notes.length).toBeGreaterThan(0);
  });

  it("report families cache in FP8", () => {
    for (const id of ["step-3", "deepseek-v3", "kimi-k2", "qwen3-235b-a22b", "qwen3-32b", "ernie-4.5-300b-a47b", "pangu-pro-moe", "step-3.5-flash"]) {
      const types = distinct(getModel(id).layers.map((layer) => layer.cacheElementType));
      expect(types, id).toEqual(["fp8"]);
    }
  });
});
