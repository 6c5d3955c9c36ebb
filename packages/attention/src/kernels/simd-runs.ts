import type { AttentionMask } from "./masks.js";
import { isKeyVisible } from "./masks.js";
import type { AttentionProblem } from "./sdpa.js";

/**
 * Key runs of a block of query rows, as flattened `[start, end)` key-index pairs. `shared`
 * contains the keys visible to every row of the block, and `own[i]` the other keys visible to row `i`.
 */
export interface BlockRuns {
  readonly shared: number[];
  readonly own: number[][];
}

/**
 * Returns a function that splits the visible keys of query rows `first … first + rows − 1`
 * into {@link BlockRuns}. When key positions are consecutive (`p₀ + j`, the default), runs come
 * from each mask's position intervals, in time independent of `T_k`. Otherwise every query-key
 * pair is tested with `isKeyVisible`.
 */
export function createBlockRuns(problem: AttentionProblem, maxRows: number): (first: number, rows: number) => BlockRuns {
  const { keyRows, keyPositions } = problem;
  let consecutive = true;
  for (let j = 1; j < keyRows && consecutive; j++) consecutive = keyPositions[j] === keyPositions[0]! + j;
  if (consecutive) {
    const firstPosition = keyRows === 0 ? 0 : keyPositions[0]!;
    return (first, rows) => intervalBlockRuns(problem, firstPosition, first, rows);
  }
  const visible = new Uint8Array(maxRows * keyRows);
  const seenByAll = new Uint8Array(keyRows);
  return (first, rows) => flagBlockRuns(problem, first, rows, visible, seenByAll);
}

/**
 * Returns the key positions visible to a query at `position` as ascending, disjoint, inclusive
 * `[low, high]` pairs, flattened. `±Infinity` marks an open end.
 */
function visiblePositionIntervals(mask: AttentionMask, position: number): number[] {
  switch (mask.kind) {
    case "none":
      return [-Infinity, Infinity];
    case "causal":
      return [-Infinity, position];
    case "sliding": {
      // Positions below sinkTokens (none below 0 when it is unset) form their own interval
      // unless they reach the window, exactly as isKeyVisible tests them.
      const windowStart = position - mask.window + 1;
      const lastSink = Math.min((mask.sinkTokens ?? 0) - 1, position);
      if (lastSink + 1 >= windowStart) return [-Infinity, position];
      return [-Infinity, lastSink, windowStart, position];
    }
    case "chunked":
      return [Math.floor(position / mask.chunkSize) * mask.chunkSize, position];
    case "band":
      return [position - mask.left, position + mask.right];
  }
}

/** Converts inclusive position intervals to non-empty `[start, end)` key-index runs. */
function positionsToRuns(intervals: number[], firstPosition: number, keyRows: number): number[] {
  const runs: number[] = [];
  for (let i = 0; i < intervals.length; i += 2) {
    const start = Math.max(0, intervals[i]! - firstPosition);
    const end = Math.min(keyRows, intervals[i + 1]! - firstPosition + 1);
    if (start < end) runs.push(start, end);
  }
  return runs;
}

/** Returns the intersection of two sorted, disjoint run lists. */
function intersectRuns(a: number[], b: number[]): number[] {
  const result: number[] = [];
  let i = 0;
  let k = 0;
  while (i < a.length && k < b.length) {
    const start = Math.max(a[i]!, b[k]!);
    const end = Math.min(a[i + 1]!, b[k + 1]!);
    if (start < end) result.push(start, end);
    if (a[i + 1]! < b[k + 1]!) i += 2;
    else k += 2;
  }
  return result;
}

/** Returns the runs of `a` with every key of `b` removed; both sorted and disjoint. */
function subtractRuns(a: number[], b: number[]): number[] {
  const result: number[] = [];
  for (let i = 0; i < a.length; i += 2) {
    let start = a[i]!;
    const end = a[i + 1]!;
    for (let k = 0; k < b.length && start < end; k += 2) {
      if (b[k + 1]! <= start || b[k]! >= end) continue;
      if (b[k]! > start) result.push(start, b[k]!);
      start = b[k + 1]!;
    }
    if (start < end) result.push(start, end);
  }
  return result;
}

/** Derives the runs from position intervals; key `j` must sit at position `firstPosition + j`. Exported for tests. */
export function intervalBlockRuns(problem: AttentionProblem, firstPosition: number, first: number, rows: number): BlockRuns {
  const perRow: number[][] = [];
  for (let i = 0; i < rows; i++) {
    perRow.push(positionsToRuns(visiblePositionIntervals(problem.mask, problem.queryPositions[first + i]!), firstPosition, problem.keyRows));
  }
  let shared = perRow[0] ?? [];
  for (let i = 1; i < rows; i++) shared = intersectRuns(shared, perRow[i]!);
  return { shared, own: perRow.map((runs) => subtractRuns(runs, shared)) };
}

/** Returns the runs `[start, end)` of consecutive indices `j` with `flags[j] === 1`, flattened. */
function runsOf(flags: Uint8Array): number[] {
  const runs: number[] = [];
  let start = -1;
  for (let j = 0; j < flags.length; j++) {
    if (flags[j] === 1) {
      if (start < 0) start = j;
    } else if (start >= 0) {
      runs.push(start, j);
      start = -1;
    }
  }
  if (start >= 0) runs.push(start, flags.length);
  return runs;
}

/**
 * Derives the runs by testing every query-key pair; `visible` and `seenByAll` are work buffers
 * of `rows · T_k` and `T_k` bytes. Exported for tests.
 */
export function flagBlockRuns(problem: AttentionProblem, first: number, rows: number, visible: Uint8Array, seenByAll: Uint8Array): BlockRuns {
  const { keyRows, mask, keyPositions, queryPositions } = problem;
  seenByAll.fill(1);
  for (let i = 0; i < rows; i++) {
    const queryPosition = queryPositions[first + i]!;
    const row = visible.subarray(i * keyRows, (i + 1) * keyRows);
    for (let j = 0; j < keyRows; j++) {
      const seen = isKeyVisible(mask, queryPosition, keyPositions[j]!) ? 1 : 0;
      row[j] = seen;
      seenByAll[j] = seenByAll[j]! & seen;
    }
  }
  const shared = runsOf(seenByAll);
  const own: number[][] = [];
  for (let i = 0; i < rows; i++) {
    // Clear the shared keys from the row, leaving the keys visible to this row alone.
    const row = visible.subarray(i * keyRows, (i + 1) * keyRows);
    for (let j = 0; j < keyRows; j++) row[j] = row[j]! & (seenByAll[j]! ^ 1);
    own.push(runsOf(row));
  }
  return { shared, own };
}
