import { allocateElements, decodedElementBytes, type ElementArray } from "../element-type.js";
import { chunkShape, type PlaneDescriptor, type RawEncoding } from "../plane.js";
import type { ChunkCodec, EncodeChunkOptions } from "./codec.js";
import { checkChunkData, checkCodecPlane, rejectUnusedScales } from "./codec-input.js";
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
  encode(plane: RawPlane, data: ElementArray, options: EncodeChunkOptions = {}): Uint8Array {
    checkCodecPlane(rawCodec, plane);
    data = checkChunkData(plane, data, "data");
    rejectUnusedScales(options, "a raw plane stores its values as they are, with no scales, so these would be ignored. Leave scales out, or use an fp8 plane with scales.");
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice();
  },
  decode(plane: RawPlane, payload: Uint8Array): ElementArray {
    checkCodecPlane(rawCodec, plane);
    checkPayloadSize("raw", rawCodec.sectionSizes(plane), payload);
    const out = allocateElements(plane.elementType, chunkShape(plane).elementCount);
    new Uint8Array(out.buffer).set(payload.subarray(0, out.byteLength));
    return out;
  },
  errorBounds(plane: RawPlane, input: ElementArray, decoded: ElementArray): Float64Array {
    checkCodecPlane(rawCodec, plane);
    const { length } = checkChunkData(plane, input, "input");
    checkChunkData(plane, decoded, "decoded");
    return new Float64Array(length);
  },
};
