import { multiHeadLatentAttention, type AttentionWindow } from "@modelsys/attention";
import { getModel, listModelIds } from "@modelsys/catalog";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { prefixUpProjectionFlops } from "./prefix-up-projection-flops.js";

/** Creates a small MLA layer: 4 heads, a 16-wide latent, 8-wide nope and 4-wide v heads. */
function smallMla(window?: AttentionWindow) {
  return multiHeadLatentAttention({ numQueryHeads: 4, kvLoraRank: 16, qkRopeHeadDim: 4, qkNopeHeadDim: 8, vHeadDim: 4, qLoraRank: null, ...(window ? { window } : {}) });
}

/** 2 · 16 · 4 · (8 + 4) FLOPs per up-projected token of {@link smallMla}. */
const SMALL_FLOPS_PER_TOKEN = 2 * 16 * 4 * (8 + 4);

/**
 * Counts the cached positions 1…c that some new token c+1…c+l attends to, one position at a
 * time: under a sliding window of W, token i attends to i − W + 1 … i, and in a chunked layer to
 * the positions of its own chunk up to itself.
 */
function attendedCachedPositions(window: AttentionWindow, newTokens: number, cachedTokens: number): number {
  const seen = new Set<number>();
  for (let position = cachedTokens + 1; position <= cachedTokens + newTokens; position++) {
    const first = window.kind === "sliding" ? position - window.sizeTokens + 1 : Math.floor((position - 1) / window.sizeTokens) * window.sizeTokens + 1;
    for (let key = Math.max(1, first); key <= cachedTokens; key++) seen.add(key);
  }
  return seen.size;
}

describe("prefixUpProjectionFlops", () => {
  it("DeepSeek-V3 layer by hand", () => {
    // 2 · kv_lora 512 · 128 heads · (128 nope + 128 v) = 33,554,432 FLOPs per cached token.
    const attention = getModel("deepseek-v3").layers[0]!.attention;

    expect(prefixUpProjectionFlops(attention, 1)).toBe(33_554_432);
    expect(prefixUpProjectionFlops(attention, 4096)).toBe(33_554_432 * 4096);
    expect(prefixUpProjectionFlops(attention, 0)).toBe(0);
  });

  it("zero for non-MLA layers", () => {
    for (const id of listModelIds()) {
      for (const layer of getModel(id).layers) {
        if (layer.attention.kind === "mla") continue;
        expect(prefixUpProjectionFlops(layer.attention, 10_000)).toBe(0);
      }
    }
  });

  it("window cases by hand", () => {
    // A sliding window of 8: the first new token attends to the last 7 cached tokens.
    expect(prefixUpProjectionFlops(smallMla({ kind: "sliding", sizeTokens: 8 }), 100)).toBe(7 * SMALL_FLOPS_PER_TOKEN);
    expect(prefixUpProjectionFlops(smallMla({ kind: "sliding", sizeTokens: 8 }), 3)).toBe(3 * SMALL_FLOPS_PER_TOKEN);
    // Chunks of 8: 100 cached tokens leave 4 in the chunk the new tokens start in.
    expect(prefixUpProjectionFlops(smallMla({ kind: "chunked", sizeTokens: 8 }), 100)).toBe(4 * SMALL_FLOPS_PER_TOKEN);
    expect(prefixUpProjectionFlops(smallMla({ kind: "chunked", sizeTokens: 8 }), 96)).toBe(0);
  });

  it("windows match a position loop", () => {
    const window = fc.record({ kind: fc.constantFrom("sliding" as const, "chunked" as const), sizeTokens: fc.integer({ min: 1, max: 64 }) });
    fc.assert(
      fc.property(window, fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 200 }), (w, l, c) => {
        expect(prefixUpProjectionFlops(smallMla(w), c)).toBe(attendedCachedPositions(w, l, c) * SMALL_FLOPS_PER_TOKEN);
      }),
      { numRuns: 300 },
    );
  });
});
