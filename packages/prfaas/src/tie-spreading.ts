import { PrfaasError } from "./errors.js";
import { RandomStream } from "./random.js";
import type { WorkloadRequest } from "./request.js";

/**
 * Spreads each group of requests that share a timestamp uniformly over the gap to the next
 * distinct timestamp, drawing from the `tie-spreading` stream of `seed`, and re-sorts stably.
 * A group of one request moves too, because on a coarse grid it arrived anywhere in its interval.
 * The last group keeps its time. Use it for traces whose timestamps sit on a coarse grid only: on
 * a fine-grained trace it moves every request within the gap to the next one.
 */
export function spreadTiedArrivals(requests: readonly WorkloadRequest[], seed: number): WorkloadRequest[] {
  return [...spreadTiedArrivalsLazily(requests, seed)];
}

/**
 * Spreads tied arrivals like {@link spreadTiedArrivals}, with the same output for the same seed,
 * but lazily: it keeps one group of tied requests in memory at a time, so it suits traces read as
 * a stream. `requests` must be in arrival order: a request that arrives before the one read
 * just before it throws `INVALID_OPTION` when it is read, because its gap would be negative.
 */
export function* spreadTiedArrivalsLazily(requests: Iterable<WorkloadRequest>, seed: number): Generator<WorkloadRequest> {
  const random = new RandomStream(seed, "tie-spreading");
  let group: WorkloadRequest[] = [];
  let index = 0;
  for (const request of requests) {
    const time = group[0]?.arrivalUs;
    if (time !== undefined && request.arrivalUs < time) {
      throw new PrfaasError("INVALID_OPTION", `Request ${index} arrives at ${request.arrivalUs} µs, before request ${index - 1} at ${time} µs: sort requests by arrival time before spreading ties.`, {
        field: "arrivalUs",
        value: request.arrivalUs,
      });
    }
    index++;
    if (time !== undefined && request.arrivalUs !== time) {
      yield* spreadGroup(group, request.arrivalUs - time, random);
      group = [];
    }
    group.push(request);
  }
  yield* spreadGroup(group, 0, random);
}

/**
 * Moves each request of `group` by a uniform whole number of µs in [0, `gapUs`) and sorts the
 * group stably by the new times. The spread requests stay before the next group, so sorting
 * within the group sorts the whole trace.
 */
function spreadGroup(group: readonly WorkloadRequest[], gapUs: number, random: RandomStream): WorkloadRequest[] {
  const spread = group.map((request) => ({ ...request, arrivalUs: request.arrivalUs + (gapUs === 0 ? 0 : Math.floor(random.uniform() * gapUs)) }));
  return spread.sort((a, b) => a.arrivalUs - b.arrivalUs);
}
