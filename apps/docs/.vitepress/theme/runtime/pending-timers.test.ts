import { describe, expect, it } from "vitest";

import { trackTimers, type TimerScope } from "./pending-timers.js";

/** Returns a scope with Node's timer functions, whose ids trackTimers treats as opaque values. */
function nodeScope(): TimerScope {
  return {
    setTimeout: setTimeout as unknown as TimerScope["setTimeout"],
    clearTimeout: clearTimeout as unknown as TimerScope["clearTimeout"],
    setInterval: setInterval as unknown as TimerScope["setInterval"],
    clearInterval: clearInterval as unknown as TimerScope["clearInterval"],
  };
}

describe("trackTimers", () => {
  it("is idle with no timers", async () => {
    const timers = trackTimers(nodeScope());
    expect(timers.count).toBe(0);
    await timers.idle();
  });

  it("waits for a timeout to fire", async () => {
    const scope = nodeScope();
    const timers = trackTimers(scope);
    const fired: string[] = [];
    scope.setTimeout((label: unknown) => fired.push(String(label)), 20, "late");
    expect(timers.count).toBe(1);

    await timers.idle();
    expect(fired).toEqual(["late"]);
    expect(timers.count).toBe(0);
  });

  it("counts a timeout set from a timeout", async () => {
    const scope = nodeScope();
    const timers = trackTimers(scope);
    const fired: string[] = [];
    scope.setTimeout(() => {
      fired.push("first");
      scope.setTimeout(() => fired.push("second"), 5);
    }, 5);

    await timers.idle();
    expect(fired).toEqual(["first", "second"]);
  });

  it("releases cleared timeouts and intervals", async () => {
    const scope = nodeScope();
    const timers = trackTimers(scope);
    const timeout = scope.setTimeout(() => undefined, 1_000);
    let ticks = 0;
    const interval = scope.setInterval(() => {
      ticks += 1;
      if (ticks === 3) scope.clearInterval(interval);
    }, 5);
    expect(timers.count).toBe(2);

    scope.clearTimeout(timeout);
    expect(timers.count).toBe(1);
    await timers.idle();
    expect(ticks).toBe(3);
    expect(timers.count).toBe(0);
  });

  it("releases a timeout whose handler throws", async () => {
    const scope = nodeScope();
    const timers = trackTimers(scope);
    const failures: unknown[] = [];
    const onException = (error: unknown) => failures.push(error);
    process.once("uncaughtException", onException);
    scope.setTimeout(() => {
      throw new Error("timer failed");
    }, 5);

    await timers.idle();
    process.removeListener("uncaughtException", onException);
    expect(timers.count).toBe(0);
  });
});
