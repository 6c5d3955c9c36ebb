import type { AttentionProblem } from "./sdpa.js";

function hasNonFinite(data: ArrayLike<number>): boolean {
  for (let i = 0; i < data.length; i++) if (!Number.isFinite(data[i]!)) return true;
  return false;
}

/** Returns one flag per vector of `width` elements of `data`: 1 when the vector contains NaN or ±∞. */
function nonFiniteVectors(data: Float32Array, width: number): Uint8Array {
  const vectors = width === 0 ? 0 : data.length / width;
  const flags = new Uint8Array(vectors);
  for (let vector = 0; vector < vectors; vector++) {
    for (let c = 0; c < width; c++) {
      if (!Number.isFinite(data[vector * width + c]!)) {
        flags[vector] = 1;
        break;
      }
    }
  }
  return flags;
}

/**
 * Returns, per `(row, head)` state row (`r·H_q + h`), 1 when the row reads a non-finite input: its
 * query vector, its sink logit, or the key or value vector of a visible key of its KV head.
 * Returns `undefined` when Q, K, V and the sinks are all finite, which is the common case and
 * costs one scan. `visible` is the `[T_q, T_k]` visibility matrix (1 visible, 0 masked).
 * Masked keys are not read, so a NaN behind the mask flags nothing.
 */
export function nonFiniteStateRows(
  problem: AttentionProblem,
  query: Float32Array,
  key: Float32Array,
  value: Float32Array,
  sinkLogits: ArrayLike<number> | undefined,
  visible: Float32Array,
): Uint8Array | undefined {
  const sinksNonFinite = sinkLogits !== undefined && hasNonFinite(sinkLogits);
  if (!hasNonFinite(query) && !hasNonFinite(key) && !hasNonFinite(value) && !sinksNonFinite) return undefined;

  const { queryRows, queryHeads, keyRows, kvHeads, headDim, valueDim, groupSize } = problem;
  const queryFlags = nonFiniteVectors(query, headDim);
  const keyFlags = nonFiniteVectors(key, headDim);
  const valueFlags = nonFiniteVectors(value, valueDim);
  const rows = new Uint8Array(queryRows * queryHeads);
  for (let r = 0; r < queryRows; r++) {
    for (let g = 0; g < kvHeads; g++) {
      let readsNonFinite = 0;
      for (let j = 0; j < keyRows && readsNonFinite === 0; j++) {
        if (visible[r * keyRows + j] === 1 && (keyFlags[j * kvHeads + g] === 1 || valueFlags[j * kvHeads + g] === 1)) readsNonFinite = 1;
      }
      for (let h = g * groupSize; h < (g + 1) * groupSize; h++) {
        const sinkFlag = sinkLogits !== undefined && !Number.isFinite(sinkLogits[h]!) ? 1 : 0;
        rows[r * queryHeads + h] = readsNonFinite | sinkFlag | (headDim === 0 ? 0 : queryFlags[r * queryHeads + h]!);
      }
    }
  }
  return rows;
}
