import { EVENT_PRIORITY } from "./event-queue.js";

/**
 * The control ticks that the simulator skipped while nothing could change them, and the next tick
 * on their grid after the event that ends the quiet span.
 */
export interface SkippedTicks {
  /** Time of the last skipped tick in µs, or null when no tick fell inside the quiet span. */
  lastSkippedUs: number | null;
  /** Time of the first tick that must run, in µs. */
  nextUs: number;
}

/**
 * Returns true when ticks one `periodUs` apart can be skipped and later put back on their grid
 * exactly: the period and every tick time stay whole microseconds below 2^53.
 */
export function canSkipTicks(periodUs: number, lastTickUs: number): boolean {
  return Number.isSafeInteger(periodUs) && periodUs > 0 && Number.isSafeInteger(lastTickUs + periodUs);
}

/**
 * Places the tick grid `lastTickUs + k · periodUs` (k ≥ 1) around the event at `eventUs` with
 * class priority `eventPriority`, by the simulator's event order: a tick at the event's time runs
 * before the event when its class priority is lower. Ticks that run before the event are skipped
 * ticks, and the first one after it is the next tick. Both inputs must pass {@link canSkipTicks}.
 */
export function placeTickGrid(lastTickUs: number, periodUs: number, eventUs: number, eventPriority: number): SkippedTicks {
  const tickRunsFirst = EVENT_PRIORITY.controlTick < eventPriority;
  // Whole periods from the last tick to the event, corrected for rounding of the division.
  let periods = Math.max(0, Math.floor((eventUs - lastTickUs) / periodUs));
  while (periods > 0 && lastTickUs + periods * periodUs > eventUs) periods--;
  while (lastTickUs + (periods + 1) * periodUs <= eventUs) periods++;

  // `periods` counts the grid ticks at or before the event. A tick at the event's own time is
  // skipped only if it would have run before the event.
  const atEvent = periods > 0 && lastTickUs + periods * periodUs === eventUs;
  const skipped = atEvent && !tickRunsFirst ? periods - 1 : periods;
  return {
    lastSkippedUs: skipped === 0 ? null : lastTickUs + skipped * periodUs,
    nextUs: lastTickUs + (skipped + 1) * periodUs,
  };
}
