import { PrfaasError, requireInRange, requireInteger, requirePositive } from "./errors.js";
import type { LogNormalLengths } from "./length-distribution.js";
import type { ArrivalProcess, SyntheticWorkload } from "./workload-spec.js";

/**
 * Largest coefficient of variation of gamma arrivals. The gap's shape is 1/cv², and at a small
 * shape almost every gap is near 0 while the mean comes from rare long gaps, so a finite workload
 * misses the requested rate. Measured with seed 1 over 200,000 gaps at 1 req/s: cv 100 gave a
 * mean gap of 0.73 s, cv 1,000 gave 0.0044 s, and from cv 10,000 every gap was 0.
 */
const MAX_GAMMA_CV = 100;

/** Smallest cv of gamma arrivals: below it the shape 1/cv² overflows to +∞, and the gamma sampler rejects every draw. */
const MIN_GAMMA_CV = 1e-150;

/** Throws `INVALID_OPTION` naming the field of `workload` that cannot be sampled. */
export function checkWorkload(workload: SyntheticWorkload): void {
  // A run of no requests has no metrics (every percentile is null), so it is a mistake in the input.
  requireInteger("requests", workload.requests, 1);
  checkLengthLaw("inputLengths", workload.inputLengths, Number.MIN_VALUE);
  checkArrivals(workload.arrivals);
  const output = workload.outputLengths;
  if (output.kind === "constant") requireInteger("outputLengths.tokens", output.tokens);
  else if (output.kind === "log-normal") checkLengthLaw("outputLengths", output, 0);
  else throw unknownKind("outputLengths", output, '"constant" or "log-normal"');
}

function checkArrivals(arrivals: ArrivalProcess): void {
  if (arrivals.kind !== "poisson" && arrivals.kind !== "gamma") throw unknownKind("arrivals", arrivals, '"poisson" or "gamma"');
  requirePositive("arrivals.ratePerSecond", arrivals.ratePerSecond);
  if (arrivals.kind === "gamma") {
    requireInRange("arrivals.cv", arrivals.cv, MIN_GAMMA_CV, MAX_GAMMA_CV, `a coefficient of variation from ${MIN_GAMMA_CV} to ${MAX_GAMMA_CV}, where 1 is as bursty as Poisson`);
  }
}

/**
 * Throws `INVALID_OPTION` unless `law` has a finite mu, a positive finite sigma and bounds with
 * `minimumTokens` ≤ minTokens < maxTokens < +∞. Without the check, a NaN or an empty range would
 * spend a million draws before failing with a message about the bounds.
 */
function checkLengthLaw(field: string, law: LogNormalLengths, minimumTokens: number): void {
  if (!Number.isFinite(law.mu)) {
    throw new PrfaasError("INVALID_OPTION", `Invalid ${field}.mu ${String(law.mu)}: expected a finite number, the mean of ln L.`, { field: `${field}.mu`, value: law.mu });
  }
  requirePositive(`${field}.sigma`, law.sigma);
  requireInRange(`${field}.minTokens`, law.minTokens, minimumTokens, Number.MAX_VALUE, minimumTokens === 0 ? "a finite number of at least 0 tokens" : "a finite number of tokens above 0");
  if (!(law.maxTokens > law.minTokens) || !Number.isFinite(law.maxTokens)) {
    throw new PrfaasError("INVALID_OPTION", `Invalid ${field}.maxTokens ${String(law.maxTokens)}: expected a finite number of tokens above minTokens ${law.minTokens}.`, {
      field: `${field}.maxTokens`,
      value: law.maxTokens,
    });
  }
}

function unknownKind(field: string, value: { kind: unknown }, expected: string): PrfaasError {
  return new PrfaasError("INVALID_OPTION", `Invalid ${field}.kind ${JSON.stringify(value.kind) ?? String(value.kind)}: expected ${expected}.`, {
    field: `${field}.kind`,
    value: value.kind,
  });
}
