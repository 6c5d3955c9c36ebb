import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { AttentionError } from "../errors.js";
import { randomTensor, seededUniform } from "../testing/random.js";
import { compareArrays } from "../testing/tolerance.js";
import { RingKvCache, decodeStep } from "./kv-cache.js";
import { isKeyVisible, type AttentionMask } from "./masks.js";
import { scaledDotProductAttention } from "./sdpa.js";
import { tensor, type Tensor } from "./tensor.js";

const [heads, kvHeads, dim] = [4, 2, 8];

/** Returns rows `from … to − 1` of a `[T, H, d]` tensor. */
function rows(source: Tensor, from: number, to: number): Tensor {
  const width = source.shape[1]! * source.shape[2]!;
  return tensor(source.data.slice(from * width, to * width), [to - from, source.shape[1]!, source.shape[2]!]);
}

function sequence(seed: number, tokens: number) {
  const next = seededUniform(seed);
  return {
    query: randomTensor(next, [tokens, heads, dim], 2),
    key: randomTensor(next, [tokens, kvHeads, dim], 2),
    value: randomTensor(next, [tokens, kvHeads, dim]),
  };
}

/** Decodes one token per step and returns the error of the first step that throws, if any. */
function decodeOneByOne(capacity: number, mask: AttentionMask, tokens: number): { failedAt: number; error: AttentionError } | undefined {
  const { query, key, value } = sequence(capacity * 31 + tokens, tokens);
  const cache = new RingKvCache({ kvHeads, headDim: dim }, capacity);
  for (let t = 0; t < tokens; t++) {
    try {
      decodeStep(cache, rows(query, t, t + 1), rows(key, t, t + 1), rows(value, t, t + 1), { mask });
    } catch (error) {
      return { failedAt: t, error: error as AttentionError };
    }
  }
  return undefined;
}

describe("ring cache capacity checks", () => {
  it("rejects a window wider than the ring", () => {
    const failure = decodeOneByOne(4, { kind: "sliding", window: 8 }, 12);
    expect(failure?.failedAt).toBe(4);
    expect(failure?.error.code).toBe("INVALID_ARGUMENT");
    expect(failure?.error.field).toBe("capacity");
    expect(failure?.error.message).toContain("capacity = 4");
    expect(failure?.error.message).toContain("W + c − 1 = 8");
  });

  it("rejects a causal mask once the ring wraps", () => {
    const failure = decodeOneByOne(4, { kind: "causal" }, 12);
    expect(failure?.failedAt).toBe(4);
    expect(failure?.error.field).toBe("capacity");
    expect(failure?.error.message).toContain("GrowingKvCache");
  });

  it("rejects sink tokens the ring would overwrite", () => {
    const failure = decodeOneByOne(4, { kind: "sliding", window: 3, sinkTokens: 1 }, 12);
    expect(failure?.failedAt).toBe(4);
    expect(failure?.error.message).toContain("sink tokens");
    expect(failure?.error.message).toContain("GrowingKvCache");
  });

  it("rejects a prefill chunk that needs W + c − 1 slots", () => {
    const { query, key, value } = sequence(3, 7);
    const cache = new RingKvCache({ kvHeads, headDim: dim }, 4);
    const mask: AttentionMask = { kind: "sliding", window: 4 };
    decodeStep(cache, rows(query, 0, 4), rows(key, 0, 4), rows(value, 0, 4), { mask });
    expect(() => decodeStep(cache, rows(query, 4, 7), rows(key, 4, 7), rows(value, 4, 7), { mask })).toThrow(/capacity ≥ W \+ c − 1 = 6/);
    // The check runs before the append, so the cache still contains the first four tokens.
    expect(cache.length).toBe(4);
    expect([...cache.view().positions]).toEqual([0, 1, 2, 3]);
  });

  it("accepts a window that fits, after the ring wraps", () => {
    expect(decodeOneByOne(4, { kind: "sliding", window: 4 }, 12)).toBeUndefined();
    expect(decodeOneByOne(4, { kind: "chunked", chunkSize: 4 }, 12)).toBeUndefined();
    expect(decodeOneByOne(3, { kind: "band", left: 2, right: 0 }, 12)).toBeUndefined();
  });

  // Cached decode equals the rows of full recomputation. With a ring, a step either equals them
  // or throws, and it throws exactly when a key visible to one of its queries has left the ring
  // (counted by brute force over every earlier position).
  it("every step equals recomputation or throws for a missing key", () => {
    const maskOf = (kind: string, size: number, sinks: number): AttentionMask =>
      kind === "sliding" ? { kind, window: size, sinkTokens: sinks } : kind === "chunked" ? { kind, chunkSize: size } : kind === "band" ? { kind, left: size, right: 0 } : { kind: "causal" };
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer(),
          capacity: fc.integer({ min: 1, max: 7 }),
          kind: fc.constantFrom("sliding", "chunked", "band", "causal"),
          size: fc.integer({ min: 1, max: 6 }),
          sinks: fc.integer({ min: 0, max: 2 }),
          chunks: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 6 }),
        }),
        ({ seed, capacity, kind, size, sinks, chunks }) => {
          const mask = maskOf(kind, size, sinks);
          const tokens = chunks.reduce((sum, chunk) => sum + chunk, 0);
          const { query, key, value } = sequence(seed, tokens);
          const full = scaledDotProductAttention(query, key, value, { mask }).output;
          const cache = new RingKvCache({ kvHeads, headDim: dim }, capacity);
          let start = 0;
          for (const chunk of chunks) {
            const step = Math.min(chunk, capacity);
            const end = start + step;
            const oldestKept = Math.max(0, end - capacity);
            let needsEvicted = false;
            for (let q = start; q < end; q++) for (let k = 0; k < oldestKept; k++) needsEvicted ||= isKeyVisible(mask, q, k);

            const run = () => decodeStep(cache, rows(query, start, end), rows(key, start, end), rows(value, start, end), { mask });
            if (needsEvicted) {
              expect(run).toThrow(/RingKvCache capacity/);
              return;
            }
            const comparison = compareArrays(run().output.data, rows(full, start, end).data, [step, heads, dim]);
            expect(comparison.ok, comparison.message).toBe(true);
            start = end;
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
