// MRC data modes. Sources: MRC2014 (Cheng et al. 2015, J. Struct. Biol. 192:146-150) and the
// 20141 update at ccpem.ac.uk (modes 12 and 101); mode 16 is IMOD's RGB extension.

/** An MRC data mode number. 16 (RGB) is an IMOD extension outside MRC2014. */
export type MrcMode = 0 | 1 | 2 | 3 | 4 | 6 | 12 | 16 | 101;

/** Modes of MRC2014 with the 20141 update, in the order the format lists them. */
export const MRC2014_MODES: readonly MrcMode[] = [0, 1, 2, 3, 4, 6, 12, 101];

/** Every mode this package reads and writes: the MRC2014 modes and IMOD's RGB mode 16. */
export const KNOWN_MODES: readonly MrcMode[] = [0, 1, 2, 3, 4, 6, 12, 16, 101];

/** Voxel layout of a mode: bytes per stored element and elements per voxel. */
export interface ModeInfo {
  readonly mode: MrcMode;
  /** Stored bytes of one element; mode 101 packs two voxels per byte, so 0.5. */
  readonly bytesPerVoxel: number;
  /** Elements per voxel in the returned array: 2 for complex modes, 3 for RGB, otherwise 1. */
  readonly components: number;
  readonly description: string;
}

const MODE_INFO: Record<MrcMode, ModeInfo> = {
  0: { mode: 0, bytesPerVoxel: 1, components: 1, description: "int8 (or uint8 in older IMOD files)" },
  1: { mode: 1, bytesPerVoxel: 2, components: 1, description: "int16" },
  2: { mode: 2, bytesPerVoxel: 4, components: 1, description: "float32" },
  3: { mode: 3, bytesPerVoxel: 4, components: 2, description: "complex int16" },
  4: { mode: 4, bytesPerVoxel: 8, components: 2, description: "complex float32" },
  6: { mode: 6, bytesPerVoxel: 2, components: 1, description: "uint16" },
  12: { mode: 12, bytesPerVoxel: 2, components: 1, description: "float16" },
  16: { mode: 16, bytesPerVoxel: 3, components: 3, description: "RGB, 3 × uint8 (IMOD)" },
  101: { mode: 101, bytesPerVoxel: 0.5, components: 1, description: "4-bit unsigned, two per byte" },
};

/**
 * Returns true when `mode` is one of the numbers in {@link KNOWN_MODES}. Strings such as "1" return
 * false, because the readers and writers compare modes as numbers.
 */
export function isKnownMode(mode: unknown): mode is MrcMode {
  return typeof mode === "number" && Object.hasOwn(MODE_INFO, mode);
}

/** Returns the layout of a known mode. */
export function modeInfo(mode: MrcMode): ModeInfo {
  return MODE_INFO[mode];
}

/**
 * Returns the data block size in bytes of `nx × ny × nz` voxels of `mode` as a bigint, so that
 * absurd header values cannot overflow. Mode 101 rows take ceil(nx / 2) bytes.
 */
export function dataBlockBytes(mode: MrcMode, nx: number, ny: number, nz: number): bigint {
  if (nx < 0 || ny < 0 || nz < 0) return 0n;
  if (mode === 101) return BigInt(Math.ceil(nx / 2)) * BigInt(ny) * BigInt(nz);
  return BigInt(MODE_INFO[mode].bytesPerVoxel) * BigInt(nx) * BigInt(ny) * BigInt(nz);
}
