// Whole-file gzip and bzip2, detected by magic bytes. gzip uses fflate; bzip2 uses the decoder
// module of unbzip2-stream (lib/bzip2.js), which is plain JavaScript without Node built-ins.
import bzip2 from "unbzip2-stream/lib/bzip2.js";
import bitIterator from "unbzip2-stream/lib/bit_iterator.js";
import { Gunzip, gzipSync } from "fflate";

import { MrcError } from "./errors.js";
import { HEADER_BYTES } from "./header.js";
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

/**
 * Returns the decompressed size limit of a read: `maxDataBytes` plus the 1024-byte main header, the
 * most that an uncompressed read with the same options would load as main header and data block.
 * NOTE: the extended header also counts against this limit, although uncompressed reads do not
 * bound it, so a compressed file with a large extended header may need a larger `maxDataBytes`.
 */
export function decompressedByteLimit(maxDataBytes: number = DEFAULT_MAX_DATA_BYTES): number {
  return maxDataBytes + HEADER_BYTES;
}

/**
 * Input bytes given to the gzip decoder at a time. Deflate expands at most about 1032:1, so the
 * output passes the limit by at most about 16 MiB before decompression stops.
 */
const GUNZIP_INPUT_CHUNK_BYTES = 16 * 1024;

function sizeLimitError(compression: Compression, maxBytes: number, fileName: string | undefined): MrcError {
  const where = fileName === undefined ? "" : `${fileName}: `;
  return new MrcError(
    "DATA_TOO_LARGE",
    `${where}The ${compression} data decompresses to more than ${maxBytes} bytes (maxDataBytes plus the ${HEADER_BYTES}-byte header), so decompression stopped. Raise maxDataBytes if the file is genuine.`,
    { field: "compression", value: maxBytes, file: fileName },
  );
}

/**
 * Decompresses a whole gzip file, including files of several concatenated members, with a
 * streaming decoder. The output grows as data arrives and the ISIZE trailer never sizes an
 * allocation. Throws `DATA_TOO_LARGE` once the output passes `maxBytes`, and an Error when the
 * last member's output length differs from its ISIZE (a truncated file or a forged trailer).
 */
export function gunzip(bytes: Uint8Array, options: DecompressOptions = {}): Uint8Array {
  const maxBytes = options.maxBytes ?? decompressedByteLimit();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let lastMemberStart = 0;
  const decoder = new Gunzip((chunk) => {
    chunks.push(chunk);
    total += chunk.length;
  });
  // fflate calls onmember when the header of a following member is parsed, before any of its output.
  decoder.onmember = () => {
    lastMemberStart = total;
  };
  for (let start = 0; start < bytes.length || start === 0; start += GUNZIP_INPUT_CHUNK_BYTES) {
    const end = Math.min(bytes.length, start + GUNZIP_INPUT_CHUNK_BYTES);
    decoder.push(bytes.subarray(start, end), end === bytes.length);
    if (total > maxBytes) throw sizeLimitError("gzip", maxBytes, options.fileName);
  }
  checkGzipLength(bytes, total - lastMemberStart);
  if (chunks.length === 1) return chunks[0]!;
  const output = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    output.set(chunk, offset);
    offset += chunk.length;
  }
  return output;
}

/**
 * Throws unless the ISIZE trailer (the last 4 bytes, little-endian, the member's length modulo 2³²)
 * matches `lastMemberBytes`. fflate 0.8's streaming decoder returns partial output for a truncated
 * deflate stream without an error, so this check is what detects truncation.
 */
function checkGzipLength(bytes: Uint8Array, lastMemberBytes: number): void {
  if (bytes.length < 18) throw new Error(`unexpected EOF: ${bytes.length} bytes are fewer than the 18 of the smallest gzip member`);
  const isize = new DataView(bytes.buffer, bytes.byteOffset + bytes.length - 4, 4).getUint32(0, true);
  if (isize !== lastMemberBytes % 2 ** 32) {
    throw new Error(`unexpected EOF or corrupt trailer: the last gzip member decompressed to ${lastMemberBytes} bytes, but its ISIZE trailer states ${isize}`);
  }
}

/**
 * Decompresses a whole bzip2 file, including files of several concatenated streams (pbzip2).
 * Throws `DATA_TOO_LARGE` once the output passes `maxBytes`.
 */
export function bunzip2(bytes: Uint8Array, options: DecompressOptions = {}): Uint8Array {
  const maxBytes = options.maxBytes ?? decompressedByteLimit();
  let output = new Uint8Array(Math.min(maxBytes, Math.max(1024, bytes.length * 4)));
  let length = 0;
  const push = (byte: number) => {
    if (length === output.length) {
      if (length >= maxBytes) throw sizeLimitError("bzip2", maxBytes, options.fileName);
      const grown = new Uint8Array(Math.min(maxBytes, output.length * 2));
      grown.set(output);
      output = grown;
    }
    output[length++] = byte;
  };
  let supplied = false;
  const bits = bitIterator(() => {
    if (supplied) throw new Error("unexpected end of bzip2 data");
    supplied = true;
    return bytes;
  });
  let consumed = 0;
  while (consumed < bytes.length) {
    const blockSizeHundredK = bzip2.header(bits);
    const bufferSize = 100_000 * blockSizeHundredK;
    const buffer = new Int32Array(bufferSize);
    let crc: number | null = 0;
    while ((crc = bzip2.decompress(bits, push, buffer, bufferSize, crc)) !== null) {
      // Each call decodes one block; null marks the end of the stream.
    }
    bits(null);
    consumed = bits.bytesRead;
    // A following stream starts with "BZh"; anything else is trailing padding.
    if (detectCompression(bytes.subarray(consumed)) !== "bzip2") break;
  }
  return output.subarray(0, length);
}

/**
 * Decompresses `bytes` when they start with gzip or bzip2 magic bytes and returns them unchanged
 * otherwise. Throws `DECOMPRESSION_FAILED` for a corrupt stream and `DATA_TOO_LARGE` once the
 * output passes `options.maxBytes`. A string second argument is the file name, as in earlier versions.
 */
export function decompress(bytes: Uint8Array, options: DecompressOptions | string = {}): { bytes: Uint8Array; compression: Compression } {
  const { fileName, maxBytes } = typeof options === "string" ? { fileName: options, maxBytes: undefined } : options;
  const compression = detectCompression(bytes);
  if (compression === "none") return { bytes, compression };
  try {
    return { bytes: compression === "gzip" ? gunzip(bytes, { fileName, maxBytes }) : bunzip2(bytes, { fileName, maxBytes }), compression };
  } catch (error) {
    if (error instanceof MrcError) throw error;
    const where = fileName === undefined ? "" : `${fileName}: `;
    throw new MrcError("DECOMPRESSION_FAILED", `${where}The file starts like ${compression} data but could not be decompressed (${error instanceof Error ? error.message : String(error)}); it is corrupt or truncated.`, {
      field: "compression",
      value: compression,
      file: fileName,
      cause: error,
    });
  }
}

/** Compresses a whole file with gzip. bzip2 output is not offered, because no decoder library here encodes it. */
export function gzip(bytes: Uint8Array): Uint8Array {
  return gzipSync(bytes, { mtime: 0 });
}
