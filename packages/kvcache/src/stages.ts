import { Inflate, deflateSync } from "fflate";

import { KvCacheError } from "./errors.js";
import type { Stage } from "./plane.js";
import { storedDeflate, storedDeflateBytes } from "./stored-deflate.js";

/** Frame ids of the stages, version 1. */
export const STAGE_IDS: Record<Stage, number> = { "byte-split": 1, deflate: 2 };

/**
 * Splits elements of `elementBytes` bytes into byte planes: plane i holds byte i of every
 * element, low byte first. fp16 high bytes carry the skewed sign and exponent, so a compressor
 * finds more to gain in them than in interleaved bytes.
 */
export function splitBytePlanes(bytes: Uint8Array, elementBytes: number): Uint8Array {
  if (elementBytes <= 1) return new Uint8Array(bytes);
  const count = bytes.length / elementBytes;
  const out = new Uint8Array(bytes.length);
  for (let plane = 0; plane < elementBytes; plane++) {
    const target = plane * count;
    for (let i = 0; i < count; i++) out[target + i] = bytes[i * elementBytes + plane]!;
  }
  return out;
}

/** Reverses {@link splitBytePlanes}. */
export function joinBytePlanes(bytes: Uint8Array, elementBytes: number): Uint8Array {
  if (elementBytes <= 1) return new Uint8Array(bytes);
  const count = bytes.length / elementBytes;
  const out = new Uint8Array(bytes.length);
  for (let plane = 0; plane < elementBytes; plane++) {
    const source = plane * count;
    for (let i = 0; i < count; i++) out[i * elementBytes + plane] = bytes[source + i]!;
  }
  return out;
}

/**
 * Compresses with raw deflate (RFC 1951) through fflate at level 1, the fastest setting. When
 * that comes out larger than stored blocks would (data that does not compress), it writes stored
 * blocks instead, so the result never exceeds {@link storedDeflateBytes} of the input.
 */
export function deflateRaw(bytes: Uint8Array): Uint8Array {
  const compressed = deflateSync(bytes, { level: 1 });
  return compressed.length <= storedDeflateBytes(bytes.length) ? compressed : storedDeflate(bytes);
}

// Input is fed in small slices so that one push cannot produce much more output than the limit
// before the check below sees it; deflate expands at most 1032× (RFC 1951 length codes).
const INFLATE_SLICE = 1024;

/**
 * Decompresses raw deflate into exactly `expectedSize` bytes. Stops and throws
 * `FRAME_INVALID` as soon as the output would exceed `expectedSize`, or when the stream ends
 * short of it or is malformed.
 */
export function inflateRawBounded(bytes: Uint8Array, expectedSize: number, chunkIndex: number): Uint8Array {
  const out = new Uint8Array(expectedSize);
  let written = 0;
  let finished = false;
  const reject = (message: string, cause?: unknown) =>
    new KvCacheError("FRAME_INVALID", `Invalid chunk ${chunkIndex}: ${message}`, { field: "decodedSize", value: expectedSize, chunkIndex, cause });
  const inflater = new Inflate((data, final) => {
    if (written + data.length > expectedSize) throw reject(`its deflate stream inflates beyond the declared decodedSize ${expectedSize} bytes.`);
    out.set(data, written);
    written += data.length;
    if (final) finished = true;
  });
  try {
    for (let start = 0; start < bytes.length; start += INFLATE_SLICE) {
      const end = Math.min(bytes.length, start + INFLATE_SLICE);
      inflater.push(bytes.subarray(start, end), end === bytes.length);
    }
    if (bytes.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof KvCacheError) throw error;
    throw reject(`its deflate stream is malformed (${(error as Error).message}).`, error);
  }
  if (!finished || written !== expectedSize) {
    throw reject(`its deflate stream ends after ${written} of the declared ${expectedSize} bytes.`);
  }
  return out;
}
