import { PrfaasError } from "./errors.js";

/**
 * Counts per log-spaced bucket over a dense range of bucket indices. The range grows to cover
 * the smallest and largest index seen, so its size depends on the spread of the values, not on
 * how many were added.
 */
class BucketStore {
  counts = new Float64Array(0);
  /** Bucket index of `counts[0]`. */
  offset = 0;
  total = 0;

  add(index: number, weight: number): void {
    if (this.counts.length === 0) {
      this.counts = new Float64Array(64);
      this.offset = index - 32;
    } else if (index < this.offset || index >= this.offset + this.counts.length) {
      this.extend(index);
    }
    this.counts[index - this.offset]! += weight;
    this.total += weight;
  }

  /** Reallocates so that `index` fits, at least doubling the length to keep growth amortized. */
  private extend(index: number): void {
    const low = Math.min(this.offset, index);
    const high = Math.max(this.offset + this.counts.length - 1, index);
    const length = Math.max(high - low + 1, this.counts.length * 2);
    const next = new Float64Array(length);
    // Leave the spare room on the side that grew.
    const start = index < this.offset ? high - length + 1 : low;
    next.set(this.counts, this.offset - start);
    this.counts = next;
    this.offset = start;
  }
}

/**
 * Smallest magnitude the sketch indexes, the smallest normal double. Subnormal doubles lose
 * precision, and near 2^−1074 their spacing exceeds α, so a bucket's value could not be reported
 * within α. As DDSketch does below its minimum indexable value, smaller magnitudes count as zeros.
 */
const MIN_INDEXED_MAGNITUDE = 2 ** -1022;

/**
 * Quantile sketch with a relative-error guarantee, after DDSketch (Masson, Rim and Lee,
 * "DDSketch: A Fast and Fully-Mergeable Quantile Sketch with Relative-Error Guarantees",
 * PVLDB 12(12): 2195–2205, 2019, arXiv:1908.10693). With γ = (1 + α)/(1 − α), a positive value
 * x goes to bucket i = ⌈log_γ x⌉, which covers (γ^(i−1), γ^i], and the bucket reports
 * 2γ^i/(γ + 1). Every value in the bucket is then within relative error α of the reported value. Negative values use a
 * mirrored store and zeros a separate count.
 *
 * {@link valueAtRank} returns the value of a 0-based rank within relative error α of the exact
 * order statistic (up to the last bits of floating-point rounding), or within 2^−1022 of it for
 * subnormal magnitudes, which count as zeros. {@link percentile}
 * interpolates two such ranks like numpy's default (type 7), so for values of one sign it is
 * within relative error α of the exact type-7 percentile (within 2^−1022 where a rank falls on
 * a subnormal magnitude). Memory is one count per bucket between
 * the smallest and largest magnitude seen: ⌈ln(max/min)/ln γ⌉ + 1 buckets per sign, about 1,150
 * for values from 10^−3 to 10^7 at α = 1 %, whatever the number of values.
 */
export class QuantileSketch {
  readonly relativeAccuracy: number;
  private readonly gamma: number;
  private readonly logGamma: number;
  /** 2γ/(γ + 1), the bucket value's factor over γ^(i−1). */
  private readonly bucketValueFactor: number;
  private readonly positive = new BucketStore();
  private readonly negative = new BucketStore();
  private zeroCount = 0;
  /** Sum of the weights added. */
  count = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;

  /** @throws PrfaasError `INVALID_OPTION` unless 0 < relativeAccuracy < 1. */
  constructor(relativeAccuracy = 0.01) {
    if (!(relativeAccuracy > 0 && relativeAccuracy < 1)) {
      throw new PrfaasError("INVALID_OPTION", `Invalid relative accuracy ${String(relativeAccuracy)}: expected a number between 0 and 1.`, {
        field: "relativeAccuracy",
        value: relativeAccuracy,
      });
    }
    this.relativeAccuracy = relativeAccuracy;
    this.gamma = (1 + relativeAccuracy) / (1 - relativeAccuracy);
    this.logGamma = Math.log(this.gamma);
    this.bucketValueFactor = (2 * this.gamma) / (this.gamma + 1);
  }

  /**
   * Adds `value` with multiplicity `weight`.
   *
   * @throws PrfaasError `INVALID_OPTION` for a non-finite value or a weight that is not positive and finite.
   */
  add(value: number, weight = 1): void {
    if (!Number.isFinite(value)) throw new PrfaasError("INVALID_OPTION", `Invalid sketch value ${String(value)}: expected a finite number.`, { field: "value", value });
    if (!(weight > 0 && Number.isFinite(weight))) {
      throw new PrfaasError("INVALID_OPTION", `Invalid sketch weight ${String(weight)}: expected a positive finite number.`, { field: "weight", value: weight });
    }
    if (value >= MIN_INDEXED_MAGNITUDE) this.positive.add(this.indexOf(value), weight);
    else if (value <= -MIN_INDEXED_MAGNITUDE) this.negative.add(this.indexOf(-value), weight);
    else this.zeroCount += weight;
    this.count += weight;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  /** Number of bucket counts held, the memory of the sketch besides a few scalars. */
  get bucketCount(): number {
    return this.positive.counts.length + this.negative.counts.length;
  }

  /**
   * Returns the estimated value at 0-based `rank` of the sorted values (each repeated by its
   * weight), clamped to the exact minimum and maximum.
   *
   * @throws PrfaasError `EMPTY_INPUT` for an empty sketch.
   */
  valueAtRank(rank: number): number {
    if (this.count === 0) throw new PrfaasError("EMPTY_INPUT", "Cannot take a quantile of an empty sketch.", { field: "samples" });
    const clamped = Math.min(Math.max(rank, 0), this.count - 1);
    let seen = 0;
    // Ascending order of value: negatives from the largest magnitude down, zeros, positives up.
    const negative = this.negative;
    for (let slot = negative.counts.length - 1; slot >= 0; slot--) {
      seen += negative.counts[slot]!;
      if (clamped < seen) return this.clamp(-this.valueOf(slot + negative.offset));
    }
    seen += this.zeroCount;
    if (clamped < seen) return this.clamp(0);
    const positive = this.positive;
    for (let slot = 0; slot < positive.counts.length; slot++) {
      seen += positive.counts[slot]!;
      if (clamped < seen) return this.clamp(this.valueOf(slot + positive.offset));
    }
    return this.max;
  }

  /**
   * Returns the estimated q-th percentile (0 ≤ q ≤ 100) with numpy's default interpolation:
   * h = (n − 1)·q/100 between the estimates at ranks ⌊h⌋ and ⌊h⌋ + 1.
   *
   * @throws PrfaasError `EMPTY_INPUT` for an empty sketch, `INVALID_OPTION` for q outside [0, 100].
   */
  percentile(q: number): number {
    if (!(q >= 0 && q <= 100)) throw new PrfaasError("INVALID_OPTION", `Invalid percentile ${String(q)}: expected 0 to 100.`, { field: "q", value: q });
    if (this.count === 0) throw new PrfaasError("EMPTY_INPUT", `Cannot take the P${q} of no samples.`, { field: "samples" });
    const h = ((this.count - 1) * q) / 100;
    const low = Math.floor(h);
    const lower = this.valueAtRank(low);
    return low + 1 < this.count ? lower + (h - low) * (this.valueAtRank(low + 1) - lower) : lower;
  }

  private indexOf(magnitude: number): number {
    return Math.ceil(Math.log(magnitude) / this.logGamma);
  }

  /** Returns 2γ^i/(γ + 1), from γ^(i−1) so that a bucket near the largest double stays finite. */
  private valueOf(index: number): number {
    return Math.pow(this.gamma, index - 1) * this.bucketValueFactor;
  }

  private clamp(value: number): number {
    return Math.min(this.max, Math.max(this.min, value));
  }
}
