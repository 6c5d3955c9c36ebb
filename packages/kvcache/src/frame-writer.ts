import { CHECKSUM_IDS, DEFAULT_CHECKSUM, checksumFunction, type ChecksumAlgorithm, type Checksums } from "./checksum.js";
import { encodeChunk, type EncodedChunk } from "./chunk-encoder.js";
import { codecOf } from "./codecs/index.js";
import { describeValue } from "./describe-value.js";
import type { ElementArray } from "./element-type.js";
import { KvCacheError } from "./errors.js";
import {
  CHUNK_ENTRY_SIZE,
  FRAME_MAGIC,
  FRAME_VERSION_MAJOR,
  FRAME_VERSION_MINOR,
  HEADER_CHECKSUM_OFFSET,
  HEADER_SIZE,
  PLANE_ENTRY_SIZE,
  SOURCE_LAYOUT_IDS,
  type SourceLayout,
} from "./frame-format.js";
import { checkPlane, checkPlaneCount, writePlaneEntry } from "./plane-entry.js";
import { rejectUnknownKeys } from "./known-keys.js";
import { chunkShape, type PlaneDescriptor } from "./plane.js";
import { alignUp, layoutSections } from "./sections.js";

/** One chunk to encode: the values of one layer of one plane. */
export interface FrameChunkInput {
  planeIndex: number;
  layerIndex: number;
  /** Values in the plane's element type, `dims` order without the layer axis. */
  data: ElementArray;
  /** FP8 scales of this chunk, in the plane's scale order. Default: derived from the data. */
  scales?: Float32Array;
}

/** What a frame describes besides its chunks. */
export interface FrameHeaderInput {
  planes: PlaneDescriptor[];
  /** Absolute index of the first token the frame's token planes cover. */
  firstToken: number;
  /** Tokens the token planes cover; their token axis must have this length. */
  tokenCount: number;
  /** Default `unspecified`. */
  sourceLayout?: SourceLayout;
}

/** A whole frame to encode. */
export interface FrameInput extends FrameHeaderInput {
  chunks: FrameChunkInput[];
}

/** Options of {@link encodeFrame}. */
export interface EncodeFrameOptions {
  /** Checksum functions, from `await loadChecksums()`. */
  checksums: Checksums;
  /** Default `xxh64`. */
  checksum?: ChecksumAlgorithm;
}

/** The fields of {@link FrameInput}. A header input may carry `chunks` too. */
const FRAME_INPUT_KEYS: readonly string[] = ["planes", "firstToken", "tokenCount", "sourceLayout", "chunks"];

/** The fields of {@link FrameChunkInput}. */
const CHUNK_INPUT_KEYS: readonly string[] = ["planeIndex", "layerIndex", "data", "scales"];

/**
 * Checks the header fields and every plane of a frame, throwing `INVALID_ARGUMENT`, also for a
 * field the input does not take.
 */
export function checkFrameHeader(input: FrameHeaderInput): void {
  if (input === null || typeof input !== "object") {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid frame input: expected { planes, firstToken, tokenCount, chunks }, got ${describeValue(input)}.`, { field: "input" });
  }
  checkPlaneCount(input.planes);
  if (!Number.isSafeInteger(input.firstToken) || input.firstToken < 0) {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid firstToken ${describeValue(input.firstToken)}: expected a non-negative integer.`, {
      field: "firstToken",
      value: input.firstToken,
    });
  }
  if (!Number.isSafeInteger(input.tokenCount) || input.tokenCount < 0 || input.tokenCount > 0xffffffff) {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid tokenCount ${describeValue(input.tokenCount)}: expected an integer from 0 to 2^32 − 1.`, {
      field: "tokenCount",
      value: input.tokenCount,
    });
  }
  rejectUnknownKeys(input, FRAME_INPUT_KEYS, "the frame input", "input");
  if (input.sourceLayout !== undefined && !Object.hasOwn(SOURCE_LAYOUT_IDS, input.sourceLayout)) {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid sourceLayout "${String(input.sourceLayout)}": expected one of ${Object.keys(SOURCE_LAYOUT_IDS).join(", ")}.`, {
      field: "sourceLayout",
      value: input.sourceLayout,
    });
  }
  input.planes.forEach((plane, index) => {
    checkPlane(plane, `planes[${index}]`);
    if (plane.kind === "token") {
      const tokens = plane.dims[plane.axisRoles.indexOf("token")];
      if (tokens !== input.tokenCount) {
        throw new KvCacheError(
          "INVALID_ARGUMENT",
          `Invalid planes[${index}].dims: its token axis has ${tokens} tokens but the frame's tokenCount is ${input.tokenCount}. A token plane covers exactly the frame's tokens; use a window plane for fewer.`,
          { field: `planes[${index}].dims`, value: plane.dims },
        );
      }
    }
  });
}

/**
 * Encodes a frame (format version 1.0): checks the planes, encodes every chunk, and writes the
 * header, plane table, chunk index and aligned payloads with a checksum per chunk and one over
 * the header and tables.
 *
 * @example
 * ```ts
 * const checksums = await loadChecksums();
 * const frame = encodeFrame({ planes, firstToken: 0, tokenCount: 256, chunks }, { checksums });
 * ```
 */
export function encodeFrame(input: FrameInput, options: EncodeFrameOptions): Uint8Array {
  checkFrameHeader(input);
  const algorithm = checkEncodeOptions(options);
  if (!Array.isArray(input.chunks)) {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid chunks: expected an array of { planeIndex, layerIndex, data }, got ${describeValue(input.chunks)}. Pass [] for a frame without chunks.`, {
      field: "chunks",
    });
  }
  const encoded = input.chunks.map((chunk, index) => {
    const plane = chunkPlane(input.planes, chunk, `chunks[${index}]`);
    return encodeChunk(plane, chunk.planeIndex, chunk.layerIndex, chunk.data, options.checksums, algorithm, { scales: chunk.scales });
  });
  return assembleFrame(input, encoded, options.checksums);
}

/**
 * Checks the options of {@link encodeFrame} and the encoder stream, and returns the checksum
 * algorithm, or throws `INVALID_ARGUMENT` naming the fix.
 */
export function checkEncodeOptions(options: EncodeFrameOptions): ChecksumAlgorithm {
  if (options === null || typeof options !== "object") {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid options: expected { checksums: await loadChecksums() }, got ${describeValue(options)}.`, { field: "options" });
  }
  for (const key of Object.keys(options)) {
    if (key !== "checksums" && key !== "checksum") {
      throw new KvCacheError("INVALID_ARGUMENT", `Unknown option "${key}" of the frame writer: it takes checksums and checksum (the algorithm: crc32, crc32c, xxh64 or xxh3).`, {
        field: key,
      });
    }
  }
  const algorithm = options.checksum ?? DEFAULT_CHECKSUM;
  checkAlgorithm(algorithm);
  checksumFunction(options.checksums, algorithm);
  return algorithm;
}

/**
 * Returns the plane a chunk input belongs to, after checking that the chunk is an object whose
 * `planeIndex` is an integer index into `planes`. Throws `INVALID_ARGUMENT` naming `field`.
 */
export function chunkPlane(planes: readonly PlaneDescriptor[], chunk: FrameChunkInput, field: string): PlaneDescriptor {
  if (chunk === null || typeof chunk !== "object") {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid ${field}: expected { planeIndex, layerIndex, data }, got ${describeValue(chunk)}.`, { field });
  }
  rejectUnknownKeys(chunk, CHUNK_INPUT_KEYS, `the chunk input ${field}`, field);
  const { planeIndex } = chunk;
  if (!Number.isSafeInteger(planeIndex) || planeIndex < 0 || planeIndex >= planes.length) {
    throw new KvCacheError(
      "INVALID_ARGUMENT",
      `Invalid ${field}.planeIndex ${typeof planeIndex === "string" ? JSON.stringify(planeIndex) : String(planeIndex)}: expected an integer from 0 to ${planes.length - 1}, the index of the chunk's plane in planes.`,
      { field: `${field}.planeIndex`, value: planeIndex },
    );
  }
  return planes[planeIndex]!;
}

function checkAlgorithm(algorithm: ChecksumAlgorithm): void {
  if (!Object.hasOwn(CHECKSUM_IDS, algorithm)) {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid checksum "${String(algorithm)}": expected crc32, crc32c, xxh64 or xxh3.`, {
      field: "checksum",
      value: algorithm,
    });
  }
}

/**
 * Checks that an encoded chunk has the sizes its plane gives, or throws `INVALID_ARGUMENT`. A
 * chunk encoded for another plane descriptor would otherwise make a frame that every reader
 * rejects.
 */
function checkEncodedSizes(chunk: EncodedChunk, plane: PlaneDescriptor): void {
  const name = `chunk (plane ${chunk.planeIndex}, layer ${chunk.layerIndex})`;
  if (Object.prototype.toString.call(chunk.stored) !== "[object Uint8Array]") {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid ${name}.stored: expected the Uint8Array that encodeChunk returns.`, { field: "chunks" });
  }
  const expectedDecoded = layoutSections(codecOf(plane).sectionSizes(plane as never)).size;
  const deflated = (plane.encoding.stages ?? []).includes("deflate");
  if (chunk.decodedSize !== expectedDecoded || (!deflated && chunk.stored.length !== expectedDecoded)) {
    throw new KvCacheError(
      "INVALID_ARGUMENT",
      `Invalid ${name}: it has decodedSize ${chunk.decodedSize} and ${chunk.stored.length} stored bytes, but plane ${chunk.planeIndex} gives ${expectedDecoded} bytes${deflated ? " before deflate" : ""}. Encode the chunk with the plane descriptor the frame header lists at that index.`,
      { field: "chunks", value: chunk.decodedSize },
    );
  }
}

/**
 * Writes a frame from chunks already encoded (for example by worker threads). Chunks are put in
 * frame order, by layer and then plane; a (plane, layer) pair may appear once. All chunks must
 * use the same checksum algorithm and the sizes their plane gives.
 */
export function assembleFrame(header: FrameHeaderInput, chunks: readonly EncodedChunk[], checksums: Checksums): Uint8Array {
  checkFrameHeader(header);
  const ordered = [...chunks].sort((a, b) => a.layerIndex - b.layerIndex || a.planeIndex - b.planeIndex);
  const algorithm = ordered[0]?.algorithm ?? DEFAULT_CHECKSUM;
  checkAlgorithm(algorithm);
  const checksum = checksumFunction(checksums, algorithm);
  ordered.forEach((chunk, index) => {
    const plane = header.planes[chunk.planeIndex];
    if (plane === undefined || chunk.layerIndex >= chunkShape(plane).layerCount) {
      throw new KvCacheError("INVALID_ARGUMENT", `Invalid chunk (plane ${chunk.planeIndex}, layer ${chunk.layerIndex}): no such plane or layer in the frame.`, {
        field: "chunks",
      });
    }
    const previous = ordered[index - 1];
    if (previous !== undefined && previous.layerIndex === chunk.layerIndex && previous.planeIndex === chunk.planeIndex) {
      throw new KvCacheError("INVALID_ARGUMENT", `Invalid chunks: plane ${chunk.planeIndex}, layer ${chunk.layerIndex} appears twice.`, { field: "chunks" });
    }
    checkEncodedSizes(chunk, plane);
    if (chunk.algorithm !== algorithm) {
      throw new KvCacheError("INVALID_ARGUMENT", `Invalid chunks: checksums mix ${algorithm} and ${chunk.algorithm}; encode every chunk with one algorithm.`, {
        field: "chunks",
      });
    }
  });
  if (ordered.length > 0xffffffff) throw new KvCacheError("INVALID_ARGUMENT", "Invalid chunks: more than 2^32 − 1.", { field: "chunks" });

  const tablesEnd = HEADER_SIZE + header.planes.length * PLANE_ENTRY_SIZE + ordered.length * CHUNK_ENTRY_SIZE;
  const payloadOffset = alignUp(tablesEnd);
  const offsets: number[] = [];
  let end = payloadOffset;
  for (const chunk of ordered) {
    const offset = alignUp(end);
    offsets.push(offset);
    end = offset + chunk.stored.length;
  }
  const frameSize = ordered.length === 0 ? payloadOffset : end;
  const frame = new Uint8Array(frameSize);
  const view = new DataView(frame.buffer);

  frame.set(FRAME_MAGIC, 0);
  view.setUint16(4, FRAME_VERSION_MAJOR, true);
  view.setUint16(6, FRAME_VERSION_MINOR, true);
  view.setUint32(8, HEADER_SIZE, true);
  view.setUint16(12, header.planes.length, true);
  view.setUint16(14, PLANE_ENTRY_SIZE, true);
  view.setUint32(16, ordered.length, true);
  view.setUint16(20, CHUNK_ENTRY_SIZE, true);
  view.setUint8(22, CHECKSUM_IDS[algorithm]);
  view.setUint8(23, SOURCE_LAYOUT_IDS[header.sourceLayout ?? "unspecified"]);
  view.setBigUint64(24, BigInt(frameSize), true);
  view.setBigUint64(32, BigInt(header.firstToken), true);
  view.setUint32(40, header.tokenCount, true);
  view.setUint32(44, payloadOffset, true);

  header.planes.forEach((plane, index) => writePlaneEntry(view, HEADER_SIZE + index * PLANE_ENTRY_SIZE, plane));
  const indexStart = HEADER_SIZE + header.planes.length * PLANE_ENTRY_SIZE;
  ordered.forEach((chunk, index) => {
    const entry = indexStart + index * CHUNK_ENTRY_SIZE;
    view.setBigUint64(entry, BigInt(offsets[index]!), true);
    view.setBigUint64(entry + 8, BigInt(chunk.stored.length), true);
    view.setBigUint64(entry + 16, BigInt(chunk.decodedSize), true);
    view.setBigUint64(entry + 24, chunk.checksum, true);
    view.setUint16(entry + 32, chunk.planeIndex, true);
    view.setUint32(entry + 36, chunk.layerIndex, true);
    frame.set(chunk.stored, offsets[index]!);
  });
  // The header checksum covers bytes 0 to payloadOffset − 1 with its own 8 bytes still zero.
  view.setBigUint64(HEADER_CHECKSUM_OFFSET, checksum(frame.subarray(0, payloadOffset)), true);
  return frame;
}
