import { getModel } from "@modelsys/catalog";
import { isKvCacheError } from "@modelsys/kvcache";
import { describe, expect, it } from "vitest";

import { framedKvBytes } from "./framed-kv-bytes.js";
import { theoreticalKvBytes } from "./kv-bytes.js";

describe("framedKvBytes", () => {
  const model = getModel("deepseek-v3");

  it("adds only framing to the raw bf16 size", () => {
    // DeepSeek-V3 at 8K: 61 layers × 576 elements × 2 B × 8192 tokens, plus header and index.
    const raw = theoreticalKvBytes(model, 8192, { cacheElementType: "bf16" });
    const framed = framedKvBytes(model, 8192, "bf16");
    expect(raw).toBe(61 * 576 * 2 * 8192);
    expect(framed).toBeGreaterThan(raw);
    expect(framed - raw).toBeLessThan(64 * 1024);
  });

  it("shrinks with fewer bits per element", () => {
    const bf16 = framedKvBytes(model, 8192, "bf16");
    const fp8 = framedKvBytes(model, 8192, "fp8-e4m3fn");
    const int4 = framedKvBytes(model, 8192, "kivi-int4");
    expect(fp8).toBeLessThan(bf16);
    expect(int4).toBeLessThan(fp8);
  });

  it("rejects an unknown codec", () => {
    let caught: unknown;
    try {
      framedKvBytes(model, 8192, "int3");
    } catch (error) {
      caught = error;
    }
    expect(isKvCacheError(caught)).toBe(true);
  });
});
