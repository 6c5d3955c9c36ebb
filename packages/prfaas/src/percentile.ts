import { PrfaasError } from "./errors.js";

/**
 * Returns the q-th percentile (0 ≤ q ≤ 100) of `sorted` (ascending) by linear interpolation,
 * numpy's default (Hyndman–Fan type 7): h = (n − 1)·q/100, x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋).
 *
 * @throws PrfaasError `EMPTY_INPUT` for no samples, `INVALID_OPTION` for q outside [0, 100].
 */
export function percentileOfSorted(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) throw new PrfaasError("EMPTY_INPUT", `Cannot take the P${q} of no samples.`, { field: "samples" });
  checkPercentile(q);
  const h = ((sorted.length - 1) * q) / 100;
  const low = Math.floor(h);
  const lower = sorted[low]!;
  return low + 1 < sorted.length ? lower + (h - low) * (sorted[low + 1]! - lower) : lower;
}

function checkPercentile(q: number): void {
  if (!(q >= 0 && q <= 100)) throw new PrfaasError("INVALID_OPTION", `Invalid percentile ${String(q)}: expected 0 to 100.`, { field: "q", value: q });
}

/** Throws `INVALID_OPTION` unless `weights` has one whole count of at least 0 per value. */
function checkWeights(values: ArrayLike<number>, weights: ArrayLike<number>): void {
  if (weights.length !== values.length) {
    throw new PrfaasError("INVALID_OPTION", `Invalid weights: ${weights.length} weights for ${values.length} values, but each value needs one weight.`, { field: "weights", value: weights.length });
  }
  for (let index = 0; index < weights.length; index++) {
    const weight = weights[index]!;
    if (!Number.isSafeInteger(weight) || weight < 0) {
      throw new PrfaasError("INVALID_OPTION", `Invalid weight ${String(weight)} at index ${index}: expected a whole count of at least 0.`, { field: "weights", value: weight });
    }
  }
}

/** Returns the q-th percentile of unsorted `values` (copied and sorted); see {@link percentileOfSorted}. */
export function percentile(values: ArrayLike<number>, q: number): number {
  return percentileOfSorted(Float64Array.from(values).sort(), q);
}

/**
 * Returns the q-th percentile of values that each repeat `weights[i]` times (whole counts), as if
 * the repeated list were expanded, without expanding it.
 *
 * @throws PrfaasError `EMPTY_INPUT` when the weights add up to 0, and `INVALID_OPTION` for q
 *   outside [0, 100], a weight that is not a whole count of at least 0, or a weight count other
 *   than the value count.
 */
export function weightedPercentile(values: ArrayLike<number>, weights: ArrayLike<number>, q: number): number {
  checkPercentile(q);
  checkWeights(values, weights);
  const order = Array.from({ length: values.length }, (_, index) => index).filter((index) => weights[index]! > 0);
  order.sort((a, b) => values[a]! - values[b]!);
  const total = order.reduce((sum, index) => sum + weights[index]!, 0);
  if (total === 0) throw new PrfaasError("EMPTY_INPUT", `Cannot take the P${q} of no samples.`, { field: "samples" });
  const h = ((total - 1) * q) / 100;
  const low = Math.floor(h);
  // Value at 0-based position `rank` of the expanded list.
  const valueAt = (rank: number) => {
    let seen = 0;
    for (const index of order) {
      seen += weights[index]!;
      if (rank < seen) return values[index]!;
    }
    return values[order[order.length - 1]!]!;
  };
  const lower = valueAt(low);
  return low + 1 < total ? lower + (h - low) * (valueAt(low + 1) - lower) : lower;
}

/** P50, P90, P99 and the mean of a sample. */
export interface Percentiles {
  mean: number;
  p50: number;
  p90: number;
  p99: number;
}

/** Returns {@link Percentiles} of `values`, or null for no samples. */
export function summarize(values: ArrayLike<number>): Percentiles | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (let index = 0; index < sorted.length; index++) sum += sorted[index]!;
  return { mean: sum / sorted.length, p50: percentileOfSorted(sorted, 50), p90: percentileOfSorted(sorted, 90), p99: percentileOfSorted(sorted, 99) };
}
