// Streaming gzip and bzip2 decoders that hand their output to a sink chunk by chunk, so a caller
// can route the bytes where they belong and stop as soon as it has enough. gzip uses fflate;
// bzip2 uses the decoder module of unbzip2-stream (lib/bzip2.js), plain JavaScript without Node
// built-ins.
import bzip2 from "unbzip2-stream/lib/bzip2.js";
import bitIterator from "unbzip2-stream/lib/bit_iterator.js";
import { Gunzip } from "fflate";

/**
 * Receives decompressed bytes in order. Returns false to stop decompression; the decoder then
 * returns without reading further input or checking the trailer. The chunk may be reused after
 * the call, so a sink that keeps bytes must copy them.
 */
export type InflateSink = (chunk: Uint8Array) => boolean;

/**
 * Input bytes given to the gzip decoder at a time. Deflate expands at most about 1032:1, so one
 * push yields at most about 16 MiB of output.
 */
const GUNZIP_INPUT_CHUNK_BYTES = 16 * 1024;

/** bzip2 output is collected this many bytes at a time before it goes to the sink. */
const BUNZIP2_STAGING_BYTES = 64 * 1024;

/** Thrown inside the bzip2 decoder to unwind it when the sink stops; never leaves this module. */
class StopSignal {}

/**
 * Decompresses a whole gzip file, including files of several concatenated members and files
 * padded with zero bytes after the last member (GNU gzip accepts both), and passes the output to
 * `sink`. Returns false when the sink stopped decompression, true when the input ended. Throws an
 * Error for corrupt data, and when the last member's output length differs from its ISIZE trailer
 * (a truncated file or a forged trailer).
 */
export function gunzipInto(bytes: Uint8Array, sink: InflateSink): boolean {
  let stopped = false;
  let total = 0;
  let lastMemberStart = 0;
  const decoder = new Gunzip((chunk) => {
    if (stopped) return;
    total += chunk.length;
    if (!sink(chunk)) stopped = true;
  });
  // fflate calls onmember when the header of a following member is parsed, before any of its output.
  decoder.onmember = () => {
    lastMemberStart = total;
  };
  const zeroTail = trailingZeroBytes(bytes);
  try {
    for (let start = 0; start < bytes.length && !stopped; start += GUNZIP_INPUT_CHUNK_BYTES) {
      decoder.push(bytes.subarray(start, Math.min(bytes.length, start + GUNZIP_INPUT_CHUNK_BYTES)), false);
    }
    if (stopped) return false;
    // Four more zero bytes make fflate look for another member header after the last member, so
    // padding of any length fails the same way as padding of four or more bytes does.
    decoder.push(zeroTail > 0 ? new Uint8Array(4) : new Uint8Array(0), true);
  } catch (error) {
    if (stopped) return false;
    if (zeroTail > 0 && error instanceof Error && /invalid gzip data/.test(error.message)) {
      checkPaddedGzipLength(bytes, zeroTail, total - lastMemberStart);
      return true;
    }
    throw error;
  }
  if (stopped) return false;
  checkGzipLength(bytes, total - lastMemberStart);
  return true;
}

function trailingZeroBytes(bytes: Uint8Array): number {
  let count = 0;
  while (count < bytes.length && bytes[bytes.length - 1 - count] === 0) count++;
  return count;
}

/** Returns the ISIZE trailer value that a gzip member of `memberBytes` output bytes stores: the length modulo 2³². */
function expectedIsize(memberBytes: number): number {
  return memberBytes % 2 ** 32;
}

/**
 * Throws unless the ISIZE trailer (the last 4 bytes, little-endian, the member's length modulo 2³²)
 * matches `lastMemberBytes`. fflate 0.8's streaming decoder returns partial output for a truncated
 * deflate stream without an error, so this check is what detects truncation.
 */
function checkGzipLength(bytes: Uint8Array, lastMemberBytes: number): void {
  if (bytes.length < 18) throw new Error(`unexpected EOF: ${bytes.length} bytes are fewer than the 18 of the smallest gzip member`);
  const isize = new DataView(bytes.buffer, bytes.byteOffset + bytes.length - 4, 4).getUint32(0, true);
  if (isize !== expectedIsize(lastMemberBytes)) {
    throw new Error(`unexpected EOF or corrupt trailer: the last gzip member decompressed to ${lastMemberBytes} bytes, but its ISIZE trailer states ${isize}`);
  }
}

/**
 * Checks the ISIZE trailer of a gzip file that ends in `zeroTail` zero bytes after its last member.
 * The 8-byte trailer (CRC-32, then ISIZE) can itself end in zero bytes, so the last member ends
 * 0 to 8 bytes into the zero run. The trailer must match at one of those positions.
 */
function checkPaddedGzipLength(bytes: Uint8Array, zeroTail: number, lastMemberBytes: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const isize = expectedIsize(lastMemberBytes);
  const firstZero = bytes.length - zeroTail;
  for (let end = firstZero; end <= Math.min(bytes.length, firstZero + 8); end++) {
    if (end >= 18 && view.getUint32(end - 4, true) === isize) return;
  }
  throw new Error(`invalid gzip data: the last member (${lastMemberBytes} bytes) is followed by ${zeroTail} zero bytes, but no ISIZE trailer before them matches it; the file is corrupt`);
}

/**
 * Decompresses a whole bzip2 file, including files of several concatenated streams (pbzip2), and
 * passes the output to `sink`. Bytes after the last stream that do not start another stream are
 * ignored, as padding. Returns false when the sink stopped decompression, true when the input
 * ended. Throws an Error for corrupt data, including a block CRC mismatch.
 */
export function bunzip2Into(bytes: Uint8Array, sink: InflateSink): boolean {
  const staging = new Uint8Array(BUNZIP2_STAGING_BYTES);
  let staged = 0;
  const flush = () => {
    const chunk = staging.subarray(0, staged);
    staged = 0;
    if (chunk.length > 0 && !sink(chunk)) throw new StopSignal();
  };
  const push = (byte: number) => {
    staging[staged++] = byte;
    if (staged === staging.length) flush();
  };
  let supplied = false;
  const bits = bitIterator(() => {
    if (supplied) throw new Error("unexpected end of bzip2 data");
    supplied = true;
    return bytes;
  });
  try {
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
      const rest = bytes.subarray(consumed);
      if (!(rest.length >= 3 && rest[0] === 0x42 && rest[1] === 0x5a && rest[2] === 0x68)) break;
    }
    flush();
  } catch (error) {
    if (error instanceof StopSignal) return false;
    throw error;
  }
  return true;
}
