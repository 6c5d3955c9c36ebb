// blockEnd against a greedy merge that looks at every run, as the reader merged runs before.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { blockBytes, blockEnd, runOffset, type RunLayout } from "./run-layout.js";

/** Adds runs one by one while the gap and the block length allow: the reference for blockEnd. */
function greedyEnd(layout: RunLayout, first: number, maxGapBytes: number, maxBlockBytes: number): number {
  const start = runOffset(layout, first);
  let end = first + 1;
  while (end < layout.runCount) {
    const gap = runOffset(layout, end) - (runOffset(layout, end - 1) + layout.runBytes);
    const length = runOffset(layout, end) + layout.runBytes - start;
    if (gap > maxGapBytes || length > maxBlockBytes) break;
    end++;
  }
  return end;
}

const layouts = fc
  .record({
    firstOffset: fc.integer({ min: 0, max: 2000 }),
    runBytes: fc.integer({ min: 1, max: 40 }),
    extraRowBytes: fc.integer({ min: 0, max: 40 }),
    rows: fc.integer({ min: 1, max: 8 }),
    rowsPerSection: fc.integer({ min: 1, max: 8 }),
    extraSectionBytes: fc.integer({ min: 0, max: 300 }),
    sections: fc.integer({ min: 1, max: 9 }),
  })
  .map((input): RunLayout => {
    const rowBytes = input.runBytes + input.extraRowBytes;
    const rowsPerSection = Math.min(input.rowsPerSection, input.rows);
    return {
      firstOffset: input.firstOffset,
      runBytes: input.runBytes,
      rowBytes,
      sectionBytes: input.rows * rowBytes + input.extraSectionBytes,
      rowsPerSection,
      runCount: rowsPerSection * input.sections,
    };
  });

describe("blockEnd", () => {
  it("matches the greedy merge at every run", () => {
    fc.assert(
      fc.property(layouts, fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1, max: 2000 }), (layout, maxGapBytes, maxBlockBytes) => {
        for (let first = 0; first < layout.runCount; first++) {
          expect(blockEnd(layout, first, maxGapBytes, maxBlockBytes), `run ${first}`).toBe(greedyEnd(layout, first, maxGapBytes, maxBlockBytes));
        }
      }),
      { numRuns: 400 },
    );
  });

  it("keeps one run longer than the limit", () => {
    const layout: RunLayout = { firstOffset: 1024, runBytes: 100, rowBytes: 100, sectionBytes: 1000, rowsPerSection: 10, runCount: 30 };
    expect(blockEnd(layout, 0, 4096, 50)).toBe(1);
    expect(blockBytes(layout, 0, 1)).toBe(100);
    // Contiguous rows and sections merge until the length limit.
    expect(blockEnd(layout, 0, 0, 1000)).toBe(10);
    expect(blockEnd(layout, 5, 0, 10_000)).toBe(30);
  });
});
