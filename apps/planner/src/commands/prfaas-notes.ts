// Lines printed under the `planner prfaas simulate` table: the threshold in force, profile
// lookups outside the measured table, unstable runs and traffic toward PrfaaS.
import { isStable, type ProfileExtrapolation, type SimulationMetrics, type ThresholdInForce } from "@modelsys/prfaas";

import { formatNumber } from "../table.js";

/** Formats a threshold in tokens, with +∞ for a policy that never offloads. */
export function formatThreshold(tokens: number): string {
  return Number.isFinite(tokens) ? formatNumber(tokens) : "+∞";
}

function tokens(count: number): string {
  return `${formatNumber(count)} ${count === 1 ? "token" : "tokens"}`;
}

/** Returns true when the waiting requests did not grow through the run (the rule of `findSaturationRate`). */
export function isStableRun(metrics: SimulationMetrics): boolean {
  return isStable(metrics.waiting.firstHalf, metrics.waiting.secondHalf);
}

/** Describes the threshold a `prfaas` run used, and whether the control loop moved it. */
export function thresholdNote(policy: string, threshold: ThresholdInForce, controlLoop: boolean): string {
  if (!controlLoop) return `${policy}: offload threshold t held at ${formatThreshold(threshold.initialTokens)} tokens (control loop off).`;
  if (threshold.changes === 0) return `${policy}: offload threshold t stayed at ${formatThreshold(threshold.initialTokens)} tokens; the control loop did not move it.`;
  return (
    `${policy}: the control loop moved the offload threshold t from ${formatThreshold(threshold.initialTokens)} tokens to ` +
    `${formatThreshold(threshold.finalTokens)} (time-weighted mean ${formatThreshold(Math.round(threshold.meanTokens))}, range ` +
    `${formatThreshold(threshold.minTokens)}–${formatThreshold(threshold.maxTokens)}, ${threshold.changes} changes). Pass --control-loop off to hold t fixed.`
  );
}

/**
 * Describes a threshold that the control loop moved to an end of its range, where it would have
 * moved it further, or returns null when the loop kept t inside the range. A threshold that starts
 * at an end and never moves gets no note, because nothing shows that the loop pushed against it.
 */
export function thresholdBoundNote(policy: string, metrics: SimulationMetrics): string | null {
  const { threshold, controlLoopBounds: bounds } = metrics;
  if (threshold === null || bounds === null) return null;

  const range = `${formatThreshold(bounds.minTokens)}–${formatThreshold(bounds.maxTokens)} tokens, set from --threshold`;
  const lowered = threshold.minTokens < threshold.initialTokens;
  const raised = threshold.maxTokens > threshold.initialTokens;
  if (lowered && threshold.minTokens <= bounds.minTokens) {
    return `${policy}: t reached the floor of the control loop's range (${range}), so prefills shorter than ${formatThreshold(bounds.minTokens)} tokens stayed on PD-P while its queues called for offloading more. Pass a lower --threshold to let the loop offload shorter prefills.`;
  }
  if (raised && threshold.maxTokens >= bounds.maxTokens) {
    return `${policy}: t reached the ceiling of the control loop's range (${range}), so prefills longer than ${formatThreshold(bounds.maxTokens)} tokens were offloaded while the link or the PrfaaS queues called for offloading fewer. Pass a higher --threshold to let the loop keep longer prefills on PD-P.`;
  }
  return null;
}

/** Describes the profile lookups of one run outside the measured table, or returns null when there were none. */
export function extrapolationNote(policy: string, extrapolation: SimulationMetrics["profileExtrapolation"]): string | null {
  const parts: string[] = [];
  for (const [cluster, counts] of Object.entries(extrapolation) as [string, ProfileExtrapolation | null][]) {
    if (counts === null || counts.lookupsBelow + counts.lookupsAbove === 0) continue;
    const sides: string[] = [];
    if (counts.lookupsAbove > 0) sides.push(`${formatNumber(counts.lookupsAbove)} above (up to ${tokens(counts.maxTokensAbove!)})`);
    if (counts.lookupsBelow > 0) sides.push(`${formatNumber(counts.lookupsBelow)} below (down to ${tokens(counts.minTokensBelow!)})`);
    const table = `${formatNumber(counts.tableMinTokens)}–${formatNumber(counts.tableMaxTokens)}`;
    parts.push(`on ${cluster === "pd" ? "PD-P" : "PrfaaS"} (table ${table} tokens) ${sides.join(" and ")}`);
  }
  if (parts.length === 0) return null;
  return `${policy}: prefill-profile lookups outside the measured table used its fitted curves, ${parts.join("; ")}.`;
}

/** Warns that a run's queues grew through the run, or returns null for a stable run. */
export function instabilityNote(policy: string, metrics: SimulationMetrics): string | null {
  if (isStableRun(metrics)) return null;
  const { firstHalf, secondHalf } = metrics.waiting;
  return (
    `${policy} is unstable: on average ${formatNumber(secondHalf, 1)} requests waited in the second half of the arrivals against ` +
    `${formatNumber(firstHalf, 1)} in the first, so arrivals outpace capacity and its latencies grow with the run length.`
  );
}

/** Says how much the PD-to-PrfaaS direction carried, which the link utilisation column leaves out. */
export function reverseLinkNote(policy: string, metrics: SimulationMetrics): string {
  const gigabytes = (bytes: number) => formatNumber(bytes / 1e9, 1);
  return `${policy}: link util covers PrfaaS to PD (${gigabytes(metrics.link.sentBytes)} GB); prefix copies toward PrfaaS sent another ${gigabytes(metrics.link.reverseSentBytes)} GB the other way.`;
}
