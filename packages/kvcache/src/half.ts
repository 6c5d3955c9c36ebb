import { checkElementArray } from "./element-type.js";
import { BF16, FP16, decodeMinifloat, encodeMinifloat } from "./minifloat.js";

/**
 * fp16 and bf16 conversions. Values travel as `Uint16Array` bit patterns; fp32 values as
 * `Float32Array`. The array conversions reject other inputs with `INVALID_ARGUMENT`, because
 * reading a plain array or a `Float64Array` as fp32 words gives wrong values without an error.
 */

let fp16Values: Float32Array | undefined;
let bf16Values: Float32Array | undefined;

/**
 * Returns the 65,536-entry table from fp16 bits to values (built on first use). A NaN entry is
 * the default quiet NaN 0x7FC00000 with the fp16 sign bit, written through the bits because a
 * JavaScript NaN has no sign that code can set reliably.
 */
export function fp16ValueTable(): Float32Array {
  if (fp16Values === undefined) {
    fp16Values = new Float32Array(65536);
    const words = new Uint32Array(fp16Values.buffer);
    for (let bits = 0; bits < 65536; bits++) {
      const value = decodeMinifloat(bits, FP16);
      if (Number.isNaN(value)) words[bits] = (bits & 0x8000 ? 0x80000000 : 0) | 0x7fc00000;
      else fp16Values[bits] = value;
    }
  }
  return fp16Values;
}

/** Returns the 65,536-entry table from bf16 bits to values (built on first use). */
export function bf16ValueTable(): Float32Array {
  if (bf16Values === undefined) {
    bf16Values = new Float32Array(65536);
    const words = new Uint32Array(bf16Values.buffer);
    for (let bits = 0; bits < 65536; bits++) words[bits] = bits << 16;
  }
  return bf16Values;
}

/** Rounds a number to fp16 bits, to nearest with ties to even; overflow gives ±Infinity. */
export function toFp16Bits(value: number): number {
  return encodeMinifloat(value, FP16, false);
}

/** Rounds a number to bf16 bits once from its exact value, ties to even; overflow gives ±Infinity. */
export function toBf16Bits(value: number): number {
  return encodeMinifloat(value, BF16, false);
}

/** Returns the value of fp16 bits. */
export function fromFp16Bits(bits: number): number {
  return fp16ValueTable()[bits & 0xffff]!;
}

/** Returns the value of bf16 bits. */
export function fromBf16Bits(bits: number): number {
  return bf16ValueTable()[bits & 0xffff]!;
}

/**
 * Converts fp32 values to fp16 bits with round to nearest, ties to even. A NaN becomes the quiet
 * NaN 0x7E00 with the input's sign bit. Throws `INVALID_ARGUMENT` unless `values` is a
 * `Float32Array`.
 */
export function fp32ToFp16(values: Float32Array): Uint16Array {
  values = checkElementArray(values, "fp32", "values") as Float32Array;
  const words = new Uint32Array(values.buffer, values.byteOffset, values.length);
  const out = new Uint16Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = encodeMinifloat(values[i]!, FP16, false, words[i]! >>> 31 === 1);
  return out;
}

/**
 * Converts fp16 bits to fp32 values (exact). A NaN becomes the default quiet NaN with the
 * input's sign. Throws `INVALID_ARGUMENT` unless `bits` is a `Uint16Array`.
 */
export function fp16ToFp32(bits: Uint16Array): Float32Array {
  bits = checkElementArray(bits, "fp16", "bits") as Uint16Array;
  // Copied as words so that NaN signs survive.
  const table = new Uint32Array(fp16ValueTable().buffer);
  const out = new Float32Array(bits.length);
  const words = new Uint32Array(out.buffer);
  for (let i = 0; i < bits.length; i++) words[i] = table[bits[i]!]!;
  return out;
}

/**
 * Converts fp32 values to bf16 bits. NaN first: a NaN keeps its sign and top payload bits and
 * gets the quiet bit, `(u >> 16) | 0x0040`, because plain rounding would turn a NaN whose payload
 * sits in the low 16 bits into Infinity. Everything else rounds to nearest, ties to even, with
 * `(u + 0x7FFF + ((u >> 16) & 1)) >>> 16`; overflow gives ±Infinity. Throws `INVALID_ARGUMENT`
 * unless `values` is a `Float32Array`.
 */
export function fp32ToBf16(values: Float32Array): Uint16Array {
  values = checkElementArray(values, "fp32", "values") as Float32Array;
  const words = new Uint32Array(values.buffer, values.byteOffset, values.length);
  const out = new Uint16Array(values.length);
  for (let i = 0; i < words.length; i++) {
    const u = words[i]!;
    if ((u & 0x7f800000) === 0x7f800000 && (u & 0x007fffff) !== 0) {
      out[i] = (u >>> 16) | 0x0040;
    } else {
      out[i] = ((u + 0x7fff + ((u >>> 16) & 1)) >>> 16) & 0xffff;
    }
  }
  return out;
}

/**
 * Converts bf16 bits to fp32 values (exact: the bits become the top half of the fp32 word).
 * Throws `INVALID_ARGUMENT` unless `bits` is a `Uint16Array`.
 */
export function bf16ToFp32(bits: Uint16Array): Float32Array {
  bits = checkElementArray(bits, "bf16", "bits") as Uint16Array;
  const out = new Float32Array(bits.length);
  const words = new Uint32Array(out.buffer);
  for (let i = 0; i < bits.length; i++) words[i] = bits[i]! << 16;
  return out;
}
