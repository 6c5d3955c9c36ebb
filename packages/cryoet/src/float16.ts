// IEEE 754 binary16 conversion, because Float16Array exists only in recent runtimes.

let decodeTable: Float32Array | undefined;

/** The largest finite binary16 value, (2 - 2⁻¹⁰) × 2¹⁵ (IEEE 754-2008, binary16). */
export const FLOAT16_MAX = 65504;

/**
 * The smallest magnitude that rounds to infinity in binary16: halfway between {@link FLOAT16_MAX}
 * and the next step of 2⁵, so ties to even round it up.
 */
export const FLOAT16_OVERFLOW = 65520;

/** Returns true when `value` is finite but rounds to ±∞ in binary16. */
export function overflowsFloat16(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) >= FLOAT16_OVERFLOW;
}

/** Converts one binary16 bit pattern to a number, exactly. */
export function float16BitsToNumber(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24;
  if (exponent === 0x1f) return fraction === 0 ? sign * Infinity : Number.NaN;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}

/** Returns a table of all 65,536 binary16 values as float32, built on first use. */
export function float16Table(): Float32Array {
  if (decodeTable === undefined) {
    decodeTable = new Float32Array(65536);
    for (let bits = 0; bits < 65536; bits++) decodeTable[bits] = float16BitsToNumber(bits);
  }
  return decodeTable;
}

/** Converts a number to the nearest binary16 bit pattern, with ties to even and overflow to ±∞. */
export function numberToFloat16Bits(value: number): number {
  if (Number.isNaN(value)) return 0x7e00;
  const sign = value < 0 || Object.is(value, -0) ? 0x8000 : 0;
  const magnitude = Math.abs(value);
  if (magnitude >= FLOAT16_OVERFLOW) return sign | 0x7c00;
  if (magnitude < 2 ** -14) {
    // Subnormal: a multiple of 2^-24, rounded half to even.
    return sign | roundHalfEven(magnitude * 2 ** 24);
  }
  let exponent = Math.floor(Math.log2(magnitude));
  // log2 can be off by one near powers of two; correct it so that 1 <= mantissa < 2.
  if (2 ** exponent > magnitude) exponent -= 1;
  if (2 ** (exponent + 1) <= magnitude) exponent += 1;
  const fraction = roundHalfEven((magnitude / 2 ** exponent - 1) * 1024);
  // A fraction that rounds up to 1024 carries into the exponent; the bit layout makes that an add.
  return sign | (((exponent + 15) << 10) + fraction);
}

function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const difference = value - floor;
  if (difference > 0.5) return floor + 1;
  if (difference < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}
