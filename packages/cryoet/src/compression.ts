// Whole-file gzip and bzip2, detected by magic bytes. The decoders themselves are in inflate.ts.
import { gzipSync } from "fflate";

import { withArrayBuffer } from "./copy-bytes.js";
import { MrcError } from "./errors.js";
import { GrowableBytes } from "./growable-bytes.js";
import { HEADER_BYTES } from "./header.js";
import { bunzip2Into, gunzipInto, type InflateSink } from "./inflate.js";
import { DEFAULT_MAX_DATA_BYTES } from "./layout.js";

/** Compression of a whole file. */
export type Compression = "none" | "gzip" | "bzip2";

/** Detects whole-file compression: gzip starts with 1F 8B, bzip2 with "BZh" (42 5A 68). */
export function detectCompression(bytes: Uint8Array): Compression {
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) return "gzip";
  if (bytes.length >= 3 && bytes[0] === 0x42 && bytes[1] === 0x5a && bytes[2] === 0x68) return "bzip2";
  return "none";
}

/** Options of {@link decompress}, {@link gunzip} and {@link bunzip2}. */
export interface DecompressOptions {
  /** File name used in messages. */
  fileName?: string;
  /**
   * Largest decompressed size in bytes. Decompression stops with `DATA_TOO_LARGE` once the output
   * passes it. Default: the default `maxDataBytes` (2³² bytes) plus the 1024-byte main header.
   */
  maxBytes?: number;
}

/** Default of {@link DecompressOptions.maxBytes}: the default `maxDataBytes` plus the 1024-byte main header. */
const DEFAULT_MAX_DECOMPRESSED_BYTES = DEFAULT_MAX_DATA_BYTES + HEADER_BYTES;

/**
 * Deflate expands at most about 1032:1 (a 258-byte match costs at least 2 bits), so a gzip file
 * cannot produce more than this many bytes per input byte. It bounds the first allocation.
 */
export const DEFLATE_MAX_EXPANSION = 1032;

function prefix(fileName: string | undefined): string {
  return fileName === undefined ? "" : `${fileName}: `;
}

function sizeLimitError(compression: Compression, maxBytes: number, fileName: string | undefined, cause?: unknown): MrcError {
  return new MrcError(
    "DATA_TOO_LARGE",
    `${prefix(fileName)}The ${compression} data decompresses to more than ${maxBytes} bytes, so decompression stopped. Raise maxBytes (maxDataBytes for reads, which adds the ${HEADER_BYTES}-byte header) if the file is genuine.`,
    { field: "compression", value: maxBytes, file: fileName, cause },
  );
}

/** Wraps a decoder failure as `DECOMPRESSION_FAILED`; an {@link MrcError} passes through unchanged. */
export function decompressionError(error: unknown, compression: Compression, fileName: string | undefined): MrcError {
  if (error instanceof MrcError) return error;
  return new MrcError("DECOMPRESSION_FAILED", `${prefix(fileName)}The file starts like ${compression} data but could not be decompressed (${error instanceof Error ? error.message : String(error)}); it is corrupt or truncated.`, {
    field: "compression",
    value: compression,
    file: fileName,
    cause: error,
  });
}

/** Runs the decoder of `compression` over `bytes`, passing the output to `sink`; see {@link gunzipInto} and {@link bunzip2Into}. */
export function inflateInto(bytes: Uint8Array, compression: Exclude<Compression, "none">, sink: InflateSink): boolean {
  return compression === "gzip" ? gunzipInto(bytes, sink) : bunzip2Into(bytes, sink);
}

/**
 * Returns the first capacity to allocate for the output of `bytes`: the most that deflate can
 * produce from them, or 64 MiB for bzip2, whose run-length stage has no useful bound.
 */
export function initialOutputCapacity(compressedBytes: number, compression: Exclude<Compression, "none">): number {
  return compression === "gzip" ? compressedBytes * DEFLATE_MAX_EXPANSION : 64 * 2 ** 20;
}

/** The largest first allocation of {@link decompress}; the buffer doubles from there as output arrives. */
const INITIAL_CAPACITY_CAP = 64 * 2 ** 20;

/** Returns true for the RangeError that V8 throws when an array buffer cannot be allocated or is longer than it allows. */
export function isAllocationFailure(error: unknown): boolean {
  return error instanceof RangeError && /array buffer|typed array|allocation/i.test(error.message);
}

function decompressWhole(bytes: Uint8Array, compression: Exclude<Compression, "none">, options: DecompressOptions): Uint8Array<ArrayBuffer> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_DECOMPRESSED_BYTES;
  // Typical compression ratios of maps are below 4:1; the buffer doubles from there as needed.
  const output = new GrowableBytes(maxBytes, Math.min(INITIAL_CAPACITY_CAP, Math.max(2 ** 20, bytes.length * 4)));
  let tooLarge = false;
  try {
    inflateInto(bytes, compression, (chunk) => {
      const accepted = output.append(chunk);
      tooLarge = accepted < chunk.length;
      return !tooLarge;
    });
  } catch (error) {
    // Growing past the runtime's largest typed array (2³² bytes in Node 20) is a size problem, not corruption.
    if (isAllocationFailure(error)) {
      throw new MrcError("DATA_TOO_LARGE", `${prefix(options.fileName)}The ${compression} data decompresses to more than the ${output.length} bytes that could be allocated as one array (${(error as Error).message}). Read the file with readMrc or openMrc, which keep the header and data block apart, or decompress it to disk first.`, {
        field: "compression",
        value: output.length,
        file: options.fileName,
        cause: error,
      });
    }
    throw decompressionError(error, compression, options.fileName);
  }
  if (tooLarge) throw sizeLimitError(compression, maxBytes, options.fileName);
  return output.bytes();
}

/**
 * Decompresses a whole gzip file: concatenated members are joined, and zero bytes after the last
 * member are ignored, as GNU gzip does. Memory grows with the output, never with the ISIZE trailer.
 * Throws `DATA_TOO_LARGE` once the output passes `maxBytes` and `DECOMPRESSION_FAILED` for
 * corrupt or truncated data.
 */
export function gunzip(bytes: Uint8Array, options: DecompressOptions = {}): Uint8Array<ArrayBuffer> {
  return decompressWhole(bytes, "gzip", options);
}

/**
 * Decompresses a whole bzip2 file, including files of several concatenated streams (pbzip2).
 * Throws `DATA_TOO_LARGE` once the output passes `maxBytes` and `DECOMPRESSION_FAILED` for
 * corrupt or truncated data.
 */
export function bunzip2(bytes: Uint8Array, options: DecompressOptions = {}): Uint8Array<ArrayBuffer> {
  return decompressWhole(bytes, "bzip2", options);
}

/**
 * Decompresses `bytes` when they start with gzip or bzip2 magic bytes and returns them unchanged
 * otherwise. Throws `DECOMPRESSION_FAILED` for a corrupt stream and `DATA_TOO_LARGE` once the
 * output passes `options.maxBytes`. A string second argument is the file name, as in earlier
 * versions. To read an MRC file, use {@link readMrc} instead: it stops decompressing at the size
 * that the file's header describes.
 */
export function decompress(bytes: Uint8Array, options: DecompressOptions | string = {}): { bytes: Uint8Array<ArrayBuffer>; compression: Compression } {
  const resolved = typeof options === "string" ? { fileName: options } : options;
  const compression = detectCompression(bytes);
  if (compression === "none") return { bytes: withArrayBuffer(bytes), compression };
  return { bytes: decompressWhole(bytes, compression, resolved), compression };
}

/** Compresses a whole file with gzip. bzip2 output is not offered, because no decoder library here encodes it. */
export function gzip(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return gzipSync(bytes, { mtime: 0 });
}
