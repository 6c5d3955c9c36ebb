import { ByteQueue } from "./byte-queue.js";
import { KvCacheError } from "./errors.js";
import { frameBytes } from "./frame-input.js";
import { FRAME_MAGIC, HEADER_SIZE } from "./frame-format.js";
import {
  checkDecodeOptions,
  decodeFrameWithTables,
  readFixedHeader,
  readFrameTables,
  type DecodeFrameOptions,
  type DecodedChunk,
  type DecodedFrame,
} from "./frame-reader.js";

/** A chunk from {@link createFrameDecoderStream}, with the token range of the frame it came in. */
export interface StreamedChunk extends DecodedChunk {
  /** Absolute index of the first token the frame's token planes cover. */
  firstToken: number;
  /** Tokens the frame's token planes cover. */
  tokenCount: number;
}

/**
 * Creates a stream pair for `pipeThrough` that reads a byte stream of back-to-back frames,
 * split at any byte boundary, and outputs every chunk of every frame. Each frame is verified
 * whole (header checksum, geometry against `expectedPlanes`, every chunk checksum) before any of
 * its chunks is output. The header's sizes and limits are checked as soon as its 64 bytes
 * arrive. The header checksum is checked as soon as the plane table and chunk index arrive, so
 * a corrupted `frameSize` is rejected before the stream buffers the frame.
 *
 * The stream errors with a {@link KvCacheError}: `FRAME_CHECKSUM_MISMATCH`, `FRAME_TRUNCATED`
 * when the input ends inside a frame, `FRAME_BAD_MAGIC` when bytes that are not a frame follow
 * or replace one, `FRAME_UNSUPPORTED_VERSION`, `FRAME_GEOMETRY_MISMATCH` and
 * the other frame codes of `decodeFrame`. The error reaches the reader only after every chunk of
 * the frames before the failing one, however the input was split into reads. Input pieces may be
 * `Uint8Array`s (Node `Buffer`s too) or `ArrayBuffer`s; they are never written to, and must not
 * change after they are written.
 *
 * The pair is a `ReadableStream` that decodes a frame when its reader asks for more, over the
 * writable side of an identity `TransformStream`, so writes wait while the reader lags.
 *
 * @example
 * ```ts
 * const checksums = await loadChecksums();
 * const chunks = response.body.pipeThrough(createFrameDecoderStream({ checksums, expectedPlanes }));
 * for await (const chunk of chunks) useLayer(chunk.planeIndex, chunk.layerIndex, chunk.data);
 * ```
 */
export function createFrameDecoderStream(options: DecodeFrameOptions): ReadableWritablePair<StreamedChunk, Uint8Array> {
  checkDecodeOptions(options);
  const input = new TransformStream<Uint8Array, Uint8Array>();
  const reader = input.readable.getReader();
  const queue = new ByteQueue();

  // Reads input until the queue contains `length` bytes, and returns false when the input ends first.
  const fill = async (length: number): Promise<boolean> => {
    while (queue.length < length) {
      const { done, value } = await reader.read();
      if (done) return false;
      queue.push(frameBytes(value, "stream chunk"));
    }
    return true;
  };

  const truncated = (expected: string) =>
    new KvCacheError("FRAME_TRUNCATED", `Invalid frame stream: it ended ${queue.length} byte${queue.length === 1 ? "" : "s"} into a frame, before ${expected}. The transfer was cut short, so fetch the frame again.`, {
      field: "frameSize",
      value: queue.length,
    });

  let framesRead = 0;

  // Returns the next verified frame, or undefined when the input ends between frames.
  const nextFrame = async (): Promise<DecodedFrame | undefined> => {
    if (!(await fill(HEADER_SIZE))) {
      if (queue.length === 0) return undefined;
      if (!startsWithMagic(queue.peek(queue.length))) throw trailingBytesError(queue.peek(queue.length), framesRead);
      throw truncated(`the ${HEADER_SIZE}-byte header`);
    }
    const header = readFixedHeader(queue.peek(HEADER_SIZE), options.limits);
    if (!(await fill(header.payloadOffset))) throw truncated(`the ${header.payloadOffset} bytes of the header and tables`);
    const tables = readFrameTables(queue.peek(header.payloadOffset), options);
    if (!(await fill(header.frameSize))) throw truncated(`the frame's ${header.frameSize} bytes`);
    const frame = decodeFrameWithTables(queue.take(header.frameSize), tables, options);
    framesRead++;
    return frame;
  };

  const readable = new ReadableStream<StreamedChunk>(
    {
      // With a high-water mark of 0, pull runs only when the reader waits and the queue is
      // empty, so an error thrown here never discards chunks of earlier frames.
      async pull(controller) {
        try {
          for (;;) {
            const frame = await nextFrame();
            if (frame === undefined) {
              controller.close();
              return;
            }
            for (const chunk of frame.chunks) controller.enqueue({ ...chunk, firstToken: frame.header.firstToken, tokenCount: frame.header.tokenCount });
            if (frame.chunks.length > 0) return;
          }
        } catch (error) {
          // Cancelling the input errors the writable side, so a pipe into it stops too.
          await reader.cancel(error).catch(() => undefined);
          throw error;
        }
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
  return { readable, writable: input.writable };
}

/**
 * Tells whether `bytes`, shorter than a header, could be the start of a frame. A tail that begins
 * with part of the magic is taken as a cut frame (`FRAME_TRUNCATED`), because that is its likely cause.
 */
function startsWithMagic(bytes: Uint8Array): boolean {
  return FRAME_MAGIC.slice(0, bytes.length).every((byte, i) => bytes[i] === byte);
}

/** Creates the error for input that ends with fewer bytes than a header that are not the start of a frame. */
function trailingBytesError(bytes: Uint8Array, framesRead: number): KvCacheError {
  const where = framesRead === 0 ? "The stream starts" : `After ${framesRead} complete frame${framesRead === 1 ? "" : "s"}, the stream ends`;
  return new KvCacheError(
    "FRAME_BAD_MAGIC",
    `Invalid frame stream: ${where} with ${bytes.length} byte${bytes.length === 1 ? "" : "s"} of data that is not a frame, because a frame begins with the magic "MSKV". Send only whole frames, with nothing between or after them.`,
    { field: "magic", value: [...bytes.subarray(0, 4)] },
  );
}
