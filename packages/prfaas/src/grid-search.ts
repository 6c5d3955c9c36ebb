import { evaluateThroughput, type ThroughputInput, type ThroughputResult } from "./analytical-model.js";
import { PrfaasError, requireInteger } from "./errors.js";

/** The search grid of thresholds: 100, 200, …, 131,000 tokens and +∞. */
export function defaultThresholdGrid(): number[] {
  const grid: number[] = [];
  for (let tokens = 100; tokens <= 131_000; tokens += 100) grid.push(tokens);
  grid.push(Number.POSITIVE_INFINITY);
  return grid;
}

/** Inputs of {@link searchOperatingPoint}: a deployment without a fixed threshold or split. */
export interface GridSearchInput extends Omit<ThroughputInput, "thresholdTokens" | "pdPrefillInstances" | "pdDecodeInstances"> {
  /** N_pd = N_p + N_d, the PD cluster's instances. */
  pdInstances: number;
  /** Thresholds to try (default {@link defaultThresholdGrid}). */
  thresholds?: readonly number[];
  /** N_p values to try (default 0 … N_pd). */
  pdPrefillCandidates?: readonly number[];
}

/** One evaluated grid point. */
export interface OperatingPoint {
  thresholdTokens: number;
  pdPrefillInstances: number;
  pdDecodeInstances: number;
  result: ThroughputResult;
}

/**
 * Searches the threshold t and the split N_p : N_d for the largest Λ_max. Ties break by lower
 * predicted egress, then larger t, then smaller N_p.
 *
 * @throws PrfaasError `EMPTY_INPUT` for an empty list of thresholds or of N_p candidates, and
 *   `INVALID_OPTION` for an N_p candidate outside 0 … pdInstances.
 */
export function searchOperatingPoint(input: GridSearchInput): OperatingPoint {
  const pdInstances = requireInteger("pdInstances", input.pdInstances);
  const thresholds = input.offloadAll === true ? [Number.POSITIVE_INFINITY] : (input.thresholds ?? defaultThresholdGrid());
  const splits = input.pdPrefillCandidates ?? Array.from({ length: pdInstances + 1 }, (_, index) => index);
  if (thresholds.length === 0) throw emptyGrid("thresholds", "threshold in tokens, such as 19400");
  if (splits.length === 0) throw emptyGrid("pdPrefillCandidates", `PD-P instance count from 0 to pdInstances (${pdInstances})`);
  for (const pdPrefillInstances of splits) {
    if (!Number.isSafeInteger(pdPrefillInstances) || pdPrefillInstances < 0 || pdPrefillInstances > pdInstances) {
      throw new PrfaasError(
        "INVALID_OPTION",
        `Invalid pdPrefillCandidates entry ${String(pdPrefillInstances)}: expected a whole number from 0 to pdInstances (${pdInstances}), because N_d = pdInstances − N_p.`,
        { field: "pdPrefillCandidates", value: pdPrefillInstances },
      );
    }
  }

  let best: OperatingPoint | null = null;
  for (const pdPrefillInstances of splits) {
    for (const thresholdTokens of thresholds) {
      const result = evaluateThroughput({ ...input, thresholdTokens, pdPrefillInstances, pdDecodeInstances: pdInstances - pdPrefillInstances });
      const point = { thresholdTokens, pdPrefillInstances, pdDecodeInstances: pdInstances - pdPrefillInstances, result };
      if (best === null || isBetter(point, best)) best = point;
    }
  }
  return best!;
}

function emptyGrid(field: string, expected: string): PrfaasError {
  return new PrfaasError("EMPTY_INPUT", `Invalid ${field} []: the search needs at least one ${expected}.`, { field, value: [] });
}

function isBetter(candidate: OperatingPoint, incumbent: OperatingPoint): boolean {
  const rate = candidate.result.maxRequestsPerSecond;
  const incumbentRate = incumbent.result.maxRequestsPerSecond;
  if (rate !== incumbentRate) return rate > incumbentRate;
  const egress = candidate.result.egressBitsPerSecond;
  const incumbentEgress = incumbent.result.egressBitsPerSecond;
  if (egress !== incumbentEgress) return egress < incumbentEgress;
  if (candidate.thresholdTokens !== incumbent.thresholdTokens) return candidate.thresholdTokens > incumbent.thresholdTokens;
  return candidate.pdPrefillInstances < incumbent.pdPrefillInstances;
}
