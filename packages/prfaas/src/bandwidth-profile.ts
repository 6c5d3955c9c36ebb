import { PrfaasError, requireInRange } from "./errors.js";
import { RandomStream } from "./random.js";

/** The link's available bandwidth over time, as a multiple of its nominal rate. */
export type BandwidthProfileSpec =
  | { kind: "constant" }
  /** Piecewise-constant factors: from `atS` seconds on, the link runs at `factor` × nominal. */
  | { kind: "steps"; steps: readonly { atS: number; factor: number }[] }
  /**
   * Seeded fluctuation: every `periodS` seconds the factor is redrawn as
   * min(1, exp(sigma · z − sigma² / 2)) with z standard normal (the period's own link-noise
   * stream), and sigma in (0, 3].
   */
  | { kind: "fluctuating"; periodS: number; sigma: number };

/** A piecewise-constant bandwidth factor over time. */
export interface BandwidthProfile {
  /** The factor in (0, 1] at `timeUs`. */
  factorAt(timeUs: number): number;
  /** The next time after `timeUs` at which the factor may change, or +∞. */
  nextChangeUs(timeUs: number): number;
}

/** Largest `sigma` of a fluctuating profile. */
export const MAX_FLUCTUATION_SIGMA = 3;

/** Builds the profile of `spec`; a fluctuating profile draws each period from a `link-noise` stream of `seed`. */
export function createBandwidthProfile(spec: BandwidthProfileSpec, seed: number): BandwidthProfile {
  if (spec.kind === "constant") return { factorAt: () => 1, nextChangeUs: () => Number.POSITIVE_INFINITY };
  if (spec.kind === "steps") {
    const list: unknown = spec.steps;
    if (!Array.isArray(list) || !list.every((step) => typeof step === "object" && step !== null)) {
      throw new PrfaasError("INVALID_OPTION", `Invalid bandwidthProfile.steps ${JSON.stringify(list) ?? String(list)}: expected an array of { atS, factor } objects, such as [{ "atS": 60, "factor": 0.5 }].`, {
        field: "bandwidthProfile.steps",
        value: list,
      });
    }
    for (const step of spec.steps) requireInRange("bandwidthProfile.steps.atS", step.atS, 0, Number.MAX_VALUE, "a finite time of at least 0 s");
    const steps = [...spec.steps].sort((a, b) => a.atS - b.atS);
    for (const step of steps) {
      if (!(step.factor > 0 && step.factor <= 1)) {
        throw new PrfaasError("INVALID_OPTION", `Invalid bandwidth factor ${String(step.factor)} at ${step.atS} s: expected a value in (0, 1].`, {
          field: "bandwidthProfile.steps",
          value: step.factor,
        });
      }
    }
    return {
      factorAt(timeUs) {
        let factor = 1;
        for (const step of steps) if (step.atS * 1e6 <= timeUs) factor = step.factor;
        return factor;
      },
      nextChangeUs(timeUs) {
        for (const step of steps) if (step.atS * 1e6 > timeUs) return Math.ceil(step.atS * 1e6);
        return Number.POSITIVE_INFINITY;
      },
    };
  }
  if (spec.kind !== "fluctuating") {
    const kind: unknown = (spec as { kind: unknown }).kind;
    throw new PrfaasError("INVALID_OPTION", `Invalid bandwidthProfile.kind ${JSON.stringify(kind) ?? String(kind)}: expected "constant", "steps" or "fluctuating".`, {
      field: "bandwidthProfile.kind",
      value: kind,
    });
  }
  // The link moves in one step per period while it carries a transfer, so a period far below 1 ms
  // would cost millions of steps per simulated second.
  const periodUs = requireInRange("bandwidthProfile.periodS", spec.periodS, 0.001, Number.MAX_VALUE, "a period of at least 0.001 s (1 ms)") * 1e6;
  // At sigma 3 the median factor exp(−sigma² / 2) is already 1.1 % of the nominal rate. Far above
  // it the link stalls for ever longer spans, and the factor rounds to 0 (at sigma 40 in most
  // periods), where the run grew its arrays until V8 aborted the process.
  requireInRange("bandwidthProfile.sigma", spec.sigma, Number.MIN_VALUE, MAX_FLUCTUATION_SIGMA, `a spread above 0 and at most ${MAX_FLUCTUATION_SIGMA}`);
  // Each period draws from its own stream, so a lookup costs the same at any time and keeps no
  // earlier factors. One stream for the whole run had to store a factor for every period up to
  // the latest, which is 6 × 10^8 numbers for a week-long trace at a 1 ms period.
  let cachedPeriod = -1;
  let cachedFactor = 1;
  const factorOf = (period: number) => {
    if (period !== cachedPeriod) {
      const z = new RandomStream(seed, `link-noise ${period}`).normal();
      cachedFactor = Math.min(1, Math.exp(spec.sigma * z - (spec.sigma * spec.sigma) / 2));
      cachedPeriod = period;
    }
    return cachedFactor;
  };
  return {
    factorAt: (timeUs) => factorOf(Math.floor(timeUs / periodUs)),
    nextChangeUs: (timeUs) => (Math.floor(timeUs / periodUs) + 1) * periodUs,
  };
}
