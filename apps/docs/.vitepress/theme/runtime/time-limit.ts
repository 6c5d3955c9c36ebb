// The time limit of a run: the playground's bounds, and the maximum delay of a browser timer.

/**
 * Maximum delay of setTimeout, 2³¹ − 1 ms (about 24.8 days). It takes the delay as a signed 32-bit
 * integer, so a longer delay wraps around and the timer can fire almost at once.
 */
export const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

/** Bounds of the playground's time limit field, in seconds. */
export const TIME_LIMIT_SECONDS = { min: 1, max: 120 } as const;

/**
 * Returns the time limit in milliseconds for `seconds`, the value of the playground's time limit
 * field, or a message naming the invalid value and the accepted range. `badInput` is the field's
 * validity.badInput: a number input reports text it cannot parse, such as `1e400`, as an empty
 * value, and this flag separates that case from an empty field.
 */
export function parseTimeLimit(seconds: unknown, badInput = false): { ms: number } | { problem: string } {
  const { min, max } = TIME_LIMIT_SECONDS;
  const range = `enter a number of seconds from ${min} to ${max}`;
  if (badInput) return { problem: `The time limit is not a number: ${range}.` };
  if (seconds === "" || seconds === null || seconds === undefined) return { problem: `The time limit is empty: ${range}.` };

  const value = typeof seconds === "number" ? seconds : Number(seconds);
  if (!Number.isFinite(value) || value < min || value > max) {
    return { problem: `Invalid time limit ${JSON.stringify(String(seconds))}: ${range}.` };
  }
  return { ms: value * 1000 };
}

/**
 * Returns the delay to pass to setTimeout for a time limit of `timeLimitMs`: the limit itself, at
 * most {@link MAX_TIMER_DELAY_MS}. Throws a RangeError for a limit that is not a positive number.
 */
export function timerDelayMs(timeLimitMs: number): number {
  if (!(timeLimitMs > 0)) {
    throw new RangeError(`Invalid time limit ${timeLimitMs} ms: expected a positive number of milliseconds.`);
  }
  return Math.min(timeLimitMs, MAX_TIMER_DELAY_MS);
}
