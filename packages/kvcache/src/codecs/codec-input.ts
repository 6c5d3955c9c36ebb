import { checkElementArray, type ElementArray } from "../element-type.js";
import { KvCacheError, KvCacheRangeError } from "../errors.js";
import { checkPlaneGeometry, chunkShape, type PlaneDescriptor, type PlaneEncoding } from "../plane.js";
import type { ChunkCodec, EncodeChunkOptions } from "./codec.js";

/**
 * Checks a plane given to one of the `CODECS` directly: its geometry, that its encoding belongs
 * to this codec, and the codec's own rules. Frames check planes before they reach a codec, so
 * this check is for direct callers: a codec run on a plane it cannot encode writes a payload
 * of the wrong size or reads past its input. Throws `INVALID_ARGUMENT` naming the field.
 */
export function checkCodecPlane<E extends PlaneEncoding>(codec: ChunkCodec<E>, plane: PlaneDescriptor): void {
  checkPlaneGeometry(plane, "plane");
  const given: unknown = (plane.encoding as { codec?: unknown } | undefined)?.codec;
  if (given !== codec.codec) {
    throw new KvCacheError(
      "INVALID_ARGUMENT",
      `Invalid plane.encoding.codec ${JSON.stringify(given)}: this is the ${codec.codec} codec. Use CODECS[plane.encoding.codec], or give the plane an encoding with codec "${codec.codec}".`,
      { field: "plane.encoding.codec", value: given },
    );
  }
  const problem = codec.check(plane as PlaneDescriptor & { encoding: E });
  if (problem !== undefined) {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid plane.encoding: ${problem}.`, { field: "plane.encoding", value: plane.encoding });
  }
}

/**
 * Checks that `data` is exactly one chunk of `plane`: the plane's element type (a
 * `Float32Array` for fp32, a `Uint16Array` of bit patterns for fp16 and bf16) and one value per
 * element of `dims` without the layer axis, and returns it as an array of this realm. Throws
 * `INVALID_ARGUMENT` naming `field`.
 */
export function checkChunkData(plane: PlaneDescriptor, input: ElementArray, field: string): ElementArray {
  const data = checkElementArray(input, plane.elementType, field);
  const { length } = data;
  const shape = chunkShape(plane);
  if (length !== shape.elementCount) {
    throw new KvCacheError(
      "INVALID_ARGUMENT",
      `Invalid ${field}: expected ${shape.elementCount} values, one chunk of dims [${shape.dims.join(", ")}] (the plane's dims without the layer axis), got ${length}.`,
      { field, value: length },
    );
  }
  return data;
}

/**
 * Throws `INVALID_SCALE` when `scales` were given for a plane that stores none, because the
 * encoder would drop them silently and encode with other scales. `reason` gives why the plane
 * has none and what to do instead.
 */
export function rejectUnusedScales(options: EncodeChunkOptions, reason: string): void {
  if (options.scales === undefined) return;
  const where = options.planeIndex === undefined ? "" : ` of plane ${options.planeIndex}, layer ${options.layerIndex ?? "?"}`;
  throw new KvCacheRangeError("INVALID_SCALE", `Invalid scales${where}: ${reason}`, { field: "scales", value: options.scales?.length });
}
