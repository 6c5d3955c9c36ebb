/**
 * `@modelsys/kvcache`: KV-cache element formats, codecs, checksummed frames, Web Streams
 * transfer and per-model sizing. Runs in Node and browsers; the worker-thread pool is in
 * `@modelsys/kvcache/node`.
 *
 * @example
 * ```ts
 * import { encodeFrame, decodeFrame, loadChecksums, modelPlanes } from "@modelsys/kvcache";
 * const checksums = await loadChecksums();
 * const frame = encodeFrame({ planes, firstToken: 0, tokenCount: 256, chunks }, { checksums });
 * const { chunks: decoded } = decodeFrame(frame, { checksums, expectedPlanes: planes });
 * ```
 */
export { KvCacheError, KvCacheRangeError, isKvCacheError, type KvCacheErrorCode, type KvCacheErrorOptions } from "./errors.js";
export {
  ELEMENT_TYPE_IDS,
  FP8_FORMATS,
  type DecodedElementType,
  type ElementArray,
  type ElementTypeName,
  type Fp8Format,
} from "./element-type.js";
export { bf16ToFp32, fp16ToFp32, fp32ToBf16, fp32ToFp16 } from "./half.js";
export { decodeFp8, encodeFp8, type Fp8Options, type Fp8Scale } from "./fp8.js";
export { encoderBackend } from "./wasm/kv-simd.js";
export type {
  AxisRole,
  Fp8Encoding,
  IntGroupEncoding,
  PlaneDescriptor,
  PlaneEncoding,
  PlaneGeometry,
  PlaneKind,
  PlaneRole,
  RawEncoding,
  ScaleGranularity,
  Stage,
} from "./plane.js";
export type { ChunkCodec, EncodeChunkOptions } from "./codecs/codec.js";
export { CODECS } from "./codecs/index.js";
export { defaultResidualTokens } from "./codecs/residual-tokens.js";
export {
  CHECKSUM_IDS,
  DEFAULT_CHECKSUM,
  checksumProvider,
  loadChecksums,
  type ChecksumAlgorithm,
  type ChecksumFunction,
  type Checksums,
  type LoadChecksumsOptions,
} from "./checksum.js";
export { DEFAULT_FRAME_LIMITS, type FrameLimits, type SourceLayout } from "./frame-format.js";
export { encodeChunk, type EncodedChunk } from "./chunk-encoder.js";
export {
  assembleFrame,
  encodeFrame,
  type EncodeFrameOptions,
  type FrameChunkInput,
  type FrameHeaderInput,
  type FrameInput,
} from "./frame-writer.js";
export type { FrameBytes } from "./frame-input.js";
export {
  decodeFrame,
  readFixedHeader,
  readFrameTables,
  type ChunkEntry,
  type DecodeFrameOptions,
  type DecodedChunk,
  type DecodedFrame,
  type FrameHeader,
  type FrameTables,
} from "./frame-reader.js";
export { createFrameEncoderStream } from "./frame-encoder-stream.js";
export { createFrameDecoderStream, type StreamedChunk } from "./frame-decoder-stream.js";
export { hndToNhd, nhdToHnd, packKv2ltd, unpackKv2ltd, type HeadLayoutShape, type Kv2ltdShape, type KvLayers } from "./layouts.js";
export { modelPlanes, type ModelPlane, type ModelPlanesOptions } from "./model-planes.js";
export { CODEC_PRESETS, applyCodecPreset, parseCodecPreset, type CodecPreset, type CodecPresetOptions } from "./codec-presets.js";
export { frameSize, type FrameSize, type PlaneSize } from "./frame-size.js";
