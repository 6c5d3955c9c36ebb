// Modes mrcfile cannot read (3 and 101) against the MRC2014 definitions, binary16 conversion,
// and write-then-read round trips of every mode, byte order and kind.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { encodeMrc, float16BitsToNumber, isKnownMode, KNOWN_MODES, numberToFloat16Bits, packFourBit, readMrc, type MrcData, type MrcMode } from "./index.js";

describe("isKnownMode", () => {
  it("accepts every known mode number", () => {
    for (const mode of KNOWN_MODES) expect(isKnownMode(mode)).toBe(true);
  });

  it.each(["1", "2", "101", " 0", null, undefined])("rejects %j", (mode) => {
    expect(isKnownMode(mode)).toBe(false);
  });

  it("matches KNOWN_MODES numbers only", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -5, max: 120 }), fc.double(), fc.integer({ min: -5, max: 120 }).map(String)), (mode) => {
        const known = typeof mode === "number" && (KNOWN_MODES as readonly number[]).includes(mode);
        expect(isKnownMode(mode)).toBe(known);
      }),
    );
  });
});

describe("mode 101", () => {
  it("packs the spec example", () => {
    // NX = 5: the row 1, 2, 3, 4, 5 packs low nibble first to 0x21 0x43 0x05.
    expect(Array.from(packFourBit([1, 2, 3, 4, 5], 5, 1))).toEqual([0x21, 0x43, 0x05]);
  });

  it("odd-width block size and round trip", () => {
    const values = Uint8Array.from({ length: 5 * 3 * 2 }, (_, index) => index % 16);
    const { bytes } = encodeMrc({ data: values, shape: [2, 3, 5], mode: 101, stampLabel: false });
    // ceil(5 / 2) × 3 × 2 = 18 bytes of data.
    expect(bytes.length).toBe(1024 + 18);
    const file = readMrc(bytes);
    expect(file.mode).toBe(101);
    expect(file.shape).toEqual([2, 3, 5]);
    expect(Array.from(file.data!)).toEqual(Array.from(values));
    expect(file.warnings).toEqual([]);
  });

  it("rejects values above 15", () => {
    expect(() => encodeMrc({ data: Uint8Array.from([16]), shape: [1, 1], mode: 101 })).toThrow(/Invalid mode-101 value 16/);
  });

  it("padding nibbles are ignored in both byte orders", () => {
    for (const littleEndian of [true, false]) {
      const { bytes } = encodeMrc({ data: Uint8Array.from([15, 1, 2]), shape: [1, 3], mode: 101, littleEndian, stampLabel: false });
      bytes[1024 + 1]! |= 0xf0; // garbage in the padding nibble of the odd row
      expect(Array.from(readMrc(bytes).data!)).toEqual([15, 1, 2]);
    }
  });
});

describe("mode 3", () => {
  it("interleaves int16 real and imaginary parts", () => {
    const data = Int16Array.from([1, -2, 300, -400, 32767, -32768]);
    for (const littleEndian of [true, false]) {
      const { bytes, header } = encodeMrc({ data, shape: [1, 1, 3, 2], mode: 3, littleEndian, stampLabel: false });
      const view = new DataView(bytes.buffer, 1024);
      expect(view.getInt16(0, littleEndian)).toBe(1);
      expect(view.getInt16(2, littleEndian)).toBe(-2);
      const file = readMrc(bytes);
      expect(file.data).toBeInstanceOf(Int16Array);
      expect(file.shape).toEqual([1, 1, 3, 2]);
      expect(Array.from(file.data!)).toEqual(Array.from(data));
      // Complex data store the min/max/mean sentinels and the complex RMS.
      expect([header.dmin, header.dmax, header.dmean]).toEqual([0, -1, -2]);
      const mean = [(1 + 300 + 32767) / 3, (-2 - 400 - 32768) / 3];
      const rms = Math.sqrt(([0, 2, 4].reduce((sum, index) => sum + (data[index]! - mean[0]!) ** 2 + (data[index + 1]! - mean[1]!) ** 2, 0)) / 3);
      expect(header.rms).toBe(Math.fround(rms));
    }
  });
});

describe("float16", () => {
  it("every bit pattern round trips", () => {
    for (let bits = 0; bits < 65536; bits++) {
      const value = float16BitsToNumber(bits);
      if (Number.isNaN(value)) continue;
      expect(numberToFloat16Bits(value)).toBe(bits);
    }
  });

  it("rounds half to even and overflows to infinity", () => {
    expect(numberToFloat16Bits(1 + 2 ** -11)).toBe(0x3c00); // tie between 1 and 1 + 2^-10: even is 1
    expect(numberToFloat16Bits(1 + 3 * 2 ** -11)).toBe(0x3c02);
    expect(numberToFloat16Bits(65504)).toBe(0x7bff);
    expect(numberToFloat16Bits(65519)).toBe(0x7bff);
    expect(numberToFloat16Bits(65520)).toBe(0x7c00);
    expect(numberToFloat16Bits(2 ** -25)).toBe(0); // half the smallest subnormal: ties to even (0)
    expect(numberToFloat16Bits(3 * 2 ** -25)).toBe(2);
    expect(numberToFloat16Bits(-0)).toBe(0x8000);
    expect(Number.isNaN(float16BitsToNumber(numberToFloat16Bits(Number.NaN)))).toBe(true);
  });
});

const ARRAYS: Record<number, (values: number[]) => MrcData> = {
  0: (values) => Int8Array.from(values, (value) => Math.round(value * 127)),
  1: (values) => Int16Array.from(values, (value) => Math.round(value * 32767)),
  2: (values) => Float32Array.from(values, (value) => value * 1000),
  3: (values) => Int16Array.from(values, (value) => Math.round(value * 32767)),
  4: (values) => Float32Array.from(values, (value) => value * 5),
  6: (values) => Uint16Array.from(values, (value) => Math.round(Math.abs(value) * 65535)),
  12: (values) => Float32Array.from(values, (value) => float16BitsToNumber(numberToFloat16Bits(value * 100))),
  16: (values) => Uint8Array.from(values, (value) => Math.round(Math.abs(value) * 255)),
  101: (values) => Uint8Array.from(values, (value) => Math.round(Math.abs(value) * 15)),
};

describe("write then read", () => {
  it("is the identity for every mode, byte order and kind", () => {
    const modes = [0, 1, 2, 3, 4, 6, 12, 16, 101] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...modes),
        fc.boolean(),
        fc.constantFrom("image", "imageStack", "volume", "volumeStack"),
        fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 7 })),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (mode: MrcMode, littleEndian, kind, [a, b, c], seed) => {
          const spatial = kind === "image" ? [b, c] : kind === "volumeStack" ? [2, a, b, c] : [a, b, c];
          let components = 1;
          if (mode === 3 || mode === 4) components = 2;
          if (mode === 16) components = 3;
          const count = spatial.reduce((product, size) => product * size, 1) * components;
          let state = seed;
          const values = Array.from({ length: count }, () => {
            state = (Math.imul(state, 1103515245) + 12345) >>> 0;
            return (state / 2 ** 32) * 2 - 1;
          });
          const data = ARRAYS[mode]!(values);
          const shape = components === 1 ? spatial : [...spatial, components];
          const { bytes } = encodeMrc({ data, shape, mode, littleEndian, kind: kind === "imageStack" ? "imageStack" : undefined, stampLabel: false });
          const file = readMrc(bytes);
          expect(file.warnings.map((warning) => warning.code)).toEqual(mode === 16 ? ["NONSTANDARD_MODE"] : []);
          // An image stack of one section reads back as a single image.
          const expectedKind = kind === "imageStack" && a === 1 ? "image" : kind;
          expect(file.kind).toBe(expectedKind);
          expect(file.shape).toEqual(kind === "imageStack" && a === 1 ? shape.slice(1) : shape);
          expect(Array.from(file.data!)).toEqual(Array.from(data));
          expect(file.littleEndian).toBe(littleEndian);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});
