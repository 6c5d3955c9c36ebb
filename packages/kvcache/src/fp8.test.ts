import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { CODECS } from "./codecs/index.js";
import { FP8_FORMATS, type Fp8Format } from "./element-type.js";
import { decodeFp8, decodeRun, encodeFp8, fp8DecodeTable, fp8EncodeTable } from "./fp8.js";
import { fp32ArrayFromBits, hex, loadFixture } from "./fixtures.test-helpers.js";
import { fp32ToFp16 } from "./half.js";
import type { PlaneDescriptor } from "./plane.js";

interface Fp8Fixture {
  decodeBits: (number | null)[];
  inputBits: number[];
  saturating: number[];
  nonSaturating: number[];
}
const fixture = loadFixture<Record<Fp8Format, Fp8Fixture>>("fp8");
const ALL_CODES = Uint8Array.from({ length: 256 }, (_, code) => code);
const NAN_CODES: Record<Fp8Format, number[]> = {
  e4m3fn: [0x7f, 0xff],
  e5m2: [0x7d, 0x7e, 0x7f, 0xfd, 0xfe, 0xff],
  e4m3fnuz: [0x80],
};

describe.each(FP8_FORMATS)("%s", (format) => {
  it("decodes every code like the reference", () => {
    const decoded = decodeFp8(ALL_CODES, format);
    const bits = new Uint32Array(decoded.buffer);
    fixture[format].decodeBits.forEach((expected, code) => {
      if (expected === null) expect(Number.isNaN(decoded[code]), `code ${hex(code)}`).toBe(true);
      else expect(hex(bits[code]!), `code ${hex(code)}`).toBe(hex(expected));
    });
  });

  it("re-encodes every non-NaN code to itself, non-saturating", () => {
    const decoded = decodeFp8(ALL_CODES, format);
    const encoded = encodeFp8(decoded, format, { saturate: false });
    const fromFp16 = encodeFp8(fp32ToFp16(decoded), format, { saturate: false });
    for (let code = 0; code < 256; code++) {
      if (NAN_CODES[format].includes(code)) continue;
      expect(hex(encoded[code]!), `fp32 path, code ${hex(code)}`).toBe(hex(code));
      // fp16 holds every FP8 value exactly, so the table path must agree.
      expect(hex(fromFp16[code]!), `fp16 path, code ${hex(code)}`).toBe(hex(code));
    }
  });

  it("maps NaN codes to the canonical NaN", () => {
    const decoded = decodeFp8(Uint8Array.from(NAN_CODES[format]), format);
    const bits = new Uint32Array(decoded.buffer);
    NAN_CODES[format].forEach((code, index) => {
      const negative = (code & 0x80) !== 0 && format !== "e4m3fnuz";
      expect(hex(bits[index]!), `code ${hex(code)}`).toBe(negative ? "0xffc00000" : "0x7fc00000");
    });
  });

  it.each([
    ["saturating", true],
    ["nonSaturating", false],
  ] as const)("encodes fp32 like the reference, %s", (mode, saturate) => {
    const inputBits = fixture[format].inputBits;
    const inputs = fp32ArrayFromBits(inputBits);
    const codes = encodeFp8(inputs, format, { saturate });
    const expected = fixture[format][mode];
    const mismatches = [...codes].flatMap((code, i) =>
      code === expected[i] ? [] : [`${inputs[i]} (bits ${hex(inputBits[i]!)}) → ${hex(code)}, expected ${hex(expected[i]!)}`],
    );
    expect(mismatches).toEqual([]);
  });

  it("fp16 table path matches the fp32 path on every fp16 value", () => {
    for (const saturate of [true, false]) {
      const bits = Uint16Array.from({ length: 65536 }, (_, i) => i);
      const viaTable = encodeFp8(bits, format, { saturate });
      const values = new Float32Array(65536);
      const table = decodeFp8; // keep the import used when the loop below is skipped
      expect(typeof table).toBe("function");
      const words = new Uint32Array(values.buffer);
      for (let i = 0; i < 65536; i++) values[i] = fp16Value(i);
      // fp16Value returns a NaN without a sign, so NaN inputs get theirs through the bits.
      for (let i = 0; i < 65536; i++) if (Number.isNaN(values[i])) words[i] = (i & 0x8000 ? 0xffc00000 : 0x7fc00000) >>> 0;
      const direct = encodeFp8(values, format, { saturate });
      let mismatch = -1;
      for (let i = 0; i < 65536 && mismatch < 0; i++) if (viaTable[i] !== direct[i]) mismatch = i;
      expect(mismatch, `first mismatch at fp16 ${hex(mismatch)}`).toBe(-1);
    }
  });
});

function fp16Value(bits: number): number {
  const exponent = (bits >> 10) & 0x1f;
  const mantissa = bits & 0x3ff;
  const sign = bits & 0x8000 ? -1 : 1;
  if (exponent === 0x1f) return mantissa === 0 ? sign * Infinity : Number.NaN;
  if (exponent === 0) return sign * mantissa * 2 ** -24;
  return sign * (1 + mantissa / 1024) * 2 ** (exponent - 15);
}

describe("FP8 required examples", () => {
  it("1.0 encodes to 0x38 and 0x3C", () => {
    expect(encodeFp8(new Float32Array([1]), "e4m3fn")[0]).toBe(0x38);
    expect(encodeFp8(new Float32Array([1]), "e5m2")[0]).toBe(0x3c);
  });
  it("448 encodes to E4M3FN 0x7E", () => {
    expect(encodeFp8(new Float32Array([448]), "e4m3fn", { saturate: false })[0]).toBe(0x7e);
  });
  it("57344 encodes to E5M2 0x7B", () => {
    expect(encodeFp8(new Float32Array([57344]), "e5m2", { saturate: false })[0]).toBe(0x7b);
  });
});

describe("FP8 rounding and overflow", () => {
  it("ties go to even", () => {
    // 1.0625 lies halfway between 1.0 (0x38) and 1.125 (0x39) in E4M3FN; 1.1875 between 0x39 and 0x3A.
    expect([...encodeFp8(new Float32Array([1.0625, 1.1875]), "e4m3fn")]).toEqual([0x38, 0x3a]);
  });
  it("rounds before the overflow check", () => {
    // 464 is the midpoint of 448 and the unbounded next step 480, and ties to 448 (mantissa 110).
    expect(encodeFp8(new Float32Array([464]), "e4m3fn", { saturate: false })[0]).toBe(0x7e);
    expect(encodeFp8(new Float32Array([465]), "e4m3fn", { saturate: false })[0]).toBe(0x7f);
    expect(encodeFp8(new Float32Array([-465]), "e4m3fn", { saturate: true })[0]).toBe(0xfe);
    // E5M2: 61440 ties to 65536 (mantissa 00) and overflows.
    expect(encodeFp8(new Float32Array([61440]), "e5m2", { saturate: false })[0]).toBe(0x7c);
    expect(encodeFp8(new Float32Array([61439]), "e5m2", { saturate: false })[0]).toBe(0x7b);
  });
  it("E4M3FNUZ encodes NaN, overflow and zeros per its rules", () => {
    const codes = encodeFp8(new Float32Array([Number.NaN, 1000, -0, -1e-9, -Infinity]), "e4m3fnuz", { saturate: false });
    expect([...codes]).toEqual([0x80, 0x80, 0x00, 0x00, 0x80]);
    expect([...encodeFp8(new Float32Array([1000, -Infinity]), "e4m3fnuz")]).toEqual([0x7f, 0xff]);
  });
  it("applies the scale before saturation", () => {
    // 900 / 2 = 450 rounds to 448; 1000 / 2 = 500 saturates to 448 or becomes NaN.
    expect([...encodeFp8(new Float32Array([900, 1000]), "e4m3fn", { scale: 2 })]).toEqual([0x7e, 0x7e]);
    expect([...encodeFp8(new Float32Array([900, 1000]), "e4m3fn", { scale: 2, saturate: false })]).toEqual([0x7e, 0x7f]);
    expect([...decodeFp8(new Uint8Array([0x7e]), "e4m3fn", { scale: 2 })]).toEqual([896]);
  });
  it("per-block scales rotate", () => {
    const scale = { scales: new Float32Array([1, 2]), blockSize: 2 };
    const codes = encodeFp8(new Float32Array([2, 2, 2, 2, 2, 2]), "e4m3fn", { scale });
    expect([...codes]).toEqual([0x40, 0x40, 0x38, 0x38, 0x40, 0x40]);
    expect([...decodeFp8(codes, "e4m3fn", { scale })]).toEqual([2, 2, 2, 2, 2, 2]);
  });
  it("encodes many short scaled blocks quickly", () => {
    // 2,048 blocks of 128 fp16 values, each with its own scale, as per-token scales give. A
    // 65,536-entry table per block took about 20 s on a 2-core machine, and code by code takes milliseconds.
    const blocks = 2048;
    const blockSize = 128;
    const input = fp32ToFp16(Float32Array.from({ length: blocks * blockSize }, (_, i) => Math.sin(i) * 3));
    const scales = Float32Array.from({ length: blocks }, (_, k) => 2 ** -10 * (1 + k / blocks));

    const start = performance.now();
    const codes = encodeFp8(input, "e4m3fn", { scale: { scales, blockSize } });
    const milliseconds = performance.now() - start;

    for (const k of [0, 1, blocks - 1]) {
      const table = fp8EncodeTable("e4m3fn", true, "fp16", scales[k]);
      const block = Array.from(input.subarray(k * blockSize, (k + 1) * blockSize), (bits) => table[bits]);
      expect([...codes.subarray(k * blockSize, (k + 1) * blockSize)]).toEqual(block);
    }
    expect(milliseconds).toBeLessThan(3000);
  });
  it("rejects scale arrays of fp16 bits", () => {
    const scale = { scales: new Uint16Array([0x3c00]) as unknown as Float32Array, blockSize: 1 };
    expect(() => encodeFp8(new Float32Array([1]), "e4m3fn", { scale })).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT", field: "scale.scales", message: expect.stringMatching(/got Uint16Array\. .*fp16ToFp32/) }),
    );
    expect(() => decodeFp8(new Uint8Array([0x38]), "e4m3fn", { scale })).toThrow(expect.objectContaining({ field: "scale.scales" }));
  });
  it("rejects a scale object without scales", () => {
    const scale = { blockSize: 2 } as unknown as { scales: Float32Array; blockSize: number };
    expect(() => encodeFp8(new Float32Array([1]), "e4m3fn", { scale })).toThrow(/Invalid scale\.scales: expected a Float32Array of scale values, got undefined/);
  });
  it("takes scales as a Float64Array or a number array", () => {
    for (const scales of [new Float64Array([2]), [2]]) {
      const scale = { scales: scales as unknown as Float32Array, blockSize: 1 };
      expect([...encodeFp8(new Float32Array([4]), "e4m3fn", { scale })]).toEqual([0x40]);
    }
  });
  it("names a typed array with its article", () => {
    expect(() => decodeFp8(new Uint16Array([0x38]) as unknown as Uint8Array, "e4m3fn")).toThrow(/got a Uint16Array\./);
    expect(() => decodeFp8(new Int8Array([0x38]) as unknown as Uint8Array, "e4m3fn")).toThrow(/got an Int8Array\./);
  });
  it("rejects invalid scales with a RangeError", () => {
    for (const scale of [0, -1, Number.NaN, Infinity]) {
      expect(() => encodeFp8(new Float32Array([1]), "e4m3fn", { scale })).toThrow(RangeError);
    }
  });
  it("rejects an unknown format", () => {
    expect(() => encodeFp8(new Float32Array([1]), "e4m3" as Fp8Format)).toThrow(/Invalid FP8 format "e4m3"/);
  });
  it("table path handles unaligned views", () => {
    const backing = new Uint16Array(40).map((_, i) => 0x3c00 + i);
    const aligned = encodeFp8(backing.slice(1, 38), "e5m2");
    const unaligned = encodeFp8(backing.subarray(1, 38), "e5m2");
    expect([...unaligned]).toEqual([...aligned]);
  });
});

describe("FP8 decoding of short runs", () => {
  it("gives, code by code, what a table for the run's scale gives", () => {
    // Runs of every code under scales no table holds: tiny, huge (overflowing fp16, bf16 and
    // fp32) and ordinary, for every format and output type.
    const codes = Uint8Array.from({ length: 256 }, (_, code) => code);
    fc.assert(
      fc.property(
        fc.constantFrom(...FP8_FORMATS),
        fc.constantFrom("fp16", "bf16", "fp32") as fc.Arbitrary<"fp16" | "bf16" | "fp32">,
        fc.oneof(fc.double({ min: 1e-42, max: 1e-30, noNaN: true }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.double({ min: 1e35, max: 3e38, noNaN: true })),
        (format, type, scale) => {
          const stored = Math.fround(scale);
          fc.pre(stored > 0 && Number.isFinite(stored));
          const direct = type === "fp32" ? new Float32Array(256) : new Uint16Array(256);
          decodeRun(codes, direct, 0, 256, format, type, stored);
          const table = fp8DecodeTable(format, type, stored);
          const expected = type === "fp32" ? new Float32Array(256) : new Uint16Array(256);
          codes.forEach((code) => (expected[code] = table[code]!));
          // Bit patterns, so that NaN signs and signed zeros count.
          expect(new Uint8Array(direct.buffer)).toEqual(new Uint8Array(expected.buffer));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("FP8 NaN signs", () => {
  // The input's sign bit decides, except in E4M3FNUZ, whose one NaN 0x80 serves both signs.
  const NAN_CODES: Record<Fp8Format, { negative: number; positive: number }> = {
    e4m3fn: { negative: 0xff, positive: 0x7f },
    e5m2: { negative: 0xfe, positive: 0x7e },
    e4m3fnuz: { negative: 0x80, positive: 0x80 },
  };

  it.each(FP8_FORMATS)("%s keeps the input's sign from fp32, fp16 and bf16", (format) => {
    const { negative, positive } = NAN_CODES[format];
    const expected = [negative, positive, negative];
    // Quiet NaNs of both signs, then a negative NaN with only a low payload bit.
    const inputs: [string, Float32Array | Uint16Array, "fp16" | "bf16"][] = [
      ["fp32", fp32ArrayFromBits([0xffc00000, 0x7fc00000, 0xff800001]), "fp16"],
      ["fp16", new Uint16Array([0xfe00, 0x7e00, 0xfc01]), "fp16"],
      ["bf16", new Uint16Array([0xffc0, 0x7fc0, 0xff81]), "bf16"],
    ];
    for (const [name, values, inputType] of inputs) {
      for (const saturate of [true, false]) {
        for (const scale of [undefined, 0.5, 3]) {
          const codes = encodeFp8(values, format, { saturate, inputType, ...(scale === undefined ? {} : { scale }) });
          expect([...codes].map(hex), `${name}, saturate ${saturate}, scale ${scale}`).toEqual(expected.map(hex));
        }
      }
    }
  });

  it("keeps NaN signs in long fp16 runs, which go through WebAssembly", () => {
    const values = new Uint16Array(8192).map((_, i) => (i % 2 === 0 ? 0xfe00 : 0x7e00));
    const codes = encodeFp8(values, "e4m3fn");
    expect(new Set(codes.filter((_, i) => i % 2 === 0))).toEqual(new Set([0xff]));
    expect(new Set(codes.filter((_, i) => i % 2 === 1))).toEqual(new Set([0x7f]));
  });
});

describe("FP8 numeric scales", () => {
  const fp16Inputs = Uint16Array.from({ length: 65536 }, (_, i) => i);

  it("are rounded to fp32, as frames store them", () => {
    for (const format of FP8_FORMATS) {
      for (const scale of [0.3, 1 / 3, 0.007, 2 / 7]) {
        const stored = Math.fround(scale);
        expect(encodeFp8(fp16Inputs, format, { scale }), `${format} encode, scale ${scale}`).toEqual(encodeFp8(fp16Inputs, format, { scale: stored }));
        const decoded = new Uint32Array(decodeFp8(ALL_CODES, format, { scale }).buffer);
        expect(decoded, `${format} decode, scale ${scale}`).toEqual(new Uint32Array(decodeFp8(ALL_CODES, format, { scale: stored }).buffer));
      }
    }
  });

  it("give the codes of a frame's FP8 plane with that scale", () => {
    const plane: PlaneDescriptor = {
      role: "key",
      kind: "token",
      elementType: "fp16",
      dims: [65536, 1, 1],
      axisRoles: ["token", "head", "channel"],
      position: 0,
      channelOffset: 0,
      encoding: { codec: "fp8", format: "e5m2", saturate: true, scaleGranularity: "tensor" },
    };
    const payload = CODECS.fp8.encode(plane as never, fp16Inputs, { scales: new Float32Array([0.3]) });
    // The payload is the 4-byte scale padded to 16 bytes, then the codes.
    expect(encodeFp8(fp16Inputs, "e5m2", { scale: 0.3 })).toEqual(payload.subarray(16));
  });

  it("reject scales that are 0 or infinite in fp32", () => {
    for (const scale of [1e-50, 1e39]) {
      const error = expect.objectContaining({ code: "INVALID_SCALE", field: "scale", message: expect.stringContaining("fp32") });
      expect(() => encodeFp8(new Float32Array([1]), "e4m3fn", { scale }), `scale ${scale}`).toThrow(error);
      expect(() => decodeFp8(new Uint8Array([0x38]), "e4m3fn", { scale }), `scale ${scale}`).toThrow(error);
    }
  });
});
