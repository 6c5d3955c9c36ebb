/**
 * Stored (uncompressed) deflate blocks, RFC 1951 section 3.2.4: a header byte, LEN and its one's
 * complement NLEN as little-endian 16-bit words, then LEN literal bytes. Written this way, any
 * data grows by a fixed 5 bytes per block, a bound every deflate stage can meet.
 */

/** Largest LEN of one stored block (RFC 1951 section 3.2.4). */
export const STORED_BLOCK_MAX_BYTES = 65_535;

/** Header, LEN and NLEN of one stored block, in bytes. */
export const STORED_BLOCK_OVERHEAD_BYTES = 5;

/**
 * Bytes of `byteLength` bytes written as stored blocks: the input plus 5 bytes per block of at
 * most 65,535 bytes, and one empty block for empty input. `deflateRaw` output never exceeds it.
 */
export function storedDeflateBytes(byteLength: number): number {
  const blocks = Math.max(1, Math.ceil(byteLength / STORED_BLOCK_MAX_BYTES));
  return byteLength + blocks * STORED_BLOCK_OVERHEAD_BYTES;
}

/** Writes `bytes` as a raw deflate stream of stored blocks, the last one marked final. */
export function storedDeflate(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(storedDeflateBytes(bytes.length));
  let read = 0;
  let written = 0;

  do {
    const length = Math.min(STORED_BLOCK_MAX_BYTES, bytes.length - read);
    const final = read + length === bytes.length;

    // BFINAL in bit 0 and BTYPE 00 in bits 1-2; a stored block's header fills its own byte.
    out[written] = final ? 1 : 0;
    out[written + 1] = length & 0xff;
    out[written + 2] = length >>> 8;
    out[written + 3] = ~length & 0xff;
    out[written + 4] = (~length >>> 8) & 0xff;
    out.set(bytes.subarray(read, read + length), written + STORED_BLOCK_OVERHEAD_BYTES);

    read += length;
    written += STORED_BLOCK_OVERHEAD_BYTES + length;
  } while (read < bytes.length);

  return out;
}
