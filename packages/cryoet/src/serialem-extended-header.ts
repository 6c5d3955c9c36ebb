// SerialEM extended headers (EXTTYP SERI): per section, NINT bytes of 16-bit items whose presence
// the NREAL bit flags mark. Layout and scale factors: IMOD's mrc_format.txt (NINT and NREAL).
import type { MrcHeader } from "./header.js";

/** The items SerialEM stored for one section, scaled to their units. Absent items are undefined. */
export interface SerialEmSection {
  /** Tilt angle in degrees (flag 1, stored × 100). */
  tiltAngle?: number;
  /** Montage piece coordinates x, y, z (flag 2). */
  montagePiece?: [number, number, number];
  /** Stage position x, y as SerialEM reports it (flag 4, stored × 25). */
  stagePosition?: [number, number];
  /** Magnification (flag 8, stored ÷ 100). */
  magnification?: number;
  /** Intensity (flag 16, stored × 25000). */
  intensity?: number;
  /** Exposure dose in e⁻/Å² (flag 32, a float in two 16-bit words). */
  exposureDose?: number;
}

/** A decoded SerialEM extended header. */
export interface SerialEmExtendedHeader {
  /** Bytes per section (NINT). */
  bytesPerSection: number;
  /** The item flags (NREAL). */
  flags: number;
  /** One record per section, for the whole sections present. */
  sections: SerialEmSection[];
}

/** Bytes of the item of each flag bit, in the order the items are stored. Bits 64 and above are reserved. */
const ITEM_BYTES: readonly [flag: number, bytes: number][] = [
  [1, 2],
  [2, 6],
  [4, 4],
  [8, 2],
  [16, 2],
  [32, 4],
  [64, 2],
  [128, 4],
  [256, 2],
  [512, 4],
  [1024, 2],
];

/** Returns the bytes per section that `flags` imply, or null when a flag above 1024 is set. */
function impliedBytes(flags: number): number | null {
  if (flags < 0 || flags >= 2048) return null;
  return ITEM_BYTES.reduce((sum, [flag, bytes]) => ((flags & flag) !== 0 ? sum + bytes : sum), 0);
}

/**
 * Converts SerialEM's two-word float to a number: (sign of s1) × (|s1| × 256 + (|s2| mod 256)) ×
 * 2^((sign of s2) × ⌊|s2| / 256⌋).
 */
export function serialEmFloat(first: number, second: number): number {
  const mantissa = Math.abs(first) * 256 + (Math.abs(second) % 256);
  const exponent = Math.sign(second) * Math.floor(Math.abs(second) / 256);
  return (first < 0 ? -1 : 1) * mantissa * 2 ** exponent;
}

function decodeSection(view: DataView, start: number, flags: number, littleEndian: boolean): SerialEmSection {
  const section: SerialEmSection = {};
  const word = (offset: number) => view.getInt16(start + offset, littleEndian);
  let offset = 0;
  for (const [flag, bytes] of ITEM_BYTES) {
    if ((flags & flag) === 0) continue;
    if (flag === 1) section.tiltAngle = word(offset) / 100;
    else if (flag === 2) section.montagePiece = [word(offset), word(offset + 2), word(offset + 4)];
    else if (flag === 4) section.stagePosition = [word(offset) / 25, word(offset + 2) / 25];
    else if (flag === 8) section.magnification = word(offset) * 100;
    else if (flag === 16) section.intensity = word(offset) / 25000;
    else if (flag === 32) section.exposureDose = serialEmFloat(word(offset), word(offset + 2));
    offset += bytes;
  }
  return section;
}

/**
 * Decodes a SerialEM extended header: NINT bytes per section, holding the items that the NREAL
 * flags mark, as 16-bit words in the file's byte order. Returns null when NINT is not positive or
 * does not equal the bytes the flags imply, which marks the Agard layout (NINT integers and NREAL
 * reals per section) instead. Decodes the whole sections present, at most NZ.
 */
export function decodeSerialEmExtendedHeader(extendedHeader: Uint8Array, header: Pick<MrcHeader, "nint" | "nreal" | "nz">, littleEndian: boolean): SerialEmExtendedHeader | null {
  const { nint, nreal } = header;
  if (nint <= 0 || impliedBytes(nreal) !== nint) return null;
  const view = new DataView(extendedHeader.buffer, extendedHeader.byteOffset, extendedHeader.byteLength);
  const count = Math.min(Math.max(0, header.nz), Math.floor(extendedHeader.length / nint));
  const sections: SerialEmSection[] = [];
  for (let index = 0; index < count; index++) sections.push(decodeSection(view, index * nint, nreal, littleEndian));
  return { bytesPerSection: nint, flags: nreal, sections };
}
