// Gathering for slice and sub-volume reads: copies the column runs held in one chunk read from a
// byte source into the output array, decoding byte order, float16 and 4-bit values on the way.
import { float16Table } from "./float16.js";
import type { MrcMode } from "./modes.js";
import { PLATFORM_LITTLE_ENDIAN, type MrcData } from "./voxels.js";

/**
 * Copies runs `firstRun` to `endRun - 1` out of `chunk`, which contains the file bytes from
 * `chunkOffset` on. Run `run` starts at file byte `runOffsets[run]` and goes to
 * `out[run * elementsPerRun]` onwards.
 */
export type RunGatherer = (chunk: Uint8Array, chunkOffset: number, runOffsets: Float64Array, firstRun: number, endRun: number, out: MrcData) => void;

// Runs shorter than this copy element by element, because a subarray per run costs more.
const SET_MIN_ELEMENTS = 64;

/**
 * Returns the gatherer for runs of `elementsPerRun` array elements (voxels times components)
 * starting at column `firstColumn`.
 */
export function runGatherer(mode: MrcMode, littleEndian: boolean, firstColumn: number, elementsPerRun: number): RunGatherer {
  if (mode === 101) return fourBitGatherer(firstColumn, elementsPerRun);
  if (mode === 0 || mode === 16) return byteGatherer(elementsPerRun);
  return wideGatherer(mode, littleEndian, elementsPerRun);
}

function fourBitGatherer(firstColumn: number, voxelsPerRun: number): RunGatherer {
  return (chunk, chunkOffset, runOffsets, firstRun, endRun, out) => {
    for (let run = firstRun; run < endRun; run++) {
      const start = runOffsets[run]! - chunkOffset;
      const target = run * voxelsPerRun;
      for (let index = 0; index < voxelsPerRun; index++) {
        const nibble = (firstColumn & 1) + index;
        const byte = chunk[start + (nibble >> 1)]!;
        out[target + index] = nibble & 1 ? byte >> 4 : byte & 0x0f;
      }
    }
  };
}

/** Modes 0 and 16: one byte per element, stored into Int8Array or Uint8Array output as is. */
function byteGatherer(elementsPerRun: number): RunGatherer {
  return (chunk, chunkOffset, runOffsets, firstRun, endRun, out) => {
    for (let run = firstRun; run < endRun; run++) {
      const start = runOffsets[run]! - chunkOffset;
      const target = run * elementsPerRun;
      if (elementsPerRun >= SET_MIN_ELEMENTS) {
        out.set(chunk.subarray(start, start + elementsPerRun) as never, target);
      } else {
        for (let index = 0; index < elementsPerRun; index++) out[target + index] = chunk[start + index]!;
      }
    }
  };
}

/** Modes 1, 2, 3, 4, 6 and 12: elements of 2 or 4 bytes. */
function wideGatherer(mode: MrcMode, littleEndian: boolean, elementsPerRun: number): RunGatherer {
  const elementBytes = mode === 2 || mode === 4 ? 4 : 2;
  const table = mode === 12 ? float16Table() : undefined;
  return (chunk, chunkOffset, runOffsets, firstRun, endRun, out) => {
    // Runs start a whole number of elements apart, so one typed view of the chunk serves every run
    // when the chunk is aligned and in platform byte order. Otherwise each element goes through a DataView.
    if (littleEndian === PLATFORM_LITTLE_ENDIAN && chunk.byteOffset % elementBytes === 0) {
      const values = platformView(mode, chunk);
      for (let run = firstRun; run < endRun; run++) {
        const start = (runOffsets[run]! - chunkOffset) / elementBytes;
        const target = run * elementsPerRun;
        if (table !== undefined) {
          for (let index = 0; index < elementsPerRun; index++) out[target + index] = table[values[start + index]!]!;
        } else if (elementsPerRun >= SET_MIN_ELEMENTS) {
          out.set(values.subarray(start, start + elementsPerRun) as never, target);
        } else {
          for (let index = 0; index < elementsPerRun; index++) out[target + index] = values[start + index]!;
        }
      }
      return;
    }
    const view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let run = firstRun; run < endRun; run++) {
      const start = runOffsets[run]! - chunkOffset;
      const target = run * elementsPerRun;
      for (let index = 0; index < elementsPerRun; index++) {
        const byte = start + index * elementBytes;
        switch (mode) {
          case 1:
          case 3:
            out[target + index] = view.getInt16(byte, littleEndian);
            break;
          case 6:
            out[target + index] = view.getUint16(byte, littleEndian);
            break;
          case 12:
            out[target + index] = table![view.getUint16(byte, littleEndian)]!;
            break;
          default:
            out[target + index] = view.getFloat32(byte, littleEndian);
        }
      }
    }
  };
}

/** Views an aligned chunk as the stored element type of `mode` (float16 as its Uint16 bit patterns). */
function platformView(mode: MrcMode, chunk: Uint8Array): Int16Array | Uint16Array | Float32Array {
  switch (mode) {
    case 1:
    case 3:
      return new Int16Array(chunk.buffer, chunk.byteOffset, chunk.byteLength >> 1);
    case 6:
    case 12:
      return new Uint16Array(chunk.buffer, chunk.byteOffset, chunk.byteLength >> 1);
    default:
      return new Float32Array(chunk.buffer, chunk.byteOffset, chunk.byteLength >> 2);
  }
}
