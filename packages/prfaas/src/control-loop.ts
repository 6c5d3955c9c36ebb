import { requireInRange, requirePositive } from "./errors.js";
import type { ControlAction, ControlLoop, MetricsWindow, Placement } from "./routing-policy.js";

/** Constants of {@link bandwidthAwareLoop}. Every default is a library choice: arXiv:2604.15039 publishes no gains, limits or periods. */
export interface BandwidthLoopOptions {
  /** Base threshold t₀ in tokens. */
  baseThresholdTokens: number;
  /** Tick period in ms, at least 1 (default 1,000). */
  periodMs?: number;
  /** EWMA weight of the newest utilisation sample, in (0, 1] (default 0.5). */
  smoothing?: number;
  /** Above this smoothed egress utilisation, raise t and use bandwidth-scarce placement (default 0.9). */
  highUtilisation?: number;
  /** Below this, lower t back toward t₀ and, with `adaptivePlacement`, use bandwidth-plentiful placement (default 0.7). */
  lowUtilisation?: number;
  /** Multiplicative step of t per tick, above 1 (default 1.1, then rounded to the 100-token grid). */
  thresholdStep?: number;
  /** t stays within [t₀ / range, t₀ · range], with range at least 1 (default 2). */
  thresholdRange?: number;
  /**
   * Waiting requests per instance, at least 0, by which one prefill path must exceed the other
   * before t moves to rebalance them (default 8).
   */
  queueMargin?: number;
  /** Switch placement with utilisation (default false: placement stays as configured). */
  adaptivePlacement?: boolean;
}

/**
 * Creates the default short-timescale control law of the `prfaas` policy. The law is a library
 * choice: arXiv:2604.15039 names the signals (egress utilisation, queue depth) but no law. Every `periodMs` it updates an EWMA u of PrfaaS egress
 * utilisation and then:
 *
 * 1. u > high: raise t one step (fewer, longer offloads send fewer bytes), and with
 *    `adaptivePlacement` switch to bandwidth-scarce placement.
 * 2. Otherwise, if the PrfaaS queue per instance exceeds the PD-P queue by `queueMargin`, raise t
 *    one step; if PD-P's exceeds PrfaaS's by the margin and u < low, lower t one step.
 * 3. Otherwise, if u < low and t > t₀, step t back toward t₀; with `adaptivePlacement`, switch to
 *    bandwidth-plentiful placement.
 *
 * The gap between the two utilisation marks and the queue margin are the hysteresis. t moves on
 * the 100-token grid within [t₀ / range, t₀ · range].
 */
export function bandwidthAwareLoop(options: BandwidthLoopOptions): ControlLoop {
  const base = requirePositive("baseThresholdTokens", options.baseThresholdTokens);
  // A tick costs an event whenever the link is busy, so a period below 1 ms would cost the
  // simulator over a thousand events per simulated second.
  const periodMs = requireInRange("controlLoop.periodMs", options.periodMs ?? 1000, 1, Number.MAX_VALUE, "a period of at least 1 ms");
  const smoothing = requireInRange("controlLoop.smoothing", options.smoothing ?? 0.5, Number.MIN_VALUE, 1, "a weight above 0 and at most 1");
  const high = requireInRange("controlLoop.highUtilisation", options.highUtilisation ?? 0.9, 0, Number.MAX_VALUE, "a utilisation of at least 0");
  const low = requireInRange("controlLoop.lowUtilisation", options.lowUtilisation ?? 0.7, 0, high, `a utilisation from 0 to highUtilisation (${high})`);
  const step = requireInRange("controlLoop.thresholdStep", options.thresholdStep ?? 1.1, 1 + Number.EPSILON, Number.MAX_VALUE, "a factor above 1");
  const range = requireInRange("controlLoop.thresholdRange", options.thresholdRange ?? 2, 1, Number.MAX_VALUE, "a factor of at least 1");
  const margin = requireInRange("controlLoop.queueMargin", options.queueMargin ?? 8, 0, Number.MAX_VALUE, "a number of waiting requests per instance of at least 0");
  const toGrid = (tokens: number) => Math.max(100, Math.round(tokens / 100) * 100);
  const minimum = toGrid(base / range);
  const maximum = toGrid(base * range);
  // A t₀ off the grid can lie outside [minimum, maximum], such as t₀ = 50 in a range of 100–100
  // tokens, and there a step must hold t rather than move it against the signal.
  const raise = (tokens: number) => Math.max(tokens, Math.min(maximum, toGrid(tokens * step)));
  const lower = (tokens: number) => Math.min(tokens, Math.max(minimum, toGrid(tokens / step)));

  let utilisation = 0;
  let threshold = base;
  let settled = false;
  return {
    periodMs,
    thresholdBounds: { minTokens: minimum, maxTokens: maximum },
    get settled() {
      return settled;
    },
    update(window: MetricsWindow): ControlAction {
      const before = { utilisation, threshold };
      utilisation = smoothing * window.egressUtilisation + (1 - smoothing) * utilisation;
      const prfaasQueue = window.waitingPerInstance.prfaas;
      const pdQueue = window.waitingPerInstance.pd;
      let placement: Placement | undefined;
      if (utilisation > high) {
        threshold = raise(threshold);
        if (options.adaptivePlacement === true) placement = "bandwidth-scarce";
      } else if (prfaasQueue > pdQueue + margin) {
        threshold = raise(threshold);
      } else if (pdQueue > prfaasQueue + margin && utilisation < low) {
        threshold = lower(threshold);
      } else if (utilisation < low) {
        if (threshold > base) threshold = Math.max(base, toGrid(threshold / step));
        if (options.adaptivePlacement === true) placement = "bandwidth-plentiful";
      }
      // The placement follows from the branch taken, so equal state and inputs repeat it too.
      settled = utilisation === before.utilisation && threshold === before.threshold;
      return placement === undefined ? { thresholdTokens: threshold } : { thresholdTokens: threshold, placement };
    },
  };
}
