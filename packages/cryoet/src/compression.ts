// Whole-file gzip and bzip2, detected by magic bytes. gzip uses fflate; bzip2 uses the decoder
// module of unbzip2-stream (lib/bzip2.js), which is plain JavaScript without Node built-ins.
import bzip2 from "unbzip2-stream/lib/bzip2.js";
import bitIterator from "unbzip2-stream/lib/bit_iterator.js";
import { gunzipSync, gzipSync } from "fflate";

import { MrcError } from "./errors.js";

/** Compression of a whole file. */
export type Compression = "none" | "gzip" | "bzip2";

/** Detects whole-file compression: gzip starts with 1F 8B, bzip2 with "BZh" (42 5A 68). */
export function detectCompression(bytes: Uint8Array): Compression {
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) return "gzip";
  if (bytes.length >= 3 && bytes[0] === 0x42 && bytes[1] === 0x5a && bytes[2] === 0x68) return "bzip2";
  return "none";
}

/** Decompresses a whole bzip2 file, including files of several concatenated streams (pbzip2). */
export function bunzip2(bytes: Uint8Array): Uint8Array {
  let output = new Uint8Array(Math.max(1024, bytes.length * 4));
  let length = 0;
  const push = (byte: number) => {
    if (length === output.length) {
      const grown = new Uint8Array(output.length * 2);
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
 * otherwise. Throws `DECOMPRESSION_FAILED` for a corrupt stream.
 */
export function decompress(bytes: Uint8Array, fileName?: string): { bytes: Uint8Array; compression: Compression } {
  const compression = detectCompression(bytes);
  if (compression === "none") return { bytes, compression };
  try {
    return { bytes: compression === "gzip" ? gunzipSync(bytes) : bunzip2(bytes), compression };
  } catch (error) {
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
