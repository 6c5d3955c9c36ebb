import { requirePositive } from "./errors.js";
import type { ControlAction, ControlLoop, MetricsWindow, Placement } from "./routing-policy.js";

/** Constants of {@link bandwidthAwareLoop}. Every default is a library choice: arXiv:2604.15039 publishes no gains, limits or periods. */
export interface BandwidthLoopOptions {
  /** Base threshold t₀ in tokens. */
  baseThresholdTokens: number;
  /** Tick period in ms (default 1,000). */
  periodMs?: number;
  /** EWMA weight of the newest utilisation sample (default 0.5). */
  smoothing?: number;
  /** Above this smoothed egress utilisation, raise t and use bandwidth-scarce placement (default 0.9). */
  highUtilisation?: number;
  /** Below this, lower t back toward t₀ and, with `adaptivePlacement`, use bandwidth-plentiful placement (default 0.7). */
  lowUtilisation?: number;
  /** Multiplicative step of t per tick (default 1.1, then rounded to the 100-token grid). */
  thresholdStep?: number;
  /** t stays within [t₀ / range, t₀ · range] (default 2). */
  thresholdRange?: number;
  /**
   * Waiting requests per instance by which one prefill path must exceed the other before t
   * moves to rebalance them (default 8).
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
  const periodMs = requirePositive("periodMs", options.periodMs ?? 1000);
  const smoothing = options.smoothing ?? 0.5;
  const high = options.highUtilisation ?? 0.9;
  const low = options.lowUtilisation ?? 0.7;
  const step = options.thresholdStep ?? 1.1;
  const range = options.thresholdRange ?? 2;
  const margin = options.queueMargin ?? 8;
  const toGrid = (tokens: number) => Math.max(100, Math.round(tokens / 100) * 100);
  const minimum = toGrid(base / range);
  const maximum = toGrid(base * range);

  let utilisation = 0;
  let threshold = base;
  let settled = false;
  return {
    periodMs,
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
        threshold = Math.min(maximum, toGrid(threshold * step));
        if (options.adaptivePlacement === true) placement = "bandwidth-scarce";
      } else if (prfaasQueue > pdQueue + margin) {
        threshold = Math.min(maximum, toGrid(threshold * step));
      } else if (pdQueue > prfaasQueue + margin && utilisation < low) {
        threshold = Math.max(minimum, toGrid(threshold / step));
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
