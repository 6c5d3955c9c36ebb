import { describe, expect, it } from "vitest";

import { AttentionError } from "../errors.js";
import { scaledDotProductAttention, visibleKeyCounts } from "./sdpa.js";
import { tensor } from "./tensor.js";

const query = tensor(new Float32Array(2 * 4 * 2).fill(0.5), [2, 4, 2]);
const key = tensor(new Float32Array(3 * 2 * 2).fill(0.25), [3, 2, 2]);
const value = tensor(new Float32Array(3 * 2 * 2).fill(1), [3, 2, 2]);

describe("attention input checks", () => {
  it("rejects query heads not divisible by KV heads", () => {
    const threeHeads = tensor(new Float32Array(2 * 3 * 2), [2, 3, 2]);
    expect(() => scaledDotProductAttention(threeHeads, key, value)).toThrow(RangeError);
    expect(() => scaledDotProductAttention(threeHeads, key, value)).toThrow(/multiple of the KV head count/);
  });

  it("rejects a window of 0", () => {
    expect(() => scaledDotProductAttention(query, key, value, { mask: { kind: "sliding", window: 0 } })).toThrow(AttentionError);
  });

  it("requires a query offset with key positions", () => {
    expect(() => scaledDotProductAttention(query, key, value, { keyPositions: [0, 1, 2] })).toThrow(/queryOffset is missing/);
  });

  it("names the first non-finite input", () => {
    const poisoned = tensor(Float32Array.from(value.data), value.shape);
    poisoned.data[7] = NaN;
    try {
      scaledDotProductAttention(query, key, poisoned, { checkFinite: true });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RangeError);
      expect((error as AttentionError).code).toBe("NON_FINITE_INPUT");
      expect((error as AttentionError).message).toContain("value[1, 1, 1]");
    }
  });

  it("caps rows at 2048 keys for W = 2048, T = 4096", () => {
    const counts = visibleKeyCounts(4096, 4096, { mask: { kind: "sliding", window: 2048 } });
    expect(Math.max(...counts)).toBe(2048);
    expect(counts[2047]).toBe(2048);
    expect(counts[4095]).toBe(2048);
  });
});
