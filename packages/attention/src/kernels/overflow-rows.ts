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

/** Returns the Euclidean norm of `width` elements of `data` from `start`, in float64, skipping non-finite elements. */
function finiteNorm(data: Float32Array, start: number, width: number): number {
  let squares = 0;
  for (let c = 0; c < width; c++) {
    const element = data[start + c]!;
    if (Number.isFinite(element)) squares += element * element;
  }
  return Math.sqrt(squares);
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
      bounds.keyNorm[h] = Math.max(bounds.keyNorm[h]!, finiteNorm(key, vector * headDim, headDim));
      for (let c = 0; c < valueDim; c++) {
        const element = Math.abs(value[vector * valueDim + c]!);
        if (element > bounds.valueMagnitude[h]! && element !== Infinity) bounds.valueMagnitude[h] = element;
      }
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
