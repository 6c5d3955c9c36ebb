import { getModel } from "@modelsys/catalog";
import { describe, expect, it } from "vitest";

import { catchRooflineError } from "./roofline-error.test-helpers.js";
import { fixedStateBytes, theoreticalKvBytes, type KvStorage } from "./kv-bytes.js";
import { modelDecodeCost } from "./model-decode-cost.js";

describe("theoreticalKvBytes", () => {
  it("DeepSeek-V3 stores 576 FP8 elements per token and layer", () => {
    expect(theoreticalKvBytes(getModel("deepseek-v3"), 8192)).toBe(287_834_112);
    expect(theoreticalKvBytes(getModel("deepseek-v3"), 8192, { kvElementType: "bf16" })).toBe(2 * 287_834_112);
  });

  it("Step-3.5-Flash keeps at most 512 tokens in SWA layers", () => {
    const perToken = 2 * 8 * 128;
    expect(theoreticalKvBytes(getModel("step-3.5-flash"), 4096)).toBe(12 * perToken * 4096 + 33 * perToken * 512);
  });

  it("Kimi Linear adds fixed KDA state", () => {
    const state = 20 * 32 * 128 * 128 * 4;
    expect(fixedStateBytes(getModel("kimi-linear"))).toBe(state);
    expect(theoreticalKvBytes(getModel("kimi-linear"), 0)).toBe(state);
    expect(theoreticalKvBytes(getModel("kimi-linear"), 1000)).toBe(state + 7 * 576 * 1000);
    expect(fixedStateBytes(getModel("kimi-linear"), { stateElementType: "bf16" })).toBe(state / 2);
  });

  it("state is half the decode traffic", () => {
    // Decode reads and writes each state once, so it moves two stored copies per token.
    const decode = modelDecodeCost(getModel("minimax-m1"), { contextTokens: 0 });
    expect(fixedStateBytes(getModel("minimax-m1"))).toBe(decode.kvBytes / 2);
  });

  it("0 state without linear layers", () => {
    expect(fixedStateBytes(getModel("qwen3-32b"))).toBe(0);
  });

  it("rejects invalid tokens and storage", () => {
    expect(catchRooflineError(() => theoreticalKvBytes(getModel("qwen3-32b"), -1)).field).toBe("tokens");
    expect(catchRooflineError(() => theoreticalKvBytes(getModel("qwen3-32b"), 2.5)).field).toBe("tokens");
    const misspelt = catchRooflineError(() => theoreticalKvBytes(getModel("qwen3-32b"), 1, { cacheElementType: "bf16" } as KvStorage));
    expect(misspelt.field).toBe("cacheElementType");
    expect(misspelt.message).toContain("kvElementType");
    expect(catchRooflineError(() => fixedStateBytes(getModel("kimi-linear"), { stateElementType: "fp64" } as never)).field).toBe("stateElementType");
    expect(catchRooflineError(() => fixedStateBytes({ id: "x" } as never)).field).toBe("model.hiddenSize");
  });
});
