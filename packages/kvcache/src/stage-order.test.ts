// Every stage list a plane accepts must give frames that decodeFrame reads back. The reader knows
// only a chunk's storedSize and decodedSize, so it cannot size the output of a stage that runs
// after a deflate stage, and such lists are rejected up front.
import { describe, expect, it } from "vitest";

import { loadChecksums } from "./checksum.js";
import { isKvCacheError } from "./errors.js";
import { frameSize } from "./frame-size.js";
import { HEADER_CHECKSUM_OFFSET, HEADER_SIZE } from "./frame-format.js";
import { decodeFrame, readFrameTables } from "./frame-reader.js";
import { encodeFrame } from "./frame-writer.js";
import { incompressibleHalves } from "./incompressible.test-helpers.js";
import type { PlaneDescriptor, Stage } from "./plane.js";

/** Lists every sequence of up to 4 stages, the most a plane entry stores. */
function stageLists(): Stage[][] {
  const lists: Stage[][] = [[]];
  for (let length = 1; length <= 4; length++) {
    for (let bits = 0; bits < 2 ** length; bits++) {
      lists.push(Array.from({ length }, (_, i): Stage => ((bits >> i) & 1 ? "deflate" : "byte-split")));
    }
  }
  return lists;
}

/** Returns zeros, which deflate shrinks, or finite fp16 patterns that no deflate pass shrinks. */
function halves(count: number, compressible: boolean): Uint16Array {
  return compressible ? new Uint16Array(count) : incompressibleHalves(count, 7);
}

function planeWith(stages: Stage[]): PlaneDescriptor {
  return {
    role: "key",
    kind: "token",
    elementType: "fp16",
    dims: [1, 1_000],
    axisRoles: ["token", "channel"],
    position: 0,
    channelOffset: 0,
    encoding: { codec: "raw", stages },
  };
}

describe("stage order", () => {
  it("decodes every accepted stage list", async () => {
    const checksums = await loadChecksums();
    const accepted: Stage[][] = [];
    for (const stages of stageLists()) {
      const plane = planeWith(stages);
      try {
        frameSize([plane]);
      } catch {
        continue;
      }
      accepted.push(stages);
      for (const compressible of [false, true]) {
        const data = halves(1_000, compressible);
        const frame = encodeFrame({ planes: [plane], firstToken: 0, tokenCount: 1, chunks: [{ planeIndex: 0, layerIndex: 0, data }] }, { checksums });
        const decoded = decodeFrame(frame, { checksums }).chunks[0]!.data;

        expect(new Uint16Array(decoded.buffer, decoded.byteOffset, 1_000), JSON.stringify(stages)).toEqual(data);
        expect(frame.length, JSON.stringify(stages)).toBeLessThanOrEqual(frameSize([plane]).frameBytes);
      }
    }
    // Up to 4 byte-plane splits, each list optionally ending in one deflate: 5 + 4 lists.
    expect(accepted).toHaveLength(9);
  });

  it("rejects a stage after deflate when encoding", async () => {
    const checksums = await loadChecksums();
    for (const stages of [["deflate", "deflate"], ["deflate", "byte-split"], ["byte-split", "deflate", "byte-split"]] as Stage[][]) {
      const plane = planeWith(stages);
      let error: unknown;
      try {
        encodeFrame({ planes: [plane], firstToken: 0, tokenCount: 1, chunks: [{ planeIndex: 0, layerIndex: 0, data: halves(1_000, true) }] }, { checksums });
      } catch (caught) {
        error = caught;
      }

      expect(isKvCacheError(error), JSON.stringify(stages)).toBe(true);
      expect(error).toMatchObject({ code: "INVALID_ARGUMENT", field: "planes[0].encoding.stages" });
    }
  });

  it("rejects a frame that declares a stage after deflate", async () => {
    const checksums = await loadChecksums();
    const frame = encodeFrame(
      { planes: [planeWith(["byte-split", "deflate"])], firstToken: 0, tokenCount: 1, chunks: [{ planeIndex: 0, layerIndex: 0, data: halves(1_000, true) }] },
      { checksums },
    );
    // Byte 14 of a plane entry starts its stage list, and a third stage 2 adds a second deflate.
    // The header checksum is then recomputed, so only the stage list is wrong.
    const view = new DataView(frame.buffer, frame.byteOffset);
    frame[HEADER_SIZE + 14 + 2] = 2;
    view.setBigUint64(HEADER_CHECKSUM_OFFSET, 0n, true);
    view.setBigUint64(HEADER_CHECKSUM_OFFSET, checksums.xxh64(frame.subarray(0, view.getUint32(44, true))), true);

    expect(() => readFrameTables(frame, { checksums })).toThrow(expect.objectContaining({ code: "FRAME_INVALID", field: "planes[0].encoding.stages" }));
  });
});
