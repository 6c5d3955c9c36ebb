import { describe, expect, it } from "vitest";

import { PrefixCache, type PrefixCacheOptions } from "./prefix-cache.js";

const options = (overrides: Partial<PrefixCacheOptions> = {}): PrefixCacheOptions => ({
  blockTokens: 512,
  blockBytes: 100,
  snapshotBytes: 1000,
  capacityBytes: Number.POSITIVE_INFINITY,
  stateSnapshots: "request-end",
  ...overrides,
});

describe("PrefixCache", () => {
  it("matches prefix-chained blocks until the first miss", () => {
    const cache = new PrefixCache(options({ stateSnapshots: "ignore" }));
    cache.insert([1, 2, 3], 1536);
    expect(cache.peek([1, 2, 9, 4], 2048)).toBe(1024);
    expect(cache.peek([7, 2], 1024)).toBe(0);
  });

  it("misses an id at another position", () => {
    // Ids that are not prefix-chained: id 2 ends a 2-block prefix in the first request and a
    // 1-block prefix in the second, so the second must not reuse the first's state.
    const cache = new PrefixCache(options());
    cache.insert([1, 2], 1024);
    expect(cache.peek([2, 3], 1024)).toBe(0);
    const fullAttention = new PrefixCache(options({ stateSnapshots: "ignore" }));
    fullAttention.insert([1, 2], 1024);
    expect(fullAttention.peek([2, 3], 1024)).toBe(0);
  });

  it("moves an id to its latest position", () => {
    const cache = new PrefixCache(options());
    cache.insert([1, 2], 1024);
    expect(cache.bytes).toBe(2 * 100 + 1000);
    // The second request takes over id 2 at position 0 with its own snapshot, and the snapshot of
    // the 2-block prefix is dropped with it.
    cache.insert([2], 512);
    expect(cache.bytes).toBe(2 * 100 + 1000);
    expect(cache.peek([2, 5], 1024)).toBe(512);
    expect(cache.peek([1, 2], 1024)).toBe(0);
  });

  it("always leaves one token to compute", () => {
    const cache = new PrefixCache(options({ stateSnapshots: "ignore" }));
    cache.insert([1, 2], 1024);
    expect(cache.peek([1, 2], 1024)).toBe(1023);
  });

  it("needs a state snapshot at the hit's last block on hybrid models", () => {
    const requestEnd = new PrefixCache(options());
    requestEnd.insert([1, 2, 3, 4], 2048);
    // The snapshot sits at block 4 only, so a 3-block match is unusable.
    expect(requestEnd.peek([1, 2, 3, 9], 2048)).toBe(0);
    expect(requestEnd.peek([1, 2, 3, 4, 5], 2560)).toBe(2048);
    const everyBlock = new PrefixCache(options({ stateSnapshots: "every-block" }));
    everyBlock.insert([1, 2, 3, 4], 2048);
    expect(everyBlock.peek([1, 2, 3, 9], 2048)).toBe(1536);
  });

  it("does not insert a partial last block", () => {
    const cache = new PrefixCache(options({ stateSnapshots: "ignore" }));
    cache.insert([1, 2], 700);
    expect(cache.peek([1, 2, 3], 1500)).toBe(512);
  });

  it("evicts least recently used blocks", () => {
    const cache = new PrefixCache(options({ stateSnapshots: "ignore", capacityBytes: 300 }));
    cache.insert([1, 2], 1024);
    cache.insert([5], 512);
    cache.lookup([1, 2], 1100);
    cache.insert([7], 512);
    expect(cache.bytes).toBe(300);
    expect(cache.peek([5], 600)).toBe(0);
    expect(cache.peek([1, 2, 3], 1500)).toBe(1024);
  });

  it("evicts a chain from its tail", () => {
    const cache = new PrefixCache(options({ stateSnapshots: "ignore", capacityBytes: 300 }));
    cache.insert([1, 2, 3], 1536);
    cache.insert([7], 512);
    // Block 3 goes: the first two blocks of the chain still match.
    expect(cache.peek([1, 2, 3, 4], 2048)).toBe(1024);
    expect(cache.peek([7, 8], 1024)).toBe(512);
  });

  it("keeps a hit chain's head after a lookup", () => {
    const cache = new PrefixCache(options({ stateSnapshots: "ignore", capacityBytes: 400 }));
    cache.insert([1, 2], 1024);
    cache.insert([5, 6], 1024);
    cache.lookup([1, 2, 3], 1536);
    cache.insert([9], 512);
    // The least recently used chain, [5, 6], loses its tail and keeps its head.
    expect(cache.peek([5, 6], 1100)).toBe(512);
    expect(cache.peek([1, 2, 3], 1536)).toBe(1024);
  });

  it.each([Number.NaN, -1, "1e9" as unknown as number])("rejects capacityBytes %s", (capacityBytes) => {
    expect(() => new PrefixCache(options({ capacityBytes }))).toThrow(expect.objectContaining({ code: "INVALID_OPTION", field: "capacityBytes" }));
  });

  it("counts hit tokens", () => {
    const cache = new PrefixCache(options({ stateSnapshots: "ignore" }));
    cache.insert([1], 512);
    cache.lookup([1, 2], 1000);
    cache.lookup([3], 500);
    expect(cache.hitTokens / cache.lookupTokens).toBeCloseTo(512 / 1500, 12);
  });
});
