// An extended header handed over in chunks, so that one declared as gigabytes (NSYMBT up to
// 2^31 − 1) is copied without holding it in memory.

/**
 * The bytes of an extended header as a sequence of chunks: {@link MrcReader.streamExtendedHeader}
 * returns one, and `MrcSectionWriter.create` takes one as `extendedHeader`. `chunks()` yields
 * `byteLength` bytes in all, in order, and can be called again to read them again.
 */
export interface StreamedExtendedHeader {
  /** Total length in bytes: the NSYMBT of the file written. */
  readonly byteLength: number;
  /** Yields the bytes in order, a bounded number at a time. */
  chunks(): AsyncIterable<Uint8Array>;
}

/** Default chunk length of {@link MrcReader.streamExtendedHeader}: 16 MiB. */
export const EXTENDED_HEADER_CHUNK_BYTES = 16 * 2 ** 20;
