import type { Percentiles } from "./percentile.js";
import { QuantileSketch } from "./quantile-sketch.js";
import { PATH_OFFLOADED, type RequestTimes } from "./request-log.js";
import type { Slo } from "./simulator-config.js";

/** Relative accuracy of the summary-mode percentile sketches. */
export const SUMMARY_RELATIVE_ACCURACY = 0.01;

/** Count, compensated sum and quantile sketch of one metric. */
class MetricAccumulator {
  readonly sketch = new QuantileSketch(SUMMARY_RELATIVE_ACCURACY);
  private sum = 0;
  // Neumaier compensation keeps the mean to the last bits of a double over millions of values.
  private compensation = 0;

  add(value: number, weight = 1): void {
    this.sketch.add(value, weight);
    const term = value * weight;
    const next = this.sum + term;
    this.compensation += Math.abs(this.sum) >= Math.abs(term) ? this.sum - next + term : term - next + this.sum;
    this.sum = next;
  }

  percentiles(): Percentiles | null {
    const count = this.sketch.count;
    if (count === 0) return null;
    return { mean: (this.sum + this.compensation) / count, p50: this.sketch.percentile(50), p90: this.sketch.percentile(90), p99: this.sketch.percentile(99) };
  }
}

/** The per-request metrics of {@link SimulationMetrics} that come from the finished requests. */
export interface FinishedRequestMetrics {
  finished: number;
  offloaded: number;
  /** Requests that meet every configured SLO. */
  good: number;
  ttftFirstTokenMs: Percentiles | null;
  ttftPrefillDoneMs: Percentiles | null;
  tpotMs: Percentiles | null;
  itlMs: Omit<Percentiles, "mean"> | null;
  e2eMs: Percentiles | null;
  queueing: { prefillWaitMs: Percentiles | null; transferMs: Percentiles | null; decodeWaitMs: Percentiles | null };
}

/**
 * Fixed-size accumulators that replace the {@link RequestLog} in the simulator's `summary` mode:
 * each finished request is folded in and dropped. Counts are exact, means are exact up to
 * floating-point rounding (a compensated sum, so they may differ from `full` mode in the last
 * bits), and percentiles come from a {@link QuantileSketch} within relative error
 * {@link SUMMARY_RELATIVE_ACCURACY} of the exact numpy-style (type 7) percentile that `full` mode
 * reports. Memory depends on the spread of each metric's values, not on the request count.
 */
export class RequestSummary {
  finished = 0;
  offloaded = 0;
  good = 0;
  private readonly ttft = new MetricAccumulator();
  private readonly prefillDone = new MetricAccumulator();
  private readonly tpot = new MetricAccumulator();
  private readonly itl = new MetricAccumulator();
  private readonly e2e = new MetricAccumulator();
  private readonly prefillWait = new MetricAccumulator();
  private readonly transfer = new MetricAccumulator();
  private readonly decodeWait = new MetricAccumulator();

  constructor(
    private readonly slo: Slo,
    private readonly tpotDenominator: "n-1" | "n",
  ) {}

  /** Folds in one finished request, with the same formulas as the `full` mode metrics. */
  push(times: RequestTimes, outputTokens: number, path: number): void {
    this.finished++;
    if (path === PATH_OFFLOADED) this.offloaded++;
    const ttft = (times.firstTokenUs - times.arrivalUs) / 1000;
    const e2e = (times.finishUs - times.arrivalUs) / 1000;
    this.ttft.add(ttft);
    this.e2e.add(e2e);
    this.prefillDone.add((times.prefillDoneUs - times.arrivalUs) / 1000);
    this.prefillWait.add((times.prefillStartUs - times.arrivalUs) / 1000);
    this.transfer.add((times.kvArrivalUs - times.prefillDoneUs) / 1000);
    this.decodeWait.add((times.decodeStartUs - times.kvArrivalUs) / 1000);

    let tpot: number | null = null;
    if (outputTokens > 1) {
      tpot = (e2e - ttft) / (this.tpotDenominator === "n" ? outputTokens : outputTokens - 1);
      this.tpot.add(tpot);
      // With a constant step time, each of the n − 1 gaps of a request equals its mean gap.
      this.itl.add((e2e - ttft) / (outputTokens - 1), outputTokens - 1);
    }
    const slo = this.slo;
    const meets =
      (slo.ttftMs === undefined || ttft <= slo.ttftMs) &&
      (slo.e2eMs === undefined || e2e <= slo.e2eMs) &&
      (slo.tpotMs === undefined || tpot === null || tpot <= slo.tpotMs);
    if (meets) this.good++;
  }

  /** Bytes held by the sketches' bucket counts (8 per bucket); the other fields are a fixed few scalars. */
  get retainedBytes(): number {
    return this.accumulators().reduce((sum, accumulator) => sum + accumulator.sketch.bucketCount * 8, 0);
  }

  /** Returns the metrics of the requests folded in so far. */
  metrics(): FinishedRequestMetrics {
    const itl = this.itl.percentiles();
    return {
      finished: this.finished,
      offloaded: this.offloaded,
      good: this.good,
      ttftFirstTokenMs: this.ttft.percentiles(),
      ttftPrefillDoneMs: this.prefillDone.percentiles(),
      tpotMs: this.tpot.percentiles(),
      itlMs: itl === null ? null : { p50: itl.p50, p90: itl.p90, p99: itl.p99 },
      e2eMs: this.e2e.percentiles(),
      queueing: { prefillWaitMs: this.prefillWait.percentiles(), transferMs: this.transfer.percentiles(), decodeWaitMs: this.decodeWait.percentiles() },
    };
  }

  private accumulators(): MetricAccumulator[] {
    return [this.ttft, this.prefillDone, this.tpot, this.itl, this.e2e, this.prefillWait, this.transfer, this.decodeWait];
  }
}
