import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { catchCatalogError } from "../catch-catalog-error.test-helpers.js";
import { defineModel } from "../schema.js";
import { importHfConfig, importHfConfigText } from "./import-config.js";

const FIXTURES = new URL("../../fixtures/hf-configs/", import.meta.url);

function importFixture(file: string): ReturnType<typeof importHfConfigText> {
  return importHfConfigText(readFileSync(new URL(file, FIXTURES), "utf8"), { file });
}

/** Builds a multimodal file shaped like Mistral Small 3.1, with `tie_word_embeddings` where the test puts it. */
function mistral3File(topLevel: unknown, inTextConfig: unknown): Record<string, unknown> {
  const textConfig: Record<string, unknown> = {
    head_dim: 128,
    hidden_size: 5120,
    intermediate_size: 32768,
    num_attention_heads: 32,
    num_hidden_layers: 40,
    num_key_value_heads: 8,
    sliding_window: null,
    vocab_size: 131072,
  };
  if (inTextConfig !== undefined) textConfig["tie_word_embeddings"] = inTextConfig;
  return {
    architectures: ["Mistral3ForConditionalGeneration"],
    text_config: textConfig,
    ...(topLevel === undefined ? {} : { tie_word_embeddings: topLevel }),
  };
}

describe("tie_word_embeddings", () => {
  it.each([
    ["qwen3-4b.json", true],
    ["qwen3-4b-base.json", true],
    ["llama-3.2-1b-instruct.json", true],
    ["qwen3-32b.json", false],
    ["deepseek-v3.json", false],
    ["gpt-oss-20b.json", false],
  ])("%s imports as tiedEmbeddings %s, as its file says", (file, tied) => {
    const { model, defaultedFields } = importFixture(file);

    expect(model.tiedEmbeddings).toBe(tied);
    expect(defaultedFields.map((entry) => entry.field)).not.toContain("tie_word_embeddings");
  });

  it("takes the class default when the file lacks the field, and lists it", () => {
    const { model, defaultedFields } = importHfConfig(mistral3File(undefined, undefined), { file: "m.json" });

    expect(model.tiedEmbeddings).toBe(false);
    expect(defaultedFields).toContainEqual({ field: "tie_word_embeddings", value: false, source: "MistralConfig" });
  });

  it("reads a multimodal file's top-level value when its text_config lacks one", () => {
    const { model, defaultedFields } = importHfConfig(mistral3File(true, undefined), { file: "m.json" });

    expect(model.tiedEmbeddings).toBe(true);
    expect(defaultedFields.map((entry) => entry.field)).not.toContain("tie_word_embeddings");
  });

  it("prefers the text_config value over the top-level one", () => {
    expect(importHfConfig(mistral3File(true, false), { file: "m.json" }).model.tiedEmbeddings).toBe(false);
    expect(importHfConfig(mistral3File(false, true), { file: "m.json" }).model.tiedEmbeddings).toBe(true);
  });

  it.each([
    ["at the top level", mistral3File("yes", undefined)],
    ["in text_config", mistral3File(undefined, 1)],
  ])("rejects a value that is not a boolean %s, naming the field", (_where, config) => {
    const error = catchCatalogError(() => importHfConfig(config, { file: "m.json" }));

    expect(error.code).toBe("INVALID_MODEL_CONFIG");
    expect(error.message).toContain("tie_word_embeddings");
    expect(error.message).toContain("m.json");
  });

  it("is optional in a hand-written descriptor and must be a boolean there", () => {
    const base = importFixture("qwen3-4b.json").model;
    const { tiedEmbeddings: _tied, ...untied } = base;

    expect(defineModel(untied).tiedEmbeddings).toBeUndefined();
    expect(catchCatalogError(() => defineModel({ ...base, tiedEmbeddings: "true" })).message).toContain("tiedEmbeddings");
  });
});
