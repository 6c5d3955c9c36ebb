import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { FP8_FORMATS } from "../element-type.js";
import { elementValues } from "../element-values.js";
import { fp32FromBits, loadFixture } from "../fixtures.test-helpers.js";
import { fromFp16Bits } from "../half.js";
import type { PlaneDescriptor } from "../plane.js";
import { describeCodec, gaussian, toElements } from "./describe-codec.test-helpers.js";
import { CODECS } from "./index.js";
import { intGroupCodec } from "./int-group.js";
import { defaultResidualTokens } from "./residual-tokens.js";

for (const elementType of ["fp16", "bf16", "fp32"] as const) {
  describeCodec({ name: `raw ${elementType}`, elementType, encoding: () => ({ codec: "raw" }), magnitude: 3 });
}
describeCodec({ name: "raw fp16 + byte-split + deflate", elementType: "fp16", encoding: () => ({ codec: "raw", stages: ["byte-split", "deflate"] }), magnitude: 3 });

for (const format of FP8_FORMATS) {
  for (const saturate of [true, false]) {
    describeCodec({ name: `fp8 ${format} ${saturate ? "sat" : "nonsat"} fp16, no scale`, elementType: "fp16", encoding: () => ({ codec: "fp8", format, saturate, scaleGranularity: "none" }), magnitude: 2 });
  }
  describeCodec({ name: `fp8 ${format} fp32, tensor scale`, elementType: "fp32", encoding: () => ({ codec: "fp8", format, saturate: true, scaleGranularity: "tensor" }), magnitude: 1000 });
  describeCodec({ name: `fp8 ${format} bf16, head scale fp16`, elementType: "bf16", encoding: () => ({ codec: "fp8", format, saturate: true, scaleGranularity: "head", scaleType: "fp16" }), magnitude: 0.01 });
}
describeCodec({ name: "fp8 e4m3fn fp16, token scale", elementType: "fp16", encoding: () => ({ codec: "fp8", format: "e4m3fn", saturate: true, scaleGranularity: "token" }), magnitude: 5 });
describeCodec({
  name: "fp8 e4m3fn fp16, tile scale of 8 channels",
  elementType: "fp16",
  encoding: () => ({ codec: "fp8", format: "e4m3fn", saturate: true, scaleGranularity: "tile", groupSize: 8 }),
  magnitude: 5,
});

for (const bits of [2, 4, 8] as const) {
  const groupSize = 32;
  for (const elementType of ["fp16", "bf16"] as const) {
    describeCodec({
      name: `int${bits} keys ${elementType}, groups along tokens`,
      elementType,
      encoding: ({ tokens }) => ({ codec: "int", bits, groupSize, groupAxis: 1, residualTokens: defaultResidualTokens(tokens, 8, groupSize, true) }),
      magnitude: 4,
      tokens: fc.integer({ min: 1, max: 80 }),
    });
    describeCodec({
      name: `int${bits} values ${elementType}, groups along channels`,
      elementType,
      encoding: ({ tokens }) => ({ codec: "int", bits, groupSize, groupAxis: 3, residualTokens: defaultResidualTokens(tokens, 8, groupSize, false) }),
      magnitude: 4,
    });
  }
  describeCodec({
    name: `int${bits} values fp32 with fp32 scales`,
    elementType: "fp32",
    encoding: () => ({ codec: "int", bits, groupSize: 16, groupAxis: 3, scaleType: "fp32", residualTokens: 0 }),
    magnitude: 1e6,
  });
}

interface KiviCase {
  bits: 2 | 4 | 8;
  inputBits: number[];
  scaleBits: number;
  minBits: number;
  codes: number[];
  words: number[];
  decodedBits: number[];
}

describe("int codec against the NumPy reference", () => {
  const cases = loadFixture<KiviCase[]>("kivi");
  it.each(cases.map((c, i) => [i, c] as const))("group %i", (_, reference) => {
    // One value row of 32 channels: [tokens 1, heads 1, channels 32], groups along channels.
    const plane: PlaneDescriptor = {
      role: "value",
      kind: "token",
      elementType: "fp16",
      dims: [1, 1, 32],
      axisRoles: ["token", "head", "channel"],
      position: 0,
      channelOffset: 0,
      encoding: { codec: "int", bits: reference.bits, groupSize: 32, groupAxis: 2, residualTokens: 0 },
    };
    const payload = intGroupCodec.encode(plane as never, Uint16Array.from(reference.inputBits));
    const view = new DataView(payload.buffer);
    expect(view.getUint16(0, true)).toBe(reference.scaleBits);
    expect(view.getUint16(16, true)).toBe(reference.minBits);
    expect([...new Uint32Array(payload.buffer, 32, reference.words.length)]).toEqual(reference.words);
    expect([...(intGroupCodec.decode(plane as never, payload) as Uint16Array)]).toEqual(reference.decodedBits);
    expect(fromFp16Bits(reference.scaleBits)).toBeGreaterThanOrEqual(0);
  });
});

describe("int codec rules", () => {
  const base: PlaneDescriptor = {
    role: "key",
    kind: "token",
    elementType: "fp16",
    dims: [40, 2, 8],
    axisRoles: ["token", "head", "channel"],
    position: 0,
    channelOffset: 0,
    encoding: { codec: "int", bits: 4, groupSize: 32, groupAxis: 0, residualTokens: 8 },
  };
  it("default residual split", () => {
    expect(defaultResidualTokens(300, 128, 32, true)).toBe(140);
    expect(defaultResidualTokens(300, 128, 32, false)).toBe(128);
    expect(defaultResidualTokens(100, 128, 32, true)).toBe(100);
    expect(defaultResidualTokens(256, 0, 32, true)).toBe(0);
  });
  it("rejects widths other than 2, 4 and 8", () => {
    expect(intGroupCodec.check({ ...base, encoding: { ...base.encoding, bits: 3 as 2 } } as never)).toMatch(/bits must be 2, 4 or 8/);
  });
  it("rejects groups that do not fill whole words", () => {
    expect(intGroupCodec.check({ ...base, encoding: { ...base.encoding, groupSize: 12 } } as never)).toMatch(/multiple of 32/);
  });
  it("rejects key groups that do not fill the quantised tokens", () => {
    expect(intGroupCodec.check({ ...base, encoding: { ...base.encoding, residualTokens: 7 } } as never)).toMatch(/multiple of groupSize/);
  });
  it("rejects non-finite input naming the element", () => {
    const data = toElements(gaussian(40 * 16, 1, 1), "fp16") as Uint16Array;
    data[5] = 0x7c00;
    expect(() => intGroupCodec.encode(base as never, data, { planeIndex: 0, layerIndex: 3 })).toThrow(/Invalid value Infinity at plane 0 \(key\), layer 3, element 5/);
  });
  it("passes non-finite residual values through", () => {
    const data = toElements(gaussian(40 * 16, 1, 1), "fp16") as Uint16Array;
    data[39 * 16] = 0x7e00;
    const decoded = intGroupCodec.decode(base as never, intGroupCodec.encode(base as never, data)) as Uint16Array;
    expect(decoded[39 * 16]).toBe(0x7e00);
  });
  it("suggests fp32 scales when fp16 ones overflow", () => {
    const plane = { ...base, elementType: "fp32" as const };
    const data = gaussian(40 * 16, 1, 1);
    data[0] = 1e6;
    expect(() => intGroupCodec.encode(plane as never, data)).toThrow(/Set encoding.scaleType to "fp32"/);
  });
  it("zero-scale group decodes to its minimum", () => {
    const plane = { ...base, encoding: { ...base.encoding, residualTokens: 8 } };
    const data = new Uint16Array(40 * 16).fill(0x3e00);
    const decoded = intGroupCodec.decode(plane as never, intGroupCodec.encode(plane as never, data)) as Uint16Array;
    expect([...new Set(decoded)]).toEqual([0x3e00]);
    expect(fp32FromBits(0)).toBe(0);
  });
});

describe("codec inputs", () => {
  const plane = (encoding: PlaneDescriptor["encoding"]): PlaneDescriptor => ({
    role: "key",
    kind: "token",
    elementType: "fp16",
    dims: [64, 2, 8],
    axisRoles: ["token", "head", "channel"],
    position: 0,
    channelOffset: 0,
    encoding,
  });
  const encodings: PlaneDescriptor["encoding"][] = [
    { codec: "raw" },
    { codec: "fp8", format: "e4m3fn", saturate: true, scaleGranularity: "tensor" },
    { codec: "int", bits: 4, groupSize: 32, groupAxis: 0, residualTokens: 0 },
    { codec: "int", bits: 4, groupSize: 8, groupAxis: 2, residualTokens: 4 },
  ];

  it("rejects payloads shorter or longer than their sections with a typed error", () => {
    const data = toElements(gaussian(64 * 2 * 8, 3, 1), "fp16");
    for (const encoding of encodings) {
      const target = plane(encoding);
      const codec = CODECS[encoding.codec];
      const payload = codec.encode(target as never, data);
      // A view into a larger buffer must not be read past its end.
      const host = new Uint8Array(payload.length + 64);
      host.set(payload, 16);
      for (const wrong of [payload.subarray(0, payload.length - 1), host.subarray(16, 16 + payload.length - 16), host.subarray(16, 16 + payload.length + 16)]) {
        expect(() => codec.decode(target as never, wrong)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "payload" }));
      }
      expect(codec.decode(target as never, host.subarray(16, 16 + payload.length))).toEqual(codec.decode(target as never, payload));
    }
  });

  it("rejects group sizes beyond the frame's 32-bit field", () => {
    expect(intGroupCodec.check(plane({ codec: "int", bits: 4, groupSize: 2 ** 33, groupAxis: 0, residualTokens: 0 }) as never)).toMatch(/32-bit/);
    expect(CODECS.fp8.check(plane({ codec: "fp8", format: "e4m3fn", saturate: true, scaleGranularity: "tile", groupSize: 2 ** 32 }) as never)).toMatch(/32-bit/);
  });
});

describe("fp8 scales derived from the data", () => {
  const plane = (scaleType: "fp16" | "fp32", saturate: boolean): PlaneDescriptor => ({
    role: "key",
    kind: "token",
    elementType: "fp32",
    dims: [1, 1, 2],
    axisRoles: ["token", "head", "channel"],
    position: 0,
    channelOffset: 0,
    encoding: { codec: "fp8", format: "e4m3fn", saturate, scaleGranularity: "head", scaleType },
  });
  const roundTrip = (target: PlaneDescriptor, data: Float32Array) => {
    const payload = CODECS.fp8.encode(target as never, data);
    const scaleBits = new DataView(payload.buffer, payload.byteOffset).getUint16(0, true);
    return { scaleBits, decoded: CODECS.fp8.decode(target as never, payload) as Float32Array };
  };

  it("raises an underflowing fp16 scale to 2^-24", () => {
    // amax / 448 = 2.2e-9 would round to 0 in fp16, so the stored scale is 2^-24.
    const data = new Float32Array([1e-6, -2.5e-7]);
    const { scaleBits, decoded } = roundTrip(plane("fp16", true), data);
    expect(scaleBits).toBe(1);
    // E4M3FN keeps 3 mantissa bits, so each value comes back within 1/16 of itself.
    data.forEach((value, i) => expect(Math.abs(decoded[i]! - value) / Math.abs(value)).toBeLessThanOrEqual(1 / 16));
  });

  it("rounds subnormal fp16 scales up", () => {
    // amax / 448 = 1.4 · 2^-24 rounds to nearest at 2^-24, where amax / scale = 627 would
    // overflow E4M3FN (448) and give NaN without saturation. Rounded up to 2 · 2^-24, it fits.
    const amax = Math.fround(1.4 * 2 ** -24 * 448);
    const { scaleBits, decoded } = roundTrip(plane("fp16", false), new Float32Array([amax, 0]));
    expect(scaleBits).toBe(2);
    expect(Math.abs(decoded[0]! - amax) / amax).toBeLessThan(1 / 16);
  });

  it("rounds derived fp32 scales up", () => {
    // fp32(3.3) / 448 lies between two fp32 values, and the stored scale is the upper one.
    const amax = Math.fround(3.3);
    const payload = CODECS.fp8.encode(plane("fp32", true) as never, new Float32Array([amax, 1]));
    const stored = new DataView(payload.buffer, payload.byteOffset).getFloat32(0, true);
    const word = new Float32Array([stored]);
    new Uint32Array(word.buffer)[0]! -= 1;
    const below = word[0]!;
    expect(stored).toBeGreaterThanOrEqual(amax / 448);
    expect(below).toBeLessThan(amax / 448);
  });

  it("keeps subnormal fp32 blocks finite", () => {
    // amax / 448 = 1.4 · 2^-149 would round to 2^-149, where amax / scale = 627 overflows.
    const amax = 627 * 2 ** -149;
    const decoded = CODECS.fp8.decode(plane("fp32", false) as never, CODECS.fp8.encode(plane("fp32", false) as never, new Float32Array([amax, 0]))) as Float32Array;
    expect(Number.isFinite(decoded[0])).toBe(true);
    expect(decoded[1]).toBe(0);
  });

  it("encodes a block below fp32's smallest scale", () => {
    // amax / 448 for amax = 2^-149 rounds up to the scale 2^-149, which decodes amax exactly.
    const input = new Float32Array([2 ** -149, 0]);
    const decoded = CODECS.fp8.decode(plane("fp32", true) as never, CODECS.fp8.encode(plane("fp32", true) as never, input)) as Float32Array;
    expect(decoded[0]).toBe(2 ** -149);
    expect(decoded[1]).toBe(0);
  });

  it("rejects given scales of fp16 bits", () => {
    const target = plane("fp16", true);
    const encode = () => CODECS.fp8.encode(target as never, new Float32Array([1, 0]), { scales: new Uint16Array([0x3c00]) as unknown as Float32Array });
    expect(encode).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "scales", message: expect.stringContaining("convert fp16 bits with fp16ToFp32") }));
  });

  it("rejects given scales that are not an array", () => {
    const target = plane("fp32", true);
    const encode = () => CODECS.fp8.encode(target as never, new Float32Array([1, 0]), { scales: 1 as unknown as Float32Array });
    expect(encode).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", message: expect.stringContaining("got 1.") }));
  });

  it("names fp16's range for a given scale", () => {
    const target = plane("fp16", true);
    const encode = () => CODECS.fp8.encode(target as never, new Float32Array([1, 0]), { scales: new Float32Array([1e-9]) });
    expect(encode).toThrow(expect.objectContaining({ code: "INVALID_SCALE", message: expect.stringContaining("6.0e-8 to 65504") }));
  });

  it("suggests fp32 on fp16 scale overflow", () => {
    const target = { ...plane("fp16", true), elementType: "fp32" as const };
    expect(() => CODECS.fp8.encode(target as never, new Float32Array([1e38, 0]))).toThrow(
      expect.objectContaining({ code: "INVALID_SCALE", message: expect.stringMatching(/Use scaleType "fp32"/) }),
    );
  });
});

describe("fp8 codec NaN signs", () => {
  const plane = (elementType: "fp16" | "fp32", scaleGranularity: "none" | "tensor" | "token"): PlaneDescriptor => ({
    role: "key",
    kind: "token",
    elementType,
    dims: [4, 1, 2],
    axisRoles: ["token", "head", "channel"],
    position: 0,
    channelOffset: 0,
    encoding: { codec: "fp8", format: "e4m3fn", saturate: true, scaleGranularity },
  });

  // Each token contains a NaN and a finite value, so derived scales stay finite.
  it.each([
    ["fp32", "tensor"],
    ["fp16", "none"],
    ["fp16", "token"],
  ] as const)("%s input with %s scales keeps the sign of NaN through a round trip", (elementType, granularity) => {
    const target = plane(elementType, granularity);
    const signs = [1, 0, 1, 1];
    const data =
      elementType === "fp32"
        ? new Float32Array(new Uint32Array(signs.flatMap((negative) => [negative ? 0xffc00000 : 0x7fc00000, 0x3f800000])).buffer)
        : new Uint16Array(signs.flatMap((negative) => [negative ? 0xfe00 : 0x7e00, 0x3c00]));
    const decoded = CODECS.fp8.decode(target as never, CODECS.fp8.encode(target as never, data));
    const words = elementType === "fp32" ? new Uint32Array(decoded.buffer) : (decoded as Uint16Array);
    const signBit = elementType === "fp32" ? 0x80000000 : 0x8000;
    expect(signs.map((_, token) => (words[token * 2]! & signBit) !== 0)).toEqual(signs.map((negative) => negative === 1));
    expect(signs.every((_, token) => Number.isNaN(elementValues(decoded, elementType)[token * 2]))).toBe(true);
  });
});

describe("fp8 error bound with given scales", () => {
  const plane: PlaneDescriptor = {
    role: "key",
    kind: "token",
    elementType: "fp32",
    dims: [8, 2, 4],
    axisRoles: ["token", "head", "channel"],
    position: 0,
    channelOffset: 0,
    encoding: { codec: "fp8", format: "e4m3fn", saturate: true, scaleGranularity: "head" },
  };

  it("holds for the scales the encoder used", () => {
    // Scale 1 for small values, as vLLM's uncalibrated k_scale: the derived scales are far smaller,
    // so a bound computed from them undershoots the real error.
    const data = Float32Array.from({ length: 64 }, (_, i) => 0.001 + i * 0.0007);
    const scales = new Float32Array([1, 0.5]);
    const decoded = CODECS.fp8.decode(plane as never, CODECS.fp8.encode(plane as never, data, { scales }));
    const bounds = CODECS.fp8.errorBounds(plane as never, data, decoded, { scales });
    const output = decoded as Float32Array;
    for (let i = 0; i < data.length; i++) {
      expect(Math.abs(data[i]! - output[i]!), `element ${i}: input ${data[i]}, decoded ${output[i]}`).toBeLessThanOrEqual(bounds[i]!);
    }
    // 0.001 decodes to 2^-9, the nearest E4M3FN value at scale 1: an error of about 9.5e-4.
    expect(output[0]).toBe(2 ** -9);
    expect(bounds[0]).toBeGreaterThanOrEqual(Math.abs(data[0]! - 2 ** -9));
  });

  it("uses the derived scales without given ones", () => {
    const data = Float32Array.from({ length: 64 }, (_, i) => Math.sin(i) * 3);
    const decoded = CODECS.fp8.decode(plane as never, CODECS.fp8.encode(plane as never, data));
    expect(CODECS.fp8.errorBounds(plane as never, data, decoded, {})).toEqual(CODECS.fp8.errorBounds(plane as never, data, decoded));
  });
});
