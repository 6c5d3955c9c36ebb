import { allocateElements, decodedElementBytes, type ElementArray } from "../element-type.js";
import { chunkShape, type PlaneDescriptor, type RawEncoding } from "../plane.js";
import type { ChunkCodec } from "./codec.js";
import { checkPayloadSize } from "./payload-size.js";

type RawPlane = PlaneDescriptor & { encoding: RawEncoding };

/**
 * The raw codec: elements stored in their own type, little-endian, in `dims` order. Exact:
 * every bit pattern, NaN payloads included, comes back unchanged.
 */
export const rawCodec: ChunkCodec<RawEncoding> = {
  codec: "raw",
  check: () => undefined,
  storedType: (plane: RawPlane) => plane.elementType,
  sectionSizes: (plane: RawPlane) => [chunkShape(plane).elementCount * decodedElementBytes(plane.elementType)],
  encode(_plane: RawPlane, data: ElementArray): Uint8Array {
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice();
  },
  decode(plane: RawPlane, payload: Uint8Array): ElementArray {
    checkPayloadSize("raw", rawCodec.sectionSizes(plane), payload);
    const out = allocateElements(plane.elementType, chunkShape(plane).elementCount);
    new Uint8Array(out.buffer).set(payload.subarray(0, out.byteLength));
    return out;
  },
  errorBounds: (_plane: RawPlane, input: ElementArray) => new Float64Array(input.length),
};
