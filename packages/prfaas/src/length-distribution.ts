import { PrfaasError, requirePositive } from "./errors.js";
import { normalCdf } from "./normal.js";

/**
 * The distribution of incremental (uncached) prefill lengths L in tokens, as the analytical
 * model needs it: tail mass above a threshold and partial expectations over a length range.
 */
export interface LengthDistribution {
  /** E[L] in tokens. */
  readonly meanTokens: number;
  /** P(L > t). */
  probabilityAbove(thresholdTokens: number): number;
  /**
   * The partial expectation E[f(L); lower < L ≤ upper], not divided by the range's mass. With
   * `f` omitted, f(L) = L.
   */
  partialExpectation(lowerTokens: number, upperTokens: number, f?: (tokens: number) => number): number;
}

/** A log-normal length law: ln L ~ Normal(mu, sigma), truncated to [minTokens, maxTokens]. */
export interface LogNormalLengths {
  mu: number;
  sigma: number;
  minTokens: number;
  maxTokens: number;
}

/** Intervals of the Simpson rule behind {@link LengthDistribution.partialExpectation} with `f`. */
const SIMPSON_INTERVALS = 2000;

/**
 * Returns the truncated log-normal length law as a {@link LengthDistribution}. The mass and the
 * mean use the closed form E[L; a < L < b] = e^(μ + σ²/2)·[Φ((ln b − μ − σ²)/σ) − Φ((ln a − μ − σ²)/σ)];
 * other functions of L are integrated with Simpson's rule over ln L.
 */
export function logNormalDistribution(law: LogNormalLengths): LengthDistribution {
  checkLogNormal(law);
  const { mu, sigma } = law;
  const logMin = Math.log(law.minTokens);
  const logMax = Math.log(law.maxTokens);
  const massBetween = (a: number, b: number) => normalCdf((b - mu) / sigma) - normalCdf((a - mu) / sigma);
  const totalMass = massBetween(logMin, logMax);
  const clampLog = (tokens: number) => Math.min(logMax, Math.max(logMin, tokens <= 0 ? logMin : Math.log(tokens)));

  const partialMean = (a: number, b: number) =>
    (Math.exp(mu + (sigma * sigma) / 2) *
      (normalCdf((b - mu - sigma * sigma) / sigma) - normalCdf((a - mu - sigma * sigma) / sigma))) /
    totalMass;

  const meanTokens = partialMean(logMin, logMax);
  checkMass(law, totalMass, meanTokens);

  return {
    meanTokens,
    probabilityAbove: (t) => (t === Number.POSITIVE_INFINITY ? 0 : massBetween(clampLog(t), logMax) / totalMass),
    partialExpectation(lower, upper, f) {
      const a = clampLog(lower);
      const b = upper === Number.POSITIVE_INFINITY ? logMax : clampLog(upper);
      if (b <= a) return 0;
      if (f === undefined) return partialMean(a, b);
      const step = (b - a) / SIMPSON_INTERVALS;
      let sum = 0;
      for (let index = 0; index <= SIMPSON_INTERVALS; index++) {
        const x = a + index * step;
        const weight = index === 0 || index === SIMPSON_INTERVALS ? 1 : index % 2 === 1 ? 4 : 2;
        const density = Math.exp(-0.5 * ((x - mu) / sigma) ** 2) / (sigma * Math.sqrt(2 * Math.PI));
        sum += weight * f(Math.exp(x)) * density;
      }
      return (sum * step) / 3 / totalMass;
    },
  };
}

function checkLogNormal(law: LogNormalLengths): void {
  requirePositive("sigma", law.sigma);
  if (!Number.isFinite(law.mu)) {
    throw new PrfaasError("INVALID_OPTION", `Invalid mu ${String(law.mu)}: expected a finite number (ln of tokens).`, { field: "mu", value: law.mu });
  }
  requirePositive("minTokens", law.minTokens);
  if (!(law.maxTokens > law.minTokens) || !Number.isFinite(law.maxTokens)) {
    throw new PrfaasError(
      "INVALID_OPTION",
      `Invalid maxTokens ${String(law.maxTokens)}: expected a finite length above minTokens ${law.minTokens}.`,
      { field: "maxTokens", value: law.maxTokens },
    );
  }
}

/**
 * Throws `INVALID_OPTION` when the bounds of `law` hold no mass in float64, or so little that the
 * mean falls outside them. Every probability and mean would then be NaN or meaningless, which
 * happens when mu is given in tokens instead of ln tokens.
 */
function checkMass(law: LogNormalLengths, totalMass: number, meanTokens: number): void {
  if (totalMass > 0 && meanTokens >= law.minTokens && meanTokens <= law.maxTokens) return;
  throw new PrfaasError(
    "INVALID_OPTION",
    `Invalid mu ${law.mu} with sigma ${law.sigma}: the length bounds [${law.minTokens}, ${law.maxTokens}] hold almost none of ln L ~ Normal(${law.mu}, ${law.sigma}). Widen the bounds or move mu, the mean of ln L (9.9 is about 20,000 tokens).`,
    { field: "mu", value: law.mu },
  );
}

/**
 * Returns the empirical distribution of `lengths` (for example a trace's incremental lengths).
 * Partial expectations of a function are exact sums, cached per function as prefix sums over the
 * sorted lengths, so repeated queries cost O(log n).
 *
 * @throws PrfaasError `EMPTY_INPUT` when `lengths` is empty, and `INVALID_OPTION` for a length that
 *   is not a finite number of at least 1 token.
 */
export function empiricalDistribution(lengths: ArrayLike<number>): LengthDistribution {
  if (lengths.length === 0) throw new PrfaasError("EMPTY_INPUT", "Cannot build a length distribution from no requests.");
  for (let index = 0; index < lengths.length; index++) {
    const length = lengths[index]!;
    // A prefill computes at least its last prompt token, so an incremental length is at least 1.
    if (!Number.isFinite(length) || length < 1) {
      throw new PrfaasError("INVALID_OPTION", `Invalid length ${String(length)} at index ${index}: expected a finite number of at least 1 token.`, {
        field: "lengths",
        value: length,
      });
    }
  }
  const sorted = Float64Array.from(lengths).sort();
  const count = sorted.length;
  const prefixSums = new Map<((tokens: number) => number) | undefined, Float64Array>();
  const sumsOf = (f: ((tokens: number) => number) | undefined) => {
    let sums = prefixSums.get(f);
    if (sums === undefined) {
      sums = new Float64Array(count + 1);
      for (let index = 0; index < count; index++) sums[index + 1] = sums[index]! + (f === undefined ? sorted[index]! : f(sorted[index]!));
      prefixSums.set(f, sums);
    }
    return sums;
  };
  // Number of lengths ≤ value.
  const rank = (value: number) => {
    let low = 0;
    let high = count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle]! <= value) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const identitySums = sumsOf(undefined);
  return {
    meanTokens: identitySums[count]! / count,
    probabilityAbove: (t) => (count - rank(t)) / count,
    partialExpectation(lower, upper, f) {
      const sums = sumsOf(f);
      const from = rank(lower);
      const to = rank(upper);
      return to <= from ? 0 : (sums[to]! - sums[from]!) / count;
    },
  };
}
