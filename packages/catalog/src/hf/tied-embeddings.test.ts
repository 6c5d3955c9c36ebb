import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { catchCatalogError } from "../catch-catalog-error.test-helpers.js";
import { importHfConfig } from "./import-config.js";

/** Parses a fixture under fixtures/hf-configs. */
function fixture(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../fixtures/hf-configs/${file}`, import.meta.url), "utf8")) as Record<string, unknown>;
}

describe("tie_word_embeddings import", () => {
  it("Llama 3.2 1B ties, Llama 3.1 8B does not", () => {
    expect(importHfConfig(fixture("llama-3.2-1b-instruct.json")).model.tiedEmbeddings).toBe(true);
    expect(importHfConfig(fixture("llama-3.1-8b-instruct.json")).model.tiedEmbeddings).toBe(false);
  });

  it("absent takes the class default, listed", () => {
    const { tie_word_embeddings: _tied, ...config } = fixture("llama-3.2-1b-instruct.json");
    const { model, defaultedFields } = importHfConfig(config);

    expect(model.tiedEmbeddings).toBe(false);
    expect(defaultedFields).toContainEqual({ field: "tie_word_embeddings", value: false, source: "LlamaConfig" });
  });

  it("a multimodal file's top level counts", () => {
    // Gemma3TextConfig ties by default, so only the top-level field can make this false.
    const textConfig = { hidden_size: 2560, intermediate_size: 10240, num_hidden_layers: 34 };
    const config = { architectures: ["Gemma3ForConditionalGeneration"], tie_word_embeddings: false, text_config: textConfig };

    expect(importHfConfig(config).model.tiedEmbeddings).toBe(false);
    expect(importHfConfig({ ...config, tie_word_embeddings: undefined }).model.tiedEmbeddings).toBe(true);
  });

  it("unknown class default stays unstated", () => {
    const { model, defaultedFields } = importHfConfig(fixture("ernie-4.5-300b-a47b.paddle-pretrain.json"));

    expect(model.tiedEmbeddings).toBeUndefined();
    expect(defaultedFields.map((field) => field.field)).not.toContain("tie_word_embeddings");
  });

  it("rejects a value that is not a boolean", () => {
    const error = catchCatalogError(() => importHfConfig({ ...fixture("qwen3-32b.json"), tie_word_embeddings: "false" }, { file: "q.json" }));

    expect(error.code).toBe("INVALID_MODEL_CONFIG");
    expect(error.field).toBe("tie_word_embeddings");
    expect(error.message).toContain('Invalid field "tie_word_embeddings" in q.json: got "false", expected true or false.');
  });
});
