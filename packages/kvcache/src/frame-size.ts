import { codecOf } from "./codecs/index.js";
import { CHUNK_ENTRY_SIZE, HEADER_SIZE, PLANE_ENTRY_SIZE } from "./frame-format.js";
import { checkPlane, checkPlaneCount } from "./plane-entry.js";
import { chunkShape, type PlaneDescriptor, type Stage } from "./plane.js";
import { alignUp, layoutSections } from "./sections.js";
import { storedDeflateBytes } from "./stored-deflate.js";

/** Bytes of one plane in a frame that holds all its layers. */
export interface PlaneSize {
  planeIndex: number;
  /** Payload bytes of one chunk (one layer) before stages. */
  chunkBytes: number;
  /**
   * Bytes of one chunk as stored, after its stages: equal to `chunkBytes` without a deflate
   * stage. Each deflate stage adds the stored-block overhead of its input, 5 bytes per 65,535.
   */
  storedChunkBytes: number;
  layers: number;
  /** Stored bytes of all layers, alignment padding between chunks included. */
  payloadBytes: number;
}

/** Sizes of a frame holding every layer of every plane once. */
export interface FrameSize {
  planes: PlaneSize[];
  /** Header, plane table, chunk index and the padding after them. */
  overheadBytes: number;
  frameBytes: number;
}

/**
 * Returns the maximum size in bytes of a chunk of `chunkBytes` after `stages`. Byte-split keeps
 * the length, and each deflate stage can grow its input to the stored-block size, so the bound is
 * applied once per deflate stage.
 */
function storedStageBytes(chunkBytes: number, stages: readonly Stage[]): number {
  return stages.reduce((bytes, stage) => (stage === "deflate" ? storedDeflateBytes(bytes) : bytes), chunkBytes);
}

/**
 * Computes the size of a frame that contains every layer of every plane, without encoding
 * anything. It is exact unless a plane has a deflate stage. Such a plane is counted at the largest
 * size deflate can give it (stored blocks), so the result is an upper bound that real data undercuts.
 * An empty `planes` throws `INVALID_ARGUMENT`, as in `encodeFrame`, because a frame has at least
 * one plane.
 */
export function frameSize(planes: readonly PlaneDescriptor[]): FrameSize {
  checkPlaneCount(planes);
  planes.forEach((plane, index) => checkPlane(plane, `planes[${index}]`));
  const sizes = planes.map((plane, planeIndex) => {
    const chunkBytes = layoutSections(codecOf(plane).sectionSizes(plane as never)).size;
    return { planeIndex, chunkBytes, storedChunkBytes: storedStageBytes(chunkBytes, plane.encoding.stages ?? []), layers: chunkShape(plane).layerCount };
  });
  const chunkCount = sizes.reduce((sum, size) => sum + size.layers, 0);
  const payloadOffset = alignUp(HEADER_SIZE + planes.length * PLANE_ENTRY_SIZE + chunkCount * CHUNK_ENTRY_SIZE);
  // Chunks go layer by layer; every payload but the last is padded to 16 bytes.
  const result = sizes.map((size) => ({ ...size, payloadBytes: size.layers * alignUp(size.storedChunkBytes) }));
  const paddedTotal = result.reduce((sum, size) => sum + size.payloadBytes, 0);
  const order = [...sizes].filter((size) => size.layers > 0).sort((a, b) => b.layers - a.layers || b.planeIndex - a.planeIndex);
  const last = order[0];
  const lastPadding = last === undefined ? 0 : alignUp(last.storedChunkBytes) - last.storedChunkBytes;
  return { planes: result, overheadBytes: payloadOffset, frameBytes: payloadOffset + paddedTotal - lastPadding };
}
