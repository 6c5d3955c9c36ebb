import { open, type FileHandle } from "node:fs/promises";

import { detectCompression, gzip, type Compression } from "../compression.js";
import { checkBooleanOption } from "../boolean-option.js";
import { MrcError } from "../errors.js";
import { cloneHeader, encodeHeader, HEADER_BYTES, type MrcHeader } from "../header.js";
import { checkEncodable, checkHeaderChange, checkReadable } from "../header-checks.js";
import { openMrc, type MrcReader, type OpenMrcOptions } from "../lazy-reader.js";
import { ProblemLog } from "../problems.js";
import { dataBlockRange, extendedHeaderRange, finishMrcRead, readMrc, startMrcRead, type MrcFile, type ReadMrcOptions } from "../reader.js";
import { encodeMrc, type EncodedMrc, type MrcWriteInput } from "../writer.js";
import { interpretHeader } from "../layout.js";
import { pathExists, replaceFile, requireOutputPath, requireRegularFileOrAbsent, writeFileAtomic } from "./atomic.js";
import { FileSource } from "./file-source.js";
import { readExactlyAt } from "./positioned-read.js";

/**
 * Reads a whole MRC file (plain, gzip or bzip2) from disk, with the checks and result of
 * {@link readMrc}. An uncompressed file is read part by part. The main header is checked against
 * the file size and `maxDataBytes` before anything else is allocated. The data block is then read
 * into a buffer of its own with several reads at once, so the data always owns its memory, for
 * either byte order and any extended header length. Compressed files are read whole and
 * decompressed in memory.
 */
export async function readMrcFile(path: string, options: ReadMrcOptions = {}): Promise<MrcFile> {
  const handle = await openForReading(path);
  try {
    const size = (await handle.stat()).size;
    const head = new Uint8Array(Math.min(size, HEADER_BYTES));
    await readExactlyAt(handle, head, 0, path);
    if (head.length < HEADER_BYTES || detectCompression(head) !== "none") {
      return readMrc(await readAll(handle, size, path), { fileName: path, ...options });
    }
    return await readParts(handle, head, size, path, { fileName: path, ...options });
  } finally {
    await handle.close();
  }
}

/** Reads the extended header and data block that the main header `head` describes. */
async function readParts(handle: FileHandle, head: Uint8Array, size: number, path: string, options: ReadMrcOptions): Promise<MrcFile> {
  const started = startMrcRead(head, size, options);
  const extendedRange = extendedHeaderRange(started.layout);
  const dataRange = dataBlockRange(started.layout, options);
  const extendedHeader = extendedRange === null ? null : new Uint8Array(extendedRange.length);
  if (extendedRange !== null) await readExactlyAt(handle, extendedHeader!, extendedRange.offset, path);
  let dataBlock: Uint8Array | null = null;
  if (dataRange !== null) {
    dataBlock = allocate(dataRange.length, path);
    await readExactlyAt(handle, dataBlock, dataRange.offset, path);
  }
  return finishMrcRead(started, { compression: "none", extendedHeader, dataBlock, copy: false, inPlace: true });
}

/** Reads the bytes of a file, for {@link validateMrc} and other functions that take bytes. */
export async function readBytes(path: string): Promise<Uint8Array<ArrayBuffer>> {
  const handle = await openForReading(path);
  try {
    return await readAll(handle, (await handle.stat()).size, path);
  } finally {
    await handle.close();
  }
}

async function openForReading(path: string): Promise<FileHandle> {
  try {
    return await open(path, "r");
  } catch (error) {
    throw new MrcError("READ_FAILED", `Cannot read ${path}: ${(error as Error).message}`, { field: "path", value: path, file: path, cause: error });
  }
}

async function readAll(handle: FileHandle, size: number, path: string): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = allocate(size, path);
  await readExactlyAt(handle, bytes, 0, path);
  return bytes;
}

/** Allocates zeroed bytes, turning an allocation failure into `DATA_TOO_LARGE`. */
function allocate(length: number, path: string): Uint8Array<ArrayBuffer> {
  try {
    return new Uint8Array(length);
  } catch (error) {
    throw new MrcError("DATA_TOO_LARGE", `Cannot allocate ${length} bytes to read ${path} (${(error as Error).message}). Read sections, slices or sub-volumes with openMrcFile instead.`, {
      field: "data",
      value: length,
      file: path,
      cause: error,
    });
  }
}

/** Opens an MRC file lazily through a file handle; see {@link openMrc}. Close the reader when done. */
export async function openMrcFile(path: string, options: OpenMrcOptions = {}): Promise<MrcReader> {
  const source = await FileSource.open(path);
  try {
    return await openMrc(source, { fileName: path, ...options });
  } catch (error) {
    await source.close();
    throw error;
  }
}

/** Options of {@link writeMrcFile}. */
export interface WriteMrcFileOptions {
  /** Replace an existing file. Default false: an existing file is an error. */
  overwrite?: boolean;
  /** Compression; default from the name: `.gz` gives gzip, anything else none. bzip2 output is not offered. */
  compression?: Exclude<Compression, "bzip2">;
}

/**
 * Writes an MRC file through a temporary file and a rename, so a failed write leaves any existing
 * file unchanged. Without `overwrite`, a file that another process creates at `path` during the
 * write is kept too, and the write fails with `WRITE_FAILED`. With `overwrite`, a symbolic link at `path` is written through (the link stays
 * and its target is replaced) and a replaced file keeps its permission bits. A missing directory
 * is a `WRITE_FAILED` error, never created. Returns what {@link encodeMrc} returns.
 */
export async function writeMrcFile(path: string, input: MrcWriteInput, options: WriteMrcFileOptions = {}): Promise<EncodedMrc> {
  requireOutputPath(path, 'a file name, such as "map.mrc"');
  checkBooleanOption("overwrite", options.overwrite);
  await requireRegularFileOrAbsent(path);
  if (!options.overwrite && (await pathExists(path))) {
    throw new MrcError("WRITE_FAILED", `${path} already exists: pass overwrite: true to replace it.`, { field: "path", value: path, file: path });
  }
  if (/\.bz2$/i.test(path) && options.compression === undefined) {
    throw new MrcError("INVALID_ARGUMENT", `Cannot write ${path}: bzip2 output is not supported. Write .mrc or .mrc.gz instead.`, { field: "compression", value: "bzip2", file: path });
  }
  const encoded = encodeMrc(input);
  const compression = options.compression ?? (/\.gz$/i.test(path) ? "gzip" : "none");
  await writeFileAtomic(path, compression === "gzip" ? gzip(encoded.bytes) : encoded.bytes, { overwrite: options.overwrite ?? false });
  return encoded;
}

/**
 * Updates the main header of an uncompressed MRC file in place: reads it, calls `update`, and
 * writes the 1024 bytes back in the file's byte order. The update may not change the data layout
 * (NX, NY, NZ, MODE, NSYMBT), because the data block stays where it is. These updates are
 * rejected with `INVALID_ARGUMENT` naming the field:
 * - a header that a strict read rejects, such as MAPC, MAPR, MAPS not a permutation of 1, 2, 3;
 * - MAP changed to anything but `"MAP "`, or a machine stamp changed to one that does not mark
 *   the file's byte order;
 * - text that would be cut: a label over 80 characters, more than 10 labels, MAP or EXTTYP over
 *   4 characters;
 * - numbers that their header word would change: a fraction or a value beyond the integer range
 *   in an int32 or int16 word, a finite value beyond float32's range in a float32 word.
 */
export async function updateMrcHeader(path: string, update: (header: MrcHeader) => void): Promise<MrcHeader> {
  const handle = await open(path, "r+").catch((error: unknown) => {
    throw openForUpdateError(path, error);
  });
  try {
    const size = (await handle.stat()).size;
    const bytes = new Uint8Array(HEADER_BYTES);
    await handle.read(bytes, 0, HEADER_BYTES, 0).catch((error: unknown) => {
      throw new MrcError("READ_FAILED", `Cannot read the header of ${path}: ${(error as Error).message}. An update needs a regular MRC file, not a pipe or device.`, { field: "path", value: path, file: path, cause: error });
    });
    if (size < HEADER_BYTES || (bytes[0] === 0x1f && bytes[1] === 0x8b) || (bytes[0] === 0x42 && bytes[1] === 0x5a && bytes[2] === 0x68)) {
      throw new MrcError("INVALID_ARGUMENT", `Cannot update ${path} in place: it is compressed or shorter than 1024 bytes. Read it and write a new file instead.`, { field: "path", value: path, file: path });
    }
    const layout = interpretHeader(bytes, size, { fileName: path, maxDataBytes: Number.POSITIVE_INFINITY }, new ProblemLog(false, undefined, path));
    const header = layout.header;
    const original = cloneHeader(header);
    const before = [header.nx, header.ny, header.nz, header.mode, header.nsymbt];
    update(header);
    const after = [header.nx, header.ny, header.nz, header.mode, header.nsymbt];
    if (before.join() !== after.join()) {
      throw new MrcError("INVALID_ARGUMENT", `Cannot change NX, NY, NZ, MODE or NSYMBT in place (${before.join(", ")} → ${after.join(", ")}): rewrite the file with writeMrcFile.`, { field: "header", value: after, file: path });
    }
    checkEncodable(header, path);
    checkHeaderChange(original, header, layout.littleEndian, path);
    checkReadable(header, layout.littleEndian, size, path);
    await writeHeaderInPlace(handle, encodeHeader(header, layout.littleEndian), path);
    return header;
  } finally {
    await handle.close();
  }
}

/**
 * Maps a failed `open(path, "r+")` to `WRITE_FAILED` when the file may not be written (read-only
 * file or file system), and to `READ_FAILED` otherwise, as for a missing file.
 */
function openForUpdateError(path: string, error: unknown): MrcError {
  const code = (error as NodeJS.ErrnoException).code;
  const message = (error as Error).message;
  const options = { field: "path", value: path, file: path, cause: error };
  if (code === "EROFS") {
    return new MrcError("WRITE_FAILED", `Cannot update ${path}: it is on a read-only file system (${message}). Write a copy elsewhere with writeMrcFile.`, options);
  }
  if (code === "EACCES" || code === "EPERM") {
    return new MrcError(
      "WRITE_FAILED",
      `Cannot update ${path}: permission denied (${message}). An update reads and writes the file, so it needs read and write permission on the file and search permission on its directories; or write a copy with writeMrcFile.`,
      options,
    );
  }
  return new MrcError("READ_FAILED", `Cannot open ${path} for update: ${message}`, options);
}

/** Writes the 1024 header bytes at offset 0 and flushes them, as `WRITE_FAILED` on failure. */
async function writeHeaderInPlace(handle: FileHandle, encoded: Uint8Array, path: string): Promise<void> {
  try {
    await handle.write(encoded, 0, HEADER_BYTES, 0);
    await handle.sync();
  } catch (error) {
    throw new MrcError("WRITE_FAILED", `Writing the header of ${path} failed: ${(error as Error).message}. The data block is unchanged, and the header may be partly written.`, { field: "path", value: path, file: path, cause: error });
  }
}

/** Rewrites a whole MRC file atomically from bytes already encoded, such as a converted copy. */
export async function replaceMrcFile(path: string, bytes: Uint8Array): Promise<void> {
  requireOutputPath(path, 'a file name, such as "map.mrc"');
  await writeFileAtomic(path, bytes);
}

export { replaceFile };
