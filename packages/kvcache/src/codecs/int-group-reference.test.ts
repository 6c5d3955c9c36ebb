// The integer group codec against a naive reference written from the format's rules, compared
// byte for byte under fast-check. The rules: float64 arithmetic with one rounding per stored
// value, zero-scale groups, partial channel groups, LSB-first packing and unquantised residual
// tokens. Shapes cover the WebAssembly kernels (inner or row length a multiple of 4) and the
// JavaScript loops, with fp16 or fp32 scales and minimums for every element type.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { DecodedElementType, ElementArray } from "../element-type.js";
import { elementValues } from "../element-values.js";
import { fromFp16Bits, toFp16Bits } from "../half.js";
import { BF16, FP16, encodeMinifloat } from "../minifloat.js";
import type { PlaneDescriptor } from "../plane.js";
import { layoutSections } from "../sections.js";
import { intGroupCodec } from "./int-group.js";

interface Shape {
  tokens: number;
  heads: number;
  channels: number;
  bits: 2 | 4 | 8;
  groupSize: number;
  residualTokens: number;
  keys: boolean;
}

/** Rounds to an integer with ties to even, written out rather than through the library's float64 trick. */
function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const fraction = value - floor;
  if (fraction !== 0.5) return fraction < 0.5 ? floor : floor + 1;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** Rounds a decoded value to the element type, saturating finite overflow. */
function roundOutput(value: number, type: DecodedElementType): number {
  if (type === "fp32") return Math.max(-3.4028234663852886e38, Math.min(3.4028234663852886e38, Math.fround(value)));
  return encodeMinifloat(value, type === "fp16" ? FP16 : BF16, true);
}

interface ReferenceResult {
  scales: number[];
  minimums: number[];
  words: number[];
  decoded: number[];
}

/**
 * Quantises `[tokens, heads, channels]` in the plainest way: one row at a time (a channel of a
 * head over tokens for keys, a head of a token over channels for values), groups in turn.
 * Returns decoded elements as fp32 values or 16-bit patterns, like the codec, and undefined
 * where an fp16 scale or minimum overflows, which the encoder rejects.
 */
function reference(data: ElementArray, type: DecodedElementType, shape: Shape, fp16Parameters: boolean): ReferenceResult | undefined {
  const values = elementValues(data, type);
  const { tokens, heads, channels, bits, groupSize, residualTokens, keys } = shape;
  const levels = 2 ** bits - 1;
  const quantisedTokens = tokens - residualTokens;
  const at = (t: number, h: number, c: number) => (t * heads + h) * channels + c;
  const rows: { length: number; index: (j: number) => number }[] = [];
  if (keys) {
    for (let h = 0; h < heads; h++) for (let c = 0; c < channels; c++) rows.push({ length: quantisedTokens, index: (j) => at(j, h, c) });
  } else {
    for (let t = 0; t < quantisedTokens; t++) for (let h = 0; h < heads; h++) rows.push({ length: channels, index: (j) => at(t, h, j) });
  }

  // Residual tokens keep their input elements: fp32 values or 16-bit patterns.
  const result: ReferenceResult = { scales: [], minimums: [], words: [], decoded: Array.from(data) };
  const codesPerWord = 32 / bits;
  for (const row of rows) {
    const words = new Array<number>(Math.ceil((row.length * bits) / 32)).fill(0);
    for (let start = 0; start < row.length; start += groupSize) {
      const end = Math.min(row.length, start + groupSize);
      let low = Infinity;
      let high = -Infinity;
      for (let j = start; j < end; j++) {
        low = Math.min(low, values[row.index(j)]!);
        high = Math.max(high, values[row.index(j)]!);
      }
      const exactScale = (high - low) / levels + 0;
      const scale = fp16Parameters ? fromFp16Bits(toFp16Bits(exactScale)) : Math.fround(exactScale);
      const minimum = fp16Parameters ? fromFp16Bits(toFp16Bits(low + 0)) : Math.fround(low + 0);
      if (!Number.isFinite(scale) || !Number.isFinite(minimum)) return undefined;
      result.scales.push(scale);
      result.minimums.push(minimum);
      for (let j = start; j < end; j++) {
        const code = scale === 0 ? 0 : Math.min(levels, Math.max(0, roundHalfEven((values[row.index(j)]! - minimum) / scale)));
        const word = Math.floor(j / codesPerWord);
        words[word] = (words[word]! | (code << (bits * (j % codesPerWord)))) >>> 0;
        result.decoded[row.index(j)] = roundOutput(code * scale + minimum, type);
      }
    }
    result.words.push(...words);
  }
  return result;
}

/** Reads the stored scales, minimums and code words of a payload. */
function readSections(payload: Uint8Array, plane: PlaneDescriptor, groups: number, words: number, fp16Parameters: boolean) {
  const { offsets } = layoutSections(intGroupCodec.sectionSizes(plane as never));
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const parameter = (offset: number, index: number) => (fp16Parameters ? fromFp16Bits(view.getUint16(offset + index * 2, true)) : view.getFloat32(offset + index * 4, true));
  return {
    scales: Array.from({ length: groups }, (_, k) => parameter(offsets[0]!, k)),
    minimums: Array.from({ length: groups }, (_, k) => parameter(offsets[1]!, k)),
    words: Array.from({ length: words }, (_, k) => view.getUint32(offsets[2]! + k * 4, true)),
  };
}

/** Element bit patterns or fp32 values, finite, with the format's extremes and zeros mixed in. */
function elementPool(type: DecodedElementType): fc.Arbitrary<number[]> {
  const extremes = type === "fp32" ? [3e38, -3e38, 1e-45, 0, -0] : type === "fp16" ? [0x7bff, 0xfbff, 0x0001, 0x8001, 0, 0x8000] : [0x477f, 0xc77f, 0x0001, 0x8001, 0, 0x8000];
  const element =
    type === "fp32"
      ? fc.float({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })
      : fc.integer({ min: 0, max: 0xffff }).filter((bits) => (bits & 0x7f80) !== 0x7f80 && (type === "bf16" || (bits & 0x7c00) !== 0x7c00));
  return fc.array(fc.oneof({ weight: 4, arbitrary: element }, { weight: 1, arbitrary: fc.constantFrom(...extremes) }), { minLength: 64, maxLength: 64 });
}

const shapes: fc.Arbitrary<Shape> = fc
  .record({
    tokens: fc.integer({ min: 1, max: 40 }),
    heads: fc.integer({ min: 1, max: 3 }),
    channels: fc.integer({ min: 1, max: 20 }),
    bits: fc.constantFrom(2 as const, 4 as const, 8 as const),
    // Now and then a group longer than any row: up to the frame's u32 limit, past 2^31.
    groupWords: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 1, arbitrary: fc.constantFrom(2 ** 27, 268_435_455) }),
    residualDraw: fc.nat(),
    keys: fc.boolean(),
  })
  .map(({ tokens, heads, channels, bits, groupWords, residualDraw, keys }) => {
    const groupSize = (32 / bits) * groupWords;
    // Keys quantise whole groups of tokens; values may quantise any number of tokens.
    const quantisedGroups = Math.floor(tokens / groupSize);
    const residualTokens = keys ? tokens - groupSize * (residualDraw % (quantisedGroups + 1)) : residualDraw % (tokens + 1);
    return { tokens, heads, channels, bits, groupSize, residualTokens, keys };
  });

describe("int codec against a naive reference", () => {
  for (const type of ["fp16", "bf16", "fp32"] as const) {
    it(`matches byte for byte on ${type}`, () => {
      fc.assert(
        fc.property(shapes, elementPool(type), fc.boolean(), fc.boolean(), (shape, pool, constant, fp16Parameters) => {
          const count = shape.tokens * shape.heads * shape.channels;
          // A constant run gives zero-scale groups; otherwise the pool repeats across the chunk.
          const pick = (i: number) => (constant ? pool[i % 2]! : pool[i % pool.length]!);
          const data: ElementArray = type === "fp32" ? Float32Array.from({ length: count }, (_, i) => pick(i)) : Uint16Array.from({ length: count }, (_, i) => pick(i));
          const plane: PlaneDescriptor = {
            role: shape.keys ? "key" : "value",
            kind: "token",
            elementType: type,
            dims: [shape.tokens, shape.heads, shape.channels],
            axisRoles: ["token", "head", "channel"],
            position: 0,
            channelOffset: 0,
            encoding: {
              codec: "int",
              bits: shape.bits,
              groupSize: shape.groupSize,
              groupAxis: shape.keys ? 0 : 2,
              residualTokens: shape.residualTokens,
              scaleType: fp16Parameters ? ("fp16" as const) : ("fp32" as const),
            },
          };
          const expected = reference(data, type, shape, fp16Parameters);
          if (expected === undefined) {
            expect(() => intGroupCodec.encode(plane as never, data)).toThrow(/scaleType to "fp32"/);
            return;
          }

          const payload = intGroupCodec.encode(plane as never, data);
          const stored = readSections(payload, plane, expected.scales.length, expected.words.length, fp16Parameters);
          expect(stored.scales).toEqual(expected.scales);
          expect(stored.minimums).toEqual(expected.minimums);
          expect(stored.words).toEqual(expected.words);

          const decoded = Array.from(intGroupCodec.decode(plane as never, payload));
          expect(decoded).toEqual(expected.decoded);
        }),
        { numRuns: 400 },
      );
    });
  }
});
