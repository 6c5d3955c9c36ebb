import { readFileSync } from "node:fs";

import { bytesPerElement, cacheElementsPerToken, linearStateBytes, projectionFlops, type AttentionKind } from "@modelsys/attention";
import { describe, expect, it } from "vitest";

import { catchCatalogError } from "../catch-catalog-error.test-helpers.js";
import type { FfnKind, ModelDescriptor } from "../model.js";
import { SUPPORTED_ARCHITECTURES, importHfConfig, importHfConfigText, type HfImportResult } from "./import-config.js";

const FIXTURES = new URL("../../fixtures/hf-configs/", import.meta.url);

type Json = Record<string, unknown>;

function fixtureText(file: string): string {
  return readFileSync(new URL(file, FIXTURES), "utf8");
}

function importFixture(file: string): HfImportResult {
  return importHfConfigText(fixtureText(file), { file });
}

/** KV-cache bytes one context token adds over all layers, at each layer's family element type. */
function kvBytesPerToken(model: ModelDescriptor): number {
  return model.layers.reduce(
    (total, layer) => total + cacheElementsPerToken(layer.attention) * bytesPerElement(layer.cacheElementType),
    0,
  );
}

function ffnWeights(ffn: FfnKind, hiddenSize: number, experts: "all" | "active"): number {
  if (ffn.kind === "dense") return 3 * hiddenSize * ffn.intermediateSize;
  const routed = experts === "all" ? ffn.numRoutedExperts! : ffn.numActiveExperts;
  return 3 * hiddenSize * (routed * ffn.expertIntermediateSize + ffn.numSharedExperts * ffn.sharedIntermediateSize);
}

/**
 * Parameters of the decoder layers (projections and FFN, without norms and biases), plus the
 * embedding and, when untied, the LM head. `experts` counts every routed expert (the total) or
 * only the active ones.
 */
function parameters(model: ModelDescriptor, experts: "all" | "active", tiedEmbeddings: boolean): number {
  const layers = model.layers.reduce(
    (total, layer) => total + projectionFlops(layer.attention, model.hiddenSize) / 2 + ffnWeights(layer.ffn, model.hiddenSize, experts),
    0,
  );
  const embedding = model.vocabSize! * model.hiddenSize;
  return layers + embedding * (tiedEmbeddings ? 1 : 2);
}

/** Counts layers by attention label: `full`, `sliding <W>` or `chunked <W>`. */
function layerPattern(model: ModelDescriptor): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { attention } of model.layers) {
    const label = windowLabel(attention);
    counts[label] = (counts[label] ?? 0) + 1;
  }
  return counts;
}

function windowLabel(attention: AttentionKind): string {
  if (attention.kind === "linear") return "linear";
  return attention.window === undefined ? "full" : `${attention.window.kind} ${attention.window.sizeTokens}`;
}

/** Relative difference, for figures that model cards round. */
function within(actual: number, published: number, tolerance: number): boolean {
  return Math.abs(actual - published) / published <= tolerance;
}

interface CardCase {
  file: string;
  architecture: string;
  layers: number;
  pattern: Record<string, number>;
  /** KV bytes per context token at the family's FP8 KV type (BF16 on Llama 4's global layers). */
  kvBytesPerToken: number;
  tiedEmbeddings: boolean;
  /** The model card's totals, in parameters, and the tolerance their rounding allows. */
  totalParameters: number;
  activeParameters: number;
  tolerance: number;
}

/**
 * Real config files against their model cards. The cards' parameter counts include norms and
 * biases (and Llama 4 Scout's vision tower), which the descriptor leaves out.
 */
const CARD_CASES: CardCase[] = [
  {
    file: "llama-3.1-8b-instruct.json",
    architecture: "LlamaForCausalLM",
    layers: 32,
    pattern: { full: 32 },
    kvBytesPerToken: 32 * 2 * 8 * 128,
    tiedEmbeddings: false,
    totalParameters: 8.03e9,
    activeParameters: 8.03e9,
    tolerance: 0.005,
  },
  {
    // Qwen2.5-7B-Instruct model card: 7.61B parameters, 6.53B without embeddings.
    file: "qwen2.5-7b-instruct.json",
    architecture: "Qwen2ForCausalLM",
    layers: 28,
    pattern: { full: 28 },
    kvBytesPerToken: 28 * 2 * 4 * 128,
    tiedEmbeddings: false,
    totalParameters: 7.61e9,
    activeParameters: 7.61e9,
    tolerance: 0.005,
  },
  {
    file: "mistral-7b-instruct-v0.3.json",
    architecture: "MistralForCausalLM",
    layers: 32,
    pattern: { full: 32 },
    kvBytesPerToken: 32 * 2 * 8 * 128,
    tiedEmbeddings: false,
    totalParameters: 7.25e9,
    activeParameters: 7.25e9,
    tolerance: 0.005,
  },
  {
    // Phi-4 model card: 14B parameters (14.7B on its Hugging Face page); 10 KV heads of 128.
    file: "phi-4.json",
    architecture: "Phi3ForCausalLM",
    layers: 40,
    pattern: { full: 40 },
    kvBytesPerToken: 40 * 2 * 10 * 128,
    tiedEmbeddings: false,
    totalParameters: 14.7e9,
    activeParameters: 14.7e9,
    tolerance: 0.005,
  },
  {
    // OLMo 3.1 32B: three 4096-token sliding-window layers, then one full layer.
    file: "olmo-3.1-32b-instruct.json",
    architecture: "Olmo3ForCausalLM",
    layers: 64,
    pattern: { "sliding 4096": 48, full: 16 },
    kvBytesPerToken: 64 * 2 * 8 * 128,
    tiedEmbeddings: false,
    totalParameters: 32.2e9,
    activeParameters: 32.2e9,
    tolerance: 0.005,
  },
  {
    // Qwen3-30B-A3B model card: 30.5B total, 3.3B activated; head_dim 128, not 2048 / 32 = 64.
    file: "qwen3-30b-a3b.json",
    architecture: "Qwen3MoeForCausalLM",
    layers: 48,
    pattern: { full: 48 },
    kvBytesPerToken: 48 * 2 * 4 * 128,
    tiedEmbeddings: false,
    totalParameters: 30.5e9,
    activeParameters: 3.3e9,
    tolerance: 0.02,
  },
  {
    // Llama 4 Scout model card: 17B active, 109B total including the vision tower.
    file: "llama-4-scout-17b-16e-instruct.json",
    architecture: "Llama4ForConditionalGeneration",
    layers: 48,
    pattern: { "chunked 8192": 36, full: 12 },
    kvBytesPerToken: 36 * 2 * 8 * 128 + 12 * 2 * 8 * 128 * 2,
    tiedEmbeddings: false,
    totalParameters: 109e9,
    activeParameters: 17e9,
    tolerance: 0.02,
  },
];

describe("real config files against their model cards", () => {
  for (const card of CARD_CASES) {
    it(`${card.file}: layers, KV bytes per token and parameters`, () => {
      const { model, architecture } = importFixture(card.file);

      expect(architecture).toBe(card.architecture);
      expect(model.layers).toHaveLength(card.layers);
      expect(layerPattern(model)).toEqual(card.pattern);
      expect(kvBytesPerToken(model)).toBe(card.kvBytesPerToken);
      const total = parameters(model, "all", card.tiedEmbeddings);
      const active = parameters(model, "active", card.tiedEmbeddings);
      expect(within(total, card.totalParameters, card.tolerance), `total ${total}`).toBe(true);
      expect(within(active, card.activeParameters, card.tolerance), `active ${active}`).toBe(true);
    });
  }

  it("Qwen2.5-7B without embeddings is the card's 6.53B", () => {
    const { model } = importFixture("qwen2.5-7b-instruct.json");
    const withoutEmbeddings = parameters(model, "all", true) - model.vocabSize! * model.hiddenSize;

    expect(within(withoutEmbeddings, 6.53e9, 0.002), String(withoutEmbeddings)).toBe(true);
  });

  it("Qwen3-30B-A3B without embeddings is the card's 29.9B", () => {
    const { model } = importFixture("qwen3-30b-a3b.json");
    const withoutEmbeddings = parameters(model, "all", true) - model.vocabSize! * model.hiddenSize;

    expect(within(withoutEmbeddings, 29.9e9, 0.002), String(withoutEmbeddings)).toBe(true);
  });

  it("Phi-4's CRLF file and derived head_dim", () => {
    expect(fixtureText("phi-4.json")).toContain("\r\n");
    const { model, defaultedFields } = importFixture("phi-4.json");

    expect(model.layers[0]!.attention).toMatchObject({ kind: "gqa", numQueryHeads: 40, numKvHeads: 10, headDim: 128 });
    expect(defaultedFields.map((field) => field.field)).toEqual(["head_dim"]);
  });

  it("OLMo 3 reads its listed layer_types", () => {
    const { model, defaultedFields } = importFixture("olmo-3.1-32b-instruct.json");
    const full = model.layers.flatMap((layer, index) => (windowLabel(layer.attention) === "full" ? [index] : []));

    expect(full).toEqual(Array.from({ length: 16 }, (_, block) => 4 * block + 3));
    expect(defaultedFields.map((field) => field.field)).not.toContain("layer_types");
  });
});

/** Gemma 3 text fields as google/gemma-3-4b-it's config.json gives them: no head counts, no head_dim. */
const GEMMA3_4B_TEXT: Json = {
  hidden_size: 2560,
  intermediate_size: 10240,
  model_type: "gemma3_text",
  num_hidden_layers: 34,
  rope_scaling: { factor: 8.0, rope_type: "linear" },
  sliding_window: 1024,
};

function gemma3(text: Json): Json {
  return { architectures: ["Gemma3ForConditionalGeneration"], model_type: "gemma3", text_config: text };
}

describe("Gemma", () => {
  it("Gemma 3 4B takes the class's heads and head_dim, and lists them", () => {
    const { model, defaultedFields } = importHfConfig(gemma3(GEMMA3_4B_TEXT), { file: "gemma-3-4b-it/config.json" });

    expect(model.id).toBe("gemma-3-4b-it");
    expect(model.layers[0]!.attention).toMatchObject({ numQueryHeads: 8, numKvHeads: 4, headDim: 256 });
    expect(defaultedFields.map((field) => field.field)).toEqual(
      expect.arrayContaining(["num_attention_heads", "num_key_value_heads", "head_dim", "sliding_window_pattern", "vocab_size"]),
    );
    for (const field of defaultedFields) expect(field.source).toContain("Gemma3TextConfig");
    // Text parameters plus the tied embedding: 3.88B, the card's 4.3B less its 0.42B vision tower.
    expect(within(parameters(model, "all", true), 3.88e9, 0.005)).toBe(true);
  });

  it("Gemma 3 makes every sixth layer full and slides the rest", () => {
    const { model } = importHfConfig(gemma3(GEMMA3_4B_TEXT), { file: "gemma-3-4b-it.json" });
    const full = model.layers.flatMap((layer, index) => (windowLabel(layer.attention) === "full" ? [index] : []));

    expect(full).toEqual([5, 11, 17, 23, 29]);
    expect(layerPattern(model)).toEqual({ "sliding 1024": 29, full: 5 });
  });

  it("Gemma 3 12B head_dim is 256, not 3840 / 16 = 240", () => {
    const text = { ...GEMMA3_4B_TEXT, hidden_size: 3840, intermediate_size: 15360, num_attention_heads: 16, num_hidden_layers: 48, num_key_value_heads: 8 };
    const { model } = importHfConfig(gemma3(text), { file: "gemma-3-12b-it.json" });

    expect(model.layers[0]!.attention).toMatchObject({ numQueryHeads: 16, numKvHeads: 8, headDim: 256 });
    expect(kvBytesPerToken(model)).toBe(48 * 2 * 8 * 256);
  });

  it("Gemma 3 1B text-only class reads sliding_window_pattern", () => {
    const config = {
      architectures: ["Gemma3ForCausalLM"],
      head_dim: 256,
      hidden_size: 1152,
      intermediate_size: 6912,
      num_attention_heads: 4,
      num_hidden_layers: 26,
      num_key_value_heads: 1,
      sliding_window: 512,
      sliding_window_pattern: 3,
      tie_word_embeddings: true,
      vocab_size: 262144,
    };
    const { model, defaultedFields } = importHfConfig(config, { file: "gemma-3-1b.json" });

    expect(layerPattern(model)).toEqual({ "sliding 512": 18, full: 8 });
    expect(model.tiedEmbeddings).toBe(true);
    expect(defaultedFields).toEqual([]);
  });

  it("Gemma 3 layer_types replaces the pattern", () => {
    const layerTypes = Array.from({ length: 34 }, (_, index) => (index < 2 ? "full_attention" : "sliding_attention"));
    const { model } = importHfConfig(gemma3({ ...GEMMA3_4B_TEXT, layer_types: layerTypes }), { file: "g.json" });

    expect(layerPattern(model)).toEqual({ "sliding 1024": 32, full: 2 });
  });

  it("Gemma 3 rejects a null head_dim, which the class keeps", () => {
    const error = catchCatalogError(() => importHfConfig(gemma3({ ...GEMMA3_4B_TEXT, head_dim: null }), { file: "g.json" }));

    expect(error.code).toBe("INVALID_MODEL_CONFIG");
    expect(error.field).toBe("head_dim");
  });

  it("Gemma 2 9B alternates sliding and full layers from layer 0", () => {
    const config = {
      architectures: ["Gemma2ForCausalLM"],
      head_dim: 256,
      hidden_size: 3584,
      intermediate_size: 14336,
      num_attention_heads: 16,
      num_hidden_layers: 42,
      num_key_value_heads: 8,
      sliding_window: 4096,
      vocab_size: 256000,
    };
    const { model, defaultedFields } = importHfConfig(config, { file: "gemma-2-9b.json" });

    expect(windowLabel(model.layers[0]!.attention)).toBe("sliding 4096");
    expect(windowLabel(model.layers[1]!.attention)).toBe("full");
    expect(layerPattern(model)).toEqual({ "sliding 4096": 21, full: 21 });
    expect(defaultedFields.map((field) => field.field)).toEqual(["layer_types", "tie_word_embeddings"]);
    expect(model.tiedEmbeddings).toBe(true);
    // Gemma 2 9B: 9.24B parameters with the tied embedding.
    expect(within(parameters(model, "all", model.tiedEmbeddings === true), 9.24e9, 0.005)).toBe(true);
  });
});

describe("MoE families", () => {
  const MIXTRAL_8X7B = {
    architectures: ["MixtralForCausalLM"],
    hidden_size: 4096,
    intermediate_size: 14336,
    num_attention_heads: 32,
    num_experts_per_tok: 2,
    num_hidden_layers: 32,
    num_key_value_heads: 8,
    num_local_experts: 8,
    sliding_window: null,
    vocab_size: 32000,
  };

  it("Mixtral 8x7B: two of eight experts, 46.7B total and 12.9B active", () => {
    const { model } = importHfConfig(MIXTRAL_8X7B, { file: "mixtral.json" });

    expect(model.layers.every((layer) => layer.ffn.kind === "moe")).toBe(true);
    expect(model.layers[0]!.ffn).toMatchObject({ numRoutedExperts: 8, numActiveExperts: 2, numSharedExperts: 0, expertIntermediateSize: 14336 });
    expect(layerPattern(model)).toEqual({ full: 32 });
    expect(within(parameters(model, "all", false), 46.7e9, 0.005)).toBe(true);
    expect(within(parameters(model, "active", false), 12.9e9, 0.005)).toBe(true);
  });

  it("Mixtral with a sliding window slides every layer", () => {
    const { model } = importHfConfig({ ...MIXTRAL_8X7B, sliding_window: 4096 }, { file: "mixtral.json" });

    expect(layerPattern(model)).toEqual({ "sliding 4096": 32 });
  });

  const GLM_45 = {
    architectures: ["Glm4MoeForCausalLM"],
    first_k_dense_replace: 3,
    head_dim: 128,
    hidden_size: 5120,
    intermediate_size: 12288,
    moe_intermediate_size: 1536,
    n_routed_experts: 160,
    n_shared_experts: 1,
    num_attention_heads: 96,
    num_experts_per_tok: 8,
    num_hidden_layers: 92,
    num_key_value_heads: 8,
    num_nextn_predict_layers: 1,
    partial_rotary_factor: 0.5,
    vocab_size: 151552,
  };

  it("GLM-4.5: 3 dense and 89 MoE layers, MTP skipped", () => {
    const { model, notes } = importHfConfig(GLM_45, { file: "glm-4.5.json" });

    expect(model.layers.filter((layer) => layer.ffn.kind === "dense")).toHaveLength(3);
    expect(model.layers.slice(3).every((layer) => layer.ffn.kind === "moe")).toBe(true);
    expect(model.layers[3]!.ffn).toMatchObject({ numRoutedExperts: 160, numActiveExperts: 8, numSharedExperts: 1 });
    expect(model.mtpLayers).toBe(1);
    expect(notes.join(" ")).toContain("multi-token-prediction");
    expect(kvBytesPerToken(model)).toBe(92 * 2 * 8 * 128);
    // 355B total with the 1 MTP layer (about 4B) the decode stack leaves out; 32B active.
    expect(within(parameters(model, "all", false), 355e9, 0.02)).toBe(true);
    expect(within(parameters(model, "active", false), 32e9, 0.05)).toBe(true);
  });

  it("GLM-4.5 without head_dim cannot derive one from 5120 / 96", () => {
    const { head_dim: _headDim, ...config } = GLM_45;
    const error = catchCatalogError(() => importHfConfig(config, { file: "glm-4.5.json" }));

    expect(error.code).toBe("MISSING_CONFIG_FIELD");
    expect(error.field).toBe("head_dim");
    expect(error.message).toContain("hidden_size 5120 is not a multiple of num_attention_heads 96");
    expect(error.message).not.toContain("undefined");
  });

  it("OLMoE: every layer MoE, 64 experts top 8", () => {
    const config = {
      architectures: ["OlmoeForCausalLM"],
      hidden_size: 2048,
      intermediate_size: 1024,
      num_attention_heads: 16,
      num_experts: 64,
      num_experts_per_tok: 8,
      num_hidden_layers: 16,
      num_key_value_heads: 16,
      vocab_size: 50304,
    };
    const { model } = importHfConfig(config, { file: "olmoe.json" });

    expect(model.layers[15]!.ffn).toMatchObject({ numRoutedExperts: 64, numActiveExperts: 8, numSharedExperts: 0 });
    // OLMoE-1B-7B: 6.9B total, 1.3B active.
    expect(within(parameters(model, "all", false), 6.9e9, 0.01)).toBe(true);
    expect(within(parameters(model, "active", false), 1.3e9, 0.02)).toBe(true);
  });
});

describe("DeepSeek-V2 takes DeepseekV2Config's defaults", () => {
  const V2_LITE = {
    architectures: ["DeepseekV2ForCausalLM"],
    first_k_dense_replace: 1,
    hidden_size: 2048,
    intermediate_size: 10944,
    kv_lora_rank: 512,
    moe_intermediate_size: 1408,
    moe_layer_freq: 1,
    n_routed_experts: 64,
    n_shared_experts: 2,
    num_attention_heads: 16,
    num_experts_per_tok: 6,
    num_hidden_layers: 27,
    q_lora_rank: null,
    qk_nope_head_dim: 128,
    qk_rope_head_dim: 64,
    v_head_dim: 128,
    tie_word_embeddings: false,
    vocab_size: 102400,
  };

  it("V2-Lite: 15.7B total, 2.4B active, 576 cached elements per layer", () => {
    const { model, defaultedFields } = importHfConfig(V2_LITE, { file: "deepseek-v2-lite.json" });

    expect(defaultedFields).toEqual([]);
    expect(model.layers[0]!.ffn.kind).toBe("dense");
    expect(model.layers[1]!.ffn).toMatchObject({ numRoutedExperts: 64, numActiveExperts: 6, numSharedExperts: 2 });
    expect(kvBytesPerToken(model)).toBe(27 * 576);
    expect(within(parameters(model, "all", false), 15.7e9, 0.005)).toBe(true);
    // The card's 2.4B active counts the embedding once.
    expect(within(parameters(model, "active", true), 2.4e9, 0.02)).toBe(true);
  });

  it("a V2 file without first_k_dense_replace has no dense layers, not V3's three", () => {
    const { first_k_dense_replace: _first, n_shared_experts: _shared, ...config } = V2_LITE;
    const { model, defaultedFields } = importHfConfig(config, { file: "v2.json" });

    expect(model.layers.every((layer) => layer.ffn.kind === "moe")).toBe(true);
    expect(model.layers[0]!.ffn).toMatchObject({ numSharedExperts: 2 });
    expect(defaultedFields).toEqual([
      { field: "first_k_dense_replace", value: 0, source: "DeepseekV2Config" },
      { field: "n_shared_experts", value: 2, source: "DeepseekV2Config" },
    ]);
  });
});

const QWEN3_NEXT_FILE = "qwen3-next-80b-a3b.class-defaults.json";

/** Indices of the layers whose attention has the given kind. */
function layersOfKind(model: ModelDescriptor, kind: AttentionKind["kind"]): number[] {
  return model.layers.flatMap((layer, index) => (layer.attention.kind === kind ? [index] : []));
}

describe("Qwen3-Next import", () => {
  it("builds Gated DeltaNet and gated GQA layers", () => {
    const { model, architecture, defaultedFields } = importFixture(QWEN3_NEXT_FILE);

    expect(architecture).toBe("Qwen3NextForCausalLM");
    expect(model.family).toBe("qwen3-next");
    expect(model.layers).toHaveLength(48);
    expect(layersOfKind(model, "gqa")).toEqual(Array.from({ length: 12 }, (_, block) => 4 * block + 3));
    expect(model.layers[0]!.attention).toEqual({
      kind: "linear",
      variant: "gdn",
      numHeads: 32,
      numKeyHeads: 16,
      keyHeadDim: 128,
      valueHeadDim: 128,
      convKernelSize: 4,
    });
    expect(model.layers[3]!.attention).toEqual({ kind: "gqa", numQueryHeads: 16, numKvHeads: 2, headDim: 256, elementwiseGate: true });
    expect(defaultedFields).toEqual([]);
  });

  it("MoE has 512 experts, top-10 and one shared", () => {
    const { model } = importFixture(QWEN3_NEXT_FILE);

    for (const layer of model.layers) {
      expect(layer.ffn).toEqual({
        kind: "moe",
        numRoutedExperts: 512,
        numActiveExperts: 10,
        numSharedExperts: 1,
        expertIntermediateSize: 512,
        sharedIntermediateSize: 512,
      });
    }
  });

  it("KV grows only in the 12 full layers", () => {
    const { model } = importFixture(QWEN3_NEXT_FILE);

    // 12 layers · 2 (K and V) · 2 KV heads · 256 at FP8 (1 byte) = 12,288 bytes per token.
    expect(kvBytesPerToken(model)).toBe(12_288);
    expect(new Set(model.layers.map((layer) => layer.cacheElementType))).toEqual(new Set(["fp8", "fp32"]));
  });

  it("GDN state per request is 36 FP32 matrices per value head", () => {
    const { model } = importFixture(QWEN3_NEXT_FILE);
    const gdnLayers = model.layers.filter((layer) => layer.attention.kind === "linear");
    const stateBytes = gdnLayers.reduce((total, layer) => total + linearStateBytes(layer.attention, layer.cacheElementType) / 2, 0);

    // 36 layers · 32 value heads · 128 · 128 · 4 bytes = 75,497,472 bytes held per request; the
    // decode cost reads and writes it, twice that.
    expect(gdnLayers).toHaveLength(36);
    expect(stateBytes).toBe(75_497_472);
  });

  it("README states the per-layer GDN state", () => {
    const { model } = importFixture(QWEN3_NEXT_FILE);
    const gdn = model.layers[0]!.attention;
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const stated = /(\d+) MiB per\s+Qwen3-Next layer/.exec(readme);

    expect(stated, "the README sentence on the Qwen3-Next state").not.toBeNull();
    // linearStateBytes counts the read and the write of one decoded token, twice the state.
    expect(Number(stated![1]) * 2 ** 20).toBe(linearStateBytes(gdn, "fp32") / 2);
  });

  it("parameters match the 80B-A3B model card", () => {
    // transformers' Qwen3-Next model docs: 80B total parameters, 3B active. The count leaves out
    // norms, the router and the short-convolution weights (under 0.1 %).
    const { model } = importFixture(QWEN3_NEXT_FILE);
    const total = parameters(model, "all", false);
    const embeddings = 2 * model.vocabSize! * model.hiddenSize;
    const activeWithoutEmbeddings = parameters(model, "active", false) - embeddings;

    expect(within(total, 80e9, 0.01), `total ${total}`).toBe(true);
    expect(Math.round(activeWithoutEmbeddings / 1e9), `active ${activeWithoutEmbeddings}`).toBe(3);
  });

  it("output gates are counted in the projections", () => {
    const { model } = importFixture(QWEN3_NEXT_FILE);
    const full = model.layers[3]!.attention;
    const gdn = model.layers[0]!.attention;

    // Gated q_proj 2048 × 8192, k and v 2048 × 512 each, o 4096 × 2048: 27,262,976 weights.
    expect(projectionFlops(full, 2048) / 2).toBe(27_262_976);
    // in_proj_qkvz 2048 × 12288, in_proj_ba 2048 × 64, out_proj 4096 × 2048: 33,685,504 weights.
    expect(projectionFlops(gdn, 2048) / 2).toBe(33_685_504);
  });

  it("layer_types wins over full_attention_interval", () => {
    const config = JSON.parse(fixtureText(QWEN3_NEXT_FILE)) as Json;
    config["layer_types"] = Array.from({ length: 48 }, (_, index) => (index % 2 === 0 ? "full_attention" : "linear_attention"));
    const { model } = importHfConfig(config, { file: "qwen3-next.json" });

    expect(layersOfKind(model, "gqa")).toHaveLength(24);
    expect(model.layers[0]!.attention.kind).toBe("gqa");
  });

  it("rejects sliding layers in layer_types", () => {
    const config = JSON.parse(fixtureText(QWEN3_NEXT_FILE)) as Json;
    config["layer_types"] = Array.from({ length: 48 }, (_, index) => (index === 5 ? "sliding_attention" : "linear_attention"));
    const error = catchCatalogError(() => importHfConfig(config, { file: "qwen3-next.json" }));

    expect(error.code).toBe("INVALID_MODEL_CONFIG");
    expect(error.field).toBe("layer_types[5]");
    expect(error.message).toContain("sliding_attention");
  });

  it("missing linear fields take the class defaults", () => {
    const config = JSON.parse(fixtureText(QWEN3_NEXT_FILE)) as Json;
    delete config["linear_num_key_heads"];
    delete config["full_attention_interval"];
    const { model, defaultedFields } = importHfConfig(config, { file: "qwen3-next.json" });

    expect(model.layers[0]!.attention).toMatchObject({ numKeyHeads: 16 });
    expect(layersOfKind(model, "gqa")).toHaveLength(12);
    expect(defaultedFields).toEqual([
      { field: "full_attention_interval", value: 4, source: "Qwen3NextConfig" },
      { field: "linear_num_key_heads", value: 16, source: "Qwen3NextConfig" },
    ]);
  });

  it("rejects key heads that do not divide value heads", () => {
    const config = JSON.parse(fixtureText(QWEN3_NEXT_FILE)) as Json;
    config["linear_num_key_heads"] = 12;
    const error = catchCatalogError(() => importHfConfig(config, { file: "qwen3-next.json" }));

    expect(error.code).toBe("INVALID_MODEL_CONFIG");
    expect(error.field).toBe("linear_num_key_heads");
    expect(error.value).toBe(12);
    expect(error.message).toContain("qwen3-next.json");
    expect(error.message).toContain("linear_num_value_heads (32)");
  });

  it("rejects value heads that are not a multiple of key heads", () => {
    const config = JSON.parse(fixtureText("qwen3.5-9b.json")) as Json;
    (config["text_config"] as Json)["linear_num_value_heads"] = 24;
    const error = catchCatalogError(() => importHfConfig(config, { file: "qwen3.5.json" }));

    expect(error.code).toBe("INVALID_MODEL_CONFIG");
    expect(error.field).toBe("linear_num_key_heads");
    expect(error.message).toContain("qwen3.5.json (text_config)");
    expect(error.message).toContain("linear_num_value_heads (24)");
  });

  it("unknown layer type lists only full and linear", () => {
    const config = JSON.parse(fixtureText(QWEN3_NEXT_FILE)) as Json;
    config["layer_types"] = Array.from({ length: 48 }, (_, index) => (index === 7 ? "mamba" : "linear_attention"));
    const error = catchCatalogError(() => importHfConfig(config, { file: "qwen3-next.json" }));

    expect(error.code).toBe("INVALID_MODEL_CONFIG");
    expect(error.field).toBe("layer_types[7]");
    expect(error.message).toContain("expected one of full_attention, linear_attention.");
    expect(error.message).not.toContain("sliding_attention");
  });

  it("mlp_only_layers makes a layer dense", () => {
    const config = JSON.parse(fixtureText(QWEN3_NEXT_FILE)) as Json;
    config["mlp_only_layers"] = [0];
    const { model } = importHfConfig(config, { file: "qwen3-next.json" });

    expect(model.layers[0]!.ffn).toEqual({ kind: "dense", intermediateSize: 5632 });
    expect(model.layers[1]!.ffn.kind).toBe("moe");
  });

  it("a dense layer needs intermediate_size", () => {
    const config = JSON.parse(fixtureText(QWEN3_NEXT_FILE)) as Json;
    config["decoder_sparse_step"] = 2;
    delete config["intermediate_size"];
    const error = catchCatalogError(() => importHfConfig(config, { file: "qwen3-next.json" }));

    expect(error.code).toBe("MISSING_CONFIG_FIELD");
    expect(error.field).toBe("intermediate_size");
  });

  it("all-MoE files do not need intermediate_size", () => {
    const config = JSON.parse(fixtureText(QWEN3_NEXT_FILE)) as Json;
    delete config["intermediate_size"];

    expect(importHfConfig(config, { file: "qwen3-next.json" }).model.layers).toHaveLength(48);
  });

  it("num_experts 0 makes every layer dense", () => {
    const config = JSON.parse(fixtureText(QWEN3_NEXT_FILE)) as Json;
    config["num_experts"] = 0;
    const result = importHfConfig(config, { file: "qwen3-next.json" });
    const moeModel = importFixture(QWEN3_NEXT_FILE).model;

    expect(result.model.layers).toHaveLength(48);
    for (const layer of result.model.layers) expect(layer.ffn).toEqual({ kind: "dense", intermediateSize: 5632 });
    expect(result.model.layers.map((layer) => layer.attention)).toEqual(moeModel.layers.map((layer) => layer.attention));
    expect(result.notes).toContain("num_experts is 0, so every layer has a dense MLP of intermediate_size, as in Qwen3NextConfig.");
  });

  it("num_experts 0 needs intermediate_size", () => {
    const config = JSON.parse(fixtureText(QWEN3_NEXT_FILE)) as Json;
    config["num_experts"] = 0;
    delete config["intermediate_size"];
    const error = catchCatalogError(() => importHfConfig(config, { file: "qwen3-next.json" }));

    expect(error.code).toBe("MISSING_CONFIG_FIELD");
    expect(error.field).toBe("intermediate_size");
  });

  it("rejects a negative num_experts", () => {
    const config = JSON.parse(fixtureText(QWEN3_NEXT_FILE)) as Json;
    config["num_experts"] = -1;
    const error = catchCatalogError(() => importHfConfig(config, { file: "qwen3-next.json" }));

    expect(error.code).toBe("INVALID_MODEL_CONFIG");
    expect(error.field).toBe("num_experts");
    expect(error.message).toContain("expected an integer ≥ 0");
  });
});

describe("Qwen3.5 import", () => {
  it("reads the 9B file's text_config", () => {
    const { model, architecture, notes } = importFixture("qwen3.5-9b.json");

    expect(architecture).toBe("Qwen3_5ForConditionalGeneration");
    expect(model.family).toBe("qwen3-next");
    expect(model.hiddenSize).toBe(4096);
    expect(model.vocabSize).toBe(248320);
    expect(model.layers).toHaveLength(32);
    expect(layersOfKind(model, "gqa")).toEqual(Array.from({ length: 8 }, (_, block) => 4 * block + 3));
    expect(model.layers[3]!.attention).toEqual({ kind: "gqa", numQueryHeads: 16, numKvHeads: 4, headDim: 256, elementwiseGate: true });
    expect(model.layers[0]!.attention).toMatchObject({ variant: "gdn", numHeads: 32, numKeyHeads: 16 });
    expect(model.layers.every((layer) => layer.ffn.kind === "dense" && layer.ffn.intermediateSize === 12288)).toBe(true);
    expect(model.mtpLayers).toBe(1);
    expect(notes).toEqual(["Skipped 1 multi-token-prediction layer(s) (mtp_num_hidden_layers)."]);
  });

  it("KV per token counts 8 full layers", () => {
    const { model } = importFixture("qwen3.5-9b.json");

    // 8 layers · 2 · 4 KV heads · 256 at FP8 = 16,384 bytes per token.
    expect(kvBytesPerToken(model)).toBe(16_384);
  });

  it("attn_output_gate false drops the gate", () => {
    const config = JSON.parse(fixtureText("qwen3.5-9b.json")) as Json;
    (config["text_config"] as Json)["attn_output_gate"] = false;
    const { model } = importHfConfig(config, { file: "qwen3.5.json" });

    expect(model.layers[3]!.attention).toEqual({ kind: "gqa", numQueryHeads: 16, numKvHeads: 4, headDim: 256 });
  });

  it("MoE files put experts on every layer", () => {
    // The Qwen3_5MoeTextConfig defaults for the fields the import requires.
    const config = {
      architectures: ["Qwen3_5MoeForConditionalGeneration"],
      text_config: {
        hidden_size: 2048,
        num_hidden_layers: 40,
        num_attention_heads: 16,
        moe_intermediate_size: 512,
        num_experts: 256,
        num_experts_per_tok: 8,
      },
    };
    const { model, defaultedFields } = importHfConfig(config, { file: "qwen3.5-moe.json" });

    expect(layersOfKind(model, "gqa")).toHaveLength(10);
    expect(model.layers[3]!.attention).toMatchObject({ numKvHeads: 2, headDim: 256 });
    expect(model.layers.every((layer) => layer.ffn.kind === "moe" && layer.ffn.numSharedExperts === 1)).toBe(true);
    expect(model.vocabSize).toBe(248320);
    expect(defaultedFields.map((field) => field.source)).toEqual(Array(defaultedFields.length).fill("Qwen3_5MoeTextConfig"));
  });

  it("MoE files reject num_experts 0", () => {
    // Qwen3_5MoeDecoderLayer builds a sparse MoE block on every layer, with no dense fallback.
    const config = {
      architectures: ["Qwen3_5MoeForConditionalGeneration"],
      text_config: {
        hidden_size: 2048,
        num_hidden_layers: 40,
        num_attention_heads: 16,
        intermediate_size: 5632,
        moe_intermediate_size: 512,
        num_experts: 0,
        num_experts_per_tok: 8,
      },
    };
    const error = catchCatalogError(() => importHfConfig(config, { file: "qwen3.5-moe.json" }));

    expect(error.code).toBe("INVALID_MODEL_CONFIG");
    expect(error.field).toBe("num_experts");
  });
});

describe("architectures the importer does not model", () => {
  it("Kimi Linear points at the built-in model", () => {
    const error = catchCatalogError(() => importHfConfig({ architectures: ["KimiLinearForCausalLM"] }, { file: "kimi.json" }));

    expect(error.message).toContain('"kimi-linear"');
  });
});

describe("import arguments", () => {
  const text = fixtureText("qwen3-32b.json");

  it("a Buffer names readFileSync's encoding, not bad JSON", () => {
    const buffer = readFileSync(new URL("qwen3-32b.json", FIXTURES));
    const error = catchCatalogError(() => importHfConfigText(buffer as unknown as string));

    expect(error.code).toBe("INVALID_OPTION");
    expect(error.field).toBe("text");
    expect(error.message).toContain("got a Buffer");
    expect(error.message).toContain('readFileSync(path, "utf8")');
  });

  it("a misspelt option instead of naming the model imported-model", () => {
    const error = catchCatalogError(() => importHfConfigText(text, { fille: "qwen3-32b.json" } as never));

    expect(error.code).toBe("INVALID_OPTION");
    expect(error.field).toBe("fille");
    expect(error.message).toContain("file, id, name");
  });

  it("options that are not an object of strings", () => {
    const cases: [unknown, string][] = [
      ["qwen3-32b.json", "options"],
      [null, "options"],
      [{ file: 42 }, "file"],
      [{ id: "" }, "id"],
    ];
    for (const [options, field] of cases) {
      const error = catchCatalogError(() => importHfConfig(JSON.parse(text), options as never));

      expect(error.code, JSON.stringify(options)).toBe("INVALID_OPTION");
      expect(error.field).toBe(field);
    }
  });

  it("undefined options and undefined fields keep the defaults", () => {
    expect(importHfConfigText(text).model.id).toBe("imported-model");
    expect(importHfConfigText(text, { file: "qwen3-32b.json", id: undefined }).model.id).toBe("qwen3-32b");
  });
});

describe("Llama 4 list fields as published", () => {
  /** The Scout fixture with `text_config` fields replaced. */
  function scoutWith(fields: Json): Json {
    const config = JSON.parse(fixtureText("llama-4-scout-17b-16e-instruct.json")) as Json;
    config["text_config"] = { ...(config["text_config"] as Json), ...fields };
    return config;
  }

  it("an empty no_rope_layers takes the class default, as Llama4TextConfig does", () => {
    // Published files such as unsloth/Llama-4-Scout-17B-16E give "no_rope_layers": [], which the class replaces.
    const { model, defaultedFields } = importHfConfig(scoutWith({ no_rope_layers: [] }), { file: "scout.json" });

    expect(layerPattern(model)).toEqual({ "chunked 8192": 36, full: 12 });
    expect(model.layers.map((layer) => windowLabel(layer.attention))).toEqual(importFixture("llama-4-scout-17b-16e-instruct.json").model.layers.map((layer) => windowLabel(layer.attention)));
    const noRope = defaultedFields.find((field) => field.field === "no_rope_layers");
    expect(noRope?.value).toContain("no_rope_layers is empty");
  });

  it("a no_rope_layers list of the wrong length names both lengths", () => {
    const error = catchCatalogError(() => importHfConfig(scoutWith({ no_rope_layers: [1, 1, 1, 0] }), { file: "scout.json" }));

    expect(error.code).toBe("INVALID_MODEL_CONFIG");
    expect(error.field).toBe("no_rope_layers");
    expect(error.value).toEqual([1, 1, 1, 0]);
    expect(error.message).toContain("it has 4 entries, expected 48 entries");
    expect(error.message).not.toContain('"4 entries"');
  });
});

describe("Mistral 3 multimodal files", () => {
  it("Mistral Small 3.1 reads its MistralConfig text_config", () => {
    const config = {
      architectures: ["Mistral3ForConditionalGeneration"],
      model_type: "mistral3",
      tie_word_embeddings: false,
      text_config: {
        head_dim: 128,
        hidden_size: 5120,
        intermediate_size: 32768,
        model_type: "mistral",
        num_attention_heads: 32,
        num_hidden_layers: 40,
        num_key_value_heads: 8,
        sliding_window: null,
        vocab_size: 131072,
      },
      vision_config: { hidden_size: 1024, model_type: "pixtral" },
    };
    const { model, defaultedFields } = importHfConfig(config, { file: "Mistral-Small-3.1-24B-Instruct-2503/config.json" });

    expect(model.id).toBe("mistral-small-3.1-24b-instruct-2503");
    expect(layerPattern(model)).toEqual({ full: 40 });
    expect(model.layers[0]!.attention).toMatchObject({ numQueryHeads: 32, numKvHeads: 8, headDim: 128 });
    expect(defaultedFields).toEqual([]);
    expect(model.tiedEmbeddings).toBe(false);
    // 23.6B for the language model; the card's 24B adds the vision encoder.
    expect(within(parameters(model, "all", false), 23.57e9, 0.005)).toBe(true);
  });

  it("a text_config saved without num_attention_heads takes MistralConfig's 32, listed", () => {
    // transformers saves a sub-config without the fields equal to its class defaults.
    const config = {
      architectures: ["Mistral3ForConditionalGeneration"],
      text_config: { head_dim: 128, hidden_size: 5120, intermediate_size: 32768, num_hidden_layers: 40, num_key_value_heads: 8, sliding_window: null, vocab_size: 131072 },
    };
    const { model, defaultedFields } = importHfConfig(config, { file: "mistral-small-3.1.json" });

    expect(model.layers[0]!.attention).toMatchObject({ numQueryHeads: 32, numKvHeads: 8, headDim: 128 });
    expect(defaultedFields).toEqual([
      { field: "num_attention_heads", value: 32, source: "MistralConfig" },
      { field: "tie_word_embeddings", value: false, source: "MistralConfig" },
    ]);
  });

  it("a ministral3 text_config takes Ministral3Config's defaults", () => {
    // Ministral 3 14B's shape (NVIDIA Megatron-Bridge model page: 40 layers, hidden size 5120,
    // 32 heads, 8 KV heads), saved without the fields equal to Ministral3Config's defaults:
    // head_dim 128 (not 5120 / 32 = 160) and a null sliding_window (not MistralConfig's 4096).
    const config = {
      architectures: ["Mistral3ForConditionalGeneration"],
      model_type: "mistral3",
      text_config: { hidden_size: 5120, intermediate_size: 16384, model_type: "ministral3", num_hidden_layers: 40 },
    };
    const { model, defaultedFields } = importHfConfig(config, { file: "ministral-3-14b.json" });

    expect(layerPattern(model)).toEqual({ full: 40 });
    expect(model.layers[0]!.attention).toMatchObject({ numQueryHeads: 32, numKvHeads: 8, headDim: 128 });
    expect(kvBytesPerToken(model)).toBe(40 * 2 * 8 * 128);
    expect(defaultedFields.map((field) => field.field)).toEqual(
      expect.arrayContaining(["num_attention_heads", "num_key_value_heads", "head_dim", "sliding_window"]),
    );
    for (const field of defaultedFields) expect(field.source).toContain("Ministral3Config");
  });

  it("a ministral3 text_config keeps a window it sets", () => {
    const config = {
      architectures: ["Mistral3ForConditionalGeneration"],
      text_config: { hidden_size: 5120, intermediate_size: 16384, model_type: "ministral3", num_hidden_layers: 40, sliding_window: 4096 },
    };

    expect(layerPattern(importHfConfig(config, { file: "m.json" }).model)).toEqual({ "sliding 4096": 40 });
  });

  it("Ministral3ForCausalLM takes Ministral3Config's defaults", () => {
    const config = {
      architectures: ["Ministral3ForCausalLM"],
      hidden_size: 5120,
      intermediate_size: 16384,
      num_attention_heads: 32,
      num_hidden_layers: 40,
    };
    const { model, architecture, defaultedFields } = importHfConfig(config, { file: "ministral-3-text.json" });

    expect(architecture).toBe("Ministral3ForCausalLM");
    expect(layerPattern(model)).toEqual({ full: 40 });
    expect(model.layers[0]!.attention).toMatchObject({ numQueryHeads: 32, numKvHeads: 8, headDim: 128 });
    for (const field of defaultedFields) expect(field.source).toContain("Ministral3Config");
    expect(SUPPORTED_ARCHITECTURES.filter((name) => name === "Mistral3ForConditionalGeneration")).toHaveLength(1);
  });

  it("a top-level Mistral file still needs num_attention_heads", () => {
    const config = JSON.parse(fixtureText("mistral-7b-instruct-v0.3.json")) as Json;
    delete config["num_attention_heads"];

    expect(catchCatalogError(() => importHfConfig(config, { file: "m.json" })).code).toBe("MISSING_CONFIG_FIELD");
  });
});
