import { open, readFile } from "node:fs/promises";

import { gzip, type Compression } from "../compression.js";
import { MrcError } from "../errors.js";
import { encodeHeader, HEADER_BYTES, type MrcHeader } from "../header.js";
import { openMrc, type MrcReader, type OpenMrcOptions } from "../lazy-reader.js";
import { ProblemLog } from "../problems.js";
import { readMrc, type MrcFile, type ReadMrcOptions } from "../reader.js";
import { encodeMrc, type EncodedMrc, type MrcWriteInput } from "../writer.js";
import { interpretHeader } from "../layout.js";
import { replaceFile, writeFileAtomic } from "./atomic.js";
import { FileSource } from "./file-source.js";

async function readWhole(path: string): Promise<Uint8Array> {
  try {
    const buffer = await readFile(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    throw new MrcError("READ_FAILED", `Cannot read ${path}: ${(error as Error).message}`, { field: "path", value: path, file: path, cause: error });
  }
}

/** Reads a whole MRC file (plain, gzip or bzip2) from disk; see {@link readMrc}. */
export async function readMrcFile(path: string, options: ReadMrcOptions = {}): Promise<MrcFile> {
  return readMrc(await readWhole(path), { fileName: path, ...options });
}

/** Reads the bytes of a file, for {@link validateMrc} and other functions that take bytes. */
export async function readBytes(path: string): Promise<Uint8Array> {
  return readWhole(path);
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
 * file unchanged. Returns what {@link encodeMrc} returns.
 */
export async function writeMrcFile(path: string, input: MrcWriteInput, options: WriteMrcFileOptions = {}): Promise<EncodedMrc> {
  if (!options.overwrite && (await exists(path))) {
    throw new MrcError("WRITE_FAILED", `${path} already exists: pass overwrite: true (the CLI's --force) to replace it.`, { field: "path", value: path, file: path });
  }
  if (/\.bz2$/i.test(path) && options.compression === undefined) {
    throw new MrcError("INVALID_ARGUMENT", `Cannot write ${path}: bzip2 output is not supported. Write .mrc or .mrc.gz instead.`, { field: "compression", value: "bzip2", file: path });
  }
  const encoded = encodeMrc(input);
  const compression = options.compression ?? (/\.gz$/i.test(path) ? "gzip" : "none");
  await writeFileAtomic(path, compression === "gzip" ? gzip(encoded.bytes) : encoded.bytes);
  return encoded;
}

async function exists(path: string): Promise<boolean> {
  try {
    await (await open(path, "r")).close();
    return true;
  } catch {
    return false;
  }
}

/**
 * Updates the main header of an uncompressed MRC file in place: reads it, calls `update`, and
 * writes the 1024 bytes back in the file's byte order. The update may not change the data layout
 * (NX, NY, NZ, MODE, NSYMBT), because the data block stays where it is.
 */
export async function updateMrcHeader(path: string, update: (header: MrcHeader) => void): Promise<MrcHeader> {
  const handle = await open(path, "r+").catch((error: unknown) => {
    throw new MrcError("READ_FAILED", `Cannot open ${path} for update: ${(error as Error).message}`, { field: "path", value: path, file: path, cause: error });
  });
  try {
    const size = (await handle.stat()).size;
    const bytes = new Uint8Array(HEADER_BYTES);
    await handle.read(bytes, 0, HEADER_BYTES, 0);
    if (size < HEADER_BYTES || (bytes[0] === 0x1f && bytes[1] === 0x8b) || (bytes[0] === 0x42 && bytes[1] === 0x5a && bytes[2] === 0x68)) {
      throw new MrcError("INVALID_ARGUMENT", `Cannot update ${path} in place: it is compressed or shorter than 1024 bytes. Read it and write a new file instead.`, { field: "path", value: path, file: path });
    }
    const layout = interpretHeader(bytes, size, { fileName: path }, new ProblemLog(false, undefined, path));
    const header = layout.header;
    const before = [header.nx, header.ny, header.nz, header.mode, header.nsymbt];
    update(header);
    const after = [header.nx, header.ny, header.nz, header.mode, header.nsymbt];
    if (before.join() !== after.join()) {
      throw new MrcError("INVALID_ARGUMENT", `Cannot change NX, NY, NZ, MODE or NSYMBT in place (${before.join(", ")} → ${after.join(", ")}): rewrite the file with writeMrcFile.`, { field: "header", value: after, file: path });
    }
    await handle.write(encodeHeader(header, layout.littleEndian), 0, HEADER_BYTES, 0);
    await handle.sync();
    return header;
  } finally {
    await handle.close();
  }
}

/** Rewrites a whole MRC file atomically from bytes already encoded, such as a converted copy. */
export async function replaceMrcFile(path: string, bytes: Uint8Array): Promise<void> {
  await writeFileAtomic(path, bytes);
}

export { replaceFile };
