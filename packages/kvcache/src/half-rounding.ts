import { BF16, FP16, encodeMinifloat } from "./minifloat.js";

// Scratch views for reading a float64's exponent and a float32's bits without allocating.
const float64 = new Float64Array(1);
const float64Words = new Uint32Array(float64.buffer);
const float32 = new Float32Array(1);
const float32Bits = new Uint32Array(float32.buffer);
const HIGH_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

// 2^k for k in [-1100, 1100], so the hot path needs no Math.pow.
const POWERS_OF_TWO = Float64Array.from({ length: 2201 }, (_, k) => 2 ** (k - 1100));

/**
 * Rounds a finite magnitude to a binary format with `mantissaBits` stored bits whose minimum
 * normal exponent is `minExponent`, ties to even, in one rounding from the exact value. Adding
 * and subtracting 2^(e − mantissaBits + 52) makes the float64 adder round at the target spacing.
 */
function roundMagnitude(magnitude: number, mantissaBits: number, minExponent: number): number {
  float64[0] = magnitude;
  const exponent = Math.max(((float64Words[HIGH_WORD]! >>> 20) & 0x7ff) - 1023, minExponent);
  const shift = POWERS_OF_TWO[exponent - mantissaBits + 52 + 1100]!;
  return magnitude + shift - shift;
}

/**
 * Rounds a number to fp16 bits with ties to even, the same result as `encodeMinifloat(value,
 * FP16, saturate)` but without per-call logarithms. Overflow gives ±Infinity, or ±65504 when
 * `saturate` is true.
 */
export function roundToFp16Bits(value: number, saturate: boolean): number {
  if (value !== value || value === Infinity || value === -Infinity) return encodeMinifloat(value, FP16, saturate);
  const sign = value < 0 || (value === 0 && 1 / value < 0) ? 0x8000 : 0;
  const magnitude = Math.abs(value);
  // Far above the range the shift constant itself would overflow, so such values go straight to overflow.
  const rounded = magnitude >= 2 ** 17 ? Infinity : roundMagnitude(magnitude, 10, -14);
  if (rounded > 65504) return sign | (saturate ? 0x7bff : 0x7c00);
  if (rounded < 2 ** -14) return sign | (rounded * 2 ** 24);
  float32[0] = rounded;
  const bits = float32Bits[0]!;
  return sign | ((((bits >>> 23) - 112) << 10) | ((bits >>> 13) & 0x3ff));
}

/**
 * Rounds a number to bf16 bits with ties to even, the same result as `encodeMinifloat(value,
 * BF16, saturate)`. Overflow gives ±Infinity, or ±max when `saturate` is true.
 */
export function roundToBf16Bits(value: number, saturate: boolean): number {
  if (value !== value || value === Infinity || value === -Infinity) return encodeMinifloat(value, BF16, saturate);
  const sign = value < 0 || (value === 0 && 1 / value < 0) ? 0x8000 : 0;
  const magnitude = Math.abs(value);
  const rounded = magnitude >= 2 ** 129 ? Infinity : roundMagnitude(magnitude, 7, -126);
  if (rounded > BF16.maxFinite) return sign | (saturate ? 0x7f7f : 0x7f80);
  // Every bf16 value is an fp32 value whose low 16 bits are zero.
  float32[0] = rounded;
  return sign | (float32Bits[0]! >>> 16);
}
