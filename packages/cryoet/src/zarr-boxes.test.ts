// writeOmeZarr with a volume given as boxes: any tiling gives the store that the whole array gives.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { MrcData } from "./voxels.js";
import { writeOmeZarr, type OmeZarrBox } from "./zarr.js";

/** Cuts an axis of `size` voxels at the given fractions, into ascending [start, end) ranges. */
function cuts(size: number, fractions: readonly number[]): [number, number][] {
  const edges = [...new Set([0, ...fractions.map((fraction) => Math.floor(fraction * size)), size])].sort((a, b) => a - b);
  return edges.slice(1).map((end, index) => [edges[index]!, end]);
}

/** Yields the boxes of `data` ([z][y][x], shape `shape`) on the grid of cuts. */
async function* boxesOf(data: Int16Array, shape: [number, number, number], zCuts: [number, number][], yCuts: [number, number][], xCuts: [number, number][]): AsyncGenerator<OmeZarrBox> {
  for (const [z0, z1] of zCuts) {
    for (const [y0, y1] of yCuts) {
      for (const [x0, x1] of xCuts) {
        const box = new Int16Array((z1 - z0) * (y1 - y0) * (x1 - x0));
        let index = 0;
        for (let z = z0; z < z1; z++) for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) box[index++] = data[(z * shape[1] + y) * shape[2] + x]!;
        yield { start: [z0, y0, x0], shape: [z1 - z0, y1 - y0, x1 - x0], data: box };
      }
    }
  }
}

const fractions = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 3 });

describe("writeOmeZarr with boxes", () => {
  it("stores the same chunks as the whole volume", async () => {
    await fc.assert(
      fc.asyncProperty(fc.tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 })), fc.integer({ min: 1, max: 4 }), fractions, fractions, fractions, async (shape, chunk, zf, yf, xf) => {
        const data = Int16Array.from({ length: shape[0] * shape[1] * shape[2] }, (_, index) => index * 37 - 500);
        const whole = new Map<string, Uint8Array>();
        const boxed = new Map<string, Uint8Array>();
        await writeOmeZarr(whole, data, shape, { chunks: [chunk, chunk, chunk] });
        await writeOmeZarr(boxed, boxesOf(data, shape, cuts(shape[0], zf), cuts(shape[1], yf), cuts(shape[2], xf)), shape, { chunks: [chunk, chunk, chunk] });

        expect([...boxed.keys()].sort()).toEqual([...whole.keys()].sort());
        for (const [key, value] of whole) expect(Buffer.from(boxed.get(key)!).equals(Buffer.from(value))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("rejects invalid boxes", async () => {
    const box = (start: [number, number, number], shape: [number, number, number], data: MrcData): AsyncIterable<OmeZarrBox> => ({
      async *[Symbol.asyncIterator]() {
        yield { start, shape, data: new Float32Array(8) };
        yield { start, shape, data };
      },
    });
    for (const boxes of [box([1, 0, 0], [2, 2, 2], new Float32Array(8)), box([0, 0, 0], [2, 2, 2], new Int16Array(8)), box([0, 0, 0], [2, 2, 2], new Float32Array(7))]) {
      await expect(writeOmeZarr(new Map(), boxes, [2, 2, 2])).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field: "box" });
    }
  });

  it("rejects an empty sequence", async () => {
    const none: AsyncIterable<OmeZarrBox> = { async *[Symbol.asyncIterator]() {} };

    await expect(writeOmeZarr(new Map(), none, [2, 2, 2])).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field: "volume" });
  });
});
