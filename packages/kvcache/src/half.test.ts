import { describe, expect, it } from "vitest";

import { fp32ArrayFromBits, fp32FromBits, hex, loadFixture } from "./fixtures.test-helpers.js";
import { bf16ToFp32, fp16ToFp32, fp32ToBf16, fp32ToFp16 } from "./half.js";

const fixture = loadFixture<{ inputBits: number[]; fp16Bits: number[]; bf16Bits: number[]; nanInputBits: number[]; nanFp16Bits: number[] }>("half");
const inputs = fp32ArrayFromBits(fixture.inputBits);

describe("fp16 and bf16", () => {
  it("fp32 → fp16 matches NumPy", () => {
    const bits = fp32ToFp16(inputs);
    const mismatches = [...bits].flatMap((b, i) => (b === fixture.fp16Bits[i] ? [] : [`${inputs[i]}: ${hex(b)} vs ${hex(fixture.fp16Bits[i]!)}`]));
    expect(mismatches).toEqual([]);
  });
  it("fp32 → bf16 matches PyTorch", () => {
    const bits = fp32ToBf16(inputs);
    const mismatches = [...bits].flatMap((b, i) => (b === fixture.bf16Bits[i] ? [] : [`${inputs[i]}: ${hex(b)} vs ${hex(fixture.bf16Bits[i]!)}`]));
    expect(mismatches).toEqual([]);
  });
  it("fp32 → fp16 keeps the sign of NaN, as NumPy does", () => {
    const bits = fp32ToFp16(fp32ArrayFromBits(fixture.nanInputBits));
    expect([...bits].map(hex)).toEqual(fixture.nanFp16Bits.map(hex));
    expect(fixture.nanFp16Bits).toContain(0xfe00);
  });
  it("fp16 → fp32 keeps the sign of NaN", () => {
    const words = new Uint32Array(fp16ToFp32(new Uint16Array([0xfe00, 0x7e00, 0xfc01])).buffer);
    expect([...words].map(hex)).toEqual(["0xffc00000", "0x7fc00000", "0xffc00000"]);
  });
  it("rejects arrays of other types with a typed error", () => {
    const conversions: [string, (values: never) => unknown, unknown[]][] = [
      ["fp32ToFp16", fp32ToFp16, [[1, 2, 3], new Float64Array([1, 2]), new Uint16Array(2)]],
      ["fp32ToBf16", fp32ToBf16, [[1, 2, 3], new Float64Array([1, 2]), new Uint16Array(2)]],
      ["fp16ToFp32", fp16ToFp32, [[0x3c00], new Float32Array(2), new Uint32Array(2)]],
      ["bf16ToFp32", bf16ToFp32, [[0x3f80], new Float32Array(2), new Uint32Array(2)]],
    ];
    for (const [name, convert, wrong] of conversions) {
      for (const input of wrong) {
        expect(() => convert(input as never), `${name}(${Object.prototype.toString.call(input)})`).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
      }
    }
  });
  it("π → bf16 0x4049", () => {
    const pi = fp32FromBits(0x40490fdb);
    expect(fp32ToBf16(new Float32Array([pi]))[0]).toBe(0x4049);
    expect(bf16ToFp32(new Uint16Array([0x4049]))[0]).toBe(3.140625);
  });
  it("bf16 keeps NaN with a low payload a NaN", () => {
    const nan = new Float32Array(new Uint32Array([0x7f800001, 0xff800001]).buffer);
    expect([...fp32ToBf16(nan)].map(hex)).toEqual(["0x7fc0", "0xffc0"]);
  });
  it("fp16 round-trips every finite code", () => {
    const codes = Uint16Array.from({ length: 65536 }, (_, i) => i);
    const back = fp32ToFp16(fp16ToFp32(codes));
    for (let i = 0; i < 65536; i++) {
      const isNan = (i & 0x7c00) === 0x7c00 && (i & 0x3ff) !== 0;
      if (!isNan && back[i] !== i) throw new Error(`fp16 ${hex(i)} came back as ${hex(back[i]!)}`);
    }
  });
});
