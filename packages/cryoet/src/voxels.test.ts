// Byte swaps at aligned and odd addresses, and decodeVoxels with inPlace: a view of the given bytes
// for aligned data of either byte order, a copy at odd addresses, and the given bytes untouched
// without it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { decodeVoxels, encodeVoxels } from "./index.js";
import { swapByteOrder } from "./voxels.js";

/** Reverses every whole element of `bytes` one byte at a time: the reference for swapByteOrder. */
function naiveSwap(bytes: number[], elementBytes: number): number[] {
  const out = bytes.slice();
  for (let start = 0; start + elementBytes <= out.length; start += elementBytes) {
    out.splice(start, elementBytes, ...out.slice(start, start + elementBytes).reverse());
  }
  return out;
}

describe("swapByteOrder", () => {
  it("matches a byte-by-byte reversal at any address", () => {
    fc.assert(
      fc.property(fc.constantFrom(2, 4), fc.uint8Array({ maxLength: 70 }), fc.integer({ min: 0, max: 3 }), (elementBytes, input, shift) => {
        const storage = new Uint8Array(input.length + shift);
        storage.set(input, shift);
        const bytes = storage.subarray(shift);
        swapByteOrder(bytes, elementBytes);
        expect(Array.from(bytes)).toEqual(naiveSwap(Array.from(input), elementBytes));
      }),
      { numRuns: 300 },
    );
  });
});

describe("decodeVoxels inPlace", () => {
  const values = Float32Array.from({ length: 12 }, (_, i) => i * 1.5 - 7);

  for (const littleEndian of [true, false]) {
    it(`decodes aligned ${littleEndian ? "little" : "big"}-endian float32 as a view`, () => {
      const bytes = encodeVoxels(values, 2, littleEndian, 12);
      const data = decodeVoxels(bytes, { mode: 2, littleEndian, signedBytes: true, nx: 12, inPlace: true, copy: true });
      expect(data).toEqual(values);
      expect(data.buffer).toBe(bytes.buffer);
    });
  }

  it("copies bytes at an odd address", () => {
    const encoded = encodeVoxels(values, 2, false, 12);
    const storage = new Uint8Array(encoded.length + 1);
    storage.set(encoded, 1);
    const bytes = storage.subarray(1);
    const data = decodeVoxels(bytes, { mode: 2, littleEndian: false, signedBytes: true, nx: 12, inPlace: true });
    expect(data).toEqual(values);
    expect(data.buffer).not.toBe(bytes.buffer);
    expect(Array.from(bytes)).toEqual(Array.from(encoded));
  });

  it("leaves the bytes as stored without inPlace", () => {
    const int16 = Int16Array.from({ length: 9 }, (_, i) => i * 3000 - 12000);
    const bytes = encodeVoxels(int16, 1, false, 9);
    const stored = Array.from(bytes);
    expect(decodeVoxels(bytes, { mode: 1, littleEndian: false, signedBytes: true, nx: 9 })).toEqual(int16);
    expect(Array.from(bytes)).toEqual(stored);
    expect(decodeVoxels(bytes, { mode: 1, littleEndian: false, signedBytes: true, nx: 9, inPlace: true })).toEqual(int16);
    expect(Array.from(bytes)).not.toEqual(stored);
  });
});
