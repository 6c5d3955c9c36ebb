import type { DecodedElementType, ElementArray } from "./element-type.js";
import { bf16ValueTable, fp16ValueTable } from "./half.js";
import { BF16, FP16, encodeMinifloat, ulpOf, type MinifloatFormat } from "./minifloat.js";

const FP32_MAX = 3.4028234663852886e38; // (2 − 2^-23) × 2^127, IEEE 754 binary32

/** Returns the values of an element array as fp32 (16-bit types through a table, fp32 as is). */
export function elementValues(data: ElementArray, type: DecodedElementType): Float32Array {
  if (type === "fp32") return data as Float32Array;
  const table = type === "fp16" ? fp16ValueTable() : bf16ValueTable();
  const out = new Float32Array(data.length);
  const bits = data as Uint16Array;
  for (let i = 0; i < bits.length; i++) out[i] = table[bits[i]!]!;
  return out;
}

/**
 * Rounds a finite or infinite number to an element type with ties to even, saturating finite
 * values beyond the type's maximum to ±max. Returns the fp32 value or the 16-bit pattern.
 */
export function roundToElement(value: number, type: DecodedElementType): number {
  if (type === "fp32") {
    const rounded = Math.fround(value);
    if (Number.isFinite(value) && !Number.isFinite(rounded)) return value > 0 ? FP32_MAX : -FP32_MAX;
    return rounded;
  }
  return encodeMinifloat(value, type === "fp16" ? FP16 : BF16, Number.isFinite(value));
}

/** Returns half the spacing of an element type at `value` (0.5 ulp), for error bounds. */
export function halfUlp(value: number, type: DecodedElementType): number {
  if (type === "fp32") return ulpOf(value, FP32_LAYOUT) / 2;
  return ulpOf(value, type === "fp16" ? FP16 : BF16) / 2;
}

const FP32_LAYOUT: MinifloatFormat = {
  name: "fp32",
  exponentBits: 8,
  mantissaBits: 23,
  bias: 127,
  specials: "ieee",
  maxFinite: FP32_MAX,
  minNormal: 2 ** -126,
  minSubnormal: 2 ** -149,
  canonicalNanCode: 0x7fc00000,
  infinityCode: 0x7f800000,
};
