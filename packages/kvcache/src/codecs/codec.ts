import type { ElementArray, ElementTypeName } from "../element-type.js";
import type { PlaneDescriptor, PlaneEncoding } from "../plane.js";

/** Options of {@link ChunkCodec.encode}. */
export interface EncodeChunkOptions {
  /**
   * FP8 scales in the plane's scale-array order. Without them the encoder derives each scale
   * from the data as `amax / max of the format` (1 where amax is 0), rounded up to the scale
   * type so that `amax / scale` never exceeds the format's maximum.
   */
  scales?: Float32Array;
  /** Index of the layer, for error messages. */
  layerIndex?: number;
  /** Index of the plane in its frame, for error messages. */
  planeIndex?: number;
}

/**
 * One way of turning a chunk (one layer of one plane) into payload bytes and back. The payload
 * is a fixed sequence of sections, each at a multiple of 16 bytes from its start; stages
 * (byte-plane split, deflate) act on the whole payload afterwards.
 */
export interface ChunkCodec<E extends PlaneEncoding = PlaneEncoding> {
  readonly codec: E["codec"];
  /** Checks the encoding against the plane's geometry, throwing `INVALID_ARGUMENT` or returning the reason. */
  check(plane: PlaneDescriptor & { encoding: E }): string | undefined;
  /** The type the payload stores elements in. */
  storedType(plane: PlaneDescriptor & { encoding: E }): ElementTypeName;
  /** Byte sizes of the payload's sections, in order. */
  sectionSizes(plane: PlaneDescriptor & { encoding: E }): number[];
  /** Encodes one chunk of values in the plane's element type into a payload. */
  encode(plane: PlaneDescriptor & { encoding: E }, data: ElementArray, options?: EncodeChunkOptions): Uint8Array;
  /** Decodes a payload (4-byte aligned, of exactly the sections' size) back to values. */
  decode(plane: PlaneDescriptor & { encoding: E }, payload: Uint8Array): ElementArray;
  /**
   * The codec's stated error bound: for each element, the largest `|x − x'|` the codec allows
   * between `input` and `decoded`. Infinity where the format cannot hold the value, such as
   * non-saturating FP8 overflow, and 0 where the codec is exact. Pass the `scales` given to
   * `encode`, if any, because without them an FP8 bound assumes the scales derived from `input`.
   */
  errorBounds(plane: PlaneDescriptor & { encoding: E }, input: ElementArray, decoded: ElementArray, options?: Pick<EncodeChunkOptions, "scales">): Float64Array;
}
