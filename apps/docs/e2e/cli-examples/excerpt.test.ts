import { describe, expect, it } from "vitest";

import { compareExcerpt, outputLines } from "./excerpt.js";

const output = ["title", "", "row 1", "row 2", "row 3", "", "note"];

describe("compareExcerpt", () => {
  it("equal lines match", () => {
    expect(compareExcerpt(output, output)).toEqual({ matches: true });
  });

  it("changed digit fails", () => {
    const result = compareExcerpt(["title", "", "row 1", "row 9", "row 3", "", "note"], output);

    expect(result.matches).toBe(false);
    expect(result.matches ? "" : result.reason).toContain('output line 4: expected "row 9", got "row 2"');
  });

  it("unshown trailing lines fail", () => {
    const result = compareExcerpt(["title", "", "row 1"], output);

    expect(result.matches).toBe(false);
    expect(result.matches ? "" : result.reason).toContain("the output has 7 lines and the block shows 3");
  });

  it("missing output lines fail", () => {
    expect(compareExcerpt([...output, "more"], output).matches).toBe(false);
  });

  it("trailing omission matches the rest", () => {
    expect(compareExcerpt(["title", "", "row 1", "…"], output).matches).toBe(true);
  });

  it("trailing omission needs a line", () => {
    expect(compareExcerpt([...output, "…"], output).matches).toBe(false);
  });

  it("leading omission anchors the end", () => {
    expect(compareExcerpt(["…", "", "note"], output).matches).toBe(true);
    expect(compareExcerpt(["…", "row 3"], output).matches).toBe(false);
  });

  it("leading omission needs a line", () => {
    expect(compareExcerpt(["…", ...output], output).matches).toBe(false);
  });

  it("middle omission skips lines", () => {
    expect(compareExcerpt(["title", "…", "row 3", "", "note"], output).matches).toBe(true);
    expect(compareExcerpt(["title", "…", "row 2", "…"], output).matches).toBe(true);
  });

  it("middle omission needs a line", () => {
    expect(compareExcerpt(["title", "…", "", "row 1", "…"], output).matches).toBe(false);
  });

  it("runs must keep their order", () => {
    expect(compareExcerpt(["…", "row 3", "…", "row 1", "…"], output).matches).toBe(false);
  });

  it("runs must be consecutive lines", () => {
    expect(compareExcerpt(["…", "row 1", "row 3", "…"], output).matches).toBe(false);
  });

  it("shown lines compare exactly", () => {
    expect(compareExcerpt(["…", "row 1 ", "…"], output).matches).toBe(false);
    expect(compareExcerpt(["…", "row", "…"], output).matches).toBe(false);
  });

  it("invalid blocks throw", () => {
    expect(() => compareExcerpt([], output)).toThrow("empty");
    expect(() => compareExcerpt(["…"], output)).toThrow('shows only "…"');
    expect(() => compareExcerpt(["title", "…", "…", "note"], output)).toThrow("two");
  });
});

describe("outputLines", () => {
  it("final newline adds no line", () => {
    expect(outputLines("a\n\nb\n")).toEqual(["a", "", "b"]);
  });

  it("missing final newline kept", () => {
    expect(outputLines("a\nb")).toEqual(["a", "b"]);
  });
});
