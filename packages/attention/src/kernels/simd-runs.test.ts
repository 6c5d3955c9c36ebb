import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { AttentionMask } from "./masks.js";
import { resolveAttentionProblem } from "./sdpa.js";
import { flagBlockRuns, intervalBlockRuns } from "./simd-runs.js";
import { tensor } from "./tensor.js";

const maskArbitrary: fc.Arbitrary<AttentionMask> = fc.oneof(
  fc.constant({ kind: "none" } as const),
  fc.constant({ kind: "causal" } as const),
  fc.record({ kind: fc.constant("sliding" as const), window: fc.integer({ min: 1, max: 12 }), sinkTokens: fc.integer({ min: 0, max: 6 }) }),
  fc.record({ kind: fc.constant("sliding" as const), window: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant("chunked" as const), chunkSize: fc.integer({ min: 1, max: 9 }) }),
  fc.record({ kind: fc.constant("band" as const), left: fc.integer({ min: 0, max: 8 }), right: fc.integer({ min: 0, max: 8 }) }),
);

describe("SIMD key runs", () => {
  it("intervals agree with testing every key", () => {
    fc.assert(
      fc.property(
        maskArbitrary,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: -6, max: 6 }),
        fc.integer({ min: -8, max: 40 }),
        fc.integer({ min: 1, max: 5 }),
        (mask, queryRows, keyRows, firstPosition, queryOffset, rowsPerBlock) => {
          const keyPositions = Array.from({ length: keyRows }, (_, j) => firstPosition + j);
          const empty = (rows: number) => tensor(new Float32Array(0), [rows, 1, 0]);
          const problem = resolveAttentionProblem(empty(queryRows), empty(keyRows), empty(keyRows), { mask, keyPositions, queryOffset, scale: 1 });
          const visible = new Uint8Array(rowsPerBlock * keyRows);
          const seenByAll = new Uint8Array(keyRows);
          for (let first = 0; first < queryRows; first += rowsPerBlock) {
            const rows = Math.min(rowsPerBlock, queryRows - first);
            const expected = flagBlockRuns(problem, first, rows, visible, seenByAll);
            expect(intervalBlockRuns(problem, firstPosition, first, rows), `rows ${first} to ${first + rows - 1}`).toEqual(expected);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
