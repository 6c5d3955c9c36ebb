import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { catchCatalogError } from "../catch-catalog-error.test-helpers.js";
import { importHfConfig, importHfConfigText } from "./import-config.js";

const FIXTURES = new URL("../../fixtures/hf-configs/", import.meta.url);

type Json = Record<string, unknown>;

function fixtureText(file: string): string {
  return readFileSync(new URL(file, FIXTURES), "utf8");
}

function fixtureJson(file: string): Json {
  return JSON.parse(fixtureText(file)) as Json;
}

/** gpt-oss-20b's config with `quantization_config` replaced (or removed when `undefined`). */
function gptOssWith(quantizationConfig: unknown): Json {
  const config = fixtureJson("gpt-oss-20b.json");
  if (quantizationConfig === undefined) delete config["quantization_config"];
  else config["quantization_config"] = quantizationConfig;
  return config;
}

describe("weight precision from quantization_config", () => {
  it("gpt-oss-20b experts are MXFP4", () => {
    const result = importHfConfigText(fixtureText("gpt-oss-20b.json"), { file: "gpt-oss-20b.json" });

    expect(result.model.routedExpertWeightFormat).toBe("mxfp4");
    expect(result.model.weightElementType).toBe("bf16");
    expect(result.notes.some((note) => note.includes("MXFP4") && note.includes("BF16"))).toBe(true);
    expect(result.model.notes).toEqual(result.notes);
  });

  it("fp8 configs keep FP8 without a note", () => {
    for (const file of ["deepseek-v3.json", "kimi-k2-instruct.json"]) {
      const config = fixtureJson(file);
      expect((config["quantization_config"] as Json)["quant_method"], file).toBe("fp8");

      const result = importHfConfig(config, { file });

      expect(result.model.weightElementType, file).toBe("fp8");
      expect(result.model.routedExpertWeightFormat, file).toBeUndefined();
      expect(result.notes.some((note) => note.includes("quant")), file).toBe(false);
    }
  });

  it("no quantization_config is FP8", () => {
    const result = importHfConfig(gptOssWith(undefined), { file: "gpt-oss-20b.json" });

    expect(result.model.weightElementType).toBe("fp8");
    expect(result.model.routedExpertWeightFormat).toBeUndefined();
    expect(result.notes).toEqual([]);
  });

  it("null quantization_config is FP8", () => {
    const result = importHfConfig(gptOssWith(null), { file: "gpt-oss-20b.json" });

    expect(result.model.weightElementType).toBe("fp8");
    expect(result.notes).toEqual([]);
  });

  it("unknown quant_method notes the default", () => {
    const result = importHfConfig(gptOssWith({ quant_method: "gptq", bits: 4 }), { file: "gpt-oss-20b.json" });

    expect(result.model.weightElementType).toBe("fp8");
    expect(result.model.routedExpertWeightFormat).toBeUndefined();
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0]).toContain('"gptq"');
    expect(result.notes[0]).toContain("not modelled");
    expect(result.notes[0]).toContain("FP8");
  });

  it("text_config quantization_config is read", () => {
    const nested = fixtureJson("qwen3.5-9b.json");
    (nested["text_config"] as Json)["quantization_config"] = { quant_method: "awq" };

    const result = importHfConfig(nested, { file: "nested.json" });

    expect(result.notes.some((note) => note.startsWith('text_config.quantization_config.quant_method "awq"'))).toBe(true);
  });

  it("mxfp4 without experts is all BF16", () => {
    const config = fixtureJson("qwen3-32b.json");
    config["quantization_config"] = { quant_method: "mxfp4" };

    const result = importHfConfig(config, { file: "qwen3-32b.json" });

    expect(result.model.weightElementType).toBe("bf16");
    expect(result.model.routedExpertWeightFormat).toBeUndefined();
    expect(result.notes.some((note) => note.includes("has none"))).toBe(true);
  });

  it("unconverted experts stay BF16", () => {
    const result = importHfConfig(
      gptOssWith({ quant_method: "mxfp4", modules_to_not_convert: ["model.layers.*.self_attn", "model.layers.*.mlp.experts"] }),
      { file: "gpt-oss-20b.json" },
    );

    expect(result.model.weightElementType).toBe("bf16");
    expect(result.model.routedExpertWeightFormat).toBeUndefined();
    expect(result.notes.some((note) => note.includes("model.layers.*.mlp.experts"))).toBe(true);
  });

  it("a parent module pattern keeps the experts BF16, as transformers matches it", () => {
    for (const pattern of ["model.layers.*.mlp", "model.layers", "experts"]) {
      const result = importHfConfig(gptOssWith({ quant_method: "mxfp4", modules_to_not_convert: [pattern] }), { file: "gpt-oss-20b.json" });

      expect(result.model.routedExpertWeightFormat, pattern).toBeUndefined();
      expect(result.model.weightElementType, pattern).toBe("bf16");
    }
  });

  it("experts of some layers unconverted count every expert in BF16, with a note", () => {
    const result = importHfConfig(gptOssWith({ quant_method: "mxfp4", modules_to_not_convert: ["model.layers.0.mlp.experts"] }), {
      file: "gpt-oss-20b.json",
    });

    expect(result.model.routedExpertWeightFormat).toBeUndefined();
    expect(result.notes.some((note) => note.includes("1 of 24 MoE layers") && note.includes("overstates"))).toBe(true);
  });

  it("a router or attention pattern leaves the experts MXFP4", () => {
    const result = importHfConfig(gptOssWith({ quant_method: "mxfp4", modules_to_not_convert: ["model.layers.*.mlp.router", "self_attn"] }), {
      file: "gpt-oss-20b.json",
    });

    expect(result.model.routedExpertWeightFormat).toBe("mxfp4");
  });

  it("rejects a non-object quantization_config", () => {
    for (const value of ["mxfp4", ["mxfp4"], 4]) {
      const error = catchCatalogError(() => importHfConfig(gptOssWith(value), { file: "gpt-oss-20b.json" }));

      expect(error.code).toBe("INVALID_MODEL_CONFIG");
      expect(error.field).toBe("quantization_config");
      expect(error.file).toBe("gpt-oss-20b.json");
      expect(error.message).toContain("gpt-oss-20b.json");
    }
  });

  it("rejects a missing quant_method", () => {
    const error = catchCatalogError(() => importHfConfig(gptOssWith({ modules_to_not_convert: [] }), { file: "gpt-oss-20b.json" }));

    expect(error.code).toBe("INVALID_MODEL_CONFIG");
    expect(error.field).toBe("quantization_config.quant_method");
    expect(error.message).toMatch(/^Missing field "quantization_config.quant_method" in gpt-oss-20b.json/);
  });

  it("rejects a non-string quant_method", () => {
    const error = catchCatalogError(() => importHfConfig(gptOssWith({ quant_method: 4 }), { file: "gpt-oss-20b.json" }));

    expect(error.code).toBe("INVALID_MODEL_CONFIG");
    expect(error.value).toBe(4);
    expect(error.message).toContain("got 4");
  });

  it("rejects invalid modules_to_not_convert", () => {
    const error = catchCatalogError(() =>
      importHfConfig(gptOssWith({ quant_method: "mxfp4", modules_to_not_convert: "lm_head" }), { file: "gpt-oss-20b.json" }),
    );

    expect(error.code).toBe("INVALID_MODEL_CONFIG");
    expect(error.field).toBe("quantization_config.modules_to_not_convert");
    expect(error.message).toContain('got "lm_head"');
  });
});
