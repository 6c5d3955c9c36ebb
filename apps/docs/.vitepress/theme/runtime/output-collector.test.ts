import { describe, expect, it } from "vitest";

import { DEFAULT_OUTPUT_LIMITS, truncationNotice } from "./output-budget.js";
import type { OutputBlock } from "./output-blocks.js";
import { appendBlock, OutputCollector, type Scheduler } from "./output-collector.js";

/** A scheduler that runs its callbacks only when the test calls runPending. */
function manualScheduler() {
  const pending = new Set<() => void>();
  const delays: number[] = [];
  const schedule: Scheduler = (callback, delayMs) => {
    pending.add(callback);
    delays.push(delayMs);
    return () => pending.delete(callback);
  };
  const runPending = () => {
    const callbacks = [...pending];
    pending.clear();
    for (const callback of callbacks) callback();
  };
  return { schedule, runPending, delays, pendingCount: () => pending.size };
}

function collect(options: { intervalMs?: number } = {}) {
  const scheduler = manualScheduler();
  const published: OutputBlock[][] = [];
  const collector = new OutputCollector((blocks) => published.push(blocks), { ...options, schedule: scheduler.schedule });
  return { collector, scheduler, published };
}

describe("appendBlock", () => {
  it("joins consecutive text blocks with a line break", () => {
    const blocks: OutputBlock[] = [];
    appendBlock(blocks, { kind: "text", text: "a" });
    appendBlock(blocks, { kind: "text", text: "b" });

    expect(blocks).toEqual([{ kind: "text", text: "a\nb" }]);
  });

  it("keeps text on both sides of a table apart", () => {
    const blocks: OutputBlock[] = [];
    appendBlock(blocks, { kind: "text", text: "a" });
    appendBlock(blocks, { kind: "table", rows: [] });
    appendBlock(blocks, { kind: "text", text: "b" });

    expect(blocks.map((block) => block.kind)).toEqual(["text", "table", "text"]);
  });

  it("replaces the joined block instead of changing it", () => {
    const first: OutputBlock = { kind: "text", text: "a" };
    const blocks: OutputBlock[] = [first];
    appendBlock(blocks, { kind: "text", text: "b" });

    expect(first).toEqual({ kind: "text", text: "a" });
  });

  it("keeps console warnings and errors apart", () => {
    const blocks: OutputBlock[] = [];
    appendBlock(blocks, { kind: "text", text: "a" });
    appendBlock(blocks, { kind: "text", text: "w1", level: "warn" });
    appendBlock(blocks, { kind: "text", text: "w2", level: "warn" });
    appendBlock(blocks, { kind: "text", text: "e", level: "error" });
    appendBlock(blocks, { kind: "text", text: "b" });

    expect(blocks).toEqual([
      { kind: "text", text: "a" },
      { kind: "text", text: "w1", level: "warn" },
      { kind: "text", text: "w2", level: "warn" },
      { kind: "text", text: "e", level: "error" },
      { kind: "text", text: "b" },
    ]);
  });

  it("keeps a notice apart from text", () => {
    const blocks: OutputBlock[] = [];
    appendBlock(blocks, { kind: "text", text: "a" });
    appendBlock(blocks, { kind: "notice", text: "n" });
    appendBlock(blocks, { kind: "text", text: "b" });

    expect(blocks).toHaveLength(3);
  });
});

describe("OutputCollector", () => {
  it("publishes once per scheduled flush", () => {
    const { collector, scheduler, published } = collect({ intervalMs: 30 });
    collector.add({ kind: "text", text: "a" });
    collector.add({ kind: "text", text: "b" });
    collector.add({ kind: "table", rows: [{ n: 1 }] });

    expect(published).toEqual([]);
    expect(scheduler.delays).toEqual([30]);

    scheduler.runPending();
    expect(published).toEqual([[{ kind: "text", text: "a\nb" }, { kind: "table", rows: [{ n: 1 }] }]]);
  });

  it("schedules the next flush after publishing", () => {
    const { collector, scheduler, published } = collect();
    collector.add({ kind: "text", text: "a" });
    scheduler.runPending();
    collector.add({ kind: "text", text: "b" });
    scheduler.runPending();

    expect(published).toEqual([[{ kind: "text", text: "a" }], [{ kind: "text", text: "a\nb" }]]);
  });

  it("publishes a new array each time", () => {
    const { collector, published } = collect();
    collector.add({ kind: "text", text: "a" });
    collector.flush();
    collector.add({ kind: "svg", markup: "<svg/>" });
    collector.flush();

    expect(published[0]).not.toBe(published[1]);
    expect(published[0]).toHaveLength(1);
  });

  it("publishes nothing when nothing changed", () => {
    const { collector, published } = collect();
    collector.flush();
    collector.add({ kind: "text", text: "a" });
    collector.flush();
    collector.flush();

    expect(published).toHaveLength(1);
  });

  it("ignores blocks after close and cancels the pending flush", () => {
    const { collector, scheduler, published } = collect();
    collector.add({ kind: "text", text: "a" });
    collector.close();
    collector.add({ kind: "text", text: "b" });
    collector.flush();

    expect(scheduler.pendingCount()).toBe(0);
    expect(published).toEqual([]);
  });

  it("replaces a bad block with a notice and keeps earlier output", () => {
    const { collector, published } = collect();
    collector.add({ kind: "text", text: "before" });
    collector.add({ kind: "table", rows: { a: 1 } });
    collector.add({ kind: "text", text: "after" });
    collector.flush();

    const [blocks] = published;
    expect(blocks?.[0]).toEqual({ kind: "text", text: "before" });
    expect(blocks?.[1]?.kind).toBe("notice");
    expect(blocks?.[1]).toHaveProperty("text", expect.stringContaining("Skipped an output block that the page cannot show: table(rows) expects an array"));
    expect(blocks?.[2]).toEqual({ kind: "text", text: "after" });
  });

  it("replaces a block that cannot be measured with a notice", () => {
    const { collector, published } = collect();
    collector.add({ kind: "table", rows: [{ size: 1n }] });
    collector.flush();

    expect(published[0]).toEqual([{ kind: "notice", text: expect.stringContaining("Skipped an output block that the page cannot show:") }]);
  });

  it("shows 2,000 of 20,000 prints as one text block", () => {
    const { collector, published } = collect();
    for (let index = 0; index < 20_000; index += 1) collector.add({ kind: "text", text: `line ${index}` });
    collector.flush();

    const [blocks] = published;
    expect(blocks).toHaveLength(2);
    const lines = blocks?.[0]?.kind === "text" ? blocks[0].text.split("\n") : [];
    expect(lines).toHaveLength(2_000);
    expect(lines.at(-1)).toBe("line 1999");
    expect(blocks?.[1]).toEqual(truncationNotice(DEFAULT_OUTPUT_LIMITS, "maxLines"));
  });
});
