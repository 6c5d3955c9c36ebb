// The contract every KV codec passes: round trip through a frame within the codec's stated
// error bound (under fast-check), exact section sizes, deterministic output, rejection of
// corrupted chunks and of input of the wrong length.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { loadChecksums } from "../checksum.js";
import { allocateElements, type DecodedElementType, type ElementArray } from "../element-type.js";
import { elementValues } from "../element-values.js";
import { isKvCacheError } from "../errors.js";
import { decodeFrame } from "../frame-reader.js";
import { encodeFrame } from "../frame-writer.js";
import { fp32ToBf16, fp32ToFp16 } from "../half.js";
import { chunkShape, type PlaneDescriptor, type PlaneEncoding } from "../plane.js";
import { layoutSections } from "../sections.js";
import { CODECS } from "./index.js";

/** Builds a plane `[layers, tokens, heads, headDim]` with the encoding under test. */
export type PlaneFactory = (shape: { layers: number; tokens: number; heads: number; headDim: number }) => PlaneDescriptor;

/** A codec configuration for the contract suite. */
export interface CodecCase {
  name: string;
  elementType: DecodedElementType;
  encoding: (shape: { tokens: number; headDim: number }) => PlaneEncoding;
  /** Largest magnitude of generated values. */
  magnitude: number;
  /** Token counts to draw from (must satisfy the encoding's group rules). */
  tokens?: fc.Arbitrary<number>;
}

/** Converts fp32 values to a plane's element type. */
export function toElements(values: Float32Array, type: DecodedElementType): ElementArray {
  if (type === "fp32") return values;
  return type === "fp16" ? fp32ToFp16(values) : fp32ToBf16(values);
}

function planeFor(testCase: CodecCase, shape: { layers: number; tokens: number; heads: number; headDim: number }): PlaneDescriptor {
  return {
    role: "key",
    kind: "token",
    elementType: testCase.elementType,
    dims: [shape.layers, shape.tokens, shape.heads, shape.headDim],
    axisRoles: ["layer", "token", "head", "channel"],
    position: 0,
    channelOffset: 0,
    encoding: testCase.encoding(shape),
  };
}

const shapes = (tokens: fc.Arbitrary<number>) =>
  fc.record({
    layers: fc.integer({ min: 1, max: 3 }),
    tokens,
    heads: fc.integer({ min: 1, max: 3 }),
    headDim: fc.integer({ min: 1, max: 40 }),
  });

/** Runs the codec contract on one configuration. */
export function describeCodec(testCase: CodecCase): void {
  describe(`codec contract: ${testCase.name}`, () => {
    const tokens = testCase.tokens ?? fc.integer({ min: 1, max: 48 });

    it("round-trips within its error bound", async () => {
      const checksums = await loadChecksums();
      await fc.assert(
        fc.asyncProperty(shapes(tokens), fc.integer({ min: 0, max: 2 ** 31 - 1 }), async (shape, seed) => {
          const plane = planeFor(testCase, shape);
          const { elementCount } = chunkShape(plane);
          const inputs = Array.from({ length: shape.layers }, (_, layer) =>
            toElements(gaussian(elementCount, seed + layer, testCase.magnitude), plane.elementType),
          );
          const frame = encodeFrame(
            { planes: [plane], firstToken: 0, tokenCount: shape.tokens, chunks: inputs.map((data, layerIndex) => ({ planeIndex: 0, layerIndex, data })) },
            { checksums },
          );
          const decoded = decodeFrame(frame, { checksums, expectedPlanes: [plane] });
          const codec = CODECS[plane.encoding.codec];
          decoded.chunks.forEach((chunk, layer) => {
            const input = inputs[layer]!;
            const bounds = codec.errorBounds(plane as never, input, chunk.data);
            const x = elementValues(input, plane.elementType);
            const y = elementValues(chunk.data, plane.elementType);
            let worst = { index: -1, excess: 0, error: 0, bound: 0 };
            for (let i = 0; i < x.length; i++) {
              const error = Math.abs(x[i]! - y[i]!);
              const excess = Number.isNaN(error) ? Infinity : error - bounds[i]!;
              if (excess > worst.excess) worst = { index: i, excess, error, bound: bounds[i]! };
            }
            expect(worst, `worst element of layer ${layer}: input ${x[worst.index]}, decoded ${y[worst.index]}`).toEqual({
              index: -1,
              excess: 0,
              error: 0,
              bound: 0,
            });
          });
        }),
        { numRuns: 40 },
      );
    });

    it("payload size equals its sections", async () => {
      const checksums = await loadChecksums();
      fc.assert(
        fc.property(shapes(tokens), (shape) => {
          const plane = planeFor(testCase, shape);
          const codec = CODECS[plane.encoding.codec];
          const data = toElements(gaussian(chunkShape(plane).elementCount, 7, testCase.magnitude), plane.elementType);
          const payload = codec.encode(plane as never, data);
          expect(payload.length).toBe(layoutSections(codec.sectionSizes(plane as never)).size);
          expect(checksums.xxh64(payload)).toBe(checksums.xxh64(codec.encode(plane as never, data)));
        }),
        { numRuns: 30 },
      );
    });

    it("rejects a corrupted chunk", async () => {
      const checksums = await loadChecksums();
      const plane = planeFor(testCase, { layers: 1, tokens: 32, heads: 2, headDim: 16 });
      const data = toElements(gaussian(chunkShape(plane).elementCount, 3, testCase.magnitude), plane.elementType);
      const frame = encodeFrame({ planes: [plane], firstToken: 0, tokenCount: 32, chunks: [{ planeIndex: 0, layerIndex: 0, data }] }, { checksums });
      frame[frame.length - 1]! ^= 0x10;
      expect(() => decodeFrame(frame, { checksums })).toThrow(expect.objectContaining({ code: "FRAME_CHECKSUM_MISMATCH", chunkIndex: 0 }));
    });

    it("rejects input of the wrong length", async () => {
      const checksums = await loadChecksums();
      const plane = planeFor(testCase, { layers: 1, tokens: 32, heads: 2, headDim: 16 });
      const data = allocateElements(plane.elementType, chunkShape(plane).elementCount - 1);
      try {
        encodeFrame({ planes: [plane], firstToken: 0, tokenCount: 32, chunks: [{ planeIndex: 0, layerIndex: 0, data }] }, { checksums });
        expect.unreachable("encodeFrame accepted a short chunk");
      } catch (error) {
        expect(isKvCacheError(error) && error.code).toBe("INVALID_ARGUMENT");
      }
    });
  });
}

/** Deterministic Gaussian values (Box–Muller on a 32-bit LCG) times `magnitude`. */
export function gaussian(count: number, seed: number, magnitude: number): Float32Array {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state + 1) / 4294967297;
  };
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) out[i] = Math.sqrt(-2 * Math.log(next())) * Math.cos(2 * Math.PI * next()) * magnitude;
  return out;
}
