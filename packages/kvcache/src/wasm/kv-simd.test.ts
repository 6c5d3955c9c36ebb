// The WebAssembly kernels against the JavaScript reference: the embedded module matches its
// source, the element conversions agree on every 16-bit pattern, and the FP8 and integer
// encoders write the same bytes with the kernels on and off.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";

import { CODECS } from "../codecs/index.js";
import { decodeGroupsSimd } from "../codecs/int-group-decode-simd.js";
import { encodeGroupsSimd } from "../codecs/int-group-simd.js";
import { defaultResidualTokens } from "../codecs/residual-tokens.js";
import type { DecodedElementType } from "../element-type.js";
import { isKvCacheError } from "../errors.js";
import { decodeFp8, encodeFp8 } from "../fp8.js";
import { bf16ValueTable, fp16ValueTable, fp32ToBf16, fp32ToFp16 } from "../half.js";
import type { PlaneDescriptor } from "../plane.js";
import { layoutSections } from "../sections.js";
import { KV_SIMD_LAYOUT, kvSimd, setKvSimdEnabled } from "./kv-simd.js";

afterEach(() => setKvSimdEnabled(true));

/** A token plane of `dims` along `axisRoles` (tokens, heads, channels unless given). */
function tokenPlane(
  role: PlaneDescriptor["role"],
  elementType: DecodedElementType,
  dims: number[],
  encoding: PlaneDescriptor["encoding"],
  axisRoles: PlaneDescriptor["axisRoles"] = ["token", "head", "channel"],
): PlaneDescriptor {
  return { role, kind: "token", elementType, dims, axisRoles, position: 0, channelOffset: 0, encoding };
}

/** Runs `encode` with the kernels on and off and returns both results (or the errors' codes). */
function bothWays<T>(encode: () => T): { simd: T | string; js: T | string } {
  const run = (): T | string => {
    try {
      return encode();
    } catch (error) {
      if (isKvCacheError(error)) return error.code;
      throw error;
    }
  };
  setKvSimdEnabled(true);
  const simd = run();
  setKvSimdEnabled(false);
  const js = run();
  setKvSimdEnabled(true);
  return { simd, js };
}

/**
 * Expects the two results of {@link bothWays} to be equal. Equal typed arrays are confirmed by
 * comparing their bytes, because `toEqual` walks 70,000 elements several times slower than the
 * kernels run. Anything else, a mismatch included, goes to `toEqual` for its diff.
 */
function expectSame<T>({ simd, js }: { simd: T | string; js: T | string }): void {
  if (ArrayBuffer.isView(simd) && ArrayBuffer.isView(js) && simd.constructor === js.constructor) {
    const simdBytes = Buffer.from(simd.buffer, simd.byteOffset, simd.byteLength);
    const jsBytes = Buffer.from(js.buffer, js.byteOffset, js.byteLength);
    if (simdBytes.equals(jsBytes)) return;
  }
  expect(simd).toEqual(js);
}

describe("embedded WebAssembly module", () => {
  it("matches a fresh assembly of kv-simd.wat", () => {
    const script = fileURLToPath(new URL("../../scripts/build-wasm.mjs", import.meta.url));
    const output = execFileSync(process.execPath, [script, "--check"], { encoding: "utf8" });
    expect(output).toContain("matches");
  });

  it("compiles in Node", () => {
    expect(kvSimd()).toBeDefined();
  });
});

describe("element conversions", () => {
  const patterns = new Uint16Array(65536).map((_, bits) => bits);

  for (const [name, table, convert] of [
    ["fp16", fp16ValueTable(), "fp16ToFp32"],
    ["bf16", bf16ValueTable(), "bf16ToFp32"],
  ] as const) {
    it(`${name} to fp32 gives the reference value of all 65,536 patterns`, () => {
      const simd = kvSimd()!;
      // In the scratch area, which the kernels' callers lay out afresh on every call.
      const input = KV_SIMD_LAYOUT.scratch;
      const output = input + 131072;
      const memory = simd.reserve(output + 65536 * 4);
      memory.set(new Uint8Array(patterns.buffer), input);
      // 65,532 values: eight at a time, then the last four on their own.
      simd.exports[convert](input, output, 65532);
      memory.fill(0, output + 65532 * 4, output + 65536 * 4);
      simd.exports[convert](input + 65532 * 2, output + 65532 * 4, 4);
      const values = new Float32Array(simd.exports.memory.buffer, output, 65536);
      for (let bits = 0; bits < 65536; bits++) {
        if (Number.isNaN(table[bits]!)) expect(values[bits]).toBeNaN();
        else expect(Object.is(values[bits], table[bits]), `pattern 0x${bits.toString(16)}`).toBe(true);
      }
    });
  }
});

describe("FP8 encoding", () => {
  it("writes the same codes with and without the kernels", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("e4m3fn", "e5m2", "e4m3fnuz") as fc.Arbitrary<"e4m3fn" | "e5m2" | "e4m3fnuz">,
        fc.boolean(),
        fc.integer({ min: 4096, max: 70000 }),
        fc.integer({ min: 0, max: 7 }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (format, saturate, count, offset, scale, seed) => {
          // Every 16-bit pattern is fair input, NaN and Infinity included.
          let state = seed;
          const bits = new Uint16Array(count + offset).map(() => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 16);
          const input = bits.subarray(offset);
          const { simd, js } = bothWays(() => encodeFp8(input, format, { saturate, scale: Math.fround(scale) }));
          expectSame({ simd, js });
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("FP8 decoding", () => {
  it("gives the same values with and without the kernels", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("e4m3fn", "e5m2", "e4m3fnuz") as fc.Arbitrary<"e4m3fn" | "e5m2" | "e4m3fnuz">,
        fc.integer({ min: 4096, max: 70000 }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (format, count, scale, seed) => {
          let state = seed;
          const codes = new Uint8Array(count).map(() => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 24);
          const { simd, js } = bothWays(() => new Uint32Array(decodeFp8(codes, format, { scale: Math.fround(scale) }).buffer));
          expectSame({ simd, js });
        },
      ),
      { numRuns: 30 },
    );
  });

  it("decodes fp16 and bf16 chunks the same way either way", () => {
    for (const elementType of ["fp16", "bf16"] as const) {
      const plane = tokenPlane("key", elementType, [64, 2, 64], { codec: "fp8", format: "e4m3fn", saturate: true, scaleGranularity: "tensor" });
      const payload = CODECS.fp8.encode(plane as never, toType(values(64 * 2 * 64, 3, 11), elementType));
      const { simd, js } = bothWays(() => CODECS.fp8.decode(plane as never, payload));
      expectSame({ simd, js });
    }
  });

  it("keeps its tables apart from the integer kernels' memory", () => {
    const input = fp32ToFp16(values(8192, 2, 5));
    const before = encodeFp8(input, "e5m2", { scale: 0.5 });
    const plane = tokenPlane("key", "fp16", [256, 2, 64], { codec: "int", bits: 4, groupSize: 32, groupAxis: 0, residualTokens: 0 });
    CODECS.int.encode(plane as never, fp32ToFp16(values(256 * 2 * 64, 7, 9)));
    expect(encodeFp8(input, "e5m2", { scale: 0.5 })).toEqual(before);
  });
});

const elementTypes = fc.constantFrom("fp16", "bf16", "fp32") as fc.Arbitrary<DecodedElementType>;

function toType(values: Float32Array, type: DecodedElementType): Float32Array | Uint16Array {
  if (type === "fp32") return values;
  return type === "fp16" ? fp32ToFp16(values) : fp32ToBf16(values);
}

/** Gaussian-like values of one magnitude with runs of signed zeros and constant stretches. */
function values(count: number, magnitude: number, seed: number): Float32Array {
  let state = seed >>> 0;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    const kind = next();
    if (kind < 0.05) out[i] = next() < 0.5 ? -0 : 0;
    else if (kind < 0.1) out[i] = magnitude / 2;
    else out[i] = (next() + next() + next() - 1.5) * magnitude;
  }
  return out;
}

describe("KIVI-style integer encoding", () => {
  it("writes the same payload with and without the kernels", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(2, 4, 8) as fc.Arbitrary<2 | 4 | 8>,
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        elementTypes,
        fc.constantFrom("fp16", "fp32") as fc.Arbitrary<"fp16" | "fp32">,
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 12 }).map((quarter) => quarter * 4),
        fc.integer({ min: 1, max: 70 }),
        fc.double({ min: 1e-3, max: 100, noNaN: true }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (bits, groupWords, keys, elementType, scaleType, heads, channels, tokenCount, magnitude, seed) => {
          const groupSize = (groupWords * 32) / bits;
          const tokens = keys ? groupSize * Math.ceil(tokenCount / groupSize) : tokenCount;
          const residualTokens = defaultResidualTokens(tokens, keys ? 0 : 3, groupSize, keys);
          const plane = tokenPlane(keys ? "key" : "value", elementType, [tokens, heads, channels], { codec: "int", bits, groupSize, groupAxis: keys ? 0 : 2, residualTokens, scaleType });
          const input = toType(values(tokens * heads * channels, magnitude, seed), elementType);
          const { simd, js } = bothWays(() => CODECS.int.encode(plane as never, input));
          expectSame({ simd, js });

          // Decoding compares bit patterns, so NaN payloads and signed zeros count.
          const decoded = bothWays(() => new Uint8Array(CODECS.int.decode(plane as never, simd as Uint8Array).buffer));
          expectSame(decoded);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("round-trips transposed keys whose tokens are all in the residual", () => {
    // [head, channel, token] with groups along tokens: the quantised block is empty.
    const plane = tokenPlane("key", "fp16", [2, 8, 20], { codec: "int", bits: 2, groupSize: 32, groupAxis: 2, residualTokens: defaultResidualTokens(20, 128, 32, true) }, ["head", "channel", "token"]);
    const input = new Uint16Array(2 * 8 * 20).map((_, i) => 0x3c00 + i);
    const shape = { outer: 16, length: 0, inner: 1, groupsPerRow: 0, wordsPerRow: 0 };
    const sections = { payload: new Uint8Array(0), scaleOffset: 0, minOffset: 0, wordsOffset: 0 };
    expect(encodeGroupsSimd(kvSimd()!, input, "fp16", shape, { bits: 2, groupSize: 32 }, true, sections)).toBe(false);
    expect(decodeGroupsSimd(kvSimd()!, sections, shape, { bits: 2, groupSize: 32 }, true, "fp16")).toBeUndefined();
    expect(CODECS.int.decode(plane as never, CODECS.int.encode(plane as never, input))).toEqual(input);
  });

  it("takes the WebAssembly path on finite data", () => {
    // Same bytes either way means a kernel that always fell back would pass the tests above.
    const simd = kvSimd()!;
    for (const elementType of ["fp16", "bf16", "fp32"] as const) {
      for (const keys of [true, false]) {
        const plane = tokenPlane(keys ? "key" : "value", elementType, [64, 2, 64], { codec: "int", bits: 4, groupSize: 32, groupAxis: keys ? 0 : 2, residualTokens: 0 });
        // [outer, length, inner] around the group axis: tokens for keys, channels for values.
        const shape = keys
          ? { outer: 1, length: 64, inner: 128, groupsPerRow: 2, wordsPerRow: 8 }
          : { outer: 128, length: 64, inner: 1, groupsPerRow: 2, wordsPerRow: 8 };
        const { offsets, size } = layoutSections(CODECS.int.sectionSizes(plane as never));
        const sections = { payload: new Uint8Array(size), scaleOffset: offsets[0]!, minOffset: offsets[1]!, wordsOffset: offsets[2]! };
        const input = toType(values(64 * 2 * 64, 2, 29), elementType);
        expect(encodeGroupsSimd(simd, input, elementType, shape, { bits: 4, groupSize: 32 }, true, sections)).toBe(true);
        expect(decodeGroupsSimd(simd, sections, shape, { bits: 4, groupSize: 32 }, true, elementType)).toBeDefined();
      }
    }
  });

  it("saturates outputs beyond the element type's range the same way with and without the kernels", () => {
    // Groups spanning the whole fp32 or bf16 range: code × scale + minimum can round past the largest finite value.
    const largest = { fp32: 3.4028234663852886e38, bf16: 3.3895313892515355e38 } as const;
    for (const elementType of ["fp32", "bf16"] as const) {
      for (const bits of [2, 4, 8] as const) {
        for (const keys of [true, false]) {
          const plane = tokenPlane(keys ? "key" : "value", elementType, [32, 1, 32], { codec: "int", bits, groupSize: 32, groupAxis: keys ? 0 : 2, residualTokens: 0, scaleType: "fp32" });
          const input = values(32 * 32, largest[elementType] / 3, 17);
          for (let i = 0; i < input.length; i += 5) {
            input[i] = largest[elementType];
            input[i + 1] = -largest[elementType];
          }
          const { simd, js } = bothWays(() => {
            const payload = CODECS.int.encode(plane as never, toType(input, elementType));
            return new Uint8Array(CODECS.int.decode(plane as never, payload).buffer);
          });
          expectSame({ simd, js });
        }
      }
    }
  });

  it("saturates outputs of stored parameters beyond the element type's range the same way", () => {
    // Payloads from elsewhere: large stored scales and minimums make outputs overflow every type.
    for (const [elementType, scaleType, large] of [
      ["fp32", "fp32", 3e38],
      ["bf16", "fp32", 1.5e38],
      ["fp16", "fp16", 0x7bff],
    ] as const) {
      for (const keys of [true, false]) {
        const plane = tokenPlane(keys ? "key" : "value", elementType, [32, 1, 32], { codec: "int", bits: 4, groupSize: 32, groupAxis: keys ? 0 : 2, residualTokens: 0, scaleType });
        const payload = CODECS.int.encode(plane as never, toType(values(32 * 32, 1, 23), elementType));
        const { offsets } = layoutSections(CODECS.int.sectionSizes(plane as never));
        const parameters = scaleType === "fp32" ? new Float32Array(payload.buffer, 0, (offsets[2]! / 4)) : new Uint16Array(payload.buffer, 0, offsets[2]! / 2);
        parameters.fill(large);
        const { simd, js } = bothWays(() => new Uint8Array(CODECS.int.decode(plane as never, payload).buffer));
        expectSame({ simd, js });
      }
    }
  });

  it("rejects non-finite stored parameters the same way either way", () => {
    for (const keys of [true, false]) {
      const plane = tokenPlane(keys ? "key" : "value", "fp16", [32, 2, 16], { codec: "int", bits: 4, groupSize: 16, groupAxis: keys ? 0 : 2, residualTokens: 0, scaleType: "fp32" });
      const encoded = CODECS.int.encode(plane as never, fp32ToFp16(values(32 * 2 * 16, 1, 3)));
      const minOffset = layoutSections(CODECS.int.sectionSizes(plane as never)).offsets[1]!;
      // Corrupted payloads outside a frame: one group's fp32 scale becomes NaN, or its minimum Infinity.
      const badScale = encoded.slice();
      new Float32Array(badScale.buffer, 4, 1).set([Number.NaN]);
      const badMinimum = encoded.slice();
      new Float32Array(badMinimum.buffer, minOffset + 4, 1).set([Infinity]);
      for (const payload of [badScale, badMinimum]) {
        const { simd, js } = bothWays(() => new Uint8Array(CODECS.int.decode(plane as never, payload).buffer));
        expect(simd).toBe("INVALID_SCALE");
        expect(js).toBe("INVALID_SCALE");
      }
    }
  });

  for (const [name, value, code] of [
    ["NaN", Number.NaN, "NON_FINITE_INPUT"],
    ["Infinity", Infinity, "NON_FINITE_INPUT"],
    ["a minimum beyond the fp16 range", 70000, "INVALID_SCALE"],
  ] as const) {
    it(`rejects ${name} with the same error either way`, () => {
      for (const keys of [true, false]) {
        const plane = tokenPlane(keys ? "key" : "value", "fp32", [32, 2, 16], { codec: "int", bits: 2, groupSize: 16, groupAxis: keys ? 0 : 2, residualTokens: 0 });
        const input = values(32 * 2 * 16, 1, 7);
        input[100] = value;
        input[101] = -value;
        const { simd, js } = bothWays(() => CODECS.int.encode(plane as never, input));
        expect(simd).toBe(code);
        expect(js).toBe(code);
      }
    });
  }
});
