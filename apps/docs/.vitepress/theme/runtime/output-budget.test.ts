import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { DEFAULT_OUTPUT_LIMITS, OutputBudget, truncationNotice, type OutputLimits } from "./output-budget.js";
import type { OutputBlock } from "./output-blocks.js";
import { appendBlock } from "./output-collector.js";

const SMALL: OutputLimits = { maxLines: 5, maxCharacters: 40, maxBlocks: 2 };

function admitAll(budget: OutputBudget, blocks: OutputBlock[]): OutputBlock[] {
  return blocks.flatMap((block) => budget.admit(block));
}

function text(value: string): OutputBlock {
  return { kind: "text", text: value };
}

describe("truncationNotice", () => {
  it("names the limit with its count", () => {
    expect(truncationNotice(DEFAULT_OUTPUT_LIMITS, "maxLines")).toEqual({
      kind: "notice",
      text: "Output truncated after 2,000 lines. The rest of this run's output is not shown.",
    });
    expect(truncationNotice(SMALL, "maxBlocks").text).toContain("after 2 tables, pictures and charts.");
  });
});

describe("OutputBudget", () => {
  it("keeps blocks within the limits unchanged", () => {
    const budget = new OutputBudget(SMALL);
    const blocks: OutputBlock[] = [text("a\nb"), { kind: "table", rows: [{ x: 1 }] }, { kind: "svg", markup: "<svg/>" }];

    expect(admitAll(budget, blocks)).toEqual(blocks);
    expect(budget.truncated).toBe(false);
  });

  it("cuts 20,000 prints at 2,000 lines", () => {
    const budget = new OutputBudget();
    const prints = Array.from({ length: 20_000 }, (_, index) => text(`line ${index}`));

    const admitted = admitAll(budget, prints);

    expect(admitted).toHaveLength(2_001);
    expect(admitted[1_999]).toEqual(text("line 1999"));
    expect(admitted[2_000]).toEqual(truncationNotice(DEFAULT_OUTPUT_LIMITS, "maxLines"));
    expect(budget.truncated).toBe(true);
  });

  it("keeps the first lines of a text that crosses the line limit", () => {
    const budget = new OutputBudget(SMALL);
    expect(admitAll(budget, [text("1\n2"), text("3\n4\n5\n6")])).toEqual([text("1\n2"), text("3\n4\n5"), truncationNotice(SMALL, "maxLines")]);
  });

  it("keeps the level of a cut warning", () => {
    const budget = new OutputBudget(SMALL);
    const warning: OutputBlock = { kind: "text", text: "1\n2\n3\n4\n5\n6", level: "warn" };
    expect(budget.admit(warning)).toEqual([{ kind: "text", text: "1\n2\n3\n4\n5", level: "warn" }, truncationNotice(SMALL, "maxLines")]);
  });

  it("shows only the notice when no line is left", () => {
    const budget = new OutputBudget(SMALL);
    expect(admitAll(budget, [text("1\n2\n3\n4\n5"), text("6")])).toEqual([text("1\n2\n3\n4\n5"), truncationNotice(SMALL, "maxLines")]);
  });

  it("cuts a long line at the character limit", () => {
    const budget = new OutputBudget(SMALL);
    expect(admitAll(budget, [text("x".repeat(100))])).toEqual([text("x".repeat(39)), truncationNotice(SMALL, "maxCharacters")]);
  });

  it("counts each line break as a character", () => {
    const budget = new OutputBudget({ ...SMALL, maxCharacters: 4 });
    expect(admitAll(budget, [text("a"), text("b"), text("c")])).toEqual([text("a"), text("b"), truncationNotice({ ...SMALL, maxCharacters: 4 }, "maxCharacters")]);
  });

  it("never splits a surrogate pair", () => {
    const limits = { ...SMALL, maxCharacters: 3 };
    const [firstPart] = new OutputBudget(limits).admit(text("a😀b"));
    expect(firstPart).toEqual(text("a"));
  });

  it("cuts a table at the line limit", () => {
    const budget = new OutputBudget(SMALL);
    const rows = [{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }];

    const admitted = admitAll(budget, [text("a\nb\nc"), { kind: "table", rows }]);

    expect(admitted).toEqual([text("a\nb\nc"), { kind: "table", rows: rows.slice(0, 2) }, truncationNotice(SMALL, "maxLines")]);
  });

  it("cuts a table at the character limit", () => {
    const budget = new OutputBudget({ ...SMALL, maxLines: 100 });
    const rows = [{ name: "a".repeat(10) }, { name: "b".repeat(10) }, { name: "c".repeat(10) }];

    const admitted = admitAll(budget, [{ kind: "table", rows }]);

    expect(admitted).toEqual([{ kind: "table", rows: rows.slice(0, 1) }, truncationNotice({ ...SMALL, maxLines: 100 }, "maxCharacters")]);
  });

  it("stops at the block limit", () => {
    const budget = new OutputBudget(SMALL);
    const svg: OutputBlock = { kind: "svg", markup: "<svg/>" };

    expect(admitAll(budget, [svg, svg, svg, text("after")])).toEqual([svg, svg, truncationNotice(SMALL, "maxBlocks")]);
  });

  it("drops a picture larger than the characters left", () => {
    const budget = new OutputBudget(SMALL);
    const svg: OutputBlock = { kind: "svg", markup: `<svg>${" ".repeat(40)}</svg>` };

    expect(admitAll(budget, [svg])).toEqual([truncationNotice(SMALL, "maxCharacters")]);
  });

  it("keeps a notice that fits", () => {
    const budget = new OutputBudget(SMALL);
    const notice: OutputBlock = { kind: "notice", text: "n" };

    expect(budget.admit(notice)).toEqual([notice]);
    expect(budget.truncated).toBe(false);
  });

  it("ends the output with a notice that does not fit", () => {
    const budget = new OutputBudget(SMALL);
    const notice = truncationNotice(SMALL, "maxLines");
    budget.admit(text("1\n2\n3\n4\n5"));

    expect(budget.admit(notice)).toEqual([notice]);
    expect(budget.admit(text("later"))).toEqual([]);
  });

  it("shows the same output on the page as the worker sent", () => {
    const block = fc.oneof(
      fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 4 }).map((lines): OutputBlock => text(lines.join("\n"))),
      fc.array(fc.record({ v: fc.integer() }), { maxLength: 4 }).map((rows): OutputBlock => ({ kind: "table", rows })),
      fc.string({ maxLength: 20 }).map((inside): OutputBlock => ({ kind: "svg", markup: `<svg>${inside}</svg>` })),
    );
    const limits = fc.record({ maxLines: fc.integer({ min: 0, max: 12 }), maxCharacters: fc.integer({ min: 0, max: 120 }), maxBlocks: fc.integer({ min: 0, max: 3 }) });

    fc.assert(
      fc.property(fc.array(block, { maxLength: 15 }), limits, (blocks, chosen) => {
        const sent = admitAll(new OutputBudget(chosen), blocks);
        const expected: OutputBlock[] = [];
        for (const item of sent) appendBlock(expected, item);

        const onPage: OutputBlock[] = [];
        for (const item of admitAll(new OutputBudget(chosen), sent)) appendBlock(onPage, item);

        expect(onPage).toEqual(expected);
        expect(onPage.filter((item) => item.kind === "notice").length).toBeLessThanOrEqual(1);
      }),
    );
  });
});
