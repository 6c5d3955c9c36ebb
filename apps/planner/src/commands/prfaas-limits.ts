import { parsePositiveInteger, parsePositiveNumber } from "../parse-options.js";
import { UsageError } from "../usage-error.js";

/**
 * Maximum synthetic requests per run with `--request-log full`, which keeps every finished
 * request. docs/benchmarks.md records a peak RSS of 470 MiB for 1,000,000 requests with the full
 * log, and memory grows linearly with the count.
 */
export const MAX_FULL_LOG_REQUESTS = 1_000_000;

/**
 * Maximum synthetic requests per run with `--request-log summary`. Memory no longer grows with
 * the count, but time does: docs/benchmarks.md records about 157,000 simulated requests per
 * second on one core, so the bound is about a minute per policy.
 */
export const MAX_SUMMARY_LOG_REQUESTS = 10_000_000;

/**
 * Range of the cross-datacenter link rate in Gbit/s. The control loop ticks once per simulated
 * second while a transfer is on the link, so a slower link makes each transfer cost more ticks.
 * At 1 Gbit/s the 701.3 MiB KV cache of a 32K-token request in the case-study profile keeps the
 * link busy for about 6 s. The maximum of 1 Pbit/s is far above any datacenter link.
 */
export const MIN_LINK_GBPS = 1;
export const MAX_LINK_GBPS = 1_000_000;

/**
 * Maximum of requests / rate, the expected arrival span of a synthetic workload, in seconds
 * (about 3.2 years). Arrival times must stay whole microseconds below 2^53 (about 285 years),
 * and the margin keeps a Poisson workload's random span below that too.
 */
export const MAX_ARRIVAL_SPAN_SECONDS = 1e8;

/** Maximum values of one `planner prfaas sweep`, each a full simulation per policy. */
export const MAX_SWEEP_VALUES = 100;

const format = (value: number) => value.toLocaleString("en-US");

/**
 * Parses `--requests` of simulate or sweep: a positive whole number up to the bound of the
 * request log that the run keeps.
 */
export function parseRequestCount(value: string, requestLog: "full" | "summary"): number {
  const requests = parsePositiveInteger("--requests", value);
  if (requestLog === "summary" && requests > MAX_SUMMARY_LOG_REQUESTS) {
    throw new UsageError(`Invalid --requests "${value}": the maximum is ${format(MAX_SUMMARY_LOG_REQUESTS)} requests per run. Split a longer study into runs with different --seed values.`);
  }
  if (requestLog === "full" && requests > MAX_FULL_LOG_REQUESTS) {
    throw new UsageError(
      `Invalid --requests "${value}": the maximum is ${format(MAX_FULL_LOG_REQUESTS)} requests per run when every request is kept. ` +
        `For up to ${format(MAX_SUMMARY_LOG_REQUESTS)}, pass --request-log summary to planner prfaas simulate.`,
    );
  }
  return requests;
}

/** Parses a link rate in Gbit/s, from `--link-gbps` or a bandwidth sweep's `--values`. */
export function parseLinkGbps(flag: string, value: string): number {
  const gbps = parsePositiveNumber(flag, value);
  if (gbps < MIN_LINK_GBPS || gbps > MAX_LINK_GBPS) {
    throw new UsageError(`Invalid ${flag} "${value}": expected a link rate from ${format(MIN_LINK_GBPS)} to ${format(MAX_LINK_GBPS)} Gbit/s, such as 100.`);
  }
  return gbps;
}

/**
 * Rejects an arrival rate at which `requests` Poisson arrivals would span more than
 * {@link MAX_ARRIVAL_SPAN_SECONDS} on average. `flag` names the option that set the rate.
 */
export function checkArrivalSpan(flag: string, ratePerSecond: number, requests: number): void {
  const minimumRate = requests / MAX_ARRIVAL_SPAN_SECONDS;
  if (ratePerSecond < minimumRate) {
    throw new UsageError(
      `Invalid ${flag} ${ratePerSecond} req/s: ${format(requests)} requests would arrive over about ${(requests / ratePerSecond).toExponential(1)} s, ` +
        `and the maximum is ${MAX_ARRIVAL_SPAN_SECONDS.toExponential(0)} s. Raise the rate to at least ${minimumRate} req/s or lower --requests.`,
    );
  }
}

/** Rejects a sweep of more than {@link MAX_SWEEP_VALUES} values. */
export function checkSweepValueCount(values: readonly string[]): void {
  if (values.length > MAX_SWEEP_VALUES) {
    throw new UsageError(`Invalid --values: ${format(values.length)} values, and the maximum is ${MAX_SWEEP_VALUES} per sweep. Split the sweep into several runs.`);
  }
}
