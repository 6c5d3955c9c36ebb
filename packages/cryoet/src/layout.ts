// Interprets a main header against the file size: byte order, mode, shape, kind, voxel size,
// mode-0 sign and where the extended header and data sit. Runs checks 2-8 and 12.
import { detectByteOrder } from "./byte-order.js";
import { foreignFormatHint } from "./file-signature.js";
import { decodeHeader, HEADER_BYTES, IMOD_STAMP, type MrcHeader, type Vec3 } from "./header.js";
import { dataBlockBytes, isKnownMode, modeInfo, type MrcMode } from "./modes.js";
import type { MrcProblem, ProblemLog } from "./problems.js";
import { checkReadOptions } from "./read-option-checks.js";

/** Data kind, from ISPG and the dimensions (MRC2014 section on images, stacks and volumes). */
export type MrcKind = "image" | "imageStack" | "volume" | "volumeStack";

/** Sign of mode-0 bytes: `auto` decides from the header (IMOD flag, then statistics). */
export type Mode0Sign = "signed" | "unsigned" | "auto";

/** Rule that decided the sign of mode-0 bytes. */
export type Mode0Rule = "option" | "imodFlag" | "statistics" | "default";

/** Extended header types that count as set (the list mrcfile accepts). */
export const KNOWN_EXTTYPS = ["CCP4", "MRCO", "SERI", "AGAR", "FEI1", "FEI2", "HDF5"] as const;

/** Default of `maxDataBytes`: 4 GiB, enough for a 1024³ float32 volume (a convention). */
export const DEFAULT_MAX_DATA_BYTES = 2 ** 32;

/** Options shared by every read. */
export interface ReadOptions {
  /** Warn with a stated fallback instead of throwing on recoverable problems. Default false. */
  permissive?: boolean;
  /** Sign of mode-0 bytes. Default `auto`. */
  mode0Sign?: Mode0Sign;
  /**
   * Largest decoded data array a whole read may allocate, in bytes, and largest extended header
   * (NSYMBT bytes) any read keeps in memory. Default 2³² (4 GiB). gzip and bzip2 input, which is
   * decompressed into memory, fails with `DATA_TOO_LARGE` before a larger block or extended
   * header is inflated. Lazy reads of uncompressed files (`openMrc`) limit only
   * `MrcReader.readData` and `MrcReader.readExtendedHeader`, so sections, slices and statistics
   * of a file of any size can be read.
   */
  maxDataBytes?: number;
  /** Called with each warning as it is found, in addition to the returned list. */
  onWarning?: (warning: import("./problems.js").MrcWarning) => void;
  /** File name used in messages. */
  fileName?: string;
}

/** Layout of a file: positions of the extended header and data, and how to decode them. */
export interface MrcLayout {
  header: MrcHeader;
  littleEndian: boolean;
  /** File size in bytes, after decompression. */
  fileBytes: number;
  /** The mode when it is known, otherwise null and data cannot be decoded. */
  mode: MrcMode | null;
  kind: MrcKind;
  /** Shape of the data array in file order, with a trailing axis of 2 (complex) or 3 (RGB); null when no shape exists. */
  shape: number[] | null;
  /** Voxel size in Å along X, Y, Z: CELLA / M, or 1.0 where that is undefined. */
  voxelSize: Vec3;
  voxelSizeDefined: [boolean, boolean, boolean];
  /** MAPC, MAPR, MAPS used for axis helpers: the stored values, or 1, 2, 3 when they are invalid. */
  axisMapping: [number, number, number];
  /** Mode-0 sign decision; null for other modes. */
  mode0: { signed: boolean; rule: Mode0Rule } | null;
  /** Byte offset of the data block, or null when NSYMBT is negative. */
  dataOffset: number | null;
  /** Size of the data block in bytes from the header (a bigint, since headers can claim anything). */
  dataBytes: bigint;
  /** The extended header lies inside the file. */
  extendedHeaderReadable: boolean;
  /** The data block can be read: mode known, shape exists, within the file and within `maxDataBytes`. */
  dataReadable: boolean;
  /** The header is plausible in the chosen byte order. */
  plausible: boolean;
}

function isPermutation(values: readonly number[]): boolean {
  return [...values].sort().join() === "1,2,3";
}

/** Decides the sign of mode-0 bytes from the header alone, so that lazy and full reads agree. */
export function decideMode0Sign(header: MrcHeader, option: Mode0Sign = "auto"): { signed: boolean; rule: Mode0Rule } {
  if (option !== "auto") return { signed: option === "signed", rule: "option" };
  if (header.imodStamp === IMOD_STAMP) return { signed: (header.imodFlags & 1) !== 0, rule: "imodFlag" };
  const { dmin, dmax } = header;
  // Convention: statistics that only unsigned bytes can produce mean unsigned bytes.
  if (Number.isFinite(dmin) && Number.isFinite(dmax) && dmin >= 0 && dmin <= dmax && dmax > 127 && dmax <= 255) {
    return { signed: false, rule: "statistics" };
  }
  return { signed: true, rule: "default" };
}

/** Returns the voxel size CELLA / M per axis, with 1.0 Å where M ≤ 0 or CELLA is not a finite positive number. */
export function voxelSizeOf(header: MrcHeader): { size: Vec3; defined: [boolean, boolean, boolean] } {
  const samples = [header.mx, header.my, header.mz];
  const size: Vec3 = [1, 1, 1];
  const defined: [boolean, boolean, boolean] = [false, false, false];
  for (let axis = 0; axis < 3; axis++) {
    const cell = header.cella[axis]!;
    const m = samples[axis]!;
    if (m > 0 && Number.isFinite(cell) && cell > 0) {
      size[axis] = cell / m;
      defined[axis] = true;
    }
  }
  return { size, defined };
}

/** Classifies the data by ISPG and NZ, as mrcfile does. */
export function kindOf(header: MrcHeader): MrcKind {
  if (header.ispg >= 401 && header.ispg <= 630) return "volumeStack";
  if (header.ispg === 0) return header.nz === 1 ? "image" : "imageStack";
  return "volume";
}

const AXIS_NAMES = ["X", "Y", "Z"];

/**
 * Decodes the main header in `headerBytes` (at least 1024 bytes) and checks it against a file of
 * `fileBytes` bytes. Runs checks 2-8 and 12 through `log`, which throws in strict mode. A
 * `headerOnly` read reads no data, so a data block cut short by the end of the file is recorded
 * as a check-7 error without throwing, as mrcfile's `header_only` open reads such a file. A short
 * extended header still throws, because header-only reads return it.
 */
export function interpretHeader(headerBytes: Uint8Array, fileBytes: number, options: ReadOptions, log: ProblemLog, headerOnly = false): MrcLayout {
  checkReadOptions(options);
  // Check 2: the map ID. "MAP" with another fourth byte (MotionCor2 writes "MAP\0") is readable.
  const mapId = String.fromCharCode(...headerBytes.subarray(208, 212));
  if (!mapId.startsWith("MAP")) {
    log.fail(
      { check: 2, code: "NOT_MRC", field: "MAP", value: mapId, message: `Map ID at bytes 208-211 is ${JSON.stringify(mapId)}, not "MAP ": this is not an MRC file, or its header is corrupt.${foreignFormatHint(headerBytes)}` },
      "Reading the header anyway.",
    );
  } else if (mapId !== "MAP ") {
    log.warn({ check: 2, code: "NONSTANDARD_MAP_ID", field: "MAP", value: mapId, message: `Map ID is ${JSON.stringify(mapId)}; MRC2014 requires "MAP " with a trailing space.` });
  }

  const order = detectByteOrder(headerBytes, fileBytes, log);
  const header = decodeHeader(headerBytes, order.littleEndian);
  const { nx, ny, nz } = header;

  // Check 4: the mode.
  let mode: MrcMode | null = null;
  if (isKnownMode(header.mode)) {
    mode = header.mode;
    if (mode === 16) {
      log.warn({ check: 4, code: "NONSTANDARD_MODE", field: "MODE", value: 16, message: "MODE 16 (RGB) is an IMOD extension, not MRC2014." });
    }
  } else {
    log.fail(
      {
        check: 4,
        code: "UNKNOWN_MODE",
        field: "MODE",
        value: header.mode,
        message: `Unknown MODE ${header.mode}: expected 0, 1, 2, 3, 4, 6, 12 or 101 (or IMOD's 16). The file is corrupt, or its byte order is wrong.`,
      },
      "Returning the header and extended header; data is null.",
    );
  }

  // Check 5: dimensions, sampling and cell.
  let shapeExists = true;
  for (const [field, value] of [["NX", nx], ["NY", ny], ["NZ", nz]] as const) {
    if (value < 0) {
      shapeExists = false;
      log.fail({ check: 5, code: "INVALID_DIMENSIONS", field, value, message: `${field} is ${value}; the number of columns, rows and sections must not be negative.` }, "No data shape exists; data is null.");
    } else if (value === 0) {
      log.warn({ check: 5, code: "ZERO_DIMENSION", field, value, message: `${field} is 0, so the file contains no voxels.` }, "Data is an empty array.");
    }
  }
  const samples = [header.mx, header.my, header.mz];
  for (let axis = 0; axis < 3; axis++) {
    const m = samples[axis]!;
    const cell = header.cella[axis]!;
    const name = AXIS_NAMES[axis]!;
    if (m < 0) {
      log.fail({ check: 5, code: "INVALID_DIMENSIONS", field: `M${name}`, value: m, message: `M${name} is ${m}; the sampling along cell axis ${name} must not be negative.` }, `Voxel size along ${name} is reported as 1.0 Å.`);
    } else if (cell < 0) {
      log.fail({ check: 5, code: "INVALID_DIMENSIONS", field: `CELLA.${name.toLowerCase()}`, value: cell, message: `CELLA.${name.toLowerCase()} is ${cell} Å; cell lengths must not be negative.` }, `Voxel size along ${name} is reported as 1.0 Å.`);
    } else if (!(m > 0 && Number.isFinite(cell) && cell > 0)) {
      log.warn(
        { check: 5, code: "UNDEFINED_VOXEL_SIZE", field: m > 0 ? `CELLA.${name.toLowerCase()}` : `M${name}`, value: m > 0 ? cell : m, message: `Voxel size along ${name} is undefined (M${name} = ${m}, CELLA.${name.toLowerCase()} = ${cell} Å); set CELLA = voxel size × M${name}.` },
        `Reporting 1.0 Å along ${name}.`,
      );
    }
  }

  // Check 6: the axis mapping.
  const stored: [number, number, number] = [header.mapc, header.mapr, header.maps];
  let axisMapping = stored;
  if (!isPermutation(stored)) {
    axisMapping = [1, 2, 3];
    log.fail(
      { check: 6, code: "INVALID_AXIS_MAPPING", field: "MAPC/MAPR/MAPS", value: stored, message: `MAPC, MAPR, MAPS are ${stored.join(", ")}; they must be a permutation of 1, 2, 3.` },
      "Axis helpers use 1, 2, 3; the stored values stay in the header.",
    );
  }

  // Check 8: the extended header length and type.
  const nsymbt = header.nsymbt;
  let dataOffset: number | null = HEADER_BYTES + nsymbt;
  if (nsymbt < 0) {
    dataOffset = null;
    log.fail({ check: 8, code: "INVALID_EXTENDED_HEADER", field: "NSYMBT", value: nsymbt, message: `NSYMBT is ${nsymbt}; the extended header length must not be negative.` }, "The data offset is unknown; the extended header and data are null.");
  } else if (nsymbt > 0 && !(KNOWN_EXTTYPS as readonly string[]).includes(header.exttyp)) {
    log.warn({ check: 8, code: "MISSING_EXTTYP", field: "EXTTYP", value: header.exttyp, message: `NSYMBT is ${nsymbt} but EXTTYP ${JSON.stringify(header.exttyp)} is not one of ${KNOWN_EXTTYPS.join(", ")}.` }, "The extended header is kept as bytes.");
  }

  // Check 12: volume stacks.
  let kind = kindOf(header);
  if (kind === "volumeStack" && !(header.mz > 0 && nz % header.mz === 0)) {
    kind = "volume";
    log.fail(
      { check: 12, code: "INVALID_VOLUME_STACK", field: "MZ", value: header.mz, message: `ISPG ${header.ispg} marks a volume stack, but MZ is ${header.mz} and NZ is ${nz}; NZ must be a positive multiple of MZ.` },
      "Reading the data as a plain 3-D stack.",
    );
  }

  // Check 7: the file size, computed as a bigint before anything is allocated.
  const dataBytes = mode === null || !shapeExists ? 0n : dataBlockBytes(mode, nx, ny, nz);
  let extendedHeaderReadable = dataOffset !== null;
  let dataReadable = dataOffset !== null && mode !== null && shapeExists && order.plausible;
  if (dataOffset !== null) {
    const size = BigInt(fileBytes);
    if (BigInt(dataOffset) > size) {
      extendedHeaderReadable = false;
      dataReadable = false;
      log.fail(
        { check: 7, code: "FILE_SIZE_MISMATCH", field: "NSYMBT", value: nsymbt, message: `File is ${fileBytes} bytes, shorter than the ${HEADER_BYTES}-byte header plus the ${nsymbt}-byte extended header that NSYMBT declares.` },
        "The extended header and data are null.",
      );
    } else if (mode !== null && shapeExists) {
      const expected = BigInt(dataOffset) + dataBytes;
      if (expected > size) {
        dataReadable = false;
        const problem: MrcProblem = { check: 7, code: "FILE_SIZE_MISMATCH", field: "file size", value: fileBytes, message: `File is ${fileBytes} bytes, but the header describes ${expected} bytes (${dataOffset} before the data, ${dataBytes} of data); the file is truncated or the header is wrong.` };
        if (headerOnly) log.record({ ...problem, severity: "error", fallback: "Data is null." });
        else log.fail(problem, "Data is null.");
      } else if (expected < size) {
        log.warn({ check: 7, code: "FILE_TOO_LONG", field: "file size", value: fileBytes, message: `File is ${size - expected} bytes larger than expected (${fileBytes} bytes, header describes ${expected}).` }, "The extra bytes are ignored.");
      }
    }
  }

  const maxDataBytes = options.maxDataBytes ?? DEFAULT_MAX_DATA_BYTES;
  const decodedBytes = mode === null ? 0n : decodedDataBytes(mode, dataBytes);
  if (dataReadable && Number(decodedBytes) > maxDataBytes) {
    dataReadable = false;
    log.fail(dataTooLargeProblem(decodedBytes, maxDataBytes), "Data is null.");
  }

  const { size: voxelSize, defined: voxelSizeDefined } = voxelSizeOf(header);
  return {
    header,
    littleEndian: order.littleEndian,
    fileBytes,
    mode,
    kind,
    shape: mode === null || !shapeExists ? null : dataShapeOf(header, kind, mode),
    voxelSize,
    voxelSizeDefined,
    axisMapping,
    mode0: mode === 0 ? decideMode0Sign(header, options.mode0Sign) : null,
    dataOffset,
    dataBytes,
    extendedHeaderReadable,
    dataReadable,
    plausible: order.plausible,
  };
}

/** Returns the size in bytes of the decoded data array: modes 12 and 101 decode to twice their stored size (float32 from float16, a byte per nibble). */
export function decodedDataBytes(mode: MrcMode, dataBytes: bigint): bigint {
  return mode === 12 || mode === 101 ? dataBytes * 2n : dataBytes;
}

/** Returns the problem of a whole read whose decoded data array would exceed `maxDataBytes`. */
export function dataTooLargeProblem(decodedBytes: bigint, maxDataBytes: number): MrcProblem {
  return {
    check: 0,
    code: "DATA_TOO_LARGE",
    field: "data",
    value: Number(decodedBytes),
    message: `Data needs ${decodedBytes} bytes, more than maxDataBytes (${maxDataBytes}). Raise maxDataBytes (the mrc CLI's --max-data-bytes); for an uncompressed file, openMrc reads sections, slices and statistics without this limit.`,
  };
}

/**
 * Returns the problem of a read that would keep an extended header of `extendedBytes` (NSYMBT)
 * bytes, more than `maxDataBytes`, in memory. `alternative` completes the advice after "Raise
 * maxDataBytes", such as a reader that leaves the extended header unread.
 */
export function extendedHeaderTooLargeProblem(extendedBytes: number, maxDataBytes: number, alternative = ""): MrcProblem {
  return {
    check: 0,
    code: "DATA_TOO_LARGE",
    field: "NSYMBT",
    value: extendedBytes,
    message: `NSYMBT declares a ${extendedBytes}-byte extended header, more than maxDataBytes (${maxDataBytes}), which limits the extended header a read keeps in memory as well as the data. Raise maxDataBytes (the mrc CLI's --max-data-bytes)${alternative}.`,
  };
}

/** Returns the array shape in file order for a kind, with a trailing component axis for modes 3, 4 and 16. */
export function dataShapeOf(header: MrcHeader, kind: MrcKind, mode: MrcMode): number[] {
  const { nx, ny, nz, mz } = header;
  let shape: number[];
  if (kind === "image") shape = [ny, nx];
  else if (kind === "volumeStack") shape = [nz / mz, mz, ny, nx];
  else shape = [nz, ny, nx];
  const components = modeInfo(mode).components;
  return components === 1 ? shape : [...shape, components];
}
