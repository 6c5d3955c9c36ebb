// Encoding whole MRC files: header from data, statistics, extended header, data block.
import { MrcError } from "./errors.js";
import { FLOAT16_MAX, overflowsFloat16 } from "./float16.js";
import { cloneHeader, decodeHeader, defaultHeader, encodeHeader, HEADER_BYTES, IMOD_FLAGS, IMOD_STAMP, type MrcHeader, type Vec3 } from "./header.js";
import { checkEncodable, checkReadable } from "./header-checks.js";
import { addLabel, creationLabel } from "./labels.js";
import { kindOf, voxelSizeOf, type MrcKind } from "./layout.js";
import { dataBlockBytes, isKnownMode, modeInfo, type MrcMode } from "./modes.js";
import { ProblemLog, type MrcWarning } from "./problems.js";
import { computeStatistics, type VoxelStatistics } from "./statistics.js";
import { decodeVoxels, encodeVoxels, type MrcDataInput } from "./voxels.js";
import { checkBooleanOption } from "./boolean-option.js";
import { checkWriteMetadata, formatOptionValue } from "./write-input-checks.js";

/** Data and metadata of an MRC file to write. */
export interface MrcWriteInput {
  /** Voxel values in file order. Float64Array and 32-bit integer arrays are rejected, as in mrcfile. */
  data: MrcDataInput;
  /**
   * Shape in file order, as {@link readMrc} returns it: `[ny, nx]`, `[nz, ny, nx]` or
   * `[volumes, mz, ny, nx]`, plus a trailing 2 for modes 3 and 4 and a trailing 3 for mode 16.
   */
  shape: readonly number[];
  /**
   * Mode to store. Default from the array type: Int8Array 0, Int16Array 1, Float32Array 2,
   * Uint16Array 6, Uint8Array 6 (widened). Mode 0 stores an Int8Array as signed bytes and a
   * Uint8Array as unsigned bytes, marked by IMOD's stamp and signed-bytes flag, so both read back
   * unchanged. Mode 12 rejects finite values that would round to ±∞ in float16.
   */
  mode?: MrcMode;
  /** Kind of 3-D data: `volume` (ISPG 1, MZ = NZ, the default) or `imageStack` (ISPG 0, MZ = 1). */
  kind?: "volume" | "imageStack";
  /**
   * A header to start from, such as the one of a file being rewritten; its EXTTYP is kept. Its
   * extended header is not: pass the bytes as `extendedHeader`, or NSYMBT becomes 0 with a warning.
   */
  header?: MrcHeader;
  /**
   * Voxel size in Å, one value or X, Y, Z. Default: the base header's, where an axis without a
   * defined voxel size keeps CELLA 0; for new files 1.0 Å (a convention).
   */
  voxelSize?: number | Vec3;
  /** ORIGIN in Å. */
  origin?: Vec3;
  /** NXSTART, NYSTART, NZSTART. */
  nstart?: Vec3;
  /** Labels to add after the creation label. */
  labels?: readonly string[];
  /** Extended header bytes; requires `exttyp` unless a base header supplies one. */
  extendedHeader?: Uint8Array;
  /** EXTTYP of the extended header, such as `FEI1` or `SERI`. */
  exttyp?: string;
  /** Write a little-endian file (stamp 44 44 00 00, the default) or big-endian (11 11 00 00). */
  littleEndian?: boolean;
  /** Compute DMIN, DMAX, DMEAN and RMS from the data (default) or write the undetermined sentinels. */
  computeStats?: boolean;
  /** Add the creation label with a UTC time stamp to new files. Default true; false gives reproducible bytes. */
  stampLabel?: boolean;
  /** Clock of the creation label. */
  now?: Date;
}

/** Result of {@link encodeMrc}: the file bytes, the header as stored (floats rounded to float32) and any warnings. */
export interface EncodedMrc {
  bytes: Uint8Array<ArrayBuffer>;
  header: MrcHeader;
  warnings: MrcWarning[];
}

/** Returns the mode mrcfile would pick for a typed array, or throws for unsupported types. */
export function modeForArray(data: unknown): MrcMode {
  if (data instanceof Int8Array) return 0;
  if (data instanceof Int16Array) return 1;
  if (data instanceof Float32Array) return 2;
  if (data instanceof Uint16Array || data instanceof Uint8Array) return 6;
  const type = (data as { constructor?: { name?: string } })?.constructor?.name ?? typeof data;
  throw new MrcError("INVALID_ARGUMENT", `Cannot write ${type} data: use Int8Array (mode 0), Int16Array (1), Float32Array (2 or 12), Uint16Array or Uint8Array (6), or pass mode for 3, 4, 16 and 101.`, {
    field: "data",
    value: type,
  });
}

type DataArrayType = typeof Int8Array | typeof Uint8Array | typeof Int16Array | typeof Uint16Array | typeof Float32Array;

/** The array types each mode is written from, so that values are never wrapped or truncated on the way. */
const ARRAY_TYPES: Record<MrcMode, readonly DataArrayType[]> = {
  0: [Int8Array, Uint8Array],
  1: [Int16Array],
  2: [Float32Array],
  3: [Int16Array],
  4: [Float32Array],
  6: [Uint16Array, Uint8Array],
  12: [Float32Array],
  16: [Uint8Array],
  101: [Uint8Array],
};

/**
 * Returns why `mode` cannot be written from `data`, such as a Float32Array for mode 1, whose
 * conversion would wrap 70000 to 4464, or null when it can. A subclass counts as its base type, so
 * a Node Buffer is a Uint8Array.
 */
export function arrayTypeProblem(data: object, mode: MrcMode): string | null {
  const types = ARRAY_TYPES[mode];
  if (types.some((type) => data instanceof type)) return null;
  return `Cannot write ${data.constructor.name} as mode ${mode}: expected ${types.map((type) => type.name).join(" or ")}.`;
}

function checkShape(shape: readonly number[], mode: MrcMode, length: number): number[] {
  const components = modeInfo(mode).components;
  const spatial = components === 1 ? [...shape] : shape.slice(0, -1);
  if (components !== 1 && shape[shape.length - 1] !== components) {
    throw new MrcError("INVALID_ARGUMENT", `Invalid shape [${shape.join(", ")}] for mode ${mode}: the last axis must be ${components}.`, { field: "shape", value: shape });
  }
  // NX, NY and NZ are int32 header fields, so larger sizes would wrap to negative values.
  if (spatial.length < 2 || spatial.length > 4 || !spatial.every((size) => Number.isSafeInteger(size) && size >= 0 && size <= 2 ** 31 - 1)) {
    throw new MrcError("INVALID_ARGUMENT", `Invalid shape [${shape.join(", ")}]: expected 2 to 4 non-negative integer axes of at most 2147483647 (image, stack or volume, volume stack).`, { field: "shape", value: shape });
  }
  const voxels = spatial.reduce((product, size) => product * size, 1) * components;
  if (voxels !== length) {
    throw new MrcError("INVALID_ARGUMENT", `Shape [${shape.join(", ")}] holds ${voxels} values but the data has ${length}.`, { field: "shape", value: shape });
  }
  return spatial;
}

/**
 * Encodes data and metadata as a complete MRC2014 file (NVERSION 20141, `"MAP "`). Statistics are
 * accumulated in float64 over the stored voxel values (float16-rounded for mode 12); data with NaN
 * or ±∞ gets the undetermined sentinels and a warning. Mode 0 files carry the IMOD stamp with the
 * signed-bytes flag set for Int8Array data and cleared for Uint8Array data. Throws
 * `INVALID_ARGUMENT` rather than write a file that a strict read rejects.
 */
export function encodeMrc(input: MrcWriteInput): EncodedMrc {
  const mode = input.mode ?? modeForArray(input.data);
  checkMode(mode);
  const arrayProblem = arrayTypeProblem(input.data, mode);
  if (arrayProblem !== null) throw new MrcError("INVALID_ARGUMENT", arrayProblem, { field: "data", value: input.data.constructor.name });
  checkShape(input.shape, mode, input.data.length);
  if (mode === 12) checkFloat16Range(input.data);
  const log = new ProblemLog(true);
  checkBooleanOption("computeStats", input.computeStats);
  const { header, littleEndian, extendedHeader } = buildHeader({ ...input, mode }, log);
  if (mode === 0) setMode0Sign(header, !(input.data instanceof Uint8Array));

  const block = encodeVoxels(input.data, mode, littleEndian, header.nx);
  if (input.computeStats !== false) applyStatistics(header, computeStatistics(storedValues(input.data, block, mode, littleEndian), mode === 3 || mode === 4), mode, log);
  const headerBytes = encodeHeader(header, littleEndian);
  const bytes = new Uint8Array(HEADER_BYTES + extendedHeader.length + block.length);
  bytes.set(headerBytes, 0);
  bytes.set(extendedHeader, HEADER_BYTES);
  bytes.set(block, HEADER_BYTES + extendedHeader.length);
  // Return the header as stored, with every float rounded to float32.
  return { bytes, header: decodeHeader(headerBytes, littleEndian), warnings: log.warnings };
}

/**
 * Returns the values a block stores, for its statistics: the input itself, except for mode 12,
 * whose float16 rounding is decoded back from the encoded block.
 */
export function storedValues(data: MrcDataInput, block: Uint8Array, mode: MrcMode, littleEndian: boolean): MrcDataInput {
  if (mode !== 12) return data;
  return decodeVoxels(block, { mode, littleEndian, signedBytes: true, nx: 0 });
}

/**
 * Throws `OUT_OF_RANGE` for the first finite value that float16 cannot store (magnitude 65520 or
 * more, which rounds to ±∞), as {@link convertData} does without `overflow: "clip"`.
 */
export function checkFloat16Range(data: ArrayLike<number>, firstIndex = 0): void {
  for (let index = 0; index < data.length; index++) {
    const value = data[index]!;
    if (overflowsFloat16(value)) {
      throw new MrcError(
        "OUT_OF_RANGE",
        `Cannot store value ${value} at index ${firstIndex + index} as mode 12: float16 holds magnitudes up to ${FLOAT16_MAX}, and this value would become ${value > 0 ? "" : "-"}Infinity. Rescale the data, or clip it first with convertData(data, 2, 12, { overflow: "clip" }) (the mrc CLI's convert --clip).`,
        { field: "data", value },
      );
    }
  }
}

/**
 * Marks the bytes of a mode-0 file as signed or unsigned with IMOD's stamp and `imodFlags` bit 1,
 * which readers that follow IMOD (this package's `mode0Sign: "auto"` among them) use to decode them.
 */
export function setMode0Sign(header: MrcHeader, signed: boolean): void {
  header.imodStamp = IMOD_STAMP;
  header.imodFlags = signed ? header.imodFlags | IMOD_FLAGS.signedBytes : header.imodFlags & ~IMOD_FLAGS.signedBytes;
}

function checkMode(mode: number): asserts mode is MrcMode {
  if (!isKnownMode(mode)) {
    throw new MrcError("UNKNOWN_MODE", `Cannot write mode ${JSON.stringify(mode)}: expected the number 0, 1, 2, 3, 4, 6, 12, 16 or 101.`, { field: "mode", value: mode });
  }
}

/** Metadata of a file to write, without its data: what {@link buildHeader} needs. */
export type MrcHeaderInput = Omit<MrcWriteInput, "data" | "mode" | "computeStats"> & { mode: MrcMode };

/**
 * Builds the header of a file from its shape and metadata, with undetermined statistics: the
 * header {@link encodeMrc} writes before it fills in the statistics. Streaming writers start here.
 * NSYMBT is set to the length of `extendedHeader`. A base header that declares an extended header
 * without its bytes gets NSYMBT 0, a blank EXTTYP (unless `exttyp` is given) and a warning in `log`. Mode 0 is marked as signed bytes (see
 * {@link setMode0Sign}). Throws `INVALID_ARGUMENT` when the header would make a file that a strict
 * read rejects.
 */
export function buildHeader(input: MrcHeaderInput, log?: ProblemLog): { header: MrcHeader; littleEndian: boolean; extendedHeader: Uint8Array } {
  const extendedHeader = input.extendedHeader ?? new Uint8Array(0);
  const { header, littleEndian } = buildHeaderForExtendedLength(input, input.extendedHeader === undefined ? undefined : extendedHeader.length, log);
  return { header, littleEndian, extendedHeader };
}

/**
 * Does the work of {@link buildHeader} for an extended header of `extendedHeaderBytes` bytes that
 * the caller writes itself, such as one streamed in chunks; undefined means none was given.
 */
export function buildHeaderForExtendedLength(input: Omit<MrcHeaderInput, "extendedHeader">, extendedHeaderBytes: number | undefined, log?: ProblemLog): { header: MrcHeader; littleEndian: boolean } {
  checkWriteMetadata(input);
  const mode = input.mode;
  checkMode(mode);
  const components = modeInfo(mode).components;
  const spatial = components === 1 ? [...input.shape] : input.shape.slice(0, -1);
  checkShape(input.shape, mode, spatial.reduce((product, size) => product * size, 1) * components);
  const isNew = input.header === undefined;
  const header = input.header === undefined ? defaultHeader() : cloneHeader(input.header);
  const previousVoxelSize = isNew ? undefined : voxelSizeOf(header);

  header.mode = mode;
  setDimensions(header, spatial, input.kind, isNew);
  const littleEndian = input.littleEndian ?? true;
  header.machst = littleEndian ? [0x44, 0x44, 0, 0] : [0x11, 0x11, 0, 0];
  header.map = "MAP ";
  header.nversion = 20141;
  Object.assign(header, { dmin: 0, dmax: -1, dmean: -2, rms: -1 });
  setCell(header, input.voxelSize, previousVoxelSize);
  if (input.origin !== undefined) header.origin = [...input.origin];
  if (input.nstart !== undefined) [header.nxstart, header.nystart, header.nzstart] = input.nstart;

  if (mode === 0) setMode0Sign(header, true);
  if (isNew && input.stampLabel !== false) addLabel(header, creationLabel(input.now));
  for (const label of input.labels ?? []) addLabel(header, label);

  const extendedLength = extendedHeaderBytes ?? 0;
  if (input.exttyp !== undefined) header.exttyp = input.exttyp.padEnd(4, "\0").slice(0, 4);
  if (extendedLength > 0 && input.exttyp === undefined && isNew) {
    throw new MrcError("INVALID_ARGUMENT", "An extended header needs its EXTTYP, such as FEI1, SERI or CCP4: pass exttyp.", { field: "exttyp", value: undefined });
  }
  if (extendedHeaderBytes === undefined && header.nsymbt > 0) {
    // An EXTTYP such as FEI1 without its blocks would fail check 8, so it goes with the bytes.
    const exttypGiven = input.exttyp !== undefined;
    if (!exttypGiven) header.exttyp = "\0\0\0\0";
    log?.warn(
      { check: 8, code: "EXTENDED_HEADER_DROPPED", field: "NSYMBT", value: header.nsymbt, message: `The base header declares a ${header.nsymbt}-byte extended header (NSYMBT), but no extendedHeader bytes were given.` },
      `Writing NSYMBT 0, ${exttypGiven ? `EXTTYP ${JSON.stringify(header.exttyp)}` : "a blank EXTTYP"} and no extended header; pass extendedHeader (such as the extendedHeader of the file read) to keep it.`,
    );
  }
  header.nsymbt = extendedLength;
  checkEncodable(header);
  checkReadable(header, littleEndian, HEADER_BYTES + extendedLength + Number(dataBlockBytes(mode, header.nx, header.ny, header.nz)));
  return { header, littleEndian };
}

/**
 * Sets CELLA = voxel size × M. Without `voxelSize`, a base header keeps its voxel size, and an axis
 * where it is undefined keeps CELLA 0. New files get 1.0 Å.
 */
function setCell(header: MrcHeader, voxelSize: number | Vec3 | undefined, previous: { size: Vec3; defined: boolean[] } | undefined): void {
  const samples: Vec3 = [header.mx, header.my, header.mz];
  if (voxelSize === undefined && previous !== undefined) {
    header.cella = samples.map((m, axis) => (previous.defined[axis] ? previous.size[axis]! * m : 0)) as Vec3;
    return;
  }
  const size = voxelSize ?? 1;
  const sizes: Vec3 = typeof size === "number" ? [size, size, size] : [...size];
  if (!sizes.every((value) => Number.isFinite(value) && value > 0)) {
    throw new MrcError("INVALID_ARGUMENT", `Invalid voxel size ${formatOptionValue(size)}: expected positive finite Å values.`, { field: "voxelSize", value: size });
  }
  const cella = samples.map((m, axis) => sizes[axis]! * m) as Vec3;
  if (!cella.every((length) => Number.isFinite(Math.fround(length)))) {
    throw new MrcError("INVALID_ARGUMENT", `Invalid voxel size ${formatOptionValue(size)}: CELLA = voxel size × (${samples.join(", ")}) is ${cella.join(", ")} Å, beyond float32 range. Give the voxel size in Å.`, { field: "voxelSize", value: size });
  }
  header.cella = cella;
}

/** Stores `statistics` in the header by the writer's rules: sentinels for non-finite data, complex RMS only. */
export function applyStatistics(header: MrcHeader, statistics: VoxelStatistics, mode: MrcMode, log: ProblemLog): void {
  const sentinels = () => Object.assign(header, { dmin: 0, dmax: -1, dmean: -2, rms: -1 });
  if (statistics.count === 0 || mode === 16) {
    sentinels();
    return;
  }
  if (statistics.nonFinite > 0) {
    sentinels();
    log.warn({ check: 9, code: "NONFINITE_DATA", field: "data", value: statistics.nonFinite, message: `The data contain ${statistics.nonFinite} NaN or infinite values.` }, "Writing undetermined statistics (DMIN 0, DMAX -1, DMEAN -2, RMS -1).");
    return;
  }
  if (mode === 3 || mode === 4) Object.assign(header, { dmin: 0, dmax: -1, dmean: -2, rms: statistics.rms });
  else Object.assign(header, { dmin: statistics.min, dmax: statistics.max, dmean: statistics.mean, rms: statistics.rms });
}

function setDimensions(header: MrcHeader, spatial: number[], kind: MrcWriteInput["kind"], isNew: boolean): void {
  const previous: MrcKind = isNew ? "volume" : kindOf(header);
  if (spatial.length === 2) {
    const [ny, nx] = spatial as [number, number];
    Object.assign(header, { nx, ny, nz: 1, mx: nx, my: ny, mz: 1, ispg: 0 });
  } else if (spatial.length === 3) {
    const [nz, ny, nx] = spatial as [number, number, number];
    // A new 3-D array is a volume unless kind says otherwise; replaced data keeps the current kind.
    const stack = kind === "imageStack" || (kind === undefined && (previous === "image" || previous === "imageStack"));
    Object.assign(header, { nx, ny, nz, mx: nx, my: ny, mz: stack ? 1 : nz });
    if (stack) header.ispg = 0;
    else if (header.ispg === 0 || header.ispg > 230) header.ispg = 1;
  } else {
    const [volumes, mz, ny, nx] = spatial as [number, number, number, number];
    Object.assign(header, { nx, ny, nz: volumes * mz, mx: nx, my: ny, mz });
    if (!(header.ispg >= 401 && header.ispg <= 630)) header.ispg = 401;
  }
}
