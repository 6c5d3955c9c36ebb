// Gzip-compressed trace files, decompressed as they are read so that memory stays bounded.
import { Gunzip } from "fflate";

/** Returns true when `bytes` start with 0x1f 0x8b, the two bytes that open every gzip member (RFC 1952, section 2.3.1). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Slice of compressed input pushed at a time. The committed Mooncake and Azure traces compress
 * about fourfold with gzip, so each slice expands to a few hundred KiB of text.
 */
const SLICE_BYTES = 1 << 16;

/**
 * Decompresses gzip data given in chunks and yields the decompressed bytes as they come out.
 * fflate's streaming `Gunzip` calls back synchronously inside `push`, so the output of each input
 * slice is yielded before the next slice is read. The input chunks may share one buffer that the
 * caller refills, because each slice is copied before it is pushed to fflate.
 *
 * @throws Error from fflate for data that is not valid gzip, or when the last member's size
 * differs from its trailer, as in a file cut off inside the deflate stream.
 */
export function* gunzipChunks(chunks: Iterable<Uint8Array>): Generator<Uint8Array> {
  const output: Uint8Array[] = [];
  let memberBytes = 0;
  const gunzip = new Gunzip((data) => {
    output.push(data);
    memberBytes += data.length;
  });
  gunzip.onmember = () => {
    memberBytes = 0;
  };
  let tail: Uint8Array = new Uint8Array(0);
  for (const chunk of chunks) {
    for (let start = 0; start < chunk.length; start += SLICE_BYTES) {
      const slice = chunk.slice(start, start + SLICE_BYTES);
      tail = lastBytes(tail, slice, 4);
      gunzip.push(slice, false);
      yield* output.splice(0);
    }
  }
  gunzip.push(new Uint8Array(0), true);
  yield* output.splice(0);
  checkTrailerSize(tail, memberBytes);
}

/** Returns the last `count` bytes of `previous` followed by `next`. */
function lastBytes(previous: Uint8Array, next: Uint8Array, count: number): Uint8Array {
  if (next.length >= count) return next.slice(next.length - count);
  const joined = new Uint8Array(previous.length + next.length);
  joined.set(previous);
  joined.set(next, previous.length);
  return joined.slice(Math.max(0, joined.length - count));
}

/**
 * Throws when the last member's decompressed size differs from ISIZE, the little-endian size
 * modulo 2^32 in the last 4 bytes of the file (RFC 1952, section 2.3.1). fflate 0.8.3 returns the
 * data decoded so far, with no error, for a file cut off at many points inside the deflate
 * stream or its trailer, so this check is what reports such a file as truncated.
 */
function checkTrailerSize(tail: Uint8Array, memberBytes: number): void {
  const trailerSize = tail.length === 4 ? new DataView(tail.buffer, tail.byteOffset, 4).getUint32(0, true) : -1;
  // With no data at all the caller names the file as empty or truncated.
  if (memberBytes === 0 || trailerSize === memberBytes % 2 ** 32) return;
  throw new Error(`decompressed ${memberBytes} bytes, but the gzip trailer gives ${trailerSize < 0 ? "no size" : trailerSize}`);
}
