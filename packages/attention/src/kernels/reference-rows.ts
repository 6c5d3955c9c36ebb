import { scaledDotProductAttention, type AttentionProblem } from "./sdpa.js";
import { tensor, type Tensor } from "./tensor.js";

/**
 * Returns the element-wise OR of two per-state-row flag arrays, either of which may be
 * `undefined` (no row flagged).
 */
export function combineRowFlags(a: Uint8Array | undefined, b: Uint8Array | undefined): Uint8Array | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const combined = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) combined[i] = a[i]! | b[i]!;
  return combined;
}

/**
 * Overwrites the flagged `(row, head)` state rows (`r·H_q + h`) of `output` `[T_q·H_q·d_v]` and
 * `logSumExp` `[T_q·H_q]` with the float64 reference's results. Only query rows with a flagged
 * head are recomputed. `key` and `value` are the row-major tensors that `problem` was resolved from.
 */
export function replaceRowsWithReference(
  problem: AttentionProblem,
  query: Tensor,
  key: Tensor,
  value: Tensor,
  sinkLogits: Float32Array | undefined,
  flags: Uint8Array,
  output: Float32Array,
  logSumExp: Float32Array,
): void {
  const { queryHeads, headDim, valueDim } = problem;
  const rows: number[] = [];
  for (let r = 0; r < problem.queryRows; r++) {
    if (flags.subarray(r * queryHeads, (r + 1) * queryHeads).includes(1)) rows.push(r);
  }
  if (rows.length === 0) return;

  const rowWidth = queryHeads * headDim;
  const subset = new Float32Array(rows.length * rowWidth);
  for (const [i, r] of rows.entries()) subset.set(query.data.subarray(r * rowWidth, (r + 1) * rowWidth), i * rowWidth);
  const reference = scaledDotProductAttention(tensor(subset, [rows.length, queryHeads, headDim]), key, value, {
    scale: problem.scale,
    mask: problem.mask,
    queryPositions: rows.map((r) => problem.queryPositions[r]!),
    keyPositions: problem.keyPositions,
    ...(sinkLogits === undefined ? {} : { sinkLogits }),
  });
  for (const [i, r] of rows.entries()) {
    for (let h = 0; h < queryHeads; h++) {
      const stateRow = r * queryHeads + h;
      if (flags[stateRow] !== 1) continue;
      logSumExp[stateRow] = reference.logSumExp.data[i * queryHeads + h]!;
      output.set(reference.output.data.subarray((i * queryHeads + h) * valueDim, (i * queryHeads + h + 1) * valueDim), stateRow * valueDim);
    }
  }
}
