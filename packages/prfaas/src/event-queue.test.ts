import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { EVENT_PRIORITY, EventQueue } from "./event-queue.js";

describe("EventQueue", () => {
  it("orders by time, then priority, then insertion", () => {
    const queue = new EventQueue<string>();
    queue.push(10, EVENT_PRIORITY.arrival, "arrival at 10");
    queue.push(10, EVENT_PRIORITY.prefillDone, "prefill done at 10");
    queue.push(5, EVENT_PRIORITY.arrival, "arrival at 5");
    queue.push(10, EVENT_PRIORITY.prefillDone, "second prefill done at 10");
    queue.push(9.2, EVENT_PRIORITY.decodeDone, "decode done rounded up to 10");
    const order: string[] = [];
    for (let event = queue.pop(); event !== undefined; event = queue.pop()) order.push(event.payload);
    expect(order).toEqual(["arrival at 5", "prefill done at 10", "second prefill done at 10", "decode done rounded up to 10", "arrival at 10"]);
  });

  it("pops in key order for any insertions", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 5 })), { maxLength: 200 }), (entries) => {
        const queue = new EventQueue<number>();
        entries.forEach(([time, priority], index) => queue.push(time, priority, index));
        const expected = entries
          .map(([time, priority], index) => ({ time, priority, index }))
          .sort((a, b) => a.time - b.time || a.priority - b.priority || a.index - b.index)
          .map((entry) => entry.index);
        const popped: number[] = [];
        for (let event = queue.pop(); event !== undefined; event = queue.pop()) popped.push(event.payload);
        expect(popped).toEqual(expected);
      }),
    );
  });

  it("keeps tie order when a no-op event is inserted", () => {
    const run = (withNoOp: boolean) => {
      const queue = new EventQueue<string>();
      queue.push(7, 1, "a");
      if (withNoOp) queue.push(3, 0, "no-op");
      queue.push(7, 1, "b");
      queue.push(7, 1, "c");
      const order: string[] = [];
      for (let event = queue.pop(); event !== undefined; event = queue.pop()) if (event.payload !== "no-op") order.push(event.payload);
      return order;
    };
    expect(run(true)).toEqual(run(false));
  });
});
