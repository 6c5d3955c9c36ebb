import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { catchCatalogError } from "../catch-catalog-error.test-helpers.js";
import { importHfConfig } from "./import-config.js";

/** Parses a fixture under fixtures/hf-configs. */
function fixture(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../fixtures/hf-configs/${file}`, import.meta.url), "utf8")) as Record<string, unknown>;
}

/** Each MoE class with the field of its experts per token and of its routed experts. */
const CASES = [
  { file: "deepseek-v3.json", active: "num_experts_per_tok", routed: "n_routed_experts" },
  { file: "kimi-k2-instruct.json", active: "num_experts_per_tok", routed: "n_routed_experts" },
  { file: "qwen3-235b-a22b.json", active: "num_experts_per_tok", routed: "num_experts" },
  { file: "qwen3-next-80b-a3b.class-defaults.json", active: "num_experts_per_tok", routed: "num_experts" },
  { file: "gpt-oss-20b.json", active: "num_experts_per_tok", routed: "num_local_experts" },
  { file: "minimax-m1.json", active: "num_experts_per_tok", routed: "num_local_experts" },
  { file: "ernie-4.5-300b-a47b.paddle-pretrain.json", active: "moe_k", routed: "moe_num_experts" },
] as const;

describe("experts per token above the routed experts", () => {
  for (const { file, active, routed } of CASES) {
    it(`names ${active} of ${file}`, () => {
      const config = fixture(file);
      const routedCount = config[routed] as number;
      const error = catchCatalogError(() => importHfConfig({ ...config, [active]: routedCount + 1 }, { file }));

      expect(error.code).toBe("INVALID_MODEL_CONFIG");
      expect(error.field).toBe(active);
      expect(error.file).toBe(file);
      expect(error.message).toContain(`got ${routedCount + 1}, expected at most ${routed} (${routedCount})`);
    });

    it(`accepts ${active} equal to ${routed} in ${file}`, () => {
      const config = fixture(file);
      const routedCount = config[routed] as number;
      const { model } = importHfConfig({ ...config, [active]: routedCount }, { file });

      const moeLayers = model.layers.flatMap((layer) => (layer.ffn.kind === "moe" ? [layer.ffn] : []));
      expect(moeLayers.length).toBeGreaterThan(0);
      expect(moeLayers.every((ffn) => ffn.numActiveExperts === routedCount)).toBe(true);
    });
  }
});

describe("DeepSeek n_shared_experts", () => {
  it("null means no shared expert", () => {
    const { model } = importHfConfig({ ...fixture("deepseek-v3.json"), n_shared_experts: null });
    const moeLayers = model.layers.flatMap((layer) => (layer.ffn.kind === "moe" ? [layer.ffn] : []));

    expect(moeLayers).toHaveLength(58);
    expect(moeLayers.every((ffn) => ffn.numSharedExperts === 0)).toBe(true);
  });
});
