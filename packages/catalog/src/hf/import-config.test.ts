import { readFileSync, readdirSync } from "node:fs";

import {
  isAttentionError,
  type AttentionKind,
  type GroupedQueryAttention,
  type MultiHeadLatentAttention,
} from "@modelsys/attention";
import { describe, expect, it } from "vitest";

import { catchCatalogError } from "../catch-catalog-error.test-helpers.js";
import { CatalogError, isCatalogError } from "../errors.js";
import type { LayerDescriptor, MoeFfn } from "../model.js";
import { getModel } from "../registry.js";
import { SUPPORTED_ARCHITECTURES, importHfConfig, importHfConfigText, type HfImportResult } from "./import-config.js";

const FIXTURES = new URL("../../fixtures/hf-configs/", import.meta.url);
const FIXTURE_FILES = readdirSync(FIXTURES)
  .filter((name) => name.endsWith(".json"))
  .sort();

/** Fixture files whose model has a built-in entry, and that entry's id. */
const BUILTIN_OF_FIXTURE: Record<string, string> = {
  "deepseek-v3.json": "deepseek-v3",
  "kimi-k2-instruct.json": "kimi-k2",
  "qwen3-235b-a22b.json": "qwen3-235b-a22b",
  "qwen3-32b.json": "qwen3-32b",
  "llama-4-maverick-17b-128e-instruct.json": "llama-4-maverick",
  "minimax-m1.json": "minimax-m1",
  "ernie-4.5-300b-a47b.paddle-pretrain.json": "ernie-4.5-300b-a47b",
};

type Json = Record<string, unknown>;

function fixtureText(file: string): string {
  return readFileSync(new URL(file, FIXTURES), "utf8");
}

/** Parses a fixture into a fresh object that a test may change. */
function fixtureJson(file: string): Json {
  return JSON.parse(fixtureText(file)) as Json;
}

function importFixture(file: string): HfImportResult {
  return importHfConfigText(fixtureText(file), { file });
}

/** Returns `text_config` where the file nests one, else the top level, because the importer reads its fields there. */
function fieldsOf(config: Json): Json {
  const textConfig = config["text_config"];
  return textConfig !== null && typeof textConfig === "object" ? (textConfig as Json) : config;
}

function gqaAt(layers: readonly LayerDescriptor[], index: number): GroupedQueryAttention {
  const attention = layers[index]!.attention;
  expect(attention.kind).toBe("gqa");
  return attention as GroupedQueryAttention;
}

function windowKind(attention: AttentionKind): string {
  return attention.kind === "linear" || attention.window === undefined ? "full" : attention.window.kind;
}

function indicesWhere(layers: readonly LayerDescriptor[], test: (layer: LayerDescriptor) => boolean): number[] {
  return layers.flatMap((layer, index) => (test(layer) ? [index] : []));
}

describe("real config files", () => {
  it("fixture folder has the expected files", () => {
    expect(FIXTURE_FILES).toHaveLength(21);
    for (const file of Object.keys(BUILTIN_OF_FIXTURE)) expect(FIXTURE_FILES).toContain(file);
  });

  for (const file of FIXTURE_FILES) {
    it(`${file} imports`, () => {
      const result = importFixture(file);

      expect(result.model.layers.length).toBeGreaterThan(0);
      expect(SUPPORTED_ARCHITECTURES).toContain(result.architecture);
      expect(result.model.source).toBe(`Imported from ${file} (${result.architecture})`);
      // gpt-oss-20b is the one fixture whose quantization_config keeps weights in BF16.
      expect(result.model.weightElementType).toBe(file === "gpt-oss-20b.json" ? "bf16" : "fp8");
    });
  }

  for (const [file, id] of Object.entries(BUILTIN_OF_FIXTURE)) {
    it(`${file} matches built-in ${id}`, () => {
      const imported = importFixture(file).model;
      const builtin = getModel(id);

      expect(imported.layers).toHaveLength(builtin.layers.length);
      expect(imported.layers.map((layer) => layer.attention)).toEqual(builtin.layers.map((layer) => layer.attention));
      expect(imported.layers.map((layer) => layer.ffn)).toEqual(builtin.layers.map((layer) => layer.ffn));
      expect(imported.layers.map((layer) => layer.cacheElementType)).toEqual(
        builtin.layers.map((layer) => layer.cacheElementType),
      );
      expect(imported.hiddenSize).toBe(builtin.hiddenSize);
      expect(imported.mtpLayers).toBe(builtin.mtpLayers);
      expect(imported.weightElementType).toBe(builtin.weightElementType);
      expect(imported.routedExpertWeightFormat).toBe(builtin.routedExpertWeightFormat);
    });
  }

  it("KV type ignores torch_dtype", () => {
    for (const file of FIXTURE_FILES) {
      const config = fixtureJson(file);
      config["torch_dtype"] = "float32";
      fieldsOf(config)["torch_dtype"] = "float32";

      const original = importFixture(file).model.layers;
      const changed = importHfConfig(config, { file }).model.layers;

      expect(changed.map((layer) => layer.cacheElementType), file).toEqual(original.map((layer) => layer.cacheElementType));
    }

    const deepseek = fixtureJson("deepseek-v3.json");
    deepseek["torch_dtype"] = "float32";
    const layers = importHfConfig(deepseek, { file: "deepseek-v3.json" }).model.layers;
    expect(new Set(layers.map((layer) => layer.cacheElementType))).toEqual(new Set(["fp8"]));
  });
});

describe("README example", () => {
  it("defaults the Qwen3 fields it lists", () => {
    const config = {
      architectures: ["Qwen3ForCausalLM"],
      model_type: "qwen3",
      hidden_size: 5120,
      intermediate_size: 25600,
      num_hidden_layers: 64,
      num_attention_heads: 64,
      num_key_value_heads: 8,
      head_dim: 128,
      vocab_size: 151936,
    };
    const { defaultedFields, notes } = importHfConfigText(JSON.stringify(config), { file: "config.json" });

    expect(defaultedFields).toEqual([
      { field: "use_sliding_window", value: false, source: "Qwen3Config" },
      { field: "tie_word_embeddings", value: false, source: "Qwen3Config" },
    ]);
    expect(notes).toEqual([]);
  });
});

describe("imported facts", () => {
  it("gpt-oss-20b alternates sliding and full", () => {
    const { layers } = importFixture("gpt-oss-20b.json").model;
    const sliding = indicesWhere(layers, (layer) => windowKind(layer.attention) === "sliding");
    const full = indicesWhere(layers, (layer) => windowKind(layer.attention) === "full");

    expect(layers).toHaveLength(24);
    expect(sliding).toHaveLength(12);
    expect(full).toHaveLength(12);
    expect(sliding[0]).toBe(0);
    expect(gqaAt(layers, 0).window).toEqual({ kind: "sliding", sizeTokens: 128 });
  });

  it("gpt-oss-20b head_dim is 64, not 45", () => {
    const { layers, hiddenSize } = importFixture("gpt-oss-20b.json").model;

    expect(Math.floor(hiddenSize / gqaAt(layers, 0).numQueryHeads)).toBe(45);
    for (let index = 0; index < layers.length; index += 1) expect(gqaAt(layers, index).headDim).toBe(64);
  });

  it("gpt-oss-20b is all MoE, 32 experts top-4", () => {
    const { layers } = importFixture("gpt-oss-20b.json").model;

    for (const layer of layers) {
      expect(layer.ffn).toEqual({
        kind: "moe",
        numRoutedExperts: 32,
        numActiveExperts: 4,
        numSharedExperts: 0,
        expertIntermediateSize: 2880,
        sharedIntermediateSize: 2880,
      });
    }
  });

  it("gpt-oss default layer pattern matches layer_types", () => {
    const config = fixtureJson("gpt-oss-20b.json");
    delete config["layer_types"];

    const defaulted = importHfConfig(config, { file: "gpt-oss-20b.json" }).model.layers;
    expect(defaulted).toEqual(importFixture("gpt-oss-20b.json").model.layers);
  });

  it("MiniMax-M1 has 70 linear and 10 softmax layers", () => {
    const { layers } = importFixture("minimax-m1.json").model;
    const softmax = indicesWhere(layers, (layer) => layer.attention.kind === "gqa");
    const linear = indicesWhere(layers, (layer) => layer.attention.kind === "linear");

    expect(softmax).toEqual([7, 15, 23, 31, 39, 47, 55, 63, 71, 79]);
    expect(linear).toHaveLength(70);
    for (const index of softmax) expect(layers[index]!.cacheElementType).toBe("bf16");
    for (const index of linear) expect(layers[index]!.cacheElementType).toBe("fp32");
  });

  it("MiniMax-M1 lightning state is 64 × 128 × 128", () => {
    const { layers } = importFixture("minimax-m1.json").model;

    expect(layers[0]!.attention).toEqual({
      kind: "linear",
      variant: "lightning",
      numHeads: 64,
      keyHeadDim: 128,
      valueHeadDim: 128,
    });
  });

  it("MiniMax layer_types replaces attn_type_list", () => {
    const config = fixtureJson("minimax-m1.json");
    const list = config["attn_type_list"] as number[];
    config["layer_types"] = list.map((value) => (value === 1 ? "full_attention" : "linear_attention"));
    delete config["attn_type_list"];

    const fromTypes = importHfConfig(config, { file: "minimax-m1.json" }).model.layers;
    expect(fromTypes).toEqual(importFixture("minimax-m1.json").model.layers);
  });

  it("Llama 4 has 36 chunked and 12 global layers", () => {
    const { layers } = importFixture("llama-4-maverick-17b-128e-instruct.json").model;
    const chunked = indicesWhere(layers, (layer) => windowKind(layer.attention) === "chunked");
    const global = indicesWhere(layers, (layer) => windowKind(layer.attention) === "full");

    expect(chunked).toHaveLength(36);
    expect(global).toEqual([3, 7, 11, 15, 19, 23, 27, 31, 35, 39, 43, 47]);
    expect(gqaAt(layers, 0).window).toEqual({ kind: "chunked", sizeTokens: 8192 });
    for (const index of global) expect(layers[index]!.cacheElementType).toBe("bf16");
    for (const index of chunked) expect(layers[index]!.cacheElementType).toBe("fp8");
  });

  it("Llama 4 lists its defaulted layer split", () => {
    const fields = importFixture("llama-4-maverick-17b-128e-instruct.json").defaultedFields.map((entry) => entry.field);

    expect(fields).toContain("no_rope_layers");
    expect(fields).toContain("moe_layers");
  });

  it("Llama 4 explicit layer lists match defaults", () => {
    const config = fixtureJson("llama-4-maverick-17b-128e-instruct.json");
    const text = fieldsOf(config);
    text["no_rope_layers"] = Array.from({ length: 48 }, (_, index) => ((index + 1) % 4 === 0 ? 0 : 1));
    text["moe_layers"] = Array.from({ length: 24 }, (_, index) => 2 * index + 1);

    const result = importHfConfig(config, { file: "llama4.json" });
    const fields = result.defaultedFields.map((entry) => entry.field);

    expect(result.model.layers).toEqual(importFixture("llama-4-maverick-17b-128e-instruct.json").model.layers);
    expect(fields).not.toContain("no_rope_layers");
    expect(fields).not.toContain("moe_layers");
  });

  it("DeepSeek-V3 skips its MTP layer", () => {
    const result = importFixture("deepseek-v3.json");

    expect(result.model.mtpLayers).toBe(1);
    expect(result.model.layers).toHaveLength(61);
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0]).toContain("num_nextn_predict_layers");
    expect(result.model.notes).toEqual(result.notes);
  });

  it("DeepSeek-V3 file defaults nothing", () => {
    expect(importFixture("deepseek-v3.json").defaultedFields).toEqual([]);
  });

  it("DeepSeek q_lora_rank null means no query low rank", () => {
    const config = fixtureJson("deepseek-v3.json");
    config["q_lora_rank"] = null;

    const result = importHfConfig(config, { file: "deepseek-v2-lite.json" });
    const attention = result.model.layers[0]!.attention as MultiHeadLatentAttention;

    expect(attention.kind).toBe("mla");
    expect(attention.qLoraRank).toBeNull();
    expect(result.defaultedFields.map((entry) => entry.field)).not.toContain("q_lora_rank");
  });

  it("ERNIE keeps 54 of 56 layers", () => {
    const result = importFixture("ernie-4.5-300b-a47b.paddle-pretrain.json");

    expect(result.model.layers).toHaveLength(54);
    expect(result.notes.some((note) => note.includes("remove_tail_layer"))).toBe(true);
  });

  it("ERNIE head_dim is derived and listed", () => {
    const result = importFixture("ernie-4.5-300b-a47b.paddle-pretrain.json");
    const headDim = result.defaultedFields.find((entry) => entry.field === "head_dim");

    expect(gqaAt(result.model.layers, 0).headDim).toBe(128);
    expect(headDim?.value).toBe(128);
    expect(headDim?.source).toContain("Ernie4_5_MoeConfig");
  });

  it("Mistral Small head_dim is 128, not 160", () => {
    const { layers, hiddenSize } = importFixture("mistral-small-24b-instruct-2501.json").model;
    const attention = gqaAt(layers, 0);

    expect(hiddenSize / attention.numQueryHeads).toBe(160);
    expect(attention.headDim).toBe(128);
    expect(attention.window).toBeUndefined();
  });

  it("Qwen3-32B head_dim is 128, not 80", () => {
    const { layers, hiddenSize } = importFixture("qwen3-32b.json").model;
    const attention = gqaAt(layers, 0);

    expect(hiddenSize / attention.numQueryHeads).toBe(80);
    expect(attention.headDim).toBe(128);
  });

  it("Qwen3 head_dim defaults to 128", () => {
    const config = fixtureJson("qwen3-4b.json");
    delete config["head_dim"];

    const result = importHfConfig(config, { file: "qwen3-4b.json" });
    expect(gqaAt(result.model.layers, 0).headDim).toBe(128);
    expect(result.defaultedFields).toContainEqual({ field: "head_dim", value: 128, source: "Qwen3Config" });
  });

  it("Llama head_dim derives from hidden size", () => {
    const config = fixtureJson("llama-3.2-1b-instruct.json");
    delete config["head_dim"];

    const result = importHfConfig(config, { file: "llama.json" });
    expect(gqaAt(result.model.layers, 0).headDim).toBe(2048 / 32);
    expect(result.defaultedFields.map((entry) => entry.field)).toContain("head_dim");
  });

  it("null head_dim derives where the class derives it", () => {
    const cases: { file: string; headDim: number; source: string }[] = [
      { file: "llama-3.2-1b-instruct.json", headDim: 2048 / 32, source: "LlamaConfig" },
      { file: "mistral-small-24b-instruct-2501.json", headDim: 5120 / 32, source: "MistralConfig" },
      { file: "gpt-oss-20b.json", headDim: 2880 / 64, source: "GptOssConfig" },
      { file: "llama-4-maverick-17b-128e-instruct.json", headDim: 5120 / 40, source: "Llama4TextConfig" },
      { file: "minimax-m1.json", headDim: 6144 / 64, source: "MiniMaxConfig" },
    ];

    for (const { file, headDim, source } of cases) {
      const config = fixtureJson(file);
      fieldsOf(config)["head_dim"] = null;

      const result = importHfConfig(config, { file });
      const entry = result.defaultedFields.find((field) => field.field === "head_dim");
      const softmax = result.model.layers.find((layer) => layer.attention.kind === "gqa")!;

      expect((softmax.attention as GroupedQueryAttention).headDim, file).toBe(headDim);
      expect(entry?.value, file).toBe(headDim);
      expect(entry?.source, file).toContain(source);
    }
  });

  it("Qwen3 rejects a null head_dim", () => {
    const config = fixtureJson("qwen3-32b.json");
    config["head_dim"] = null;

    const error = catchCatalogError(() => importHfConfig(config, { file: "qwen3-32b.json" }));

    expect(error.code).toBe("INVALID_MODEL_CONFIG");
    expect(error.field).toBe("head_dim");
    expect(error.value).toBeNull();
    expect(error.message).toContain("Qwen3Config");
    expect(error.message).toContain("128");
  });

  it("null sliding_window turns Qwen sliding off", () => {
    for (const file of ["qwen3-4b.json", "qwen3-235b-a22b.json"]) {
      const config = fixtureJson(file);
      config["use_sliding_window"] = true;
      config["sliding_window"] = null;
      config["max_window_layers"] = 0;

      const result = importHfConfig(config, { file });

      expect(indicesWhere(result.model.layers, (layer) => windowKind(layer.attention) !== "full"), file).toEqual([]);
      expect(result.notes.some((note) => note.includes("use_sliding_window") && note.includes("sliding_window")), file).toBe(true);
      expect(result.defaultedFields.map((entry) => entry.field), file).not.toContain("sliding_window");
    }
  });

  it("gpt-oss default pattern with null window is full", () => {
    const config = fixtureJson("gpt-oss-20b.json");
    delete config["layer_types"];
    config["sliding_window"] = null;

    const result = importHfConfig(config, { file: "gpt-oss-20b.json" });

    expect(indicesWhere(result.model.layers, (layer) => windowKind(layer.attention) !== "full")).toEqual([]);
    expect(result.notes.some((note) => note.includes("sliding_window"))).toBe(true);
  });

  it("sliding layer_types need a window", () => {
    const config = fixtureJson("gpt-oss-20b.json");
    config["sliding_window"] = null;

    const error = catchCatalogError(() => importHfConfig(config, { file: "gpt-oss-20b.json" }));

    expect(error.code).toBe("INVALID_MODEL_CONFIG");
    expect(error.field).toBe("sliding_window");
    expect(error.message).toContain("layer_types");
    expect(error.message).toContain("layer 0");
  });

  it("missing vocab_size takes the class default", () => {
    const cases: { file: string; vocabSize: number; source: string }[] = [
      { file: "deepseek-v3.json", vocabSize: 129280, source: "DeepseekV3Config" },
      { file: "qwen3-32b.json", vocabSize: 151936, source: "Qwen3Config" },
      { file: "qwen3-235b-a22b.json", vocabSize: 151936, source: "Qwen3MoeConfig" },
      { file: "llama-3.2-1b-instruct.json", vocabSize: 32000, source: "LlamaConfig" },
      { file: "mistral-small-24b-instruct-2501.json", vocabSize: 32000, source: "MistralConfig" },
      { file: "gpt-oss-20b.json", vocabSize: 201088, source: "GptOssConfig" },
      { file: "llama-4-maverick-17b-128e-instruct.json", vocabSize: 202048, source: "Llama4TextConfig" },
      { file: "minimax-m1.json", vocabSize: 32000, source: "MiniMaxConfig" },
      { file: "ernie-4.5-300b-a47b.paddle-pretrain.json", vocabSize: 103424, source: "Ernie4_5_MoeConfig" },
    ];

    for (const { file, vocabSize, source } of cases) {
      const config = fixtureJson(file);
      delete fieldsOf(config)["vocab_size"];

      const result = importHfConfig(config, { file });

      expect(result.model.vocabSize, file).toBe(vocabSize);
      expect(result.defaultedFields, file).toContainEqual({ field: "vocab_size", value: vocabSize, source });
    }

    const step3 = step3Config();
    delete fieldsOf(step3)["vocab_size"];
    const result = importHfConfig(step3, { file: "step3.json" });
    expect(result.model.vocabSize).toBe(128815);
    expect(result.defaultedFields).toContainEqual({ field: "vocab_size", value: 128815, source: "Step3TextConfig" });
  });

  it("listed vocab_size is not a default", () => {
    for (const file of FIXTURE_FILES) {
      const result = importFixture(file);

      expect(result.model.vocabSize, file).toBe(fieldsOf(fixtureJson(file))["vocab_size"]);
      expect(result.defaultedFields.map((entry) => entry.field), file).not.toContain("vocab_size");
    }
  });

  it("Qwen sliding layers start at max_window_layers", () => {
    const config = fixtureJson("qwen3-4b.json");
    config["use_sliding_window"] = true;
    config["sliding_window"] = 4096;
    config["max_window_layers"] = 28;

    const { layers } = importHfConfig(config, { file: "qwen3-4b.json" }).model;
    const sliding = indicesWhere(layers, (layer) => windowKind(layer.attention) === "sliding");

    expect(sliding).toEqual(Array.from({ length: 8 }, (_, offset) => 28 + offset));
    expect(gqaAt(layers, 35).window).toEqual({ kind: "sliding", sizeTokens: 4096 });
  });

  it("Mistral sliding window is listed once", () => {
    const config = fixtureJson("mistral-small-24b-instruct-2501.json");
    delete config["sliding_window"];

    const result = importHfConfig(config, { file: "mistral.json" });
    const listed = result.defaultedFields.filter((entry) => entry.field === "sliding_window");

    expect(gqaAt(result.model.layers, 39).window).toEqual({ kind: "sliding", sizeTokens: 4096 });
    expect(listed).toEqual([{ field: "sliding_window", value: 4096, source: "MistralConfig" }]);
  });

  it("Qwen3 MoE mlp_only_layers are dense", () => {
    const config = fixtureJson("qwen3-235b-a22b.json");
    config["mlp_only_layers"] = [0, 93];

    const { layers } = importHfConfig(config, { file: "qwen3-235b-a22b.json" }).model;
    const dense = indicesWhere(layers, (layer) => layer.ffn.kind === "dense");

    expect(dense).toEqual([0, 93]);
    expect(layers[0]!.ffn).toEqual({ kind: "dense", intermediateSize: 12288 });
  });

  it("Kimi K2 has one dense layer then 384 experts", () => {
    const { layers } = importFixture("kimi-k2-instruct.json").model;
    const moe = layers[1]!.ffn as MoeFfn;

    expect(indicesWhere(layers, (layer) => layer.ffn.kind === "dense")).toEqual([0]);
    expect(moe.numRoutedExperts).toBe(384);
    expect(moe.numActiveExperts).toBe(8);
  });
});

describe("import options", () => {
  it("derives the id from the file name", () => {
    expect(importHfConfigText(fixtureText("qwen3-32b.json"), { file: "models/Qwen3 32B.json" }).model.id).toBe("qwen3-32b");
    expect(importHfConfigText(fixtureText("qwen3-32b.json"), { file: "config.json" }).model.id).toBe("imported-model");
    expect(importHfConfigText(fixtureText("qwen3-32b.json")).model.id).toBe("imported-model");
  });

  it("takes id and name when given", () => {
    const model = importHfConfigText(fixtureText("qwen3-32b.json"), { file: "x.json", id: "my-qwen", name: "My Qwen" }).model;

    expect(model.id).toBe("my-qwen");
    expect(model.name).toBe("My Qwen");
  });

  it("name defaults to the id", () => {
    expect(importFixture("qwen3-32b.json").model.name).toBe("qwen3-32b");
  });
});

describe("import errors", () => {
  it("unsupported architecture lists the supported ones", () => {
    const config = fixtureJson("qwen3-32b.json");
    config["architectures"] = ["GPT2LMHeadModel"];

    const error = catchCatalogError(() => importHfConfig(config, { file: "gpt2.json" }));

    expect(error.code).toBe("UNSUPPORTED_ARCHITECTURE");
    expect(error.field).toBe("architectures");
    expect(error.value).toBe("GPT2LMHeadModel");
    expect(error.file).toBe("gpt2.json");
    expect(error.message).toContain('"GPT2LMHeadModel"');
    expect(error.message).toContain("gpt2.json");
    for (const architecture of SUPPORTED_ARCHITECTURES) expect(error.message).toContain(architecture);
  });

  it("unsupported architecture gives a fix for library and CLI", () => {
    const config = fixtureJson("qwen3-32b.json");
    config["architectures"] = ["GPT2LMHeadModel"];

    const { message } = catchCatalogError(() => importHfConfig(config, { file: "gpt2.json" }));

    expect(message).toContain('"architectures"');
    expect(message).toContain("defineModel()");
    expect(message).toContain("planner models");
  });

  it("missing num_attention_heads names field and file", () => {
    for (const file of FIXTURE_FILES) {
      const config = fixtureJson(file);
      const fields = fieldsOf(config);
      expect(fields["num_attention_heads"], file).toBeDefined();
      delete fields["num_attention_heads"];

      const error = catchCatalogError(() => importHfConfig(config, { file }));

      expect(error.code, file).toBe("MISSING_CONFIG_FIELD");
      expect(error.field).toBe("num_attention_heads");
      expect(error.file).toContain(file);
      expect(error.message).toContain('"num_attention_heads"');
      expect(error.message).toContain(file);
    }
  });

  it("missing architectures is a missing field", () => {
    const config = fixtureJson("qwen3-32b.json");
    delete config["architectures"];

    const error = catchCatalogError(() => importHfConfig(config, { file: "qwen.json" }));

    expect(error.code).toBe("MISSING_CONFIG_FIELD");
    expect(error.field).toBe("architectures");
    expect(error.message).toContain("qwen.json");
  });

  it("architectures must be a list of names", () => {
    for (const architectures of ["Qwen3ForCausalLM", [], [3]]) {
      const config = fixtureJson("qwen3-32b.json");
      config["architectures"] = architectures;

      const error = catchCatalogError(() => importHfConfig(config, { file: "qwen.json" }));

      expect(error.code).toBe("INVALID_MODEL_CONFIG");
      expect(error.field).toBe("architectures");
    }
  });

  it("malformed JSON names the file", () => {
    const text = fixtureText("deepseek-v3.json");
    const error = catchCatalogError(() => importHfConfigText(text.slice(0, text.length - 20), { file: "deepseek-v3.json" }));

    expect(error.code).toBe("INVALID_JSON");
    expect(error.file).toBe("deepseek-v3.json");
    expect(error.message).toContain("deepseek-v3.json");
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it("rejects a non-object top level", () => {
    for (const config of [[], null, 42, "config", true]) {
      const error = catchCatalogError(() => importHfConfig(config, { file: "odd.json" }));

      expect(error.code).toBe("INVALID_MODEL_CONFIG");
      expect(error.file).toBe("odd.json");
      expect(error.message).toContain("odd.json");
    }

    expect(catchCatalogError(() => importHfConfigText("[1, 2]")).code).toBe("INVALID_MODEL_CONFIG");
  });

  it("rejects a string where a number belongs", () => {
    const config = fixtureJson("deepseek-v3.json");
    config["hidden_size"] = "7168";

    const error = catchCatalogError(() => importHfConfig(config, { file: "deepseek-v3.json" }));

    expect(error.code).toBe("INVALID_MODEL_CONFIG");
    expect(error.field).toBe("hidden_size");
    expect(error.value).toBe("7168");
    expect(error.message).toContain("deepseek-v3.json");
  });

  it("rejects fractional and negative counts", () => {
    const cases: { field: string; value: unknown }[] = [
      { field: "num_hidden_layers", value: 61.5 },
      { field: "num_hidden_layers", value: 0 },
      { field: "first_k_dense_replace", value: -1 },
      { field: "kv_lora_rank", value: null },
    ];

    for (const { field, value } of cases) {
      const config = fixtureJson("deepseek-v3.json");
      config[field] = value;

      const error = catchCatalogError(() => importHfConfig(config, { file: "deepseek-v3.json" }));

      expect(error.field).toBe(field);
      expect(error.code, `${field} = ${String(value)}`).toBe(value === null ? "MISSING_CONFIG_FIELD" : "INVALID_MODEL_CONFIG");
    }
  });

  it("rejects a 2 in attn_type_list", () => {
    const config = fixtureJson("minimax-m1.json");
    (config["attn_type_list"] as number[])[5] = 2;

    const error = catchCatalogError(() => importHfConfig(config, { file: "minimax-m1.json" }));

    expect(error.code).toBe("INVALID_MODEL_CONFIG");
    expect(error.field).toBe("attn_type_list[5]");
    expect(error.value).toBe(2);
  });

  it("rejects attn_type_list of the wrong length", () => {
    const config = fixtureJson("minimax-m1.json");
    (config["attn_type_list"] as number[]).pop();

    const error = catchCatalogError(() => importHfConfig(config, { file: "minimax-m1.json" }));

    expect(error.code).toBe("INVALID_MODEL_CONFIG");
    expect(error.field).toBe("attn_type_list");
  });

  it("rejects MiniMax without a layer pattern", () => {
    const config = fixtureJson("minimax-m1.json");
    delete config["attn_type_list"];

    const error = catchCatalogError(() => importHfConfig(config, { file: "minimax-m1.json" }));

    expect(error.code).toBe("MISSING_CONFIG_FIELD");
    expect(error.field).toBe("attn_type_list");
  });

  it("rejects layer_types of the wrong length", () => {
    const config = fixtureJson("gpt-oss-20b.json");
    (config["layer_types"] as string[]).pop();

    const error = catchCatalogError(() => importHfConfig(config, { file: "gpt-oss-20b.json" }));

    expect(error.code).toBe("INVALID_MODEL_CONFIG");
    expect(error.field).toBe("layer_types");
    expect(error.message).toContain("24 entries");
  });

  it("rejects an unknown layer type", () => {
    const config = fixtureJson("gpt-oss-20b.json");
    (config["layer_types"] as string[])[3] = "mamba";

    const error = catchCatalogError(() => importHfConfig(config, { file: "gpt-oss-20b.json" }));

    expect(error.code).toBe("INVALID_MODEL_CONFIG");
    expect(error.field).toBe("layer_types[3]");
    expect(error.value).toBe("mamba");
  });

  it("rejects wrong types in lists and flags", () => {
    const cases: { file: string; field: string; value: unknown; reported: string }[] = [
      { file: "qwen3-32b.json", field: "use_sliding_window", value: "yes", reported: "use_sliding_window" },
      { file: "qwen3-235b-a22b.json", field: "mlp_only_layers", value: "none", reported: "mlp_only_layers" },
      { file: "qwen3-235b-a22b.json", field: "mlp_only_layers", value: [1, "2"], reported: "mlp_only_layers[1]" },
      { file: "gpt-oss-20b.json", field: "layer_types", value: "sliding_attention", reported: "layer_types" },
    ];

    for (const { file, field, value, reported } of cases) {
      const config = fixtureJson(file);
      config[field] = value;

      const error = catchCatalogError(() => importHfConfig(config, { file }));

      expect(error.code, `${file} ${field}`).toBe("INVALID_MODEL_CONFIG");
      expect(error.field).toBe(reported);
    }
  });

  it("rejects KV heads that do not divide query heads", () => {
    const config = fixtureJson("qwen3-32b.json");
    config["num_key_value_heads"] = 3;

    const error = catchCatalogError(() => importHfConfig(config, { file: "qwen3-32b.json" }));

    expect(error.code).toBe("INVALID_MODEL_CONFIG");
    // The message and field name the config.json fields, not the descriptor's numKvHeads.
    expect(error.field).toBe("num_key_value_heads");
    expect(error.value).toBe(3);
    expect(error.file).toBe("qwen3-32b.json");
    expect(error.message).toBe(
      "Invalid num_key_value_heads 3: it must divide num_attention_heads 64. The value comes from qwen3-32b.json, so check it against the model's published config.json.",
    );
    expect(isAttentionError(error.cause)).toBe(true);
  });
});

/**
 * Builds a Step3TextConfig-shaped file with the Step-3 values of vLLM's `Step3TextConfig` and the
 * Step-3 system report (arXiv 2507.19427), because no Step-3 config.json is in the fixture folder.
 */
function step3Config(overrides: Json = {}): Json {
  return {
    architectures: ["Step3VLForConditionalGeneration"],
    model_type: "step3_vl",
    torch_dtype: "bfloat16",
    text_config: {
      hidden_size: 7168,
      intermediate_size: 18432,
      num_attention_heads: 64,
      num_attention_groups: 1,
      num_hidden_layers: 61,
      head_dim: 256,
      share_q_dim: 2048,
      moe_intermediate_size: 5120,
      moe_num_experts: 48,
      moe_top_k: 3,
      share_expert_dim: 5120,
      moe_layers_enum: Array.from({ length: 56 }, (_, offset) => offset + 4).join(","),
      vocab_size: 128815,
      ...overrides,
    },
  };
}

describe("Step-3 config", () => {
  it("imports to the built-in step-3 layers", () => {
    const result = importHfConfig(step3Config(), { file: "step3.json" });

    expect(result.architecture).toBe("Step3VLForConditionalGeneration");
    expect(result.model.family).toBe("step3");
    expect(result.model.layers).toEqual(getModel("step-3").layers);
    expect(result.model.vocabSize).toBe(128815);
    // Step3TextConfig does not set tie_word_embeddings; transformers v5 reads a missing one as false.
    expect(result.defaultedFields).toEqual([{ field: "tie_word_embeddings", value: false, source: "Step3TextConfig" }]);
  });

  it("accepts moe_layers_enum as a list", () => {
    const list = Array.from({ length: 56 }, (_, offset) => offset + 4);
    const result = importHfConfig(step3Config({ moe_layers_enum: list }), { file: "step3.json" });

    expect(result.model.layers).toEqual(getModel("step-3").layers);
  });

  it("defaults moe_layers_enum to 4…59", () => {
    const config = step3Config();
    delete fieldsOf(config)["moe_layers_enum"];

    const result = importHfConfig(config, { file: "step3.json" });

    expect(result.model.layers).toEqual(getModel("step-3").layers);
    expect(result.defaultedFields.map((entry) => entry.field)).toEqual(["moe_layers_enum", "tie_word_embeddings"]);
  });

  it("reads a flat text-only config", () => {
    const nested = step3Config();
    const flat = { architectures: ["Step3TextForCausalLM"], ...fieldsOf(nested) };

    expect(importHfConfig(flat, { file: "step3-text.json" }).model.layers).toEqual(getModel("step-3").layers);
  });

  it("rejects two attention groups", () => {
    const error = catchCatalogError(() => importHfConfig(step3Config({ num_attention_groups: 2 }), { file: "step3.json" }));

    expect(error.code).toBe("INVALID_MODEL_CONFIG");
    expect(error.field).toBe("num_attention_groups");
    expect(error.value).toBe(2);
    expect(error.file).toBe("step3.json (text_config)");
  });

  it("rejects a malformed moe_layers_enum", () => {
    const error = catchCatalogError(() => importHfConfig(step3Config({ moe_layers_enum: "4,5,x" }), { file: "step3.json" }));

    expect(error.code).toBe("INVALID_MODEL_CONFIG");
    expect(error.field).toBe("moe_layers_enum");
  });

  it("rejects empty items in moe_layers_enum", () => {
    for (const text of ["4,5,6,", "", "4,,5", " , 4"]) {
      const error = catchCatalogError(() => importHfConfig(step3Config({ moe_layers_enum: text }), { file: "step3.json" }));

      expect(error.code, JSON.stringify(text)).toBe("INVALID_MODEL_CONFIG");
      expect(error.field).toBe("moe_layers_enum");
      expect(error.value).toBe(text);
      expect(error.message).toContain('"moe_layers_enum"');
      expect(error.message).toContain("empty");
    }
  });

  it("rejects non-decimal moe_layers_enum items", () => {
    for (const text of ["4,0x10", "4,-1", "4,5.0", "4,1e1"]) {
      const error = catchCatalogError(() => importHfConfig(step3Config({ moe_layers_enum: text }), { file: "step3.json" }));

      expect(error.field, text).toBe("moe_layers_enum");
    }
  });

  it("rejects MoE layers past the stack", () => {
    const fromText = catchCatalogError(() => importHfConfig(step3Config({ moe_layers_enum: "4,5,61" }), { file: "step3.json" }));
    const fromList = catchCatalogError(() => importHfConfig(step3Config({ moe_layers_enum: [4, 5, 61] }), { file: "step3.json" }));

    expect(fromText.code).toBe("INVALID_MODEL_CONFIG");
    expect(fromText.field).toBe("moe_layers_enum");
    expect(fromText.message).toContain("61");
    expect(fromText.message).toContain("num_hidden_layers");
    expect(fromList.code).toBe("INVALID_MODEL_CONFIG");
    expect(fromList.field).toBe("moe_layers_enum[2]");
    expect(fromList.value).toBe(61);
  });

  it("accepts spaces around moe_layers_enum items", () => {
    const spaced = Array.from({ length: 56 }, (_, offset) => offset + 4).join(" , ");

    expect(importHfConfig(step3Config({ moe_layers_enum: spaced }), { file: "step3.json" }).model.layers).toEqual(getModel("step-3").layers);
  });

  it("null head_dim names the class default", () => {
    const error = catchCatalogError(() => importHfConfig(step3Config({ head_dim: null }), { file: "step3.json" }));

    expect(error.code).toBe("INVALID_MODEL_CONFIG");
    expect(error.field).toBe("head_dim");
    expect(error.message).toContain("Step3TextConfig");
    expect(error.message).toContain("256");
  });
});

/**
 * Builds a `Qwen2MoeConfig` file from that class's defaults in transformers
 * (`src/transformers/models/qwen2_moe/configuration_qwen2_moe.py`, a Qwen1.5-MoE-A2.7B-like
 * model), because no Qwen2-MoE config.json is in the fixture folder.
 */
function qwen2MoeConfig(overrides: Json = {}): Json {
  return {
    architectures: ["Qwen2MoeForCausalLM"],
    model_type: "qwen2_moe",
    hidden_size: 2048,
    intermediate_size: 5632,
    num_hidden_layers: 24,
    num_attention_heads: 16,
    num_key_value_heads: 16,
    moe_intermediate_size: 1408,
    shared_expert_intermediate_size: 5632,
    num_experts_per_tok: 4,
    num_experts: 60,
    vocab_size: 151936,
    ...overrides,
  };
}

describe("Qwen MoE family", () => {
  const qwen2Moe: MoeFfn = {
    kind: "moe",
    numRoutedExperts: 60,
    numActiveExperts: 4,
    numSharedExperts: 1,
    expertIntermediateSize: 1408,
    sharedIntermediateSize: 5632,
  };

  it("Qwen3-MoE with num_experts 0 is dense", () => {
    const config = fixtureJson("qwen3-30b-a3b.json");
    config["num_experts"] = 0;

    const result = importHfConfig(config, { file: "qwen3-30b-a3b.json" });
    const moeModel = importFixture("qwen3-30b-a3b.json").model;

    expect(result.model.layers).toHaveLength(48);
    for (const layer of result.model.layers) expect(layer.ffn).toEqual({ kind: "dense", intermediateSize: 6144 });
    expect(result.model.layers.map((layer) => layer.attention)).toEqual(moeModel.layers.map((layer) => layer.attention));
    expect(result.notes).toContain("num_experts is 0, so every layer has a dense MLP of intermediate_size, as in Qwen3MoeConfig.");
  });

  it("Qwen2-MoE with num_experts 0 has no shared expert", () => {
    const result = importHfConfig(qwen2MoeConfig({ num_experts: 0 }), { file: "qwen1.5-moe.json" });

    for (const layer of result.model.layers) expect(layer.ffn).toEqual({ kind: "dense", intermediateSize: 5632 });
  });

  it("rejects a negative num_experts", () => {
    const error = catchCatalogError(() => importHfConfig(qwen2MoeConfig({ num_experts: -1 }), { file: "qwen1.5-moe.json" }));

    expect(error.code).toBe("INVALID_MODEL_CONFIG");
    expect(error.field).toBe("num_experts");
    expect(error.message).toContain("expected an integer ≥ 0");
  });

  it("Qwen2-MoE has one shared expert", () => {
    const result = importHfConfig(qwen2MoeConfig(), { file: "qwen1.5-moe.json" });

    expect(result.architecture).toBe("Qwen2MoeForCausalLM");
    for (const layer of result.model.layers) expect(layer.ffn).toEqual(qwen2Moe);
  });

  it("Qwen2-MoE without model_type keeps it", () => {
    const config = qwen2MoeConfig();
    delete config["model_type"];

    const { layers } = importHfConfig(config, { file: "qwen1.5-moe.json" }).model;

    for (const layer of layers) expect(layer.ffn).toEqual(qwen2Moe);
  });

  it("architectures decides over model_type", () => {
    const qwen2 = importHfConfig(qwen2MoeConfig({ model_type: "qwen3_moe" }), { file: "qwen1.5-moe.json" }).model;
    const qwen3Config = fixtureJson("qwen3-235b-a22b.json");
    qwen3Config["model_type"] = "qwen2_moe";
    const qwen3 = importHfConfig(qwen3Config, { file: "qwen3-235b-a22b.json" }).model;

    expect(qwen2.layers[0]!.ffn).toEqual(qwen2Moe);
    expect((qwen3.layers[0]!.ffn as MoeFfn).numSharedExperts).toBe(0);
    expect(qwen3.layers).toEqual(importFixture("qwen3-235b-a22b.json").model.layers);
  });

  it("Qwen2-MoE defaults name Qwen2MoeConfig", () => {
    const config = qwen2MoeConfig();
    delete config["shared_expert_intermediate_size"];
    delete config["num_key_value_heads"];

    const result = importHfConfig(config, { file: "qwen1.5-moe.json" });

    expect(result.defaultedFields).toContainEqual({ field: "shared_expert_intermediate_size", value: 5632, source: "Qwen2MoeConfig" });
    expect(result.defaultedFields).toContainEqual({ field: "num_key_value_heads", value: 16, source: "Qwen2MoeConfig" });
    expect(result.model.layers[0]!.ffn).toEqual(qwen2Moe);
  });

  it("Qwen3-MoE mlp_only_layers default is listed", () => {
    const config = fixtureJson("qwen3-235b-a22b.json");
    delete config["mlp_only_layers"];

    const result = importHfConfig(config, { file: "qwen3-235b-a22b.json" });

    expect(result.defaultedFields).toContainEqual({ field: "mlp_only_layers", value: [], source: "Qwen3MoeConfig" });
    expect(result.model.layers).toEqual(importFixture("qwen3-235b-a22b.json").model.layers);
    expect(importFixture("qwen3-235b-a22b.json").defaultedFields.map((entry) => entry.field)).not.toContain("mlp_only_layers");
  });

  it("rejects mlp_only_layers past the stack", () => {
    const config = fixtureJson("qwen3-235b-a22b.json");
    config["mlp_only_layers"] = [0, 94];

    const error = catchCatalogError(() => importHfConfig(config, { file: "qwen3-235b-a22b.json" }));

    expect(error.code).toBe("INVALID_MODEL_CONFIG");
    expect(error.field).toBe("mlp_only_layers[1]");
    expect(error.value).toBe(94);
    expect(error.message).toContain("num_hidden_layers (94)");
  });

  it("Qwen3-MoE head_dim derives when absent or null", () => {
    for (const headDim of [undefined, null]) {
      const config = fixtureJson("qwen3-235b-a22b.json");
      config["head_dim"] = headDim;
      if (headDim === undefined) delete config["head_dim"];

      const result = importHfConfig(config, { file: "qwen3-235b-a22b.json" });
      const entry = result.defaultedFields.find((field) => field.field === "head_dim");

      expect(gqaAt(result.model.layers, 0).headDim, String(headDim)).toBe(4096 / 64);
      expect(entry?.value).toBe(64);
      expect(entry?.source).toContain("Qwen3MoeConfig");
    }
  });
});

describe("import edge cases", () => {
  const qwenText = readFileSync(new URL("qwen3-32b.json", FIXTURES), "utf8");

  it("rejects an absurd layer count before building the stack", () => {
    const config = { ...(JSON.parse(qwenText) as Record<string, unknown>), num_hidden_layers: 1e9 };
    let caught: unknown;
    try {
      importHfConfig(config, { file: "huge.json" });
    } catch (error) {
      caught = error;
    }
    expect(isCatalogError(caught)).toBe(true);
    expect((caught as CatalogError).code).toBe("INVALID_MODEL_CONFIG");
    expect((caught as CatalogError).field).toBe("num_hidden_layers");
    expect((caught as CatalogError).message).toContain("at most 4,096");
  });

  it("accepts a byte-order mark", () => {
    expect(importHfConfigText(`\uFEFF${qwenText}`, { file: "qwen3-32b.json" }).model.layers).toHaveLength(64);
  });

  it("names a config.json after its folder", () => {
    expect(importHfConfigText(qwenText, { file: "models/Qwen3-32B/config.json" }).model.id).toBe("qwen3-32b");
    expect(importHfConfigText(qwenText, { file: "config.json" }).model.id).toBe("imported-model");
    expect(importHfConfigText(qwenText, { file: "/tmp/Modèle fin.json" }).model.id).toBe("mod-le-fin");
  });
});

describe("text_config in text-only files", () => {
  const STRAY_TEXT_CONFIG = { hidden_size: 64, intermediate_size: 128, num_attention_heads: 2, num_hidden_layers: 2, num_key_value_heads: 1 };

  it("Qwen3ForCausalLM reads its top level", () => {
    const config = fixtureJson("qwen3-32b.json");
    config["text_config"] = STRAY_TEXT_CONFIG;

    const result = importHfConfig(config, { file: "qwen3-32b.json" });

    expect(result.model.layers).toEqual(importFixture("qwen3-32b.json").model.layers);
    expect(result.model.hiddenSize).toBe(5120);
    expect(result.notes).toContain("Ignored text_config: Qwen3ForCausalLM (Qwen3Config) has no text_config sub-config, so the fields were read from the top level.");
  });

  it("every text-only fixture ignores it", () => {
    const textOnly = FIXTURE_FILES.filter((file) => fixtureJson(file)["text_config"] === undefined);
    expect(textOnly.length).toBeGreaterThan(10);

    for (const file of textOnly) {
      for (const textConfig of [STRAY_TEXT_CONFIG, 5, "qwen3"]) {
        const config = { ...fixtureJson(file), text_config: textConfig };

        const result = importHfConfig(config, { file });

        expect(result.model.layers, `${file} ${JSON.stringify(textConfig)}`).toEqual(importFixture(file).model.layers);
        expect(result.notes.filter((note) => note.startsWith("Ignored text_config")), file).toHaveLength(1);
      }
    }
  });

  it("multimodal classes still read it", () => {
    const config = fixtureJson("qwen3.5-9b.json");

    const result = importHfConfig(config, { file: "qwen3.5-9b.json" });

    expect(result.model.hiddenSize).toBe((config["text_config"] as Json)["hidden_size"]);
    expect(result.notes.some((note) => note.startsWith("Ignored text_config"))).toBe(false);
  });
});
