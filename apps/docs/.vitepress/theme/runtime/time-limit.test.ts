import { describe, expect, it } from "vitest";

import { MAX_TIMER_DELAY_MS, parseTimeLimit, timerDelayMs } from "./time-limit.js";

describe("parseTimeLimit", () => {
  it("accepts seconds within the bounds", () => {
    expect(parseTimeLimit(1)).toEqual({ ms: 1_000 });
    expect(parseTimeLimit(2.5)).toEqual({ ms: 2_500 });
    expect(parseTimeLimit(120)).toEqual({ ms: 120_000 });
    expect(parseTimeLimit("30")).toEqual({ ms: 30_000 });
  });

  it("rejects empty input", () => {
    expect(parseTimeLimit("")).toEqual({ problem: "The time limit is empty: enter a number of seconds from 1 to 120." });
  });

  it("rejects unparsable input as not a number", () => {
    expect(parseTimeLimit("", true)).toEqual({ problem: "The time limit is not a number: enter a number of seconds from 1 to 120." });
  });

  for (const value of [0, -3, 1e9, 120.5, Number.NaN, "abc", Number.POSITIVE_INFINITY]) {
    it(`rejects ${String(value)}`, () => {
      expect(parseTimeLimit(value)).toEqual({ problem: `Invalid time limit ${JSON.stringify(String(value))}: enter a number of seconds from 1 to 120.` });
    });
  }
});

describe("timerDelayMs", () => {
  it("keeps limits that setTimeout accepts", () => {
    expect(timerDelayMs(2_000)).toBe(2_000);
    expect(timerDelayMs(MAX_TIMER_DELAY_MS)).toBe(2 ** 31 - 1);
  });

  it("caps limits past the timer maximum", () => {
    expect(timerDelayMs(1e12)).toBe(2 ** 31 - 1);
    expect(timerDelayMs(Number.POSITIVE_INFINITY)).toBe(2 ** 31 - 1);
  });

  it("rejects limits that are not positive", () => {
    expect(() => timerDelayMs(0)).toThrow("Invalid time limit 0 ms: expected a positive number of milliseconds.");
    expect(() => timerDelayMs(-3_000)).toThrow(RangeError);
    expect(() => timerDelayMs(Number.NaN)).toThrow(RangeError);
  });
});
