import { BF16, FP16, decodeMinifloat, encodeMinifloat } from "./minifloat.js";

/**
 * fp16 and bf16 conversions. Values travel as `Uint16Array` bit patterns; fp32 values as
 * `Float32Array`.
 */

let fp16Values: Float32Array | undefined;
let bf16Values: Float32Array | undefined;

/** Returns the 65,536-entry table from fp16 bits to values (built on first use). */
export function fp16ValueTable(): Float32Array {
  if (fp16Values === undefined) {
    fp16Values = new Float32Array(65536);
    for (let bits = 0; bits < 65536; bits++) fp16Values[bits] = decodeMinifloat(bits, FP16);
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

/** Converts fp32 values to fp16 bits with round to nearest, ties to even. */
export function fp32ToFp16(values: Float32Array): Uint16Array {
  const out = new Uint16Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = encodeMinifloat(values[i]!, FP16, false);
  return out;
}

/** Converts fp16 bits to fp32 values (exact). */
export function fp16ToFp32(bits: Uint16Array): Float32Array {
  const table = fp16ValueTable();
  const out = new Float32Array(bits.length);
  for (let i = 0; i < bits.length; i++) out[i] = table[bits[i]!]!;
  return out;
}

/**
 * Converts fp32 values to bf16 bits. NaN first: a NaN keeps its sign and top payload bits and
 * gets the quiet bit, `(u >> 16) | 0x0040`, because plain rounding would turn a NaN whose payload
 * sits in the low 16 bits into Infinity. Everything else rounds to nearest, ties to even, with
 * `(u + 0x7FFF + ((u >> 16) & 1)) >>> 16`; overflow gives ±Infinity.
 */
export function fp32ToBf16(values: Float32Array): Uint16Array {
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

/** Converts bf16 bits to fp32 values (exact: the bits become the top half of the fp32 word). */
export function bf16ToFp32(bits: Uint16Array): Float32Array {
  const out = new Float32Array(bits.length);
  const words = new Uint32Array(out.buffer);
  for (let i = 0; i < bits.length; i++) words[i] = bits[i]! << 16;
  return out;
}
