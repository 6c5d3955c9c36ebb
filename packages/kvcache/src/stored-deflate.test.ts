// Stored deflate blocks: the bound deflate planes are sized with, and the fallback for data that
// does not compress.
import { inflateRawSync } from "node:zlib";

import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { deflateRaw, inflateRawBounded } from "./stages.js";
import { STORED_BLOCK_MAX_BYTES, storedDeflate, storedDeflateBytes } from "./stored-deflate.js";

/** Bytes from a linear congruential generator: no repeats for deflate to find. */
function randomBytes(count: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(count);
  let state = seed;
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

function sameBytes(actual: Uint8Array, expected: Uint8Array): boolean {
  return Buffer.compare(actual, expected) === 0;
}

describe("storedDeflate", () => {
  it("adds 5 bytes per block", () => {
    expect(storedDeflateBytes(0)).toBe(5);
    expect(storedDeflateBytes(1)).toBe(6);
    expect(storedDeflateBytes(STORED_BLOCK_MAX_BYTES)).toBe(STORED_BLOCK_MAX_BYTES + 5);
    expect(storedDeflateBytes(STORED_BLOCK_MAX_BYTES + 1)).toBe(STORED_BLOCK_MAX_BYTES + 1 + 10);
    expect(Array.from(storedDeflate(new Uint8Array(0)))).toEqual([1, 0, 0, 0xff, 0xff]);
    expect(Array.from(storedDeflate(Uint8Array.of(0xab, 0xcd)))).toEqual([1, 2, 0, 0xfd, 0xff, 0xab, 0xcd]);
  });

  it("inflates at every block boundary", () => {
    for (const length of [0, 1, STORED_BLOCK_MAX_BYTES - 1, STORED_BLOCK_MAX_BYTES, STORED_BLOCK_MAX_BYTES + 1, 3 * STORED_BLOCK_MAX_BYTES + 7]) {
      const bytes = randomBytes(length, length + 1);
      const stored = storedDeflate(bytes);
      expect(stored.length, `length ${length}`).toBe(storedDeflateBytes(length));
      expect(sameBytes(inflateRawSync(stored), bytes)).toBe(true);
      expect(sameBytes(inflateRawBounded(stored, length, 0), bytes)).toBe(true);
    }
  });
});

describe("deflateRaw", () => {
  it("stores random bytes in blocks", () => {
    const random = randomBytes(1 << 18, 3);
    const deflated = deflateRaw(random);
    expect(deflated.length).toBe(storedDeflateBytes(random.length));
    expect(sameBytes(inflateRawBounded(deflated, random.length, 0), random)).toBe(true);
  });

  it("keeps smaller compressed output", () => {
    const zeros = new Uint8Array(1 << 16);
    expect(deflateRaw(zeros).length).toBeLessThan(1000);
  });

  it("round-trips within the bound", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        const deflated = deflateRaw(bytes);
        expect(deflated.length).toBeLessThanOrEqual(storedDeflateBytes(bytes.length));
        expect(inflateRawBounded(deflated, bytes.length, 0)).toEqual(bytes);
      }),
    );
  });
});
