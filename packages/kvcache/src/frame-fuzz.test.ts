// Mutation fuzzing of valid frames: every mutated or truncated frame is either rejected with a
// typed error or decodes to the original data, and a corrupted chunk is always detected.
import { describe, expect, it } from "vitest";

import { loadChecksums } from "./checksum.js";
import { gaussian, toElements } from "./codecs/describe-codec.test-helpers.js";
import { isKvCacheError } from "./errors.js";
import { decodeFrame, readFrameTables, type DecodedFrame } from "./frame-reader.js";
import { encodeFrame, type FrameInput } from "./frame-writer.js";
import type { PlaneDescriptor } from "./plane.js";

const CASES = 100_000;

function plane(role: PlaneDescriptor["role"], width: number, encoding: PlaneDescriptor["encoding"]): PlaneDescriptor {
  return { role, kind: "token", elementType: "fp16", dims: [2, 32, 2, width], axisRoles: ["layer", "token", "head", "channel"], position: 0, channelOffset: 0, encoding };
}

const FRAMES: FrameInput[] = [
  { planes: [plane("key", 8, { codec: "raw" }), plane("value", 12, { codec: "raw" })], firstToken: 64, tokenCount: 32, chunks: [] },
  { planes: [plane("key", 8, { codec: "fp8", format: "e4m3fn", saturate: true, scaleGranularity: "head" })], firstToken: 0, tokenCount: 32, chunks: [] },
  {
    planes: [plane("key", 16, { codec: "int", bits: 4, groupSize: 32, groupAxis: 1, residualTokens: 0 }), plane("value", 16, { codec: "int", bits: 2, groupSize: 16, groupAxis: 3, residualTokens: 8, stages: ["deflate"] })],
    firstToken: 0,
    tokenCount: 32,
    chunks: [],
  },
].map((frame, f) => ({
  ...frame,
  chunks: frame.planes.flatMap((p, planeIndex) =>
    [0, 1].map((layerIndex) => ({ planeIndex, layerIndex, data: toElements(gaussian(32 * 2 * p.dims[3]!, f * 10 + planeIndex * 2 + layerIndex + 1, 1), "fp16") })),
  ),
}));

function sameData(a: DecodedFrame, b: DecodedFrame): boolean {
  return a.chunks.length === b.chunks.length && a.chunks.every((chunk, i) => {
    const other = b.chunks[i]!;
    return chunk.planeIndex === other.planeIndex && chunk.layerIndex === other.layerIndex && chunk.data.every((v, k) => Object.is(v, other.data[k]));
  });
}

describe("frame fuzzing", () => {
  it(`rejects or reproduces ${CASES.toLocaleString("en-US")} mutated frames`, async () => {
    const checksums = await loadChecksums();
    const originals = FRAMES.map((input) => encodeFrame(input, { checksums }));
    const decodedOriginals = originals.map((frame) => decodeFrame(frame, { checksums }));
    const payloadStarts = originals.map((frame) => readFrameTables(frame, { checksums }).header.payloadOffset);
    // Limits at the frame's own scale: a mutated size field cannot make the reader allocate more.
    const limits = { maxFrameBytes: 1 << 16, maxChunkBytes: 1 << 14, maxPlanes: 4, maxChunks: 8 };

    let state = 0x9e3779b9;
    const random = (n: number) => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) % n;
    };
    const outcomes = { rejected: 0, reproduced: 0, chunkCorruptions: 0 };
    const unexpected: string[] = [];

    for (let c = 0; c < CASES; c++) {
      const which = c % originals.length;
      const original = originals[which]!;
      let mutated: Uint8Array;
      let touchedPayload = false;
      let touchedHeader = false;
      const kind = random(4);
      if (kind === 0) {
        mutated = original.slice(0, random(original.length));
      } else if (kind === 1) {
        mutated = new Uint8Array(original.length + 1 + random(32));
        mutated.set(original);
      } else {
        mutated = original.slice();
        const flips = 1 + random(kind === 2 ? 1 : 4);
        for (let k = 0; k < flips; k++) {
          const at = random(mutated.length);
          mutated[at]! ^= 1 + random(255);
          if (at >= payloadStarts[which]!) touchedPayload = true;
          else touchedHeader = true;
        }
      }
      try {
        const decoded = decodeFrame(mutated, { checksums, limits });
        if (!sameData(decoded, decodedOriginals[which]!)) unexpected.push(`case ${c}: decoded to different data`);
        outcomes.reproduced++;
      } catch (error) {
        if (!isKvCacheError(error)) {
          unexpected.push(`case ${c}: untyped ${(error as Error).name}: ${(error as Error).message}`);
          continue;
        }
        outcomes.rejected++;
        if (touchedPayload && !touchedHeader) {
          outcomes.chunkCorruptions++;
          // A flip in a payload or the padding between payloads: checksum or strict padding check.
          if (error.code !== "FRAME_CHECKSUM_MISMATCH" && error.code !== "FRAME_INVALID") unexpected.push(`case ${c}: payload flip gave ${error.code}`);
        }
      }
      if (unexpected.length > 5) break;
    }
    expect(unexpected).toEqual([]);
    expect(outcomes.rejected + outcomes.reproduced).toBe(CASES);
    // Every mutation changes bytes the frame covers, so none may decode.
    expect(outcomes.reproduced).toBe(0);
    expect(outcomes.chunkCorruptions).toBeGreaterThan(CASES / 4);
  }, 180_000);
});
