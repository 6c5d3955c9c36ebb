// Mode conversion of voxel data.
import { MrcError } from "./errors.js";
import { float16BitsToNumber, FLOAT16_MAX, numberToFloat16Bits, overflowsFloat16 } from "./float16.js";
import { isKnownMode, type MrcMode } from "./modes.js";
import { roundHalfEven } from "./shrec-evaluation.js";
import type { MrcData, MrcDataInput } from "./voxels.js";

function newIntegerArray(mode: MrcMode, length: number): Int8Array<ArrayBuffer> | Int16Array<ArrayBuffer> | Uint16Array<ArrayBuffer> | Uint8Array<ArrayBuffer> {
  switch (mode) {
    case 0:
      return new Int8Array(length);
    case 1:
      return new Int16Array(length);
    case 6:
      return new Uint16Array(length);
    default:
      return new Uint8Array(length);
  }
}

/** Options of {@link convertData}. */
export interface ConvertOptions {
  /** Handling of values outside the target range: `error` (default) or `clip`. */
  overflow?: "error" | "clip";
}

/** The finite values a mode stores: integers from `min` to `max`, or floats with magnitudes up to `max`. */
export interface ModeValueRange {
  min: number;
  max: number;
  integers: boolean;
}

const VALUE_RANGES: Partial<Record<MrcMode, ModeValueRange>> = {
  0: { min: -128, max: 127, integers: true },
  1: { min: -32768, max: 32767, integers: true },
  6: { min: 0, max: 65535, integers: true },
  12: { min: -FLOAT16_MAX, max: FLOAT16_MAX, integers: false },
  101: { min: 0, max: 15, integers: true },
};

/**
 * Returns the range of values that a real mode stores (0, 1, 6, 12 and 101), or null for mode 2,
 * which stores any float32, and for complex and RGB modes.
 */
export function modeValueRange(mode: MrcMode): ModeValueRange | null {
  return VALUE_RANGES[mode] ?? null;
}

function outOfRange(value: number, index: number, to: MrcMode, range: ModeValueRange): MrcError {
  const stores = range.integers ? `integers from ${range.min} to ${range.max}` : `float16 values with magnitudes up to ${range.max}, and larger ones would become infinite`;
  return new MrcError("OUT_OF_RANGE", `Cannot convert value ${value} at index ${index} to mode ${to}: mode ${to} stores ${stores}. Rescale the data first, or pass overflow: "clip".`, { field: "data", value });
}

/**
 * Converts real voxel values to the array type of another real mode (0, 1, 2, 6, 12 or 101).
 * Integer targets round half to even; values outside the range throw `OUT_OF_RANGE` naming the
 * first one, or are clipped with `overflow: "clip"`. NaN cannot convert to an integer mode.
 * Mode 12 rounds to the nearest float16 value. A finite value that would round to ±∞ is out of
 * range in the same way, while NaN and ±∞ stay as they are. Complex and RGB data are rejected,
 * an unknown mode throws `UNKNOWN_MODE` and an `overflow` other than `error` or `clip` throws
 * `INVALID_ARGUMENT`.
 */
export function convertData(data: MrcDataInput, from: MrcMode, to: MrcMode, options: ConvertOptions = {}): MrcData {
  for (const [mode, role] of [[from, "source"], [to, "target"]] as const) {
    if (!isKnownMode(mode)) {
      throw new MrcError("UNKNOWN_MODE", `Cannot convert ${role} mode ${JSON.stringify(mode) ?? String(mode)}: expected the number 0, 1, 2, 6, 12 or 101.`, { field: "mode", value: mode });
    }
    if (mode === 3 || mode === 4 || mode === 16) {
      throw new MrcError("INVALID_ARGUMENT", `Cannot convert ${role} mode ${mode}: complex and RGB data have no real conversion. Convert between modes 0, 1, 2, 6, 12 and 101.`, { field: "mode", value: mode });
    }
  }
  if (options.overflow !== undefined && options.overflow !== "error" && options.overflow !== "clip") {
    throw new MrcError("INVALID_ARGUMENT", `Invalid overflow ${JSON.stringify(options.overflow) ?? String(options.overflow)}: expected "error" or "clip".`, { field: "overflow", value: options.overflow });
  }
  const clip = options.overflow === "clip";
  if (to === 2) return Float32Array.from(data);
  if (to === 12) {
    const range = VALUE_RANGES[12]!;
    return Float32Array.from(data, (value, index) => {
      if (!overflowsFloat16(value)) return float16BitsToNumber(numberToFloat16Bits(value));
      if (!clip) throw outOfRange(value, index, to, range);
      return Math.sign(value) * FLOAT16_MAX;
    });
  }
  const range = VALUE_RANGES[to]!;
  const out = newIntegerArray(to, data.length);
  for (let index = 0; index < data.length; index++) {
    const value = data[index]!;
    let rounded = roundHalfEven(value);
    if (!(rounded >= range.min && rounded <= range.max)) {
      if (!clip || Number.isNaN(value)) throw outOfRange(value, index, to, range);
      rounded = Math.min(range.max, Math.max(range.min, rounded));
    }
    out[index] = rounded;
  }
  return out;
}
