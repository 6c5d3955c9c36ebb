import { describe, expect, it } from "vitest";

import { chartSpecProblem, describeValue, outputBlockProblem, svgMarkupProblem, tableRowsProblem } from "./output-checks.js";

const VALID_CHART = { type: "bar", title: "t", labels: ["a", "b"], series: [{ name: "s", values: [1, 2] }], xLabel: "x", yLabel: "y" };

describe("describeValue", () => {
  it.each([
    [null, "null"],
    [undefined, "undefined"],
    [42, "the number 42"],
    [3n, "the bigint 3"],
    [true, "the boolean true"],
    ["abc", 'the string "abc"'],
    ["x".repeat(50), `the string "${"x".repeat(40)}…"`],
    [[1, 2], "an array of length 2"],
    [{ a: 1 }, "an object"],
    [Object.create(null), "an object"],
    [new Map(), "a Map"],
    [new Float32Array(2), "a Float32Array"],
    [new Error("e"), "an Error"],
    [() => 1, "a function"],
  ])("describes %o", (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });
});

describe("tableRowsProblem", () => {
  it("accepts an array of row objects", () => {
    expect(tableRowsProblem([{ a: 1 }, { b: "x" }])).toBeUndefined();
  });

  it("accepts an empty array", () => {
    expect(tableRowsProblem([])).toBeUndefined();
  });

  it("rejects an object with the expected shape", () => {
    const problem = tableRowsProblem({ a: 1 });
    expect(problem).toContain("table(rows) expects an array of row objects such as [{");
    expect(problem).toContain("but got an object.");
  });

  it("rejects null", () => {
    expect(tableRowsProblem(null)).toContain("but got null.");
  });

  it("names the first row that is not an object", () => {
    expect(tableRowsProblem([1, 2, 3])).toContain("but row 0 is the number 1.");
    expect(tableRowsProblem([{ a: 1 }, null])).toContain("but row 1 is null.");
    expect(tableRowsProblem([{ a: 1 }, [1]])).toContain("but row 1 is an array of length 1.");
  });
});

describe("chartSpecProblem", () => {
  it("accepts a bar chart with every key", () => {
    expect(chartSpecProblem(VALID_CHART)).toBeUndefined();
  });

  it("accepts a line chart with null gaps and number labels", () => {
    expect(chartSpecProblem({ type: "line", labels: [1, 2, 3], series: [{ name: "s", values: [1, null, 3] }] })).toBeUndefined();
  });

  it("rejects a value that is not an object", () => {
    expect(chartSpecProblem(null)).toContain('chart(spec) expects an object such as { type: "bar"');
    expect(chartSpecProblem([])).toContain("but got an array of length 0.");
  });

  it("rejects an empty object by its type", () => {
    expect(chartSpecProblem({})).toBe('chart(spec) expects spec.type to be "bar" or "line", but got undefined.');
  });

  it("rejects an unknown chart type", () => {
    expect(chartSpecProblem({ ...VALID_CHART, type: "pie" })).toContain('but got the string "pie".');
  });

  it("names an unknown key and the known ones", () => {
    expect(chartSpecProblem({ ...VALID_CHART, stacked: true })).toBe(
      'chart(spec) has an unknown key "stacked". The known keys are type, title, labels, series, xLabel, yLabel.',
    );
  });

  it("rejects a title that is not a string", () => {
    expect(chartSpecProblem({ ...VALID_CHART, title: 3 })).toContain("spec.title to be a string when given, but got the number 3.");
  });

  it("rejects missing or mixed labels", () => {
    expect(chartSpecProblem({ ...VALID_CHART, labels: undefined })).toContain("spec.labels to be an array of strings or numbers");
    expect(chartSpecProblem({ ...VALID_CHART, labels: ["a", {}] })).toContain("but labels[1] is an object.");
  });

  it("rejects a missing or empty series", () => {
    expect(chartSpecProblem({ ...VALID_CHART, series: undefined })).toContain("spec.series to be a non-empty array of { name, values } objects");
    expect(chartSpecProblem({ ...VALID_CHART, series: [] })).toContain("but got an array of length 0.");
  });

  it("names the series entry at fault", () => {
    expect(chartSpecProblem({ ...VALID_CHART, series: [{ name: "s", values: [1, 2] }, 5] })).toContain(
      "spec.series[1] to be an object { name, values }, but got the number 5.",
    );
    expect(chartSpecProblem({ ...VALID_CHART, series: [{ values: [1, 2] }] })).toContain("spec.series[0].name to be a string, but got undefined.");
  });

  it("suggests Array.from for typed-array values", () => {
    expect(chartSpecProblem({ ...VALID_CHART, series: [{ name: "s", values: new Float64Array(2) }] })).toContain(
      "but got a Float64Array: convert it with Array.from(values).",
    );
  });

  it("rejects values that are not numbers", () => {
    expect(chartSpecProblem({ ...VALID_CHART, series: [{ name: "s", values: [1, "2"] }] })).toContain('but element 1 is the string "2".');
  });

  it("rejects one value too few", () => {
    expect(chartSpecProblem({ ...VALID_CHART, series: [{ name: "s", values: [1] }] })).toBe(
      "chart(spec) expects spec.series[0].values to have one value per label (2), but it has 1.",
    );
  });
});

describe("svgMarkupProblem", () => {
  it.each([
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"></svg>',
    "  \n<svg><rect/></svg>",
    '<?xml version="1.0"?>\n<!-- a comment --><!DOCTYPE svg><SVG viewBox="0 0 1 1"/>',
  ])("accepts %s", (markup) => {
    expect(svgMarkupProblem(markup)).toBeUndefined();
  });

  it("rejects a number", () => {
    expect(svgMarkupProblem(42)).toContain("svg(markup) expects a string of SVG markup such as '<svg xmlns=");
    expect(svgMarkupProblem(42)).toContain("but got the number 42.");
  });

  it("rejects markup whose root is not svg", () => {
    expect(svgMarkupProblem('<img src="x" onerror="alert(1)">')).toBe(
      'svg(markup) expects markup whose root element is <svg>, but it starts with "<img src=\\"x\\" onerror=\\"alert(1)\\">".',
    );
  });

  it("rejects an element whose name only starts with svg", () => {
    expect(svgMarkupProblem("<svgx></svgx>")).toContain("root element is <svg>");
  });
});

describe("outputBlockProblem", () => {
  it("accepts each kind of valid block", () => {
    expect(outputBlockProblem({ kind: "text", text: "a" })).toBeUndefined();
    expect(outputBlockProblem({ kind: "notice", text: "a" })).toBeUndefined();
    expect(outputBlockProblem({ kind: "table", rows: [{ a: 1 }] })).toBeUndefined();
    expect(outputBlockProblem({ kind: "svg", markup: "<svg></svg>" })).toBeUndefined();
    expect(outputBlockProblem({ kind: "chart", spec: VALID_CHART })).toBeUndefined();
  });

  it("rejects a block with the helper's message", () => {
    expect(outputBlockProblem({ kind: "table", rows: { a: 1 } })).toContain("table(rows) expects an array");
    expect(outputBlockProblem({ kind: "chart", spec: {} })).toContain("chart(spec) expects spec.type");
  });

  it("rejects text that is not a string", () => {
    expect(outputBlockProblem({ kind: "text", text: 5 })).toBe("a text block needs a string text, but got the number 5.");
  });

  it("checks the level of text", () => {
    expect(outputBlockProblem({ kind: "text", text: "w", level: "warn" })).toBeUndefined();
    expect(outputBlockProblem({ kind: "text", text: "e", level: "error" })).toBeUndefined();
    expect(outputBlockProblem({ kind: "text", text: "x", level: "info" })).toBe('a text block\'s level must be "warn" or "error" when given, but got the string "info".');
  });

  it("rejects a value that is not a block", () => {
    expect(outputBlockProblem("hello")).toContain('an output block must be an object, but got the string "hello".');
    expect(outputBlockProblem({ kind: "html", html: "<b>" })).toBe('an output block has an unknown kind, the string "html". The kinds are text, table, svg, chart and notice.');
  });
});
