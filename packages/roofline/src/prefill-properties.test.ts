import { groupedQueryAttention } from "@modelsys/attention";
import { getAccelerator, getModel, listModelIds } from "@modelsys/catalog";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { attentionPrefillFlops, visibleKeySum } from "./prefill-attention-flops.js";
import { prefillTime } from "./prefill-time.js";

const h800 = getAccelerator("h800");
const modelIds = fc.constantFrom(...listModelIds());
const tokens = fc.integer({ min: 1, max: 200_000 });
const cached = fc.integer({ min: 0, max: 200_000 });

/** Relative closeness for figures that are equal in exact arithmetic but rounded differently. */
function expectRelativelyClose(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-12);
}

describe("prefillTime properties", () => {
  it("time non-decreasing in new tokens", () => {
    fc.assert(
      fc.property(modelIds, tokens, tokens, cached, (id, a, b, c) => {
        const [fewer, more] = a <= b ? [a, b] : [b, a];
        const model = getModel(id);
        const short = prefillTime(model, h800, { newTokens: fewer, cachedTokens: c, gpus: 8 });
        const long = prefillTime(model, h800, { newTokens: more, cachedTokens: c, gpus: 8 });
        expect(long.seconds).toBeGreaterThanOrEqual(short.seconds);
        expect(long.flops).toBeGreaterThanOrEqual(short.flops);
      }),
    );
  });

  it("cached prefix never lowers attention FLOPs", () => {
    // A token of a chunked layer attends only to its own chunk, so a longer prefix can move the new
    // tokens earlier in a chunk and lower their key count. Llama 4 Maverick is therefore left out.
    const unchunked = listModelIds().filter((id) => getModel(id).layers.every((layer) => layer.attention.kind === "linear" || layer.attention.window?.kind !== "chunked"));
    expect(unchunked).not.toContain("llama-4-maverick");
    fc.assert(
      fc.property(fc.constantFrom(...unchunked), tokens, cached, cached, (id, l, a, b) => {
        const [shorter, longer] = a <= b ? [a, b] : [b, a];
        const model = getModel(id);
        const withShorter = prefillTime(model, h800, { newTokens: l, cachedTokens: shorter, gpus: 8 });
        const withLonger = prefillTime(model, h800, { newTokens: l, cachedTokens: longer, gpus: 8 });
        expect(withLonger.attentionFlops).toBeGreaterThanOrEqual(withShorter.attentionFlops);
      }),
    );
  });

  it("prefix up-projection linear in cached tokens", () => {
    // No catalog MLA layer has a window, so every cached token is up-projected once.
    fc.assert(
      fc.property(modelIds, tokens, cached, (id, l, c) => {
        const model = getModel(id);
        const perCachedToken = prefillTime(model, h800, { newTokens: l, cachedTokens: 1, gpus: 8 }).prefixUpProjectionFlops;
        const time = prefillTime(model, h800, { newTokens: l, cachedTokens: c, gpus: 8 });
        expect(time.prefixUpProjectionFlops).toBe(perCachedToken * c);
        expect(time.prefixUpProjectionFlops > 0).toBe(c > 0 && model.layers.some((layer) => layer.attention.kind === "mla"));
      }),
    );
  });

  it("visible keys match a position loop", () => {
    // Small sizes, so the loop over every new token stays cheap, with windows on both sides of c and c + l.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 700 }), (l, c, w) => {
        let keys = 0;
        for (let position = c + 1; position <= c + l; position++) keys += Math.min(position, w);

        expect(visibleKeySum(l, c, w)).toBe(keys);
      }),
      { numRuns: 500 },
    );
  });

  it("window caps visible keys", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 50_000 }), (l, c, w) => {
        const keys = visibleKeySum(l, c, w);
        expect(keys).toBeLessThanOrEqual(l * w);
        expect(keys).toBeLessThanOrEqual(visibleKeySum(l, c, Number.POSITIVE_INFINITY));
        // A window at least as long as the sequence keeps every key that full attention attends to.
        expect(visibleKeySum(l, c, c + l)).toBe(visibleKeySum(l, c, Number.POSITIVE_INFINITY));
      }),
    );
  });

  it("chunked keys match a per-token count", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 700 }), (l, c, w) => {
        const chunked = groupedQueryAttention({ numQueryHeads: 2, numKvHeads: 1, headDim: 4, window: { kind: "chunked", sizeTokens: w } });
        // Position i (1-based) attends to the tokens of its own chunk up to itself: ((i − 1) mod W) + 1 keys.
        let keys = 0;
        for (let position = c + 1; position <= c + l; position += 1) keys += ((position - 1) % w) + 1;
        expect(attentionPrefillFlops(chunked, l, c)).toBe(4 * 2 * 4 * keys);
      }),
    );
  });

  it("window layer FLOPs at most l · W keys", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000 }), fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 1, max: 8192 }), (l, c, w) => {
        const windowed = groupedQueryAttention({ numQueryHeads: 8, numKvHeads: 2, headDim: 64, window: { kind: "sliding", sizeTokens: w } });
        expect(attentionPrefillFlops(windowed, l, c)).toBeLessThanOrEqual(4 * 8 * 64 * l * w);
      }),
    );
  });

  it("compute and memory scale as 1/gpus", () => {
    fc.assert(
      fc.property(modelIds, tokens, cached, fc.integer({ min: 1, max: 64 }), (id, l, c, gpus) => {
        const model = getModel(id);
        const singleGpu = prefillTime(model, h800, { newTokens: l, cachedTokens: c, gpus: 1 });
        const many = prefillTime(model, h800, { newTokens: l, cachedTokens: c, gpus });
        expectRelativelyClose(many.computeSeconds, singleGpu.computeSeconds / gpus);
        expectRelativelyClose(many.memorySeconds, singleGpu.memorySeconds / gpus);
      }),
    );
  });

  it("compute and memory scale as 1/efficiency", () => {
    const fraction = fc.double({ min: 0.01, max: 1, noNaN: true });
    fc.assert(
      fc.property(modelIds, tokens, cached, fraction, fraction, (id, l, c, flopEfficiency, hbmEfficiency) => {
        const model = getModel(id);
        const full = prefillTime(model, h800, { newTokens: l, cachedTokens: c, gpus: 8, flopEfficiency: 1, hbmEfficiency: 1 });
        const scaled = prefillTime(model, h800, { newTokens: l, cachedTokens: c, gpus: 8, flopEfficiency, hbmEfficiency });
        expectRelativelyClose(scaled.computeSeconds, full.computeSeconds / flopEfficiency);
        expectRelativelyClose(scaled.memorySeconds, full.memorySeconds / hbmEfficiency);
      }),
    );
  });

  it("parts add up to the totals", () => {
    fc.assert(
      fc.property(modelIds, tokens, cached, (id, l, c) => {
        const time = prefillTime(getModel(id), h800, { newTokens: l, cachedTokens: c, gpus: 8 });
        expectRelativelyClose(time.flops, time.linearFlops + time.ffnFlops + time.attentionFlops);
        expect(time.bytes).toBe(time.weightBytes + time.kvBytesWritten);
        expect(time.seconds).toBe(Math.max(time.computeSeconds, time.memorySeconds));
      }),
    );
  });
});
