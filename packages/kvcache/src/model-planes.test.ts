// modelPlanes on real models from @modelsys/catalog: MLA latents, sliding windows and
// linear-attention states.
import { getModel, importHfConfig, type ModelDescriptor } from "@modelsys/catalog";
import { describe, expect, it } from "vitest";

import { modelPlanes } from "./model-planes.js";

describe("modelPlanes", () => {
  it("DeepSeek-V3 caches one 576-wide latent", () => {
    const planes = modelPlanes(getModel("deepseek-v3"), { contextTokens: 1024 });
    expect(planes).toHaveLength(1);
    const [latent] = planes;
    expect(latent!.role).toBe("latent");
    expect(latent!.kind).toBe("token");
    expect(latent!.dims).toEqual([61, 1024, 1, 576]);
    expect(latent!.axisRoles).toEqual(["layer", "token", "head", "channel"]);
    expect(latent!.modelLayers).toEqual(Array.from({ length: 61 }, (_, i) => i));
    // 576 elements per token and layer: 512 (kv_lora_rank) + 64 (qk_rope_head_dim).
    expect(latent!.dims[2]! * latent!.dims[3]!).toBe(576);
  });

  it("Step-3.5-Flash sliding layers keep only the window", () => {
    const [fullKey, fullValue, slidingKey, slidingValue] = modelPlanes(getModel("step-3.5-flash"), { contextTokens: 4096, firstToken: 1000 });
    expect(fullKey).toMatchObject({ role: "key", kind: "token", dims: [12, 4096, 8, 128], position: 0 });
    expect(fullValue).toMatchObject({ role: "value", kind: "token", dims: [12, 4096, 8, 128] });
    expect(fullKey!.modelLayers).toEqual(Array.from({ length: 12 }, (_, i) => i * 4));
    expect(slidingKey).toMatchObject({ role: "key", kind: "window", dims: [33, 512, 8, 128], position: 1000 + 4096 - 512 });
    expect(slidingValue).toMatchObject({ role: "value", kind: "window", dims: [33, 512, 8, 128], position: 4584 });
  });

  it("window shorter than the context keeps every token", () => {
    const sliding = modelPlanes(getModel("step-3.5-flash"), { contextTokens: 100 })[2]!;
    expect(sliding.dims).toEqual([33, 100, 8, 128]);
    expect(sliding.position).toBe(0);
  });

  it("MiniMax-M1 lightning layers hold a fixed state", () => {
    const short = modelPlanes(getModel("minimax-m1"), { contextTokens: 16 });
    const long = modelPlanes(getModel("minimax-m1"), { contextTokens: 65_536, firstToken: 8 });
    const [state, key, value] = long;
    expect(state).toMatchObject({ role: "state", kind: "state", elementType: "fp32", dims: [70, 64, 128, 128], axisRoles: ["layer", "head", "other", "channel"] });
    expect(state!.position).toBe(8 + 65_536);
    expect(short[0]!.dims).toEqual(state!.dims);
    expect(key).toMatchObject({ role: "key", kind: "token", elementType: "bf16", dims: [10, 65_536, 8, 128] });
    expect(value).toMatchObject({ role: "value", dims: [10, 65_536, 8, 128] });
    expect(key!.modelLayers).toEqual(Array.from({ length: 10 }, (_, i) => i * 8 + 7));
  });

  it("Qwen3-Next GDN layers hold one state per value head", () => {
    const [state, key, value] = modelPlanes(qwen3Next(), { contextTokens: 4096 });
    const gdnLayers = Array.from({ length: 48 }, (_, i) => i).filter((i) => (i + 1) % 4 !== 0);

    expect(state).toMatchObject({ role: "state", kind: "state", elementType: "fp32", dims: [36, 32, 128, 128], position: 4096 });
    expect(state!.modelLayers).toEqual(gdnLayers);
    // 36 layers · 32 value heads · 128 · 128 · 4 bytes = 75,497,472 bytes per request.
    expect(state!.dims.reduce((product, length) => product * length, 1) * 4).toBe(75_497_472);
    expect(key).toMatchObject({ role: "key", kind: "token", dims: [12, 4096, 2, 256] });
    expect(value).toMatchObject({ role: "value", dims: [12, 4096, 2, 256] });
  });

  it("short-conv plane only on request", () => {
    const without = modelPlanes(qwen3Next(), { contextTokens: 16 });
    const planes = modelPlanes(qwen3Next(), { contextTokens: 16, includeShortConvState: true });
    const convolution = planes[1]!;

    expect(without).toHaveLength(3);
    expect(planes).toHaveLength(4);
    // Kernel 4 keeps 3 inputs of 2 · 16 · 128 + 32 · 128 = 8,192 channels per layer.
    expect(convolution).toMatchObject({ role: "state", kind: "state", dims: [36, 3, 8192], axisRoles: ["layer", "other", "channel"], position: 16 });
  });

  it("short-conv option skips lightning", () => {
    const planes = modelPlanes(getModel("minimax-m1"), { contextTokens: 16, includeShortConvState: true });

    expect(planes.filter((plane) => plane.role === "state")).toHaveLength(1);
  });

  it("rejects a non-boolean short-conv option", () => {
    const includeShortConvState = "yes" as unknown as boolean;

    expect(() => modelPlanes(qwen3Next(), { contextTokens: 16, includeShortConvState })).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT", field: "includeShortConvState" }),
    );
  });

  it("rejects an invalid context length", () => {
    for (const contextTokens of [0, -1, 1.5, 2 ** 32]) {
      expect(() => modelPlanes(getModel("deepseek-v3"), { contextTokens })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "contextTokens" }));
    }
  });
});

/** Qwen3-Next-80B-A3B from the transformers `Qwen3NextConfig` defaults. */
function qwen3Next(): ModelDescriptor {
  const config = {
    architectures: ["Qwen3NextForCausalLM"],
    hidden_size: 2048,
    num_hidden_layers: 48,
    num_attention_heads: 16,
    num_experts: 512,
    num_experts_per_tok: 10,
    moe_intermediate_size: 512,
  };
  return importHfConfig(config, { file: "qwen3-next.json" }).model;
}
