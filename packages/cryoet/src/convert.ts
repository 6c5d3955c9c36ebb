// Mode conversion of voxel data.
import { MrcError } from "./errors.js";
import { numberToFloat16Bits, float16BitsToNumber } from "./float16.js";
import type { MrcMode } from "./modes.js";
import { roundHalfEven } from "./shrec-evaluation.js";
import type { MrcData } from "./voxels.js";

function newIntegerArray(mode: MrcMode, length: number): Int8Array | Int16Array | Uint16Array | Uint8Array {
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

const INTEGER_RANGES: Partial<Record<MrcMode, [number, number]>> = {
  0: [-128, 127],
  1: [-32768, 32767],
  6: [0, 65535],
  101: [0, 15],
};

/**
 * Converts real voxel values to the array type of another real mode (0, 1, 2, 6, 12 or 101).
 * Integer targets round half to even; values outside the range throw `OUT_OF_RANGE` naming the
 * first one, or are clipped with `overflow: "clip"`. NaN cannot convert to an integer mode.
 * Mode 12 rounds to the nearest float16 value. Complex and RGB data are rejected.
 */
export function convertData(data: MrcData, from: MrcMode, to: MrcMode, options: ConvertOptions = {}): MrcData {
  for (const [mode, role] of [[from, "source"], [to, "target"]] as const) {
    if (mode === 3 || mode === 4 || mode === 16) {
      throw new MrcError("INVALID_ARGUMENT", `Cannot convert ${role} mode ${mode}: complex and RGB data have no real conversion. Convert between modes 0, 1, 2, 6, 12 and 101.`, { field: "mode", value: mode });
    }
  }
  if (to === 2) return Float32Array.from(data);
  if (to === 12) return Float32Array.from(data, (value) => float16BitsToNumber(numberToFloat16Bits(value)));
  const [min, max] = INTEGER_RANGES[to]!;
  const out = newIntegerArray(to, data.length);
  const clip = options.overflow === "clip";
  for (let index = 0; index < data.length; index++) {
    const value = data[index]!;
    let rounded = roundHalfEven(value);
    if (!(rounded >= min && rounded <= max)) {
      if (!clip || Number.isNaN(value)) {
        throw new MrcError("OUT_OF_RANGE", `Cannot convert value ${value} at index ${index} to mode ${to}: mode ${to} stores integers from ${min} to ${max}. Rescale the data first, or pass overflow: "clip".`, { field: "data", value });
      }
      rounded = Math.min(max, Math.max(min, rounded));
    }
    out[index] = rounded;
  }
  return out;
}
