import { requireInteger, requirePositive } from "./errors.js";
import type { SimulationConfig } from "./simulator-config.js";
import { simulate } from "./simulator.js";
import { generateWorkload } from "./synthetic-workload.js";
import type { SyntheticWorkload } from "./workload-spec.js";

/** One rate the bisection tried. */
export interface SaturationProbe {
  ratePerSecond: number;
  stable: boolean;
  /** Time-averaged waiting requests over the first and second half of the arrivals. */
  firstHalfWaiting: number;
  secondHalfWaiting: number;
}

/** Result of {@link findSaturationRate}. */
export interface SaturationResult {
  /** Largest rate found stable, within `tolerance` of the smallest unstable one. */
  maxRequestsPerSecond: number;
  probes: SaturationProbe[];
}

/** Options of {@link findSaturationRate}. */
export interface SaturationOptions {
  /** Requests per run (default 20,000, the minimum the definition allows). */
  requests?: number;
  /** Relative width at which bisection stops (default 0.01). */
  tolerance?: number;
  /** A first guess of the rate, such as the analytical Λ_max. */
  guessPerSecond: number;
  /** Workload seed; the same seed is used at every rate. */
  seed?: number;
  /** Called after each probe. */
  onProbe?: (probe: SaturationProbe) => void;
}

/**
 * Returns true when a run is stable: the time-averaged number of waiting requests (all queues)
 * over the second half of the arrivals is at most 1.1 times that over the first half, plus 1.
 */
export function isStable(firstHalfWaiting: number, secondHalfWaiting: number): boolean {
  return secondHalfWaiting <= 1.1 * firstHalfWaiting + 1;
}

/**
 * Finds the simulator's maximum sustainable rate: the largest Poisson arrival rate at which a
 * run of the workload is stable ({@link isStable}), by bracketing around the guess and then
 * bisection to `tolerance`. Every run uses the same seed. Each rate tried is reported.
 */
export function findSaturationRate(
  config: SimulationConfig,
  workload: (ratePerSecond: number, requests: number) => SyntheticWorkload,
  options: SaturationOptions,
): SaturationResult {
  const requests = requireInteger("requests", options.requests ?? 20_000, 1);
  const tolerance = requirePositive("tolerance", options.tolerance ?? 0.01);
  const seed = options.seed ?? 1;
  const probes: SaturationProbe[] = [];
  const probe = (ratePerSecond: number) => {
    const result = simulate(config, generateWorkload(workload(ratePerSecond, requests), seed));
    const { firstHalf, secondHalf } = result.metrics.waiting;
    const entry = { ratePerSecond, stable: isStable(firstHalf, secondHalf), firstHalfWaiting: firstHalf, secondHalfWaiting: secondHalf };
    probes.push(entry);
    options.onProbe?.(entry);
    return entry.stable;
  };

  let low = requirePositive("guessPerSecond", options.guessPerSecond) * 0.8;
  let high = options.guessPerSecond * 1.2;
  while (!probe(low)) {
    high = low;
    low /= 1.5;
  }
  while (probe(high)) {
    low = high;
    high *= 1.5;
  }
  while ((high - low) / high > tolerance) {
    const middle = (low + high) / 2;
    if (probe(middle)) low = middle;
    else high = middle;
  }
  return { maxRequestsPerSecond: low, probes };
}
