// The element conversions against PyTorch's own casts, recorded by fixtures/generate_torch_fp8.py
// with torch 2.13.0+cpu: every fp16 and bf16 bit pattern, fp32 ties and their neighbours, values
// around each format's overflow threshold, and scaled inputs. Outputs must match bit for bit,
// except where the library's documented NaN patterns differ from PyTorch's (see `sameCode`).
import { inflateRawSync } from "node:zlib";

import { describe, expect, it } from "vitest";

import type { Fp8Format } from "./element-type.js";
import { fp32ArrayFromBits, hex, loadFixture } from "./fixtures.test-helpers.js";
import { decodeFp8, encodeFp8 } from "./fp8.js";
import { fp32ToBf16, fp32ToFp16 } from "./half.js";

interface TorchFormat {
  decodeBits: number[];
  fromFp16: string;
  fromBf16: string;
  fromFp32: number[];
  scaled: number[];
}

interface TorchFixture {
  fp32InputBits: number[];
  fp16Bits: number[];
  bf16Bits: number[];
  scaledValueBits: number[];
  scaleBits: number[];
  formats: Record<Fp8Format, TorchFormat>;
}

const fixture = loadFixture<TorchFixture>("torch-fp8");

// The overflow mode each PyTorch 2.13 cast behaves as. `.to(torch.float8_e4m3fn)` saturates to
// ±448, also for ±Infinity. The E5M2 cast gives ±Infinity and the E4M3FNUZ cast gives 0x80.
const TORCH_SATURATES: Record<Fp8Format, boolean> = { e4m3fn: true, e5m2: false, e4m3fnuz: false };

const ALL_16_BIT_PATTERNS = Uint16Array.from({ length: 65536 }, (_, bits) => bits);

function unpack(base64: string): Uint8Array {
  return new Uint8Array(inflateRawSync(Buffer.from(base64, "base64")));
}

function isNanCode(code: number, format: Fp8Format): boolean {
  if (format === "e4m3fn") return (code & 0x7f) === 0x7f;
  if (format === "e5m2") return (code & 0x7c) === 0x7c && (code & 0x03) !== 0;
  return code === 0x80;
}

/**
 * Compares one library code with PyTorch's. Non-NaN codes must be equal. For NaN, PyTorch writes
 * E5M2 mantissa 11 where the library writes 10 (what truncating an fp16 quiet NaN gives), so two
 * NaN codes agree when their signs do.
 */
function sameCode(library: number, torch: number, format: Fp8Format): boolean {
  if (!isNanCode(torch, format)) return library === torch;
  return isNanCode(library, format) && (library & 0x80) === (torch & 0x80);
}

/** Returns the first few indices where the codes disagree, described for a failure message. */
function mismatches(library: Uint8Array, torch: ArrayLike<number>, format: Fp8Format, describeInput: (index: number) => string): string[] {
  const found: string[] = [];
  for (let i = 0; i < library.length && found.length < 5; i++) {
    if (!sameCode(library[i]!, torch[i]!, format)) found.push(`${describeInput(i)}: library ${hex(library[i]!)}, torch ${hex(torch[i]!)}`);
  }
  return found;
}

describe.each(["e4m3fn", "e5m2", "e4m3fnuz"] as const)("%s against PyTorch", (format) => {
  const torch = fixture.formats[format];
  const saturate = TORCH_SATURATES[format];

  it("encodes every fp16 pattern alike", () => {
    const expected = unpack(torch.fromFp16);
    const encoded = encodeFp8(ALL_16_BIT_PATTERNS, format, { saturate });

    expect(expected.length).toBe(65536);
    expect(mismatches(encoded, expected, format, (i) => `fp16 ${hex(i)}`)).toEqual([]);
  });

  it("encodes every bf16 pattern alike", () => {
    const expected = unpack(torch.fromBf16);
    const encoded = encodeFp8(ALL_16_BIT_PATTERNS, format, { saturate, inputType: "bf16" });

    expect(expected.length).toBe(65536);
    expect(mismatches(encoded, expected, format, (i) => `bf16 ${hex(i)}`)).toEqual([]);
  });

  it("encodes fp32 ties, neighbours and specials alike", () => {
    const encoded = encodeFp8(fp32ArrayFromBits(fixture.fp32InputBits), format, { saturate });

    expect(mismatches(encoded, torch.fromFp32, format, (i) => `fp32 ${hex(fixture.fp32InputBits[i]!)}`)).toEqual([]);
  });

  it("divides by the scale in fp32 before encoding", () => {
    const scales = fp32ArrayFromBits(fixture.scaleBits);
    const encoded = encodeFp8(fp32ArrayFromBits(fixture.scaledValueBits), format, { saturate, scale: { scales, blockSize: 1 } });

    expect(mismatches(encoded, torch.scaled, format, (i) => `fp32 ${hex(fixture.scaledValueBits[i]!)} / ${scales[i]}`)).toEqual([]);
  });

  it("decodes every code alike", () => {
    const decoded = new Uint32Array(decodeFp8(Uint8Array.from({ length: 256 }, (_, code) => code), format).buffer);

    for (let code = 0; code < 256; code++) {
      const expected = torch.decodeBits[code]!;
      // PyTorch keeps a NaN payload, but the library writes the default quiet NaN with its sign.
      const expectedNan = (expected & 0x7f800000) === 0x7f800000 && (expected & 0x007fffff) !== 0;
      const expectedBits = expectedNan ? ((expected & 0x80000000) | 0x7fc00000) >>> 0 : expected;
      expect(hex(decoded[code]!), `code ${hex(code)}`).toBe(hex(expectedBits));
    }
  });
});

describe("PyTorch overflow modes", () => {
  it("saturates only the e4m3fn cast", () => {
    const infinity = fixture.fp32InputBits.indexOf(0x7f800000);
    const beyondMaximum = fixture.fp32InputBits.indexOf(0x43f00000); // 480, one E4M3FN step above 448

    expect(infinity).toBeGreaterThanOrEqual(0);
    expect(beyondMaximum).toBeGreaterThanOrEqual(0);
    expect(hex(fixture.formats.e4m3fn.fromFp32[infinity]!)).toBe("0x7e");
    expect(hex(fixture.formats.e4m3fn.fromFp32[beyondMaximum]!)).toBe("0x7e");
    expect(hex(fixture.formats.e5m2.fromFp32[infinity]!)).toBe("0x7c");
    expect(hex(fixture.formats.e4m3fnuz.fromFp32[infinity]!)).toBe("0x80");
  });
});

describe("fp32 to fp16 and bf16 against PyTorch", () => {
  const inputs = fp32ArrayFromBits(fixture.fp32InputBits);
  const isNan = (bits: number) => (bits & 0x7f800000) === 0x7f800000 && (bits & 0x007fffff) !== 0;

  it("rounds every non-NaN input alike", () => {
    const fp16 = fp32ToFp16(inputs);
    const bf16 = fp32ToBf16(inputs);

    fixture.fp32InputBits.forEach((bits, i) => {
      if (isNan(bits)) return;
      expect(hex(fp16[i]!), `fp16 of ${hex(bits)}`).toBe(hex(fixture.fp16Bits[i]!));
      expect(hex(bf16[i]!), `bf16 of ${hex(bits)}`).toBe(hex(fixture.bf16Bits[i]!));
    });
  });

  it("keeps the sign of NaN in fp16, as PyTorch does", () => {
    const fp16 = fp32ToFp16(inputs);

    fixture.fp32InputBits.forEach((bits, i) => {
      if (!isNan(bits)) return;
      // PyTorch also keeps payload bits, but the library writes the quiet NaN 0x7E00 with the sign.
      expect(hex(fp16[i]!), `fp16 of ${hex(bits)}`).toBe(hex((fixture.fp16Bits[i]! & 0x8000) | 0x7e00));
    });
  });
});
