import { describe, expect, it } from "vitest";

import { canSkipTicks, placeTickGrid } from "./control-tick-schedule.js";
import { EVENT_PRIORITY } from "./event-queue.js";

const PERIOD_US = 1_000_000;

describe("placeTickGrid", () => {
  it("skips no tick before an event inside the first period", () => {
    expect(placeTickGrid(5_000_000, PERIOD_US, 5_400_000, EVENT_PRIORITY.arrival)).toEqual({ lastSkippedUs: null, nextUs: 6_000_000 });
  });

  it("skips the ticks between the rest and the event", () => {
    expect(placeTickGrid(5_000_000, PERIOD_US, 9_400_000, EVENT_PRIORITY.arrival)).toEqual({ lastSkippedUs: 9_000_000, nextUs: 10_000_000 });
  });

  it("runs a tick at the event's time after a completion", () => {
    // A completion's class runs before a tick at the same microsecond, so that tick still runs.
    expect(placeTickGrid(5_000_000, PERIOD_US, 9_000_000, EVENT_PRIORITY.decodeDone)).toEqual({ lastSkippedUs: 8_000_000, nextUs: 9_000_000 });
    expect(placeTickGrid(5_000_000, PERIOD_US, 6_000_000, EVENT_PRIORITY.prefillDone)).toEqual({ lastSkippedUs: null, nextUs: 6_000_000 });
  });

  it("skips a tick at the event's time before an arrival", () => {
    // An arrival's class runs after a tick at the same microsecond, which saw the quiet state.
    expect(placeTickGrid(5_000_000, PERIOD_US, 9_000_000, EVENT_PRIORITY.arrival)).toEqual({ lastSkippedUs: 9_000_000, nextUs: 10_000_000 });
    expect(placeTickGrid(5_000_000, PERIOD_US, 6_000_000, EVENT_PRIORITY.arrival)).toEqual({ lastSkippedUs: 6_000_000, nextUs: 7_000_000 });
  });

  it("places the grid exactly across 2^50 µs", () => {
    const eventUs = 2 ** 50 + 3;
    const placement = placeTickGrid(0, 7, eventUs, EVENT_PRIORITY.arrival);
    expect(placement.lastSkippedUs! % 7).toBe(0);
    expect(placement.lastSkippedUs!).toBeLessThanOrEqual(eventUs);
    expect(placement.nextUs).toBe(placement.lastSkippedUs! + 7);
    expect(placement.nextUs).toBeGreaterThan(eventUs);
  });
});

describe("canSkipTicks", () => {
  it("accepts whole-microsecond periods only", () => {
    expect(canSkipTicks(PERIOD_US, 0)).toBe(true);
    expect(canSkipTicks(333_333.5, 0)).toBe(false);
    expect(canSkipTicks(PERIOD_US, Number.MAX_SAFE_INTEGER)).toBe(false);
  });
});
