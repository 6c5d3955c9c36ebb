import { getModel, listModelIds } from "@modelsys/catalog";
import { isKvCacheError } from "@modelsys/kvcache";
import fc from "fast-check";
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

  it("adds only framing to every built-in model's raw size", () => {
    // A frame contains one raw copy of each plane, linear-attention states included, so the raw
    // size can never exceed it, and the header, plane table and index stay small.
    fc.assert(
      fc.property(fc.constantFrom(...listModelIds()), fc.integer({ min: 1, max: 65_536 }), (id, tokens) => {
        const raw = theoreticalKvBytes(getModel(id), tokens, { cacheElementType: "bf16" });
        const framed = framedKvBytes(getModel(id), tokens, "bf16");
        expect(framed).toBeGreaterThanOrEqual(raw);
        expect(framed - raw).toBeLessThan(64 * 1024);
      }),
      { numRuns: 60 },
    );
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
