/** One threshold change: from `timeUs` on, requests offload above `thresholdTokens`. */
export interface ThresholdChange {
  timeUs: number;
  thresholdTokens: number;
}

/** The lowest and highest offload threshold a control loop can set, in tokens. */
export interface ThresholdBounds {
  minTokens: number;
  maxTokens: number;
}

/** The offload threshold a run actually used, in tokens. */
export interface ThresholdInForce {
  /** The threshold at the first arrival: the configured t, or t₀ of the control loop. */
  initialTokens: number;
  /** The threshold at the last completion. */
  finalTokens: number;
  /** Time-weighted mean over [first arrival, last completion]. */
  meanTokens: number;
  minTokens: number;
  maxTokens: number;
  /** Changes the control loop made in that window. */
  changes: number;
}

/**
 * Summarises a threshold timeline over [`startUs`, `endUs`]. The timeline is sorted by time and
 * its first entry is in force from time 0. Returns null for an empty timeline (a policy without a
 * threshold).
 */
export function thresholdInForce(timeline: readonly ThresholdChange[], startUs: number, endUs: number): ThresholdInForce | null {
  if (timeline.length === 0) return null;
  let current = timeline[0]!.thresholdTokens;
  let index = 1;
  for (; index < timeline.length && timeline[index]!.timeUs <= startUs; index++) current = timeline[index]!.thresholdTokens;

  const initialTokens = current;
  let minTokens = current;
  let maxTokens = current;
  let weighted = 0;
  let fromUs = startUs;
  let changes = 0;
  for (; index < timeline.length && timeline[index]!.timeUs <= endUs; index++) {
    const change = timeline[index]!;
    weighted += current * (change.timeUs - fromUs);
    fromUs = change.timeUs;
    current = change.thresholdTokens;
    minTokens = Math.min(minTokens, current);
    maxTokens = Math.max(maxTokens, current);
    changes++;
  }
  weighted += current * (endUs - fromUs);
  // A constant threshold, +∞ included, is its own mean; this also covers a zero-length window.
  const meanTokens = minTokens === maxTokens ? minTokens : weighted / (endUs - startUs);
  return { initialTokens, finalTokens: current, meanTokens, minTokens, maxTokens, changes };
}
