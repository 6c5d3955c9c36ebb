import { describeValue } from "./describe-value.js";
import { KvCacheError } from "./errors.js";

/**
 * Element types a plane is decoded to (`fp32`, `fp16`, `bf16`) or stored as (any of them). The
 * numbers are the frame format's element-type ids, version 1.
 */
export const ELEMENT_TYPE_IDS = Object.freeze({
  fp32: 1,
  fp16: 2,
  bf16: 3,
  e4m3fn: 4,
  e4m3fnuz: 5,
  e5m2: 6,
  uint2: 7,
  uint4: 8,
  uint8: 9,
} as const);

/** Any element type a frame can name. */
export type ElementTypeName = keyof typeof ELEMENT_TYPE_IDS;

/** The element types a plane's values are given and decoded in. */
export type DecodedElementType = "fp32" | "fp16" | "bf16";

/** The three FP8 formats. E4M3FN and E4M3FNUZ are always named apart, never as a bare "e4m3". */
export type Fp8Format = "e4m3fn" | "e5m2" | "e4m3fnuz";

/** Every {@link Fp8Format}. */
export const FP8_FORMATS: readonly Fp8Format[] = Object.freeze(["e4m3fn", "e5m2", "e4m3fnuz"]);

/**
 * Values of one plane chunk: a `Float32Array` for fp32, and a `Uint16Array` of bit patterns
 * for fp16 and bf16.
 */
export type ElementArray = Float32Array | Uint16Array;

/** Returns the storage bits of one element of `type`. */
export function elementBits(type: ElementTypeName): number {
  switch (type) {
    case "fp32":
      return 32;
    case "fp16":
    case "bf16":
      return 16;
    case "uint2":
      return 2;
    case "uint4":
      return 4;
    default:
      return 8;
  }
}

/** Returns the bytes one element of a decoded type takes. */
export function decodedElementBytes(type: DecodedElementType): number {
  return type === "fp32" ? 4 : 2;
}

/** Returns the element type name of a frame id, or undefined for an unknown id. */
export function elementTypeFromId(id: number): ElementTypeName | undefined {
  for (const [name, value] of Object.entries(ELEMENT_TYPE_IDS)) {
    if (value === id) return name as ElementTypeName;
  }
  return undefined;
}

/**
 * Returns a `Float32Array` or `Uint16Array` made in another JavaScript realm (a vm context, an
 * iframe) as a view of the same memory made in this one, so `instanceof` checks accept it.
 * Returns anything else unchanged.
 */
export function inThisRealm<T>(data: T): T {
  if (data instanceof Float32Array || data instanceof Uint16Array) return data;
  const tag = Object.prototype.toString.call(data);
  const view = data as unknown as Float32Array;
  if (tag === "[object Float32Array]") return new Float32Array(view.buffer, view.byteOffset, view.length) as T;
  if (tag === "[object Uint16Array]") return new Uint16Array(view.buffer, view.byteOffset, view.length) as T;
  return data;
}

/**
 * Checks that `data` has the array type `type` needs, and returns it as an array of this realm
 * (see {@link inThisRealm}).
 */
export function checkElementArray(input: ElementArray, type: DecodedElementType, field: string): ElementArray {
  const data = inThisRealm(input);
  const expected = type === "fp32" ? Float32Array : Uint16Array;
  if (!(data instanceof expected)) {
    throw new KvCacheError(
      "INVALID_ARGUMENT",
      `Invalid ${field}: ${type} values must be a ${expected.name} (${type === "fp32" ? "the values" : "their bit patterns"}), got ${describeArray(data)}.${conversionHint(data, type)}`,
      { field, value: describeArray(data) },
    );
  }
  return data;
}

/** Names the converter that turns `data` into the array `type` needs, when the package has one. */
function conversionHint(data: unknown, type: DecodedElementType): string {
  if (type !== "fp32" && data instanceof Float32Array) {
    return ` Convert fp32 values with ${type === "fp16" ? "fp32ToFp16" : "fp32ToBf16"} first: the fp16, fp16-deflate and bf16 presets of applyCodecPreset set the plane's element type.`;
  }
  if (type === "fp32" && data instanceof Uint16Array) return " Convert fp16 or bf16 bit patterns with fp16ToFp32 or bf16ToFp32 first.";
  if (Object.prototype.toString.call(data) === "[object Uint8Array]") {
    // Bytes read from a file or socket, such as a Node Buffer, arrive as a Uint8Array.
    const view = type === "fp32" ? "Float32Array" : "Uint16Array";
    const width = type === "fp32" ? 4 : 2;
    return ` For raw little-endian bytes, copy them into a ${view}: new ${view}(Uint8Array.from(bytes).buffer), or view them in place with new ${view}(bytes.buffer, bytes.byteOffset, bytes.byteLength / ${width}) when byteOffset is a multiple of ${width}.`;
  }
  return "";
}

/** Allocates an array for `length` values of a decoded element type. */
export function allocateElements(type: DecodedElementType, length: number): ElementArray {
  return type === "fp32" ? new Float32Array(length) : new Uint16Array(length);
}

function describeArray(data: unknown): string {
  if (data === null || typeof data !== "object") return describeValue(data);
  return (data as object).constructor?.name ?? "object";
}
