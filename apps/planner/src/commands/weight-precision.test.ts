import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { getAccelerator, importHfConfigText } from "@modelsys/catalog";
import { prefillTime, type PrefillTime } from "@modelsys/roofline";
import { describe, expect, it } from "vitest";

import { runPlanner } from "../test-support.js";

const GPT_OSS_CONFIG = fileURLToPath(new URL("../../../../packages/catalog/fixtures/hf-configs/gpt-oss-20b.json", import.meta.url));

// gpt-oss-20b per layer: q, k, v, o projections of 2880 × (64·64 + 2·8·64) + 64·64 × 2880 weights
// in BF16, and 32 experts of 3 × 2880 × 2880 weights in MXFP4 (4.25 bits); 24 layers.
const GPT_OSS_WEIGHT_BYTES = 24 * (26_542_080 * 2 + 796_262_400 * (4.25 / 8));

async function runOk(args: readonly string[]): Promise<string> {
  const result = await runPlanner(args);

  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return result.stdout;
}

describe("gpt-oss weight precision in the planner", () => {
  it("prefill reads MXFP4 experts", async () => {
    const json = JSON.parse(await runOk(["prefill", "--model", GPT_OSS_CONFIG, "--hardware", "h800", "--tokens", "8K", "--json"])) as {
      results: PrefillTime[];
      importNotes: string[];
    };
    const model = importHfConfigText(readFileSync(GPT_OSS_CONFIG, "utf8"), { file: GPT_OSS_CONFIG }).model;

    expect(json.results[0]!.weightBytes).toBe(GPT_OSS_WEIGHT_BYTES);
    expect(json.results[0]).toEqual(prefillTime(model, getAccelerator("h800"), { newTokens: 8192, gpus: 8 }));
    expect(json.importNotes.some((note) => note.includes("MXFP4"))).toBe(true);
  });

  it("prefill text shows the weights read", async () => {
    const text = await runOk(["prefill", "--model", GPT_OSS_CONFIG, "--hardware", "h800", "--tokens", "8K"]);

    expect(text).toContain(`weights read ${(GPT_OSS_WEIGHT_BYTES / 1e9).toFixed(2)}`);
    expect(text).toContain("Routed expert weights are MXFP4");
  });

  it("afd keeps MXFP4 experts by default", async () => {
    const json = JSON.parse(await runOk(["afd", "--model", GPT_OSS_CONFIG, "--json"])) as { ffnElementType: string; routedExpertWeightFormat: string };
    const text = await runOk(["afd", "--model", GPT_OSS_CONFIG]);

    expect(json.ffnElementType).toBe("fp8");
    expect(json.routedExpertWeightFormat).toBe("mxfp4");
    expect(text).toContain("FP8 FFN with MXFP4 routed experts");
  });

  it("afd names BF16 projection weights", async () => {
    const json = JSON.parse(await runOk(["afd", "--model", GPT_OSS_CONFIG, "--json"])) as { projectionElementType: string };
    const text = await runOk(["afd", "--model", GPT_OSS_CONFIG]);

    expect(json.projectionElementType).toBe("bf16");
    expect(text).toContain("FP8 attention with BF16 projection weights");
  });

  it("afd --ffn-dtype sets the experts too", async () => {
    const json = JSON.parse(await runOk(["afd", "--model", GPT_OSS_CONFIG, "--ffn-dtype", "bf16", "--json"])) as {
      ffnElementType: string;
      routedExpertWeightFormat: string;
    };
    const text = await runOk(["afd", "--model", GPT_OSS_CONFIG, "--ffn-dtype", "fp8"]);

    expect(json.ffnElementType).toBe("bf16");
    expect(json.routedExpertWeightFormat).toBe("bf16");
    expect(text).toContain("FP8 FFN,");
    expect(text).not.toContain("MXFP4 routed experts");
  });

  it("built-in models keep FP8 experts", async () => {
    const json = JSON.parse(await runOk(["afd", "--model", "deepseek-v3", "--json"])) as { routedExpertWeightFormat: string };

    expect(json.routedExpertWeightFormat).toBe("fp8");
  });
});
