import { encodeChunk } from "./chunk-encoder.js";
import { assembleFrame, checkEncodeOptions, checkFrameHeader, chunkPlane, type EncodeFrameOptions, type FrameChunkInput, type FrameHeaderInput } from "./frame-writer.js";

/**
 * Creates a `TransformStream` that turns each chunk (one layer of one plane) into a complete
 * frame of its own, so a sender can write layer 0 to the network while the prefill still
 * computes later layers. Every frame carries the whole plane table of `header` and one chunk,
 * and a receiver decodes it with {@link createFrameDecoderStream}. The header is checked when
 * the stream is created; an invalid chunk errors the stream with a {@link KvCacheError}.
 *
 * @example
 * ```ts
 * const checksums = await loadChecksums();
 * const frames = layerChunks.pipeThrough(createFrameEncoderStream(header, { checksums }));
 * ```
 */
export function createFrameEncoderStream(header: FrameHeaderInput, options: EncodeFrameOptions): TransformStream<FrameChunkInput, Uint8Array> {
  checkFrameHeader(header);
  const algorithm = checkEncodeOptions(options);
  return new TransformStream<FrameChunkInput, Uint8Array>({
    transform(chunk, controller) {
      const plane = chunkPlane(header.planes, chunk, "chunk");
      const encoded = encodeChunk(plane, chunk.planeIndex, chunk.layerIndex, chunk.data, options.checksums, algorithm, { scales: chunk.scales });
      controller.enqueue(assembleFrame(header, [encoded], options.checksums));
    },
  });
}
