import { describeValue } from "./describe-value.js";
import { KvCacheError, KvCacheRangeError } from "./errors.js";
import { fromFp16Bits, toFp16Bits } from "./half.js";

/** The types an FP8 scale is stored in: fp32 (the default, as in vLLM) or fp16. */
export type ScaleType = "fp32" | "fp16";

/** Smallest and largest positive value of each scale type, for error messages. */
const SCALE_RANGES: Record<ScaleType, string> = { fp32: "1.4e-45 to 3.4e38", fp16: "6.0e-8 to 65504" };

/** Checks that `scale` is finite and above 0, or throws a `RangeError` naming it. */
export function checkScale(scale: number, field: string): void {
  if (typeof scale !== "number" || !Number.isFinite(scale) || scale <= 0) {
    throw new KvCacheRangeError(
      "INVALID_SCALE",
      `Invalid ${field} ${describeValue(scale)}: a scale must be finite and greater than 0. Pass 1 for no scaling, or amax / max of the format.`,
      { field, value: scale },
    );
  }
}

/**
 * Checks that `scales` is an array of scale values: a `Float32Array`, a `Float64Array` or an
 * array of numbers, from any realm. Integer typed arrays are rejected because a `Uint16Array`
 * here most likely contains fp16 bit patterns, which would be read as integers and encode every
 * value with a scale thousands of times too large. Throws `INVALID_ARGUMENT` naming `field`.
 */
export function checkScaleArray(scales: unknown, field: string): void {
  if (Array.isArray(scales)) return;
  const tag = Object.prototype.toString.call(scales);
  if (tag === "[object Float32Array]" || tag === "[object Float64Array]") return;
  const got = scales === null || typeof scales !== "object" ? describeValue(scales) : tag.slice("[object ".length, -1);
  const fix =
    tag === "[object Uint16Array]"
      ? " Scales are values, not bit patterns: convert fp16 bits with fp16ToFp32 (bf16 bits with bf16ToFp32) first."
      : " Pass the scale values as a Float32Array.";
  throw new KvCacheError("INVALID_ARGUMENT", `Invalid ${field}: expected a Float32Array of scale values, got ${got}.${fix}`, { field, value: got });
}

/**
 * Rounds a scale to the type it is stored in, so that every encoder and decoder uses the value
 * a frame would contain, and checks that it stays finite and above 0. Given scales round to
 * nearest. Derived scales round up, so `amax / scale` never exceeds the format's maximum. Rounded
 * to nearest, a derived scale below the type's smallest subnormal would become 0, and a subnormal
 * one could drop by up to a third and overflow the block's largest value. Throws
 * `INVALID_SCALE` naming `field` and the type's range.
 */
export function roundScale(value: number, scaleType: ScaleType, field: string, rounding: "nearest" | "up" = "nearest"): number {
  checkScale(value, field);
  const rounded = scaleType === "fp32" ? roundToFp32(value, rounding) : roundToFp16(value, rounding);
  if (!(rounded > 0) || !Number.isFinite(rounded)) {
    const fix = scaleType === "fp16" ? `Use scaleType "fp32" or a scale from ${SCALE_RANGES.fp16}.` : `Use a scale from ${SCALE_RANGES.fp32}.`;
    throw new KvCacheRangeError("INVALID_SCALE", `Invalid ${field} = ${value}: it rounds to ${rounded} in the scale type ${scaleType}. ${fix}`, {
      field,
      value,
    });
  }
  return rounded;
}

/** Rounds a positive value to fp16, to nearest or up (Infinity past the fp16 maximum). */
function roundToFp16(value: number, rounding: "nearest" | "up"): number {
  const bits = toFp16Bits(value);
  const nearest = fromFp16Bits(bits);
  return rounding === "up" && nearest < value ? fromFp16Bits(bits + 1) : nearest;
}

const fp32Word = new Float32Array(1);
const fp32Bits = new Uint32Array(fp32Word.buffer);

/** Rounds a positive value to fp32, to nearest or up (Infinity past the fp32 maximum). */
function roundToFp32(value: number, rounding: "nearest" | "up"): number {
  fp32Word[0] = value;
  if (rounding === "up" && fp32Word[0] < value) fp32Bits[0] = fp32Bits[0]! + 1;
  return fp32Word[0]!;
}
