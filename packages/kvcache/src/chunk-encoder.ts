import { CHECKSUM_IDS, DEFAULT_CHECKSUM, checksumFunction, type ChecksumAlgorithm, type Checksums } from "./checksum.js";
import type { EncodeChunkOptions } from "./codecs/codec.js";
import { codecOf } from "./codecs/index.js";
import { describeValue } from "./describe-value.js";
import { checkElementArray, type ElementArray } from "./element-type.js";
import { KvCacheError } from "./errors.js";
import { checkPlane, splitElementBytes } from "./plane-entry.js";
import { chunkShape, type PlaneDescriptor } from "./plane.js";
import { layoutSections } from "./sections.js";
import { deflateRaw, splitBytePlanes } from "./stages.js";

/** One layer of one plane, ready to go into a frame. */
export interface EncodedChunk {
  planeIndex: number;
  layerIndex: number;
  /** Bytes as stored: the codec's payload after the plane's stages. */
  stored: Uint8Array;
  /** Bytes of the payload before the stages. */
  decodedSize: number;
  /** Checksum of `stored` with `algorithm`. */
  checksum: bigint;
  algorithm: ChecksumAlgorithm;
}

/**
 * Encodes one chunk: runs the plane's codec on `data` (values of one layer, in the plane's
 * element type and `dims` order without the layer axis), applies the stages and computes the
 * checksum of the stored bytes with `algorithm` (default xxh64, as `encodeFrame` uses). Throws
 * `INVALID_ARGUMENT` for an invalid plane, index, data or algorithm.
 */
export function encodeChunk(
  plane: PlaneDescriptor,
  planeIndex: number,
  layerIndex: number,
  data: ElementArray,
  checksums: Checksums,
  algorithm: ChecksumAlgorithm = DEFAULT_CHECKSUM,
  options: Pick<EncodeChunkOptions, "scales"> = {},
): EncodedChunk {
  if (typeof algorithm !== "string" || !Object.hasOwn(CHECKSUM_IDS, algorithm)) {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid algorithm ${JSON.stringify(algorithm)}: expected crc32, crc32c, xxh64 or xxh3, or leave it out for xxh64.`, {
      field: "algorithm",
      value: algorithm,
    });
  }
  // Checked before the codec runs, so that a wrong checksums object does not waste an encode.
  checksumFunction(checksums, algorithm);
  if (!Number.isSafeInteger(planeIndex) || planeIndex < 0 || planeIndex > 0xffff) {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid planeIndex ${describeValue(planeIndex)}: expected an integer from 0 to 65,535, the plane's index in the frame.`, {
      field: "planeIndex",
      value: planeIndex,
    });
  }
  checkPlane(plane, `planes[${planeIndex}]`);
  const shape = chunkShape(plane);
  const field = `chunk (plane ${planeIndex}, layer ${layerIndex}).data`;
  data = checkElementArray(data, plane.elementType, field);
  const { length } = data;
  if (length !== shape.elementCount) {
    throw new KvCacheError(
      "INVALID_ARGUMENT",
      `Invalid ${field}: expected ${shape.elementCount} values for dims [${shape.dims.join(", ")}], got ${length}.`,
      { field, value: length },
    );
  }
  if (!Number.isSafeInteger(layerIndex) || layerIndex < 0 || layerIndex >= shape.layerCount) {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid layerIndex ${describeValue(layerIndex)} for plane ${planeIndex}: expected 0 to ${shape.layerCount - 1}.`, {
      field: "layerIndex",
      value: layerIndex,
    });
  }

  const codec = codecOf(plane);
  let stored = codec.encode(plane as never, data, { ...options, planeIndex, layerIndex });
  const decodedSize = layoutSections(codec.sectionSizes(plane as never)).size;
  for (const stage of plane.encoding.stages ?? []) {
    stored = stage === "byte-split" ? splitBytePlanes(stored, splitElementBytes(plane)) : deflateRaw(stored);
  }
  return { planeIndex, layerIndex, stored, decodedSize, checksum: checksumFunction(checksums, algorithm)(stored), algorithm };
}
