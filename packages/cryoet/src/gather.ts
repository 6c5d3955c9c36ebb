// Gathering for slice and sub-volume reads. The runs of a box are copied out of the chunks read
// from a byte source into one array of stored units. One pass over that array then decodes byte
// order, float16 and 4-bit values.
import { copyRuns, type RunStrides, type UnitArray } from "./strided-copy.js";
import { float16Table } from "./float16.js";
import type { MrcMode } from "./modes.js";
import type { RunLayout } from "./run-layout.js";
import { PLATFORM_LITTLE_ENDIAN, swapByteOrder, unpackFourBit, type MrcData } from "./voxels.js";

/** File properties that a box read needs besides the positions of its runs. */
export interface GatherOptions {
  mode: MrcMode;
  littleEndian: boolean;
  /** Mode 0 only: decode the bytes as int8 (true) or uint8 (false). */
  signedBytes: boolean;
  /** Column of the first voxel of each run; mode 101 needs it to know which nibble comes first. */
  firstColumn: number;
  /** Voxels of each run. */
  voxelsPerRun: number;
}

/** Collects the runs of one box read, chunk by chunk in any order, and decodes them at the end. */
export class BoxGatherer {
  private readonly unitBytes: number;
  /** Stored units of every run, back to back: the output array itself for modes stored as they decode. */
  private readonly staged: MrcData;
  private readonly stagedUnits: UnitArray;
  private readonly stagedBytes: Uint8Array;
  private readonly unitStrides: RunStrides;
  private readonly byteStrides: RunStrides;
  /** The last chunk and its unit view, reused when a source passes the same chunk object again. */
  private lastChunk: Uint8Array | undefined;
  private lastChunkUnits: UnitArray | undefined;

  constructor(
    private readonly layout: RunLayout,
    private readonly options: GatherOptions,
  ) {
    const { mode } = options;
    this.unitBytes = unitBytesOf(mode);
    const units = (layout.runCount * layout.runBytes) / this.unitBytes;
    this.staged = stagingArray(mode, options.signedBytes, units);
    this.stagedBytes = new Uint8Array(this.staged.buffer, this.staged.byteOffset, this.staged.byteLength);
    this.stagedUnits = unitView(this.stagedBytes, this.unitBytes);
    this.byteStrides = { runLength: layout.runBytes, rowStride: layout.rowBytes, sectionStride: layout.sectionBytes, rowsPerSection: layout.rowsPerSection };
    // Rows and sections are whole numbers of stored elements in every mode, so these divisions are exact.
    this.unitStrides = {
      runLength: layout.runBytes / this.unitBytes,
      rowStride: layout.rowBytes / this.unitBytes,
      sectionStride: layout.sectionBytes / this.unitBytes,
      rowsPerSection: layout.rowsPerSection,
    };
  }

  /** Copies runs `firstRun` to `endRun - 1` out of `chunk`, which starts at the first byte of run `firstRun`. */
  add(chunk: Uint8Array, firstRun: number, endRun: number): void {
    const count = endRun - firstRun;
    const firstRow = firstRun % this.layout.rowsPerSection;
    if (this.unitBytes > 1 && chunk.byteOffset % this.unitBytes === 0) {
      if (chunk !== this.lastChunk) {
        this.lastChunk = chunk;
        this.lastChunkUnits = unitView(chunk, this.unitBytes);
      }
      copyRuns(this.lastChunkUnits!, 0, this.stagedUnits, firstRun * this.unitStrides.runLength, count, firstRow, this.unitStrides);
    } else {
      // Bytes, or a chunk at an odd address (an in-memory file with an odd NSYMBT): copy byte by byte.
      copyRuns(chunk, 0, this.stagedBytes, firstRun * this.layout.runBytes, count, firstRow, this.byteStrides);
    }
  }

  /** Decodes the staged units into the values of the box, in file order. Call once, after every run is added. */
  finish(): MrcData {
    const { mode, littleEndian, voxelsPerRun, firstColumn } = this.options;
    if (this.unitBytes > 1 && littleEndian !== PLATFORM_LITTLE_ENDIAN) swapByteOrder(this.stagedBytes, this.unitBytes);
    if (mode === 12) {
      const table = float16Table();
      const bits = this.stagedUnits as Uint16Array;
      const out = new Float32Array(bits.length);
      for (let index = 0; index < bits.length; index++) out[index] = table[bits[index]!]!;
      return out;
    }
    if (mode === 101) return unpackRuns(this.stagedBytes, this.layout.runBytes, firstColumn & 1, voxelsPerRun, this.layout.runCount);
    return this.staged;
  }
}

/** Returns the bytes of one stored element: 4 for float32, 2 for 16-bit modes, 1 for bytes and 4-bit pairs. */
function unitBytesOf(mode: MrcMode): number {
  if (mode === 2 || mode === 4) return 4;
  if (mode === 0 || mode === 16 || mode === 101) return 1;
  return 2;
}

/** Allocates the array that runs are staged in: the output type, or raw units for modes 12 and 101. */
function stagingArray(mode: MrcMode, signedBytes: boolean, units: number): MrcData {
  switch (mode) {
    case 0:
      return signedBytes ? new Int8Array(units) : new Uint8Array(units);
    case 1:
    case 3:
      return new Int16Array(units);
    case 6:
    case 12:
      return new Uint16Array(units);
    case 2:
    case 4:
      return new Float32Array(units);
    case 16:
    case 101:
      return new Uint8Array(units);
  }
}

/** Views aligned bytes as units of 1, 2 or 4 bytes in platform order. */
function unitView(bytes: Uint8Array, unitBytes: number): UnitArray {
  if (unitBytes === 4) return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
  if (unitBytes === 2) return new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 1);
  return bytes;
}

/**
 * Unpacks mode-101 runs of `runBytes` packed bytes each into one byte per voxel. `firstNibble` is 1
 * when runs start at an odd column, whose voxel is the high nibble of the run's first byte.
 */
function unpackRuns(packed: Uint8Array, runBytes: number, firstNibble: number, voxelsPerRun: number, runCount: number): Uint8Array<ArrayBuffer> {
  // Runs from an even column are laid out like whole rows of ceil(voxelsPerRun / 2) bytes.
  if (firstNibble === 0) return unpackFourBit(packed, voxelsPerRun, runCount);
  const out = new Uint8Array(voxelsPerRun * runCount);
  for (let run = 0; run < runCount; run++) {
    const source = run * runBytes;
    const target = run * voxelsPerRun;
    for (let index = 0; index < voxelsPerRun; index++) {
      const nibble = firstNibble + index;
      const byte = packed[source + (nibble >> 1)]!;
      out[target + index] = nibble & 1 ? byte >> 4 : byte & 0x0f;
    }
  }
  return out;
}
