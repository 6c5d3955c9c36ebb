import type { AttentionProblem } from "./sdpa.js";

/**
 * The largest magnitude a float32 fast path may meet in a dot product, a score or a value sum
 * before its rows run on the reference: 2^126, a quarter of the largest float32 (about
 * 3.4028235e38, IEEE 754 binary32). The margin covers float32 rounding of long sums.
 */
export const FLOAT32_SAFE_MAGNITUDE = 2 ** 126;

/**
 * Per-KV-head bounds of the keys and values one call reads: the largest Euclidean norm of a key
 * vector and the largest |value| element. Non-finite elements count as 0, because rows that read
 * them follow the IEEE-754 rules of the reference contract by other means.
 */
export interface KvMagnitudes {
  readonly keyNorm: Float64Array;
  readonly valueMagnitude: Float64Array;
}

/** Returns zero bounds for `kvHeads` KV heads, to be raised with {@link accumulateKvMagnitudes}. */
export function emptyKvMagnitudes(kvHeads: number): KvMagnitudes {
  return { keyNorm: new Float64Array(kvHeads), valueMagnitude: new Float64Array(kvHeads) };
}

/**
 * Returns the Euclidean norm of `width` elements of `data` from `start`, in float64, skipping
 * non-finite elements. Squares of float32 values stay below 2^256, so the plain sum is finite
 * unless an element is not, and only then does the slower loop run.
 */
function finiteNorm(data: Float32Array, start: number, width: number): number {
  let squares = 0;
  for (let c = 0; c < width; c++) {
    const element = data[start + c]!;
    squares += element * element;
  }
  if (Number.isFinite(squares)) return Math.sqrt(squares);

  squares = 0;
  for (let c = 0; c < width; c++) {
    const element = data[start + c]!;
    if (Number.isFinite(element)) squares += element * element;
  }
  return Math.sqrt(squares);
}

/** Returns the largest finite |element| of `width` elements of `data` from `start`, or 0. */
function finiteMagnitude(data: Float32Array, start: number, width: number): number {
  let largest = 0;
  for (let c = 0; c < width; c++) {
    const magnitude = Math.abs(data[start + c]!);
    if (magnitude > largest && magnitude !== Infinity) largest = magnitude;
  }
  return largest;
}

/**
 * Raises `bounds` to cover `tokens` rows of row-major keys `[tokens, H_kv, d]` and values
 * `[tokens, H_kv, d_v]`.
 */
export function accumulateKvMagnitudes(
  bounds: KvMagnitudes,
  key: Float32Array,
  value: Float32Array,
  tokens: number,
  headDim: number,
  valueDim: number,
): void {
  const kvHeads = bounds.keyNorm.length;
  for (let t = 0; t < tokens; t++) {
    for (let h = 0; h < kvHeads; h++) {
      const vector = t * kvHeads + h;
      const keyNorm = finiteNorm(key, vector * headDim, headDim);
      if (keyNorm > bounds.keyNorm[h]!) bounds.keyNorm[h] = keyNorm;

      // NaN compares false and ∞ is rare, so the plain maximum runs first and ∞ triggers the check.
      let largest = 0;
      for (let c = 0; c < valueDim; c++) {
        const magnitude = Math.abs(value[vector * valueDim + c]!);
        if (magnitude > largest) largest = magnitude;
      }
      if (largest === Infinity) largest = finiteMagnitude(value, vector * valueDim, valueDim);
      if (largest > bounds.valueMagnitude[h]!) bounds.valueMagnitude[h] = largest;
    }
  }
}

/**
 * Returns, per `(row, head)` state row (`r·H_q + h`), 1 when float32 arithmetic on the row's
 * finite inputs may overflow, and `undefined` when no row may. By the Cauchy–Schwarz
 * inequality, every partial dot product of a query `q` with a key of KV head `g` is at most
 * `‖q‖·maxKeyNorm(g)`. Every running value sum of an online softmax is at most `T_k·max|v|`,
 * because each weight `exp(s − m)` is at most 1. A row is flagged when
 * `max(1, |scale|)·‖q‖·maxKeyNorm(g)` or `T_k·max|v|` exceeds {@link FLOAT32_SAFE_MAGNITUDE},
 * and every row is flagged when `|scale|` does. The test is conservative: it ignores the mask,
 * so a flagged row may in fact be safe, and flagged rows cost a float64 recomputation only.
 */
export function overflowStateRows(problem: AttentionProblem, query: Float32Array, bounds: KvMagnitudes): Uint8Array | undefined {
  const { queryRows, queryHeads, keyRows, headDim, groupSize, scale } = problem;
  const rows = new Uint8Array(queryRows * queryHeads);
  if (Math.abs(scale) > FLOAT32_SAFE_MAGNITUDE) return rows.fill(1);

  const scaleFactor = Math.max(1, Math.abs(scale));
  let flagged = false;
  for (let stateRow = 0; stateRow < rows.length; stateRow++) {
    const kvHead = Math.floor((stateRow % queryHeads) / groupSize);
    const scoreBound = scaleFactor * finiteNorm(query, stateRow * headDim, headDim) * bounds.keyNorm[kvHead]!;
    const valueSumBound = keyRows * bounds.valueMagnitude[kvHead]!;
    if (scoreBound > FLOAT32_SAFE_MAGNITUDE || valueSumBound > FLOAT32_SAFE_MAGNITUDE) {
      rows[stateRow] = 1;
      flagged = true;
    }
  }
  return flagged ? rows : undefined;
}

/**
 * Returns, per `(row, head)` state row, 1 when a float32 fast path's result shows an overflow:
 * an output channel that is NaN or ±∞, or a log-sum-exp that is NaN or +∞. Returns
 * `undefined` when no row does. Rows that read NaN or ±∞ inputs are flagged too, and the
 * reference recomputes them under the same IEEE-754 rules.
 */
export function nonFiniteResultRows(output: Float32Array, logSumExp: Float32Array, valueDim: number): Uint8Array | undefined {
  let rows: Uint8Array | undefined;
  for (let stateRow = 0; stateRow < logSumExp.length; stateRow++) {
    const logSumExpValue = logSumExp[stateRow]!;
    let flagged = Number.isNaN(logSumExpValue) || logSumExpValue === Infinity;
    for (let c = 0; c < valueDim && !flagged; c++) flagged = !Number.isFinite(output[stateRow * valueDim + c]!);
    if (!flagged) continue;
    rows ??= new Uint8Array(logSumExp.length);
    rows[stateRow] = 1;
  }
  return rows;
}
