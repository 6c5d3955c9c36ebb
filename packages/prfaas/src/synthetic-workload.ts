import { PrfaasError } from "./errors.js";
import type { LogNormalLengths } from "./length-distribution.js";
import { RandomStream } from "./random.js";
import type { WorkloadRequest } from "./request.js";
import { checkWorkload } from "./workload-checks.js";
import type { ArrivalProcess, OutputLengths, SyntheticWorkload } from "./workload-spec.js";

/** Draws from ln L ~ Normal(mu, sigma), rounded to whole tokens and resampled until inside the bounds. */
export function sampleTruncatedLogNormal(law: LogNormalLengths, random: RandomStream): number {
  for (let attempt = 0; attempt < 1_000_000; attempt++) {
    const tokens = Math.round(Math.exp(law.mu + law.sigma * random.normal()));
    if (tokens >= law.minTokens && tokens <= law.maxTokens) return tokens;
  }
  throw new PrfaasError(
    "INVALID_OPTION",
    `The length bounds [${law.minTokens}, ${law.maxTokens}] hold almost none of ln L ~ Normal(${law.mu}, ${law.sigma}): widen them or move mu.`,
    { field: "inputLengths", value: law },
  );
}

/**
 * Draws a gamma variate of `shape` and scale 1 (Marsaglia and Tsang, ACM TOMS 26(3), 2000;
 * shape < 1 uses the boost G(shape) = G(shape + 1) · U^(1/shape)).
 *
 * @throws PrfaasError `INVALID_OPTION` unless `shape` is finite and above 0. At a NaN or infinite
 *   shape the acceptance test is never true, so the draw would never return.
 */
export function sampleGamma(shape: number, random: RandomStream): number {
  if (!(shape > 0) || !Number.isFinite(shape)) {
    throw new PrfaasError("INVALID_OPTION", `Invalid gamma shape ${String(shape)}: expected a finite number above 0.`, { field: "shape", value: shape });
  }
  if (shape < 1) return sampleGamma(shape + 1, random) * Math.pow(1 - random.uniform(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = random.normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random.uniform();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

function nextGapSeconds(arrivals: ArrivalProcess, random: RandomStream): number {
  if (arrivals.kind === "poisson") return random.exponential(arrivals.ratePerSecond);
  // A gamma gap with shape k = 1/cv² and mean 1/rate has scale 1/(k·rate).
  const shape = 1 / (arrivals.cv * arrivals.cv);
  return sampleGamma(shape, random) / (shape * arrivals.ratePerSecond);
}

function sampleOutput(output: OutputLengths, random: RandomStream): number {
  return output.kind === "constant" ? output.tokens : sampleTruncatedLogNormal(output, random);
}

/**
 * Generates a synthetic workload lazily, so a run of millions of requests never holds them all.
 * Arrivals, input lengths and output lengths draw from separate streams of `seed`, so the same
 * seed gives the same requests, and changing the arrival rate keeps the lengths.
 *
 * @throws PrfaasError `INVALID_OPTION` on the first draw for an invalid length law, arrival process
 *   or request count, naming the field.
 */
export function* generateWorkload(workload: SyntheticWorkload, seed: number): Generator<WorkloadRequest> {
  checkWorkload(workload);
  const arrivals = new RandomStream(seed, "arrivals");
  const inputs = new RandomStream(seed, "input-lengths");
  const outputs = new RandomStream(seed, "output-lengths");
  let timeSeconds = 0;
  for (let index = 0; index < workload.requests; index++) {
    if (index > 0) timeSeconds += nextGapSeconds(workload.arrivals, arrivals);
    yield {
      arrivalUs: Math.round(timeSeconds * 1e6),
      inputTokens: sampleTruncatedLogNormal(workload.inputLengths, inputs),
      outputTokens: sampleOutput(workload.outputLengths, outputs),
    };
  }
}
