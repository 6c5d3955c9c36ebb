// Reading a whole MRC file held in memory: Uint8Array, ArrayBuffer or Blob.
import type { ByteRange } from "./byte-source.js";
import { inflateMrc } from "./compressed-mrc.js";
import { detectCompression, type Compression } from "./compression.js";
import { copyBytes } from "./copy-bytes.js";
import { MrcError } from "./errors.js";
import { decodeFeiExtendedHeader, type FeiExtendedHeader } from "./extended-header.js";
import { foreignFormatHint } from "./file-signature.js";
import { HEADER_BYTES } from "./header.js";
import { DEFAULT_MAX_DATA_BYTES, extendedHeaderTooLargeProblem, interpretHeader, type MrcLayout, type ReadOptions } from "./layout.js";
import { ProblemLog, toError, type MrcWarning } from "./problems.js";
import { decodeVoxels, type MrcData } from "./voxels.js";

/** Options of {@link readMrc}. */
export interface ReadMrcOptions extends ReadOptions {
  /**
   * Read the header and extended header only, as mrcfile's `header_only`. No data is
   * allocated, so `maxDataBytes` does not limit the data block, and a gzip or bzip2 file is
   * decompressed only up to the first byte of its data block. A data block cut short by the end
   * of the file is listed in `warnings` (check 7) instead of thrown. `maxDataBytes` still limits
   * the extended header. Default false.
   */
  headerOnly?: boolean;
  /** Copy the data block even when the data could be a view of the input bytes. Default false. */
  copy?: boolean;
}

/** An MRC file read into memory. */
export interface MrcFile extends MrcLayout {
  compression: Compression;
  /** Extended header bytes, or null when NSYMBT is negative or the file is too short for them. */
  extendedHeader: Uint8Array<ArrayBuffer> | null;
  /** The decoded FEI1 or FEI2 extended header, or null for other types and invalid blocks. */
  fei: FeiExtendedHeader | null;
  /**
   * Voxel values in file order with {@link MrcLayout.shape}; null when the mode is unknown, no shape
   * exists, the file is too short, the block exceeds `maxDataBytes` or the read was header-only.
   * Little-endian data may be a view of the input bytes (set `copy` for a separate buffer).
   */
  data: MrcData | null;
  /** Problems that the read tolerated, each with its fallback. */
  warnings: MrcWarning[];
}

function toBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

/** Throws check 1 (both modes): a file shorter than the 1024-byte main header. */
export function checkHeaderLength(bytes: Uint8Array, fileName?: string): void {
  if (bytes.length >= HEADER_BYTES) return;
  const where = fileName === undefined ? "" : `${fileName}: `;
  throw new MrcError("FILE_TOO_SHORT", `${where}File is ${bytes.length} bytes, shorter than the ${HEADER_BYTES}-byte MRC header, so it is not an MRC file.${foreignFormatHint(bytes)}`, {
    field: "file size",
    value: bytes.length,
    check: 1,
    file: fileName,
  });
}

/**
 * Reads an MRC file from its bytes. gzip and bzip2 files are detected by magic bytes and
 * decompressed first. A strict read (the default) throws an {@link MrcError} for the problems the
 * validation checks mark as errors; `permissive: true` returns what can be read, with warnings.
 *
 * @example
 * const mrc = readMrc(bytes);
 * mrc.shape; // [nz, ny, nx]
 * mrc.data;  // Float32Array for mode 2
 */
export function readMrc(input: Uint8Array | ArrayBuffer, options: ReadMrcOptions = {}): MrcFile {
  const bytes = toBytes(input);
  const compression = detectCompression(bytes);
  if (compression !== "none") return readCompressedMrc(bytes, compression, options);
  checkHeaderLength(bytes, options.fileName);
  const started = startMrcRead(bytes, bytes.length, options);
  const extendedRange = extendedHeaderRange(started.layout);
  const dataRange = dataBlockRange(started.layout, options);
  return finishMrcRead(started, {
    compression,
    extendedHeader: extendedRange === null ? null : copyBytes(bytes, extendedRange.offset, extendedRange.offset + extendedRange.length),
    dataBlock: dataRange === null ? null : bytes.subarray(dataRange.offset, dataRange.offset + dataRange.length),
    copy: options.copy ?? false,
    inPlace: false,
  });
}

/**
 * Reads a gzip or bzip2 file: decompresses the parts its header describes (see
 * {@link inflateMrc}) and decodes them. The data block belongs to this read, so it is decoded in place.
 */
function readCompressedMrc(bytes: Uint8Array, compression: Exclude<Compression, "none">, options: ReadMrcOptions): MrcFile {
  const log = new ProblemLog(options.permissive ?? false, options.onWarning, options.fileName);
  const source = inflateMrc(bytes, compression, options, log, !options.headerOnly);
  const head = source.readNow(0, HEADER_BYTES);
  checkHeaderLength(head, options.fileName);
  const started = startMrcRead(head, source.size, options, log);
  const extendedRange = extendedHeaderRange(started.layout);
  const dataRange = dataBlockRange(started.layout, options);
  return finishMrcRead(started, {
    compression,
    extendedHeader: extendedRange === null ? null : copyBytes(source.readNow(extendedRange.offset, extendedRange.length)),
    dataBlock: dataRange === null ? null : source.readNow(dataRange.offset, dataRange.length),
    copy: false,
    inPlace: true,
  });
}

/** The state of a whole read after its main header: the layout and the log that collects warnings. */
export interface StartedMrcRead {
  layout: MrcLayout;
  log: ProblemLog;
}

/**
 * Starts a whole read: interprets the 1024-byte main header `head` against the file size. A strict
 * read throws here for a bad header, a size mismatch or data beyond `maxDataBytes`, so callers can
 * check before they allocate memory for the data. A header-only read allocates no data, so
 * `maxDataBytes` does not limit its data block. Every whole read keeps the extended header, so
 * strict and permissive reads both throw `DATA_TOO_LARGE` when NSYMBT exceeds `maxDataBytes`, as
 * gzip and bzip2 input does before decompressing it.
 */
export function startMrcRead(head: Uint8Array, fileBytes: number, options: ReadMrcOptions, log = new ProblemLog(options.permissive ?? false, options.onWarning, options.fileName)): StartedMrcRead {
  const headerOptions = options.headerOnly ? { ...options, maxDataBytes: Number.POSITIVE_INFINITY } : options;
  const layout = interpretHeader(head, fileBytes, headerOptions, log, options.headerOnly ?? false);
  const maxDataBytes = options.maxDataBytes ?? DEFAULT_MAX_DATA_BYTES;
  // A sparse file can declare up to 2 GiB of extended header at no cost on disk.
  if (layout.extendedHeaderReadable && layout.header.nsymbt > maxDataBytes) {
    throw toError(extendedHeaderTooLargeProblem(layout.header.nsymbt, maxDataBytes, ", or open the file with openMrc, which reads the header and data of an uncompressed file without its extended header"), options.fileName);
  }
  return { layout, log };
}

/** Returns the byte range of the extended header (empty when NSYMBT is 0), or null when it cannot be read. */
export function extendedHeaderRange(layout: MrcLayout): ByteRange | null {
  if (!layout.extendedHeaderReadable || layout.dataOffset === null) return null;
  return { offset: HEADER_BYTES, length: layout.dataOffset - HEADER_BYTES };
}

/** Returns the byte range of the data block to decode, or null when the read returns no data. */
export function dataBlockRange(layout: MrcLayout, options: ReadMrcOptions): ByteRange | null {
  if (options.headerOnly || !layout.dataReadable || layout.dataOffset === null || layout.mode === null) return null;
  return { offset: layout.dataOffset, length: Number(layout.dataBytes) };
}

/** The bytes of a whole read, as returned for the ranges of {@link extendedHeaderRange} and {@link dataBlockRange}. */
export interface MrcReadParts {
  compression: Compression;
  extendedHeader: Uint8Array<ArrayBuffer> | null;
  dataBlock: Uint8Array | null;
  /** Copy the data block even when the data could be a view of it. */
  copy: boolean;
  /** The data block belongs to this read, so it may be byte-swapped in place (the `inPlace` option of {@link decodeVoxels}). */
  inPlace: boolean;
}

/** Finishes a whole read: decodes the FEI extended header and the data block into an {@link MrcFile}. */
export function finishMrcRead(started: StartedMrcRead, parts: MrcReadParts): MrcFile {
  const { layout, log } = started;
  const { extendedHeader, dataBlock } = parts;
  let fei: FeiExtendedHeader | null = null;
  if (extendedHeader !== null && (layout.header.exttyp === "FEI1" || layout.header.exttyp === "FEI2")) {
    fei = decodeFeiExtendedHeader(extendedHeader, layout.header.exttyp, layout.littleEndian, Math.max(0, layout.header.nz), log);
  }
  let data: MrcData | null = null;
  if (dataBlock !== null && layout.mode !== null) {
    data = decodeVoxels(dataBlock, {
      mode: layout.mode,
      littleEndian: layout.littleEndian,
      signedBytes: layout.mode0?.signed ?? true,
      nx: layout.header.nx,
      copy: parts.copy,
      inPlace: parts.inPlace,
    });
  }
  return { ...layout, compression: parts.compression, extendedHeader, fei, data, warnings: log.warnings };
}

/** Reads only the header and extended header of an MRC file, as mrcfile's `header_only` open. */
export function readMrcHeader(input: Uint8Array | ArrayBuffer, options: ReadOptions = {}): MrcFile {
  return readMrc(input, { ...options, headerOnly: true });
}

/** Reads an MRC file from a Blob or File (browsers and Node), like {@link readMrc}. */
export async function readMrcBlob(blob: Blob, options: ReadMrcOptions = {}): Promise<MrcFile> {
  const name = options.fileName ?? ("name" in blob && typeof blob.name === "string" ? blob.name : undefined);
  return readMrc(new Uint8Array(await blob.arrayBuffer()), { ...options, fileName: name });
}
