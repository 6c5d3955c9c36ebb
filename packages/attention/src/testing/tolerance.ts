import { unravelIndex } from "../kernels/tensor.js";

/** Tolerances of {@link compareArrays}: `|actual − expected| ≤ atol + rtol·|expected|`. */
export interface Tolerance {
  readonly rtol: number;
  readonly atol: number;
}

/** The float32 tolerance of the attention kernels' tests: rtol 1e-5, atol 1e-6. */
export const FLOAT32_TOLERANCE: Tolerance = { rtol: 1e-5, atol: 1e-6 };

/** Outcome of {@link compareArrays}: the worst element and whether every element passed. */
export interface Comparison {
  readonly ok: boolean;
  /** Largest `|actual − expected|` among finite pairs. */
  readonly maxAbsoluteError: number;
  /** Multi-dimensional index of the element that fails worst, or of the largest error when all pass. */
  readonly worstIndex: number[];
  readonly message: string;
}

/**
 * Compares two arrays element by element. Finite values pass when
 * `|a − e| ≤ atol + rtol·|e|`; non-finite values must match exactly (NaN with NaN, infinities
 * by sign). The message names the largest error and its index, for test failures.
 */
export function compareArrays(actual: ArrayLike<number>, expected: ArrayLike<number>, shape: readonly number[], tolerance: Tolerance = FLOAT32_TOLERANCE): Comparison {
  if (actual.length !== expected.length) {
    return { ok: false, maxAbsoluteError: Infinity, worstIndex: [], message: `length ${actual.length} differs from the expected ${expected.length}` };
  }
  let ok = true;
  let maxAbsoluteError = 0;
  let maxAbsoluteAt = 0;
  let worstExcess = -Infinity;
  let worstAt = -1;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i]!;
    const e = expected[i]!;
    if (!Number.isFinite(a) || !Number.isFinite(e)) {
      const same = Object.is(a, e) || (Number.isNaN(a) && Number.isNaN(e));
      if (!same && worstExcess < Infinity) {
        ok = false;
        worstExcess = Infinity;
        worstAt = i;
      }
      continue;
    }
    const error = Math.abs(a - e);
    if (error > maxAbsoluteError) {
      maxAbsoluteError = error;
      maxAbsoluteAt = i;
    }
    const excess = error - (tolerance.atol + tolerance.rtol * Math.abs(e));
    if (excess > 0) ok = false;
    if (excess > worstExcess) {
      worstExcess = excess;
      worstAt = i;
    }
  }
  const at = ok ? maxAbsoluteAt : worstAt;
  const worstIndex = unravelIndex(at, shape);
  const message = `max |actual − expected| = ${maxAbsoluteError.toExponential(3)} at [${unravelIndex(maxAbsoluteAt, shape).join(", ")}]; worst element [${worstIndex.join(", ")}]: actual ${actual[at]}, expected ${expected[at]} (rtol ${tolerance.rtol}, atol ${tolerance.atol})`;
  return { ok, maxAbsoluteError, worstIndex, message };
}
