// The WebAssembly kernels against the JavaScript reference: the embedded module matches its
// source, the element conversions agree on every 16-bit pattern, and the FP8 and integer
// encoders write the same bytes with the kernels on and off.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";

import { CODECS } from "../codecs/index.js";
import { defaultResidualTokens } from "../codecs/int-group.js";
import type { DecodedElementType } from "../element-type.js";
import { isKvCacheError } from "../errors.js";
import { encodeFp8 } from "../fp8.js";
import { bf16ValueTable, fp16ValueTable, fp32ToBf16, fp32ToFp16 } from "../half.js";
import type { PlaneDescriptor } from "../plane.js";
import { kvSimd, setKvSimdEnabled } from "./kv-simd.js";

afterEach(() => setKvSimdEnabled(true));

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
      const memory = simd.reserve(65536 * 6);
      memory.set(new Uint8Array(patterns.buffer), 0);
      simd.exports[convert](0, 131072, 65536);
      const values = new Float32Array(simd.exports.memory.buffer, 131072, 65536);
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
          expect(simd).toEqual(js);
        },
      ),
      { numRuns: 40 },
    );
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
          const plane: PlaneDescriptor = {
            role: keys ? "key" : "value",
            kind: "token",
            elementType,
            dims: [tokens, heads, channels],
            axisRoles: ["token", "head", "channel"],
            position: 0,
            channelOffset: 0,
            encoding: { codec: "int", bits, groupSize, groupAxis: keys ? 0 : 2, residualTokens, scaleType },
          };
          const input = toType(values(tokens * heads * channels, magnitude, seed), elementType);
          const { simd, js } = bothWays(() => CODECS.int.encode(plane as never, input));
          expect(simd).toEqual(js);
        },
      ),
      { numRuns: 150 },
    );
  });

  for (const [name, value, code] of [
    ["NaN", Number.NaN, "NON_FINITE_INPUT"],
    ["Infinity", Infinity, "NON_FINITE_INPUT"],
    ["a minimum beyond the fp16 range", 70000, "INVALID_SCALE"],
  ] as const) {
    it(`rejects ${name} with the same error either way`, () => {
      for (const keys of [true, false]) {
        const plane: PlaneDescriptor = {
          role: keys ? "key" : "value",
          kind: "token",
          elementType: "fp32",
          dims: [32, 2, 16],
          axisRoles: ["token", "head", "channel"],
          position: 0,
          channelOffset: 0,
          encoding: { codec: "int", bits: 2, groupSize: 16, groupAxis: keys ? 0 : 2, residualTokens: 0 },
        };
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
