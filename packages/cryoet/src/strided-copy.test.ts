// copyRuns against a plain loop over run offsets, for runs of one unit (the four-section path),
// short runs and runs long enough for TypedArray.set, starting at any row of a section.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { copyRuns, type RunStrides } from "./strided-copy.js";

/** Copies runs the plain way: run k starts at the offset of row firstRow + k, counted from the first run's section. */
function naiveCopy(source: Uint32Array, sourceStart: number, count: number, firstRow: number, strides: RunStrides): number[] {
  const out: number[] = [];
  for (let run = 0; run < count; run++) {
    const row = firstRow + run;
    const offset = Math.floor(row / strides.rowsPerSection) * strides.sectionStride + (row % strides.rowsPerSection) * strides.rowStride - firstRow * strides.rowStride;
    for (let unit = 0; unit < strides.runLength; unit++) out.push(source[sourceStart + offset + unit]!);
  }
  return out;
}

describe("copyRuns", () => {
  it("matches a plain loop over run offsets", () => {
    fc.assert(
      fc.property(
        fc.record({
          runLength: fc.constantFrom(1, 2, 3, 63, 64, 70),
          extraRow: fc.integer({ min: 0, max: 5 }),
          rowsPerSection: fc.integer({ min: 1, max: 9 }),
          extraSection: fc.integer({ min: 0, max: 7 }),
          sections: fc.integer({ min: 1, max: 11 }),
          firstRow: fc.nat(),
          dropLast: fc.nat(),
          sourceStart: fc.integer({ min: 0, max: 5 }),
          targetStart: fc.integer({ min: 0, max: 5 }),
        }),
        (input) => {
          const rowStride = input.runLength + input.extraRow;
          const strides: RunStrides = {
            runLength: input.runLength,
            rowStride,
            sectionStride: input.rowsPerSection * rowStride + input.extraSection,
            rowsPerSection: input.rowsPerSection,
          };
          const firstRow = input.firstRow % input.rowsPerSection;
          const rowsAvailable = input.sections * input.rowsPerSection - firstRow;
          const count = Math.max(0, rowsAvailable - (input.dropLast % input.rowsPerSection));
          const source = Uint32Array.from({ length: input.sourceStart + (input.sections + 1) * strides.sectionStride }, (_, i) => i * 2654435761);
          const target = new Uint32Array(input.targetStart + count * input.runLength + 3).fill(0xdeadbeef);
          copyRuns(source, input.sourceStart + firstRow * rowStride, target, input.targetStart, count, firstRow, strides);
          const expected = naiveCopy(source, input.sourceStart + firstRow * rowStride, count, firstRow, strides);
          expect(Array.from(target.subarray(input.targetStart, input.targetStart + expected.length))).toEqual(expected);
          // Nothing outside the runs' places changes.
          expect(Array.from(target.subarray(0, input.targetStart)).every((value) => value === 0xdeadbeef)).toBe(true);
          expect(Array.from(target.subarray(input.targetStart + expected.length)).every((value) => value === 0xdeadbeef)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
