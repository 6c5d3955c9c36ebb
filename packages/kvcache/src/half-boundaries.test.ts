// fp32 → fp16 and fp32 → bf16 at every rounding boundary. Each finite code gives four inputs with
// both signs: its value, the midpoint to the next code (a tie, which goes to the even code) and
// the two fp32 neighbours of that midpoint. They go through the array conversions and the scalar
// rounding the codecs use. Code values come from the bit layouts here, not from the library.
import { describe, expect, it } from "vitest";

import { roundToElement } from "./element-values.js";
import { roundToBf16Bits, roundToFp16Bits } from "./half-rounding.js";
import { bf16ToFp32, fp16ToFp32, fp32ToBf16, fp32ToFp16, toBf16Bits, toFp16Bits } from "./half.js";

/** Computes the magnitude of a finite fp16 code from the IEEE 754 binary16 layout. */
function fp16Value(code: number): number {
  const exponent = code >> 10;
  const mantissa = code & 0x3ff;
  return exponent === 0 ? mantissa * 2 ** -24 : (1 + mantissa / 1024) * 2 ** (exponent - 15);
}

/** Computes the magnitude of a finite bf16 code, the top half of a binary32 word. */
function bf16Value(code: number): number {
  return new Float32Array(new Uint32Array([code << 16]).buffer)[0]!;
}

/** Returns the fp32 values just below and just above a positive fp32 value. */
function fp32Neighbours(value: number): [number, number] {
  const word = new Uint32Array(new Float32Array([value]).buffer)[0]!;
  const words = new Uint32Array([word - 1, word + 1]);
  const values = new Float32Array(words.buffer);
  return [values[0]!, values[1]!];
}

interface BoundaryCases {
  inputs: Float32Array;
  expected: Uint16Array;
}

/**
 * Builds the boundary cases of a format whose largest finite code is `maxCode`, whose Infinity
 * is `maxCode + 1`, and whose code values `value` gives.
 */
function boundaryCases(maxCode: number, value: (code: number) => number): BoundaryCases {
  const inputs: number[] = [];
  const expected: number[] = [];
  const add = (input: number, code: number) => {
    inputs.push(input, -input);
    expected.push(code, code | 0x8000);
  };
  for (let code = 0; code <= maxCode; code++) {
    add(value(code), code);
    // Above the largest finite code, the next value with an unbounded exponent is 2^(e+1).
    const next = code === maxCode ? 2 * 2 ** Math.floor(Math.log2(value(code))) : value(code + 1);
    const middle = (value(code) + next) / 2;
    const [below, above] = fp32Neighbours(middle);
    add(middle, code % 2 === 0 ? code : code + 1);
    add(below, code);
    add(above, code + 1);
  }
  return { inputs: Float32Array.from(inputs), expected: Uint16Array.from(expected) };
}

/** Lists the cases whose result differs, as `input: expected, got` in hexadecimal. */
function mismatches(cases: BoundaryCases, convert: (input: number, index: number) => number): string[] {
  const wrong: string[] = [];
  cases.inputs.forEach((input, index) => {
    const got = convert(input, index);
    if (got !== cases.expected[index]) wrong.push(`${input}: expected 0x${cases.expected[index]!.toString(16)}, got 0x${got.toString(16)}`);
  });
  return wrong;
}

describe("fp16 rounding boundaries", () => {
  const cases = boundaryCases(0x7bff, fp16Value);

  it("fp32ToFp16 rounds each to nearest even", () => {
    const out = fp32ToFp16(cases.inputs);
    expect(mismatches(cases, (_, index) => out[index]!).slice(0, 10)).toEqual([]);
  });

  it("scalar rounding agrees", () => {
    expect(mismatches(cases, (input) => toFp16Bits(input)).slice(0, 10)).toEqual([]);
    expect(mismatches(cases, (input) => roundToFp16Bits(input, false)).slice(0, 10)).toEqual([]);
  });

  it("element rounding saturates only overflow", () => {
    const saturated = (input: number) => {
      const code = roundToElement(input, "fp16");
      return (code & 0x7fff) === 0x7bff && Math.abs(input) >= 65520 ? (code & 0x8000) | 0x7c00 : code;
    };
    expect(mismatches(cases, saturated).slice(0, 10)).toEqual([]);
  });

  it("fp16ToFp32 decodes every finite code exactly", () => {
    const codes = Uint16Array.from({ length: 65536 }, (_, code) => code);
    const values = fp16ToFp32(codes);
    const wrong: string[] = [];
    for (let code = 0; code < 65536; code++) {
      if ((code & 0x7c00) === 0x7c00) continue;
      const expected = code & 0x8000 ? -fp16Value(code & 0x7fff) : fp16Value(code);
      if (!Object.is(values[code], expected)) wrong.push(`0x${code.toString(16)}: expected ${expected}, got ${values[code]}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});

describe("bf16 rounding boundaries", () => {
  const cases = boundaryCases(0x7f7f, bf16Value);

  it("fp32ToBf16 rounds each to nearest even", () => {
    const out = fp32ToBf16(cases.inputs);
    expect(mismatches(cases, (_, index) => out[index]!).slice(0, 10)).toEqual([]);
  });

  it("scalar rounding agrees", () => {
    expect(mismatches(cases, (input) => toBf16Bits(input)).slice(0, 10)).toEqual([]);
    expect(mismatches(cases, (input) => roundToBf16Bits(input, false)).slice(0, 10)).toEqual([]);
  });

  it("bf16ToFp32 decodes every finite code exactly", () => {
    const codes = Uint16Array.from({ length: 65536 }, (_, code) => code);
    const values = bf16ToFp32(codes);
    const wrong: string[] = [];
    for (let code = 0; code < 65536; code++) {
      if ((code & 0x7f80) === 0x7f80) continue;
      const expected = code & 0x8000 ? -bf16Value(code & 0x7fff) : bf16Value(code);
      if (!Object.is(values[code], expected)) wrong.push(`0x${code.toString(16)}: expected ${expected}, got ${values[code]}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});
