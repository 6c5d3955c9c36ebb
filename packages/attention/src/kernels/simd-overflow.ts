import { accumulateKvMagnitudes, emptyKvMagnitudes, nonFiniteResultRows, overflowStateRows } from "./overflow-rows.js";
import { combineRowFlags, replaceRowsWithReference } from "./reference-rows.js";
import type { AttentionProblem, AttentionResult } from "./sdpa.js";
import type { SimdExports } from "./simd-core.js";
import type { Tensor } from "./tensor.js";

/**
 * Recomputes on the reference the rows of a SIMD `result` whose float32 scores or value sums
 * overflowed, although the inputs may be finite. Float32 sums never return from ±∞, so an
 * overflow leaves a NaN or infinite score or value sum. A score of +∞ or NaN and an infinite
 * value sum show in the result. A score of −∞ only sets the module's flag, which the caller
 * reset before the call, and then the norm bound of {@link overflowStateRows} finds its rows.
 * `rowMajorKv` returns the keys and values as row-major tensors, and runs only when a row needs
 * them.
 */
export function replaceSimdOverflowRows(
  wasm: SimdExports,
  problem: AttentionProblem,
  query: Tensor,
  sinkLogits: Float32Array | undefined,
  result: AttentionResult,
  rowMajorKv: () => { key: Tensor; value: Tensor },
): void {
  let flags = nonFiniteResultRows(result.output.data, result.logSumExp.data, problem.valueDim);
  let kv: { key: Tensor; value: Tensor } | undefined;
  if (wasm.negative_infinite_score.value !== 0) {
    kv = rowMajorKv();
    const magnitudes = emptyKvMagnitudes(problem.kvHeads);
    accumulateKvMagnitudes(magnitudes, kv.key.data, kv.value.data, problem.keyRows, problem.headDim, problem.valueDim);
    flags = combineRowFlags(flags, overflowStateRows(problem, query.data, magnitudes));
  }
  if (flags === undefined) return;
  kv ??= rowMajorKv();
  replaceRowsWithReference(problem, query, kv.key, kv.value, sinkLogits, flags, result.output.data, result.logSumExp.data);
}
