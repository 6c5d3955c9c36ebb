// modelPlanes on real models from @modelsys/catalog: MLA latents, sliding windows and
// linear-attention states.
import { getModel } from "@modelsys/catalog";
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

  it("rejects an invalid context length", () => {
    for (const contextTokens of [0, -1, 1.5, 2 ** 32]) {
      expect(() => modelPlanes(getModel("deepseek-v3"), { contextTokens })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "contextTokens" }));
    }
  });
});
