import {
  bytesPerElement,
  cacheElementsPerToken,
  groupedQueryAttention,
  multiHeadLatentAttention,
  multiMatrixFactorizationAttention,
  type AttentionKind,
  type AttentionWindow,
  type ElementType,
} from "@modelsys/attention";
import { BUILTIN_MODELS, defineModel, getModel, importHfConfig, type ModelDescriptor } from "@modelsys/catalog";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { isRooflineError, RooflineError } from "./errors.js";
import { modelDecodeCost, type DecodeCostOptions, type LayerKindCost } from "./model-decode-cost.js";

const S_8K = 8192;
const S_32K = 32768;

/** Keys one decoded token reads per layer of `kind`, recovered from its KV bytes. */
function keysPerLayer(kind: LayerKindCost): number {
  return kind.kvBytes / (kind.layerCount * cacheElementsPerToken(kind.attention) * bytesPerElement(kind.cacheElementType));
}

function kindWithWindow(kinds: readonly LayerKindCost[], windowKind: AttentionWindow["kind"] | undefined): LayerKindCost {
  const found = kinds.find((kind) => kind.attention.kind !== "linear" && kind.attention.window?.kind === windowKind);
  if (found === undefined) throw new Error(`no layer kind with window ${String(windowKind)}`);
  return found;
}

describe("modelDecodeCost worked examples at 8K", () => {
  it("Step-3 totals", () => {
    const cost = modelDecodeCost(getModel("step-3"), { contextTokens: S_8K });

    expect(cost.modelId).toBe("step-3");
    expect(cost.contextTokens).toBe(S_8K);
    expect(cost.kvBytes).toBe(255_852_544);
    expect(cost.attentionFlops).toBe(32_749_125_632);
    expect(cost.linearFlops).toBe(20_660_092_928);
    expect(cost.ffnFlops).toBe(53_288_632_320);
    expect(cost.arithmeticIntensity).toBe(128);
    expect(cost.kvBytesPerContextToken).toBe(31_232);
  });

  it("Step-3 per-layer figures", () => {
    const [kind, ...others] = modelDecodeCost(getModel("step-3"), { contextTokens: S_8K }).kinds;

    expect(others).toEqual([]);
    expect(kind!.label).toBe("MFA (fp8)");
    expect(kind!.layerCount).toBe(61);
    expect(kind!.kvBytes / 61).toBe(2 * 256 * 8192);
    expect(kind!.attentionFlops / 61).toBe(4 * 64 * 256 * 8192);
    expect(kind!.linearFlops / 61).toBe(338_690_048);
    expect(kind!.arithmeticIntensity).toBe(128);
  });

  it("DeepSeek-V3 totals with mla-576", () => {
    const cost = modelDecodeCost(getModel("deepseek-v3"), { contextTokens: S_8K });

    expect(cost.kvBytes).toBe(287_834_112);
    expect(cost.attentionFlops).toBe(147_371_065_344);
    expect(cost.linearFlops).toBe(22_826_844_160);
    expect(cost.ffnFlops).toBe(48_356_130_816);
    expect(cost.arithmeticIntensity).toBe(512);
    expect(cost.kvBytesPerContextToken).toBe(35_136);
  });

  it("mla-576 is the default convention", () => {
    const byDefault = modelDecodeCost(getModel("deepseek-v3"), { contextTokens: S_8K });
    const explicit = modelDecodeCost(getModel("deepseek-v3"), { contextTokens: S_8K, mlaFlops: "mla-576" });

    expect(byDefault).toEqual(explicit);
  });

  it("DeepSeek-V3 with mla-576-pv512", () => {
    const cost = modelDecodeCost(getModel("deepseek-v3"), { contextTokens: S_8K, mlaFlops: "mla-576-pv512" });

    expect(cost.kvBytes).toBe(287_834_112);
    expect(cost.attentionFlops).toBe(139_183_783_936);
    expect(cost.arithmeticIntensity).toBeCloseTo((2 * 128 * 1088) / 576, 10);
    expect(Number(cost.arithmeticIntensity.toFixed(1))).toBe(483.6);
  });

  it("MLA caches one 576-wide vector per layer", () => {
    const cost = modelDecodeCost(getModel("deepseek-v3"), { contextTokens: S_8K });

    // A calculator that applies the factor 2 of K and V to MLA gets 2 · 576 per layer.
    expect(cost.kvBytesPerContextToken).toBe(61 * 576);
    expect(cost.kvBytes).toBe(61 * 576 * S_8K);
  });

  it("KV bytes per context token, FP8", () => {
    const perToken = (id: string) => modelDecodeCost(getModel(id), { contextTokens: S_8K }).kvBytesPerContextToken;

    expect(perToken("step-3")).toBe(31_232);
    expect(perToken("deepseek-v3")).toBe(35_136);
    expect(perToken("qwen3-235b-a22b")).toBe(96_256);
  });

  it("BF16 KV doubles the per-token figures", () => {
    const expected: Record<string, number> = { "step-3": 31_232, "deepseek-v3": 35_136, "qwen3-235b-a22b": 96_256 };

    for (const [id, fp8Bytes] of Object.entries(expected)) {
      const fp8 = modelDecodeCost(getModel(id), { contextTokens: S_8K });
      const bf16 = modelDecodeCost(getModel(id), { contextTokens: S_8K, kvElementType: "bf16" });

      expect(bf16.kvBytesPerContextToken, id).toBe(2 * fp8Bytes);
      expect(bf16.kvBytes, id).toBe(2 * fp8.kvBytes);
      expect(bf16.attentionFlops, id).toBe(fp8.attentionFlops);
      expect(bf16.arithmeticIntensity, id).toBe(fp8.arithmeticIntensity / 2);
    }
  });
});

describe("modelDecodeCost element types", () => {
  it("kvElementType leaves linear state alone", () => {
    const model = getModel("minimax-m1");
    const family = modelDecodeCost(model, { contextTokens: S_8K });
    const fp8 = modelDecodeCost(model, { contextTokens: S_8K, kvElementType: "fp8" });
    const lightning = (kinds: readonly LayerKindCost[]) => kinds.find((kind) => kind.attention.kind === "linear")!;
    const softmax = (kinds: readonly LayerKindCost[]) => kinds.find((kind) => kind.attention.kind === "gqa")!;

    expect(softmax(family.kinds).cacheElementType).toBe("bf16");
    expect(softmax(fp8.kinds).cacheElementType).toBe("fp8");
    expect(softmax(fp8.kinds).kvBytes).toBe(softmax(family.kinds).kvBytes / 2);
    expect(lightning(fp8.kinds).cacheElementType).toBe("fp32");
    expect(lightning(fp8.kinds).kvBytes).toBe(lightning(family.kinds).kvBytes);
  });

  it("stateElementType sets linear state only", () => {
    const model = getModel("minimax-m1");
    const family = modelDecodeCost(model, { contextTokens: S_8K });
    const bf16State = modelDecodeCost(model, { contextTokens: S_8K, stateElementType: "bf16" });
    const lightning = (kinds: readonly LayerKindCost[]) => kinds.find((kind) => kind.attention.kind === "linear")!;

    // 70 lightning layers, each reading and writing a 64 × 128 × 128 FP32 state.
    expect(lightning(family.kinds).kvBytes).toBe(70 * 2 * 64 * 128 * 128 * 4);
    expect(lightning(bf16State.kinds).kvBytes).toBe(70 * 2 * 64 * 128 * 128 * 2);
    expect(bf16State.kvBytesPerContextToken).toBe(family.kvBytesPerContextToken);
  });

  it("Llama 4 family types per layer kind", () => {
    const kinds = modelDecodeCost(getModel("llama-4-maverick"), { contextTokens: S_8K }).kinds;

    expect(kindWithWindow(kinds, "chunked").cacheElementType).toBe("fp8");
    expect(kindWithWindow(kinds, "chunked").layerCount).toBe(36);
    expect(kindWithWindow(kinds, undefined).cacheElementType).toBe("bf16");
    expect(kindWithWindow(kinds, undefined).layerCount).toBe(12);
  });

  it("KDA short-convolution state is opt-in", () => {
    const model = getModel("kimi-linear");
    const without = modelDecodeCost(model, { contextTokens: S_8K });
    const withConv = modelDecodeCost(model, { contextTokens: S_8K, includeShortConvState: true });

    // 20 KDA layers, each adding 2 · 3 · (K − 1) · n_h · d_k FP32 elements with K = 4.
    expect(withConv.kvBytes - without.kvBytes).toBe(20 * 2 * 3 * 3 * 32 * 128 * 4);
    expect(withConv.attentionFlops).toBe(without.attentionFlops);
  });
});

/**
 * Qwen3-Next-80B-A3B's decode stack from the transformers `Qwen3NextConfig` defaults, which the
 * class documents as that model: 48 layers, a gated GQA layer every 4th, the rest Gated DeltaNet.
 */
function qwen3Next(): ModelDescriptor {
  const config = {
    architectures: ["Qwen3NextForCausalLM"],
    hidden_size: 2048,
    num_hidden_layers: 48,
    num_attention_heads: 16,
    num_key_value_heads: 2,
    head_dim: 256,
    full_attention_interval: 4,
    linear_num_key_heads: 16,
    linear_num_value_heads: 32,
    linear_key_head_dim: 128,
    linear_value_head_dim: 128,
    linear_conv_kernel_dim: 4,
    num_experts: 512,
    num_experts_per_tok: 10,
    moe_intermediate_size: 512,
    shared_expert_intermediate_size: 512,
    vocab_size: 151936,
  };
  return importHfConfig(config, { file: "qwen3-next.json" }).model;
}

describe("modelDecodeCost Qwen3-Next at 8K", () => {
  const cost = modelDecodeCost(qwen3Next(), { contextTokens: S_8K });

  it("KV bytes add GQA cache and GDN state", () => {
    // 12 GQA layers · 2 · 2 KV heads · 256 · 8192 tokens · 1 byte (FP8) = 100,663,296, plus
    // 36 GDN layers · 2 (read and write) · 32 · 128 · 128 · 4 bytes (FP32) = 150,994,944.
    expect(cost.kvBytes).toBe(100_663_296 + 150_994_944);
    expect(cost.kvBytesPerContextToken).toBe(12 * 2 * 2 * 256);
  });

  it("attention FLOPs add QK/PV and state updates", () => {
    // 12 · 4 · 16 heads · 256 · 8192 = 1,610,612,736, plus 36 · 10 · 32 · 128 · 128 = 188,743,680.
    expect(cost.attentionFlops).toBe(1_610_612_736 + 188_743_680);
  });

  it("linear FLOPs count both output gates", () => {
    // GQA: 2 · (2048 · 8192 + 2 · 2048 · 512 + 4096 · 2048) = 54,525,952 per layer.
    // GDN: 2 · (2048 · 12288 + 2048 · 64 + 4096 · 2048) = 67,371,008 per layer.
    expect(cost.linearFlops).toBe(12 * 54_525_952 + 36 * 67_371_008);
  });

  it("FFN FLOPs use 10 routed and 1 shared expert", () => {
    expect(cost.ffnFlops).toBe(48 * 2 * 11 * 3 * 2048 * 512);
  });

  it("two layer kinds with their own types", () => {
    const gdn = cost.kinds.find((kind) => kind.attention.kind === "linear")!;
    const gqa = cost.kinds.find((kind) => kind.attention.kind === "gqa")!;

    expect(cost.kinds).toHaveLength(2);
    expect(gdn.layerCount).toBe(36);
    expect(gdn.cacheElementType).toBe("fp32");
    expect(gqa.layerCount).toBe(12);
    expect(gqa.cacheElementType).toBe("fp8");
  });

  it("GDN state does not grow with context", () => {
    const at32k = modelDecodeCost(qwen3Next(), { contextTokens: S_32K });
    const gdnAt = (kinds: readonly LayerKindCost[]) => kinds.find((kind) => kind.attention.kind === "linear")!.kvBytes;

    expect(gdnAt(at32k.kinds)).toBe(gdnAt(cost.kinds));
  });

  it("short-convolution state spans 8192 channels", () => {
    const withConv = modelDecodeCost(qwen3Next(), { contextTokens: S_8K, includeShortConvState: true });

    // 36 layers · 2 · (K − 1 = 3) · (2 · 16 · 128 + 32 · 128 = 8192 channels) · 4 bytes.
    expect(withConv.kvBytes - cost.kvBytes).toBe(36 * 2 * 3 * 8192 * 4);
  });
});

describe("modelDecodeCost local attention", () => {
  it("Llama 4 layers read the same keys at 8K", () => {
    const kinds = modelDecodeCost(getModel("llama-4-maverick"), { contextTokens: S_8K }).kinds;
    const chunked = kindWithWindow(kinds, "chunked");
    const global = kindWithWindow(kinds, undefined);

    expect(keysPerLayer(chunked)).toBe(8192);
    expect(keysPerLayer(global)).toBe(8192);
    expect(chunked.attentionFlops / chunked.layerCount).toBe(global.attentionFlops / global.layerCount);
  });

  it("Llama 4 chunked layers stop growing at 32K", () => {
    const at8k = modelDecodeCost(getModel("llama-4-maverick"), { contextTokens: S_8K });
    const at32k = modelDecodeCost(getModel("llama-4-maverick"), { contextTokens: S_32K });

    expect(keysPerLayer(kindWithWindow(at32k.kinds, "chunked"))).toBe(8192);
    expect(keysPerLayer(kindWithWindow(at32k.kinds, undefined))).toBe(32768);
    expect(kindWithWindow(at32k.kinds, "chunked").kvBytes).toBe(kindWithWindow(at8k.kinds, "chunked").kvBytes);
    expect(at8k.kvBytes).toBe(36 * 2 * 8 * 128 * 8192 + 12 * 2 * 8 * 128 * 2 * 8192);
    expect(at32k.kvBytes).toBe(36 * 2 * 8 * 128 * 8192 + 12 * 2 * 8 * 128 * 2 * 32768);
  });

  it("chunkedKeys position at a chunk boundary", () => {
    const kinds = modelDecodeCost(getModel("llama-4-maverick"), { contextTokens: S_8K, chunkedKeys: "position" }).kinds;

    // (S mod W) + 1 = 1 at S = W = 8192, while global layers still read every key.
    expect(keysPerLayer(kindWithWindow(kinds, "chunked"))).toBe(1);
    expect(keysPerLayer(kindWithWindow(kinds, undefined))).toBe(8192);
  });

  it("Step-3.5-Flash sliding layers stop at 512", () => {
    const kinds = modelDecodeCost(getModel("step-3.5-flash"), { contextTokens: S_8K }).kinds;

    expect(keysPerLayer(kindWithWindow(kinds, "sliding"))).toBe(512);
    expect(keysPerLayer(kindWithWindow(kinds, undefined))).toBe(8192);
  });
});

describe("modelDecodeCost properties", () => {
  const elementType = fc.constantFrom<ElementType>("fp32", "bf16", "fp16", "fp8", "int8");

  function fullAttention(window?: AttentionWindow): fc.Arbitrary<AttentionKind> {
    const gqa = fc
      .record({ numKvHeads: fc.integer({ min: 1, max: 16 }), groups: fc.integer({ min: 1, max: 8 }), headDim: fc.integer({ min: 1, max: 256 }) })
      .map(({ numKvHeads, groups, headDim }) =>
        groupedQueryAttention({ numQueryHeads: numKvHeads * groups, numKvHeads, headDim, ...(window ? { window } : {}) }),
      );
    const mfa = fc
      .record({ numQueryHeads: fc.integer({ min: 1, max: 128 }), headDim: fc.integer({ min: 1, max: 256 }), queryRank: fc.integer({ min: 1, max: 2048 }) })
      .map((spec) => multiMatrixFactorizationAttention({ ...spec, ...(window ? { window } : {}) }));
    const mla = fc
      .record({
        numQueryHeads: fc.integer({ min: 1, max: 128 }),
        kvLoraRank: fc.integer({ min: 1, max: 512 }),
        qkRopeHeadDim: fc.integer({ min: 1, max: 64 }),
        qkNopeHeadDim: fc.integer({ min: 1, max: 128 }),
        vHeadDim: fc.integer({ min: 1, max: 128 }),
        qLoraRank: fc.option(fc.integer({ min: 1, max: 1536 }), { nil: null }),
      })
      .map((spec) => multiHeadLatentAttention({ ...spec, ...(window ? { window } : {}) }));
    return fc.oneof(gqa, mfa, mla);
  }

  function modelOf(layers: readonly { attention: AttentionKind; cacheElementType: ElementType }[]): ModelDescriptor {
    return defineModel({
      id: "generated",
      name: "generated",
      family: "gqa",
      hiddenSize: 1024,
      vocabSize: null,
      weightElementType: "fp8",
      layers: layers.map((layer) => ({ ...layer, ffn: { kind: "dense", intermediateSize: 4096 } })),
      mtpLayers: 0,
      source: "generated by fast-check",
      notes: [],
    });
  }

  const layer = (window?: AttentionWindow) => fc.record({ attention: fullAttention(window), cacheElementType: elementType });
  const context = fc.integer({ min: 0, max: 1_000_000 });

  it("KV bytes linear in S for full attention", () => {
    fc.assert(
      fc.property(fc.array(layer(), { minLength: 1, maxLength: 8 }), context, context, (layers, a, b) => {
        const model = modelOf(layers);
        const costA = modelDecodeCost(model, { contextTokens: a });
        const costB = modelDecodeCost(model, { contextTokens: b });
        const costSum = modelDecodeCost(model, { contextTokens: a + b });

        expect(costA.kvBytes).toBe(a * costA.kvBytesPerContextToken);
        expect(costSum.kvBytes).toBe(costA.kvBytes + costB.kvBytes);
        expect(costSum.attentionFlops).toBe(costA.attentionFlops + costB.attentionFlops);
        expect(costSum.linearFlops).toBe(costA.linearFlops);
        expect(costSum.ffnFlops).toBe(costA.ffnFlops);
      }),
    );
  });

  it("local KV bytes constant past the window", () => {
    const windowed = fc
      .record({ sizeTokens: fc.integer({ min: 1, max: 65_536 }), kind: fc.constantFrom<AttentionWindow["kind"]>("sliding", "chunked") })
      .chain((window) =>
        fc.record({
          window: fc.constant(window),
          localLayers: fc.array(layer(window), { minLength: 1, maxLength: 4 }),
          fullLayers: fc.array(layer(), { maxLength: 4 }),
        }),
      );

    fc.assert(
      fc.property(windowed, context, context, ({ window, localLayers, fullLayers }, pastA, pastB) => {
        const model = modelOf([...localLayers, ...fullLayers]);
        const a = window.sizeTokens + pastA;
        const b = window.sizeTokens + pastB;
        const costA = modelDecodeCost(model, { contextTokens: a });
        const costB = modelDecodeCost(model, { contextTokens: b });
        const localBytes = (kinds: readonly LayerKindCost[]) =>
          kinds
            .filter((kind) => kind.attention.kind !== "linear" && kind.attention.window !== undefined)
            .reduce((total, kind) => total + kind.kvBytes, 0);
        const fullBytesPerToken = fullLayers.reduce(
          (total, full) => total + cacheElementsPerToken(full.attention) * bytesPerElement(full.cacheElementType),
          0,
        );

        expect(localBytes(costA.kinds)).toBe(localBytes(costB.kinds));
        expect(costB.kvBytes).toBe(costA.kvBytes + (b - a) * fullBytesPerToken);
      }),
    );
  });

  it("built-in local layers constant past the window", () => {
    const models = BUILTIN_MODELS.filter((model) =>
      model.layers.some((layer) => layer.attention.kind !== "linear" && layer.attention.window !== undefined),
    );
    expect(models.map((model) => model.id).sort()).toEqual(["llama-4-maverick", "step-3.5-flash"]);

    fc.assert(
      fc.property(fc.constantFrom(...models), fc.integer({ min: 0, max: 1_000_000 }), (model, past) => {
        const windows = model.layers.flatMap((layer) =>
          layer.attention.kind !== "linear" && layer.attention.window !== undefined ? [layer.attention.window.sizeTokens] : [],
        );
        const largest = Math.max(...windows);
        const local = (contextTokens: number) =>
          modelDecodeCost(model, { contextTokens })
            .kinds.filter((kind) => kind.attention.kind !== "linear" && kind.attention.window !== undefined)
            .map((kind) => kind.kvBytes);

        expect(local(largest + past)).toEqual(local(largest));
      }),
    );
  });
});

describe("modelDecodeCost invalid context", () => {
  const invalid = [-1, -5, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53];

  for (const contextTokens of invalid) {
    it(`rejects ${String(contextTokens)}`, () => {
      let caught: unknown;
      try {
        modelDecodeCost(getModel("step-3"), { contextTokens });
      } catch (error) {
        caught = error;
      }

      expect(caught).toBeInstanceOf(RooflineError);
      expect(isRooflineError(caught)).toBe(true);
      const error = caught as RooflineError;
      expect(error.code).toBe("INVALID_OPTION");
      expect(error.field).toBe("contextTokens");
      expect(Object.is(error.value, contextTokens)).toBe(true);
      expect(error.message).toContain(String(contextTokens));
    });
  }

  it("accepts zero context", () => {
    const cost = modelDecodeCost(getModel("step-3"), { contextTokens: 0 });

    expect(cost.kvBytes).toBe(0);
    expect(cost.attentionFlops).toBe(0);
    expect(cost.arithmeticIntensity).toBe(0);
    expect(cost.kvBytesPerContextToken).toBe(31_232);
  });
});

describe("modelDecodeCost option checks", () => {
  const cases: [string, unknown][] = [
    ["kvElementType", { contextTokens: 8192, kvElementType: "fp4" }],
    ["stateElementType", { contextTokens: 8192, stateElementType: "int4" }],
    ["mlaFlops", { contextTokens: 8192, mlaFlops: "x" }],
    ["chunkedKeys", { contextTokens: 8192, chunkedKeys: "x" }],
    ["options", undefined],
  ];

  for (const [field, options] of cases) {
    it(`rejects an invalid ${field}`, () => {
      let caught: unknown;
      try {
        modelDecodeCost(getModel("deepseek-v3"), options as DecodeCostOptions);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(RooflineError);
      expect((caught as RooflineError).code).toBe("INVALID_OPTION");
      expect((caught as RooflineError).field).toBe(field);
    });
  }
});
