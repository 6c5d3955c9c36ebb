/**
 * Binary floating-point formats narrower than binary64, described by their bit fields, with
 * one exact encoder (round to nearest, ties to even, from any JavaScript number) and decoder.
 * fp16, bf16 and the three FP8 formats share this code, so their rounding cannot disagree.
 */

/** How a format spends its top exponent field and its sign bit on special values. */
export type SpecialValues =
  /** IEEE 754 style: exponent all ones is Infinity (mantissa 0) or NaN (fp16, bf16, E5M2). */
  | "ieee"
  /** No Infinity; only `S.1111.111` is NaN (OCP E4M3FN). */
  | "fn"
  /** No Infinity, no −0; only 0x80 is NaN (E4M3FNUZ). */
  | "fnuz";

/** The bit layout and range of one binary floating-point format. */
export interface MinifloatFormat {
  readonly name: string;
  readonly exponentBits: number;
  readonly mantissaBits: number;
  readonly bias: number;
  readonly specials: SpecialValues;
  /** Largest finite magnitude. */
  readonly maxFinite: number;
  /** Smallest positive normal magnitude, 2^(1 − bias). */
  readonly minNormal: number;
  /** Smallest positive subnormal magnitude, 2^(1 − bias − mantissaBits). */
  readonly minSubnormal: number;
  /** Code of the NaN this format's encoder writes for a positive NaN (sign bit clear). */
  readonly canonicalNanCode: number;
  /** Code of +Infinity, or -1 for formats without one. */
  readonly infinityCode: number;
}

function defineFormat(
  name: string,
  exponentBits: number,
  mantissaBits: number,
  bias: number,
  specials: SpecialValues,
  canonicalNanCode: number,
): MinifloatFormat {
  const topExponent = (1 << exponentBits) - 1;
  const mantissaMax = (1 << mantissaBits) - 1;
  // IEEE formats lose the top exponent to Infinity and NaN; FN loses only the all-ones mantissa
  // of the top exponent; FNUZ keeps the whole top exponent finite.
  const maxExponentField = specials === "ieee" ? topExponent - 1 : topExponent;
  const maxMantissa = specials === "fn" ? mantissaMax - 1 : mantissaMax;
  const maxFinite = 2 ** (maxExponentField - bias) * (1 + maxMantissa / 2 ** mantissaBits);
  const infinityCode = specials === "ieee" ? topExponent << mantissaBits : -1;
  return {
    name,
    exponentBits,
    mantissaBits,
    bias,
    specials,
    maxFinite,
    minNormal: 2 ** (1 - bias),
    minSubnormal: 2 ** (1 - bias - mantissaBits),
    canonicalNanCode,
    infinityCode,
  };
}

// Field widths, biases and NaN codes: IEEE 754-2008 binary16; bfloat16 as in TensorFlow and
// PyTorch (the top 16 bits of binary32); OCP 8-bit floating point specification (OFP8) rev 1.0
// for E4M3FN and E5M2; E4M3FNUZ as in PyTorch `torch.float8_e4m3fnuz` (bias 8, NaN 0x80).
// Quiet NaN codes set only the top mantissa bit; E5M2's NaN is mantissa 10, what truncating an
// fp16 quiet NaN gives.
/** IEEE binary16. */
export const FP16 = defineFormat("fp16", 5, 10, 15, "ieee", 0x7e00);
/** bfloat16. */
export const BF16 = defineFormat("bf16", 8, 7, 127, "ieee", 0x7fc0);
/** OCP FP8 E4M3FN: max 448, no Infinity. */
export const E4M3FN = defineFormat("e4m3fn", 4, 3, 7, "fn", 0x7f);
/** OCP FP8 E5M2: max 57344, with Infinity. */
export const E5M2 = defineFormat("e5m2", 5, 2, 15, "ieee", 0x7e);
/** FP8 E4M3FNUZ: max 240, no Infinity, no −0, NaN 0x80. */
export const E4M3FNUZ = defineFormat("e4m3fnuz", 4, 3, 8, "fnuz", 0x80);

const TWO_POW_52 = 2 ** 52;

/** Rounds a non-negative number below 2^52 to an integer, ties to even (the FPU's own rounding). */
export function roundHalfEvenNonNegative(value: number): number {
  return value + TWO_POW_52 - TWO_POW_52;
}

// Scratch views for reading a float64's exponent field without allocating.
const float64 = new Float64Array(1);
const float64Words = new Uint32Array(float64.buffer);
const HIGH_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const POWERS_OF_TWO = Float64Array.from({ length: 2101 }, (_, k) => 2 ** (k - 1075));

/** Returns 2^k for an integer k in [−1075, 1025] from a table, and through `**` otherwise. */
function powerOfTwo(k: number): number {
  return k >= -1075 && k <= 1025 ? POWERS_OF_TWO[k + 1075]! : 2 ** k;
}

/** Returns floor(log2(value)) exactly for a positive finite number. */
function exponentOf(value: number): number {
  float64[0] = value;
  const field = (float64Words[HIGH_WORD]! >>> 20) & 0x7ff;
  // Normal float64 numbers carry the exponent in their bits; subnormals take the slow path.
  if (field !== 0) return field - 1023;
  let exponent = Math.floor(Math.log2(value));
  // Math.log2 may round up just below a power of two; powers of two themselves are exact.
  if (2 ** exponent > value) exponent -= 1;
  else if (2 ** (exponent + 1) <= value) exponent += 1;
  return exponent;
}

/**
 * Encodes `value` into `format` with round to nearest, ties to even, rounding once from the
 * exact value. Below the minimum normal it rounds to the subnormal spacing. Above the maximum it
 * first rounds as if the exponent were unbounded, then applies the overflow rule to the rounded
 * magnitude: `saturate` gives ±max (±Infinity too), otherwise Infinity where the format has one
 * and NaN where it does not. A NaN becomes the format's quiet NaN with the sign `nanNegative`
 * gives, except in E4M3FNUZ, whose only NaN is 0x80. A JavaScript NaN has no sign that code can
 * read reliably, so callers take it from the input's bits. E4M3FNUZ encodes both zeros and
 * negative values that round to zero as +0.
 */
export function encodeMinifloat(value: number, format: MinifloatFormat, saturate: boolean, nanNegative = false): number {
  const signBit = 1 << (format.exponentBits + format.mantissaBits);
  const fnuz = format.specials === "fnuz";
  if (Number.isNaN(value)) return fnuz ? format.canonicalNanCode : (nanNegative ? signBit : 0) | format.canonicalNanCode;

  const negative = value < 0 || Object.is(value, -0);
  const sign = negative ? signBit : 0;
  const magnitude = Math.abs(value);
  const overflow = (): number => {
    if (saturate) return sign | encodeMagnitude(format.maxFinite, format);
    if (format.infinityCode >= 0) return sign | format.infinityCode;
    return fnuz ? format.canonicalNanCode : sign | format.canonicalNanCode;
  };
  if (magnitude === Infinity) return overflow();
  if (magnitude === 0) return fnuz ? 0 : sign;

  let rounded: number;
  if (magnitude < format.minNormal) {
    rounded = roundHalfEvenNonNegative(magnitude / format.minSubnormal) * format.minSubnormal;
  } else {
    const quantum = powerOfTwo(exponentOf(magnitude) - format.mantissaBits);
    rounded = roundHalfEvenNonNegative(magnitude / quantum) * quantum;
  }
  if (rounded > format.maxFinite) return overflow();
  if (rounded === 0) return fnuz ? 0 : sign;
  return sign | encodeMagnitude(rounded, format);
}

/** Encodes a positive magnitude that is exactly representable in `format`. */
function encodeMagnitude(magnitude: number, format: MinifloatFormat): number {
  if (magnitude < format.minNormal) return magnitude / format.minSubnormal;
  const exponent = exponentOf(magnitude);
  const mantissa = (magnitude / powerOfTwo(exponent) - 1) * powerOfTwo(format.mantissaBits);
  return ((exponent + format.bias) << format.mantissaBits) | mantissa;
}

/** Decodes a code of `format` to its exact value. Every NaN code decodes to NaN. */
export function decodeMinifloat(code: number, format: MinifloatFormat): number {
  const mantissaBits = format.mantissaBits;
  const signBit = 1 << (format.exponentBits + mantissaBits);
  const exponentField = (code >> mantissaBits) & ((1 << format.exponentBits) - 1);
  const mantissa = code & ((1 << mantissaBits) - 1);
  const negative = (code & signBit) !== 0;

  switch (format.specials) {
    case "ieee":
      if (exponentField === (1 << format.exponentBits) - 1) {
        if (mantissa !== 0) return Number.NaN;
        return negative ? -Infinity : Infinity;
      }
      break;
    case "fn":
      if ((code & (signBit - 1)) === (signBit - 1)) return Number.NaN;
      break;
    case "fnuz":
      if (code === signBit) return Number.NaN;
      break;
  }
  const magnitude =
    exponentField === 0
      ? mantissa * format.minSubnormal
      : 2 ** (exponentField - format.bias) * (1 + mantissa / 2 ** mantissaBits);
  return negative ? -magnitude : magnitude;
}

/** Returns true when `code` is a NaN pattern of `format`. */
export function isMinifloatNan(code: number, format: MinifloatFormat): boolean {
  return Number.isNaN(decodeMinifloat(code, format));
}

/**
 * Returns the spacing of `format` at magnitude `value` (its unit in the last place): the
 * subnormal spacing below the minimum normal, otherwise 2^(exponent − mantissaBits).
 */
export function ulpOf(value: number, format: MinifloatFormat): number {
  const magnitude = Math.abs(value);
  if (magnitude < format.minNormal) return format.minSubnormal;
  return 2 ** (exponentOf(Math.min(magnitude, format.maxFinite)) - format.mantissaBits);
}
