import { KvCacheError } from "./errors.js";
import { HEADER_SIZE } from "./frame-format.js";
import { decodeFrame, readFixedHeader, type DecodeFrameOptions, type DecodedChunk } from "./frame-reader.js";

/** A chunk from {@link createFrameDecoderStream}, with the token range of the frame it came in. */
export interface StreamedChunk extends DecodedChunk {
  /** Absolute index of the first token the frame's token planes cover. */
  firstToken: number;
  /** Tokens the frame's token planes cover. */
  tokenCount: number;
}

/**
 * Creates a `TransformStream` that reads a byte stream of back-to-back frames, split at any
 * byte boundary, and outputs every chunk of every frame. Each frame is verified whole (header
 * checksum, geometry against `expectedPlanes`, every chunk checksum) before any of its chunks
 * is output. The header's sizes and limits are checked as soon as its 64 bytes arrive, so a
 * corrupted `frameSize` never makes the stream buffer more than `limits.maxFrameBytes`. The
 * stream errors with a {@link KvCacheError}: `FRAME_CHECKSUM_MISMATCH`, `FRAME_TRUNCATED` when
 * the input ends inside a frame, `FRAME_UNSUPPORTED_VERSION`, `FRAME_GEOMETRY_MISMATCH` and the
 * other frame codes of `decodeFrame`.
 *
 * @example
 * ```ts
 * const checksums = await loadChecksums();
 * const chunks = response.body.pipeThrough(createFrameDecoderStream({ checksums, expectedPlanes }));
 * for await (const chunk of chunks) useLayer(chunk.planeIndex, chunk.layerIndex, chunk.data);
 * ```
 */
export function createFrameDecoderStream(options: DecodeFrameOptions): TransformStream<Uint8Array, StreamedChunk> {
  const pieces: Uint8Array[] = [];
  let buffered = 0;
  let frameSize: number | undefined;

  // Removes and returns the first `length` buffered bytes as one contiguous array.
  const take = (length: number): Uint8Array => {
    const first = pieces[0]!;
    if (first.length >= length) {
      const result = first.subarray(0, length);
      if (first.length === length) pieces.shift();
      else pieces[0] = first.subarray(length);
      buffered -= length;
      return result;
    }
    const result = new Uint8Array(length);
    let filled = 0;
    while (filled < length) {
      const piece = pieces[0]!;
      const used = Math.min(piece.length, length - filled);
      result.set(piece.subarray(0, used), filled);
      filled += used;
      if (used === piece.length) pieces.shift();
      else pieces[0] = piece.subarray(used);
    }
    buffered -= length;
    return result;
  };

  const peekHeader = (): Uint8Array => {
    const first = pieces[0]!;
    if (first.length >= HEADER_SIZE) return first.subarray(0, HEADER_SIZE);
    const header = take(HEADER_SIZE);
    pieces.unshift(header);
    buffered += HEADER_SIZE;
    return header;
  };

  return new TransformStream<Uint8Array, StreamedChunk>({
    transform(bytes, controller) {
      if (!(bytes instanceof Uint8Array)) {
        throw new KvCacheError("INVALID_ARGUMENT", `Invalid stream input: expected Uint8Array chunks, got ${Object.prototype.toString.call(bytes)}.`, { field: "chunk" });
      }
      if (bytes.length === 0) return;
      pieces.push(bytes);
      buffered += bytes.length;
      for (;;) {
        if (frameSize === undefined) {
          if (buffered < HEADER_SIZE) return;
          frameSize = readFixedHeader(peekHeader(), options.limits).frameSize;
        }
        if (buffered < frameSize) return;
        const frame = decodeFrame(take(frameSize), options);
        frameSize = undefined;
        for (const chunk of frame.chunks) controller.enqueue({ ...chunk, firstToken: frame.header.firstToken, tokenCount: frame.header.tokenCount });
      }
    },
    flush() {
      if (buffered === 0) return;
      const expected = frameSize === undefined ? `the ${HEADER_SIZE}-byte header` : `the frame's ${frameSize} bytes`;
      throw new KvCacheError("FRAME_TRUNCATED", `Invalid frame stream: it ended ${buffered} bytes into a frame, before ${expected}. The transfer was cut short, so fetch the frame again.`, {
        field: "frameSize",
        value: buffered,
      });
    },
  });
}
