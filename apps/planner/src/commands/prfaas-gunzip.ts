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
 * @throws Error from fflate for data that is not valid gzip, such as a truncated file.
 */
export function* gunzipChunks(chunks: Iterable<Uint8Array>): Generator<Uint8Array> {
  const output: Uint8Array[] = [];
  const gunzip = new Gunzip((data) => {
    output.push(data);
  });
  for (const chunk of chunks) {
    for (let start = 0; start < chunk.length; start += SLICE_BYTES) {
      gunzip.push(chunk.slice(start, start + SLICE_BYTES), false);
      yield* output.splice(0);
    }
  }
  gunzip.push(new Uint8Array(0), true);
  yield* output.splice(0);
}
