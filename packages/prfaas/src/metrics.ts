import type { LinkTimeline } from "./link.js";
import { summarize, weightedPercentile, type Percentiles } from "./percentile.js";
import type { PrefixCache } from "./prefix-cache.js";
import type { ProfileExtrapolation } from "./profile-extrapolation.js";
import { PATH_OFFLOADED, RequestLog } from "./request-log.js";
import type { FinishedRequestMetrics, RequestSummary } from "./request-summary.js";
import type { ClusterId } from "./routing-policy.js";
import type { ResolvedSimulationConfig } from "./simulator.js";
import { thresholdInForce, type ThresholdBounds, type ThresholdChange, type ThresholdInForce } from "./threshold-in-force.js";

/** The metrics of one run. Times are in ms; rates in requests per second. */
export interface SimulationMetrics {
  arrived: number;
  finished: number;
  /** Share of requests prefilled on PrfaaS. */
  offloadShare: number;
  /**
   * Token-weighted prefix-cache hit rate: reused prompt tokens / prompt tokens over all requests.
   * A prefix copied from the other cluster's cache counts as reused, because it is not computed.
   */
  prefixCacheHitRate: number;
  /** Per cluster, the lookups in its own cache and their hit rate, without prefixes copied from the other cluster. */
  prefixCache: Record<ClusterId, { lookups: number; hitRate: number }>;
  /** Arrival until the decode instance emits the first token (includes the KV transfer); the headline TTFT. */
  ttftFirstTokenMs: Percentiles | null;
  /** Arrival until the prefill completes. */
  ttftPrefillDoneMs: Percentiles | null;
  /** (E2E − TTFT) / (n − 1), or / n with `tpotDenominator: "n"`; requests with n ≤ 1 are left out. */
  tpotMs: Percentiles | null;
  /**
   * Inter-token gaps pooled over all requests, so long outputs weigh more. With a constant step
   * time every gap of a request equals its TPOT, so each request adds n − 1 equal gaps.
   */
  itlMs: Omit<Percentiles, "mean"> | null;
  e2eMs: Percentiles | null;
  /** Time per stage: prefill queue (including any prefix copy), KV transfer after prefill, decode-slot wait. */
  queueing: { prefillWaitMs: Percentiles | null; transferMs: Percentiles | null; decodeWaitMs: Percentiles | null };
  /**
   * Time-averaged waiting requests per stage from the first arrival to the last completion. `link`
   * counts the requests whose prefix copy is in transit or whose KV is still in transit after
   * their prefill finished.
   */
  meanQueueDepth: { prfaasPrefill: number; pdPrefill: number; decode: number; link: number };
  /** Run duration from first arrival to last completion, in seconds. */
  durationSeconds: number;
  /** Finished requests / duration. */
  throughputRequestsPerSecond: number;
  /**
   * vLLM-style goodput: finished requests that meet every configured SLO / duration, and
   * attainment, their share of the finished requests. Null when the configuration sets no SLO,
   * because goodput is then just throughput.
   */
  goodput: { requestsPerSecond: number; attainment: number } | null;
  link: {
    /** Mean utilisation of the PrfaaS-to-PD direction from the first arrival to the last completion. */
    meanUtilisation: number;
    /** Bytes the PrfaaS-to-PD direction carried: KV of offloaded prefills and prefix copies into PD. */
    sentBytes: number;
    /**
     * Bytes the PD-to-PrfaaS direction carried: prefix-cache copies from PD, made by policies
     * that may pull a cached prefix to PrfaaS. `meanUtilisation`, `egressGbps` and `utilisation`
     * cover the other direction only.
     */
    reverseSentBytes: number;
    /** Largest Σ transfer rates / capacity ever assigned (≤ 1), the larger of the two directions. */
    maxUtilisation: number;
    bucketSeconds: number;
    /** Egress per bucket in Gbit/s. */
    egressGbps: number[];
    /** Egress / capacity per bucket. */
    utilisation: number[];
  };
  /**
   * Time-averaged waiting requests (all prefill and decode queues and the link, as in
   * `meanQueueDepth`) in the first and second half of the arrival window.
   */
  waiting: { firstHalf: number; secondHalf: number };
  /** Threshold changes of the control loop, in µs and tokens. */
  thresholdTimeline: ThresholdChange[];
  /**
   * The offload threshold in force from the first arrival to the last completion: its initial,
   * final, time-weighted mean and extreme values. The `prfaas` control loop moves it unless the
   * configuration sets `controlLoop: false`. Null for policies without a threshold.
   */
  threshold: ThresholdInForce | null;
  /**
   * The range the control loop keeps the threshold in, [t₀ / range, t₀ · range] for the `prfaas`
   * loop. Null without a control loop. A threshold in force at either end means the loop would
   * have moved it further.
   */
  controlLoopBounds: ThresholdBounds | null;
  /**
   * Per cluster, the prefill-time and KV-size lookups outside the measured profile table, which
   * came from the fitted curves instead. Null for a cluster whose cost model has no table.
   */
  profileExtrapolation: Record<ClusterId, ProfileExtrapolation | null>;
}

/** The counters and logs of a finished simulation that {@link summarizeRun} reads. */
export interface RunRecord {
  /** The exact per-request log (`full` mode) or its fixed-size accumulators (`summary` mode). */
  requests: RequestLog | RequestSummary;
  config: ResolvedSimulationConfig;
  arrived: number;
  firstArrivalUs: number;
  lastArrivalUs: number;
  /** Time of the last completion, in µs. */
  endUs: number;
  decodeStepSeconds: number;
  caches: Record<ClusterId, PrefixCache>;
  /** Prompt tokens of all arrived requests, and those of them reused from a cache of either cluster. */
  promptTokens: number;
  reusedPromptTokens: number;
  linkTimeline: LinkTimeline;
  /** Bytes the PrfaaS-to-PD direction sent in the whole run. */
  linkSentBytes: number;
  /** Bytes the PD-to-PrfaaS direction sent in the whole run. */
  reverseLinkSentBytes: number;
  /** Capacity of that direction from the first arrival to the last completion, in bytes. */
  linkCapacityBytes: number;
  maxLinkUtilisation: number;
  waitingArea: Record<"prfaas" | "pd" | "decode" | "link", number>;
  /** Time-averaged waiting requests (all queues) over each half of the arrival window. */
  waiting: { firstHalf: number; secondHalf: number };
  thresholdTimeline: ThresholdChange[];
  controlLoopBounds: ThresholdBounds | null;
  profileExtrapolation: Record<ClusterId, ProfileExtrapolation | null>;
}

/**
 * Computes the metrics of a run from its requests and counters. With a {@link RequestLog} the
 * percentiles are exact type-7 (numpy's default); with a {@link RequestSummary} they are sketch
 * estimates within its stated relative error.
 */
export function summarizeRun(record: RunRecord): SimulationMetrics {
  const requests = record.requests instanceof RequestLog ? logMetrics(record.requests, record.config) : record.requests.metrics();
  const count = requests.finished;
  const { offloaded, good } = requests;

  const durationSeconds = count === 0 ? 0 : (record.endUs - record.firstArrivalUs) / 1e6;
  const cacheStats = (cache: PrefixCache) => ({ lookups: cache.lookups, hitRate: cache.lookupTokens === 0 ? 0 : cache.hitTokens / cache.lookupTokens });

  const timeline = record.linkTimeline;
  const runSeconds = Math.max(durationSeconds, 1e-9);
  const sloSet = Object.values(record.config.slo ?? {}).some((value) => value !== undefined);

  return {
    arrived: record.arrived,
    finished: count,
    offloadShare: count === 0 ? 0 : offloaded / count,
    prefixCacheHitRate: record.promptTokens === 0 ? 0 : record.reusedPromptTokens / record.promptTokens,
    prefixCache: { pd: cacheStats(record.caches.pd), prfaas: cacheStats(record.caches.prfaas) },
    ttftFirstTokenMs: requests.ttftFirstTokenMs,
    ttftPrefillDoneMs: requests.ttftPrefillDoneMs,
    tpotMs: requests.tpotMs,
    itlMs: requests.itlMs,
    e2eMs: requests.e2eMs,
    queueing: requests.queueing,
    meanQueueDepth: {
      prfaasPrefill: record.waitingArea.prfaas / runSeconds,
      pdPrefill: record.waitingArea.pd / runSeconds,
      decode: record.waitingArea.decode / runSeconds,
      link: record.waitingArea.link / runSeconds,
    },
    durationSeconds,
    throughputRequestsPerSecond: durationSeconds > 0 ? count / durationSeconds : 0,
    goodput: sloSet ? { requestsPerSecond: durationSeconds > 0 ? good / durationSeconds : 0, attainment: count === 0 ? 0 : good / count } : null,
    link: {
      meanUtilisation: record.linkCapacityBytes > 0 ? record.linkSentBytes / record.linkCapacityBytes : 0,
      sentBytes: record.linkSentBytes,
      reverseSentBytes: record.reverseLinkSentBytes,
      maxUtilisation: record.maxLinkUtilisation,
      bucketSeconds: timeline.bucketSeconds,
      egressGbps: timeline.bytes.map((bytes) => (bytes * 8) / 1e9 / timeline.bucketSeconds),
      utilisation: timeline.bytes.map((bytes, index) => (timeline.capacityBytes[index]! > 0 ? bytes / timeline.capacityBytes[index]! : 0)),
    },
    waiting: record.waiting,
    thresholdTimeline: record.thresholdTimeline,
    threshold: thresholdInForce(record.thresholdTimeline, record.firstArrivalUs, Math.max(record.firstArrivalUs, record.endUs)),
    controlLoopBounds: record.controlLoopBounds,
    profileExtrapolation: record.profileExtrapolation,
  };
}

/** Computes the per-request metrics of a full log, with exact type-7 percentiles. */
function logMetrics(log: RequestLog, config: ResolvedSimulationConfig): FinishedRequestMetrics {
  const count = log.length;
  const times = log.times;
  const ms = (from: Float64Array, to: Float64Array) => {
    const values = new Float64Array(count);
    for (let index = 0; index < count; index++) values[index] = (to[index]! - from[index]!) / 1000;
    return values;
  };
  const ttft = ms(times.arrivalUs, times.firstTokenUs);
  const e2e = ms(times.arrivalUs, times.finishUs);

  const byN = config.tpotDenominator === "n";
  const tpot: number[] = [];
  const gapValues: number[] = [];
  const gapWeights: number[] = [];
  let offloaded = 0;
  let good = 0;
  const slo = config.slo ?? {};
  for (let index = 0; index < count; index++) {
    const n = log.outputTokens[index]!;
    if (log.path[index] === PATH_OFFLOADED) offloaded++;
    let value: number | null = null;
    if (n > 1) {
      value = (e2e[index]! - ttft[index]!) / (byN ? n : n - 1);
      tpot.push(value);
      gapValues.push((e2e[index]! - ttft[index]!) / (n - 1));
      gapWeights.push(n - 1);
    }
    const meets =
      (slo.ttftMs === undefined || ttft[index]! <= slo.ttftMs) &&
      (slo.e2eMs === undefined || e2e[index]! <= slo.e2eMs) &&
      (slo.tpotMs === undefined || value === null || value <= slo.tpotMs);
    if (meets) good++;
  }

  return {
    finished: count,
    offloaded,
    good,
    ttftFirstTokenMs: summarize(ttft),
    ttftPrefillDoneMs: summarize(ms(times.arrivalUs, times.prefillDoneUs)),
    tpotMs: summarize(tpot),
    itlMs:
      gapValues.length === 0
        ? null
        : {
            p50: weightedPercentile(gapValues, gapWeights, 50),
            p90: weightedPercentile(gapValues, gapWeights, 90),
            p99: weightedPercentile(gapValues, gapWeights, 99),
          },
    e2eMs: summarize(e2e),
    queueing: {
      prefillWaitMs: summarize(ms(times.arrivalUs, times.prefillStartUs)),
      transferMs: summarize(ms(times.prefillDoneUs, times.kvArrivalUs)),
      decodeWaitMs: summarize(ms(times.kvArrivalUs, times.decodeStartUs)),
    },
  };
}
