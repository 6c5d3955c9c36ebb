import { describe, expect, it } from "vitest";

import type { OutputBlock } from "./output-blocks.js";
import { describeError, outputHelpers, runExample } from "./run-example.js";

/** Runs `source` with the output helpers and returns its blocks and the error it raised. */
async function run(source: string): Promise<{ blocks: OutputBlock[]; error: unknown }> {
  const blocks: OutputBlock[] = [];
  try {
    await runExample(source, {}, outputHelpers((block) => blocks.push(block)));
    return { blocks, error: undefined };
  } catch (error) {
    return { blocks, error };
  }
}

describe("output helpers", () => {
  it("table of an object raises TypeError", async () => {
    const { blocks, error } = await run('print("before"); table({ a: 1 }); print("after");');

    expect(blocks).toEqual([{ kind: "text", text: "before" }]);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toContain("table(rows) expects an array of row objects");
    expect((error as Error).message).toContain("but got an object.");
  });

  it("table(null) raises", async () => {
    const { error } = await run("table(null);");
    expect((error as Error).message).toContain("table(rows) expects an array of row objects such as [{ model:");
  });

  it("chart({}) names the type", async () => {
    const { error } = await run("chart({});");
    expect((error as Error).message).toBe('chart(spec) expects spec.type to be "bar" or "line", but got undefined.');
  });

  it("svg(42) raises", async () => {
    const { error } = await run("svg(42);");
    expect((error as Error).message).toContain("svg(markup) expects a string of SVG markup");
  });

  it("svg without svg root raises", async () => {
    const { blocks, error } = await run(`svg('<img src="x" onerror="alert(1)">');`);
    expect(blocks).toEqual([]);
    expect((error as Error).message).toContain("root element is <svg>");
  });

  it("table checks the JSON copy", async () => {
    const { error } = await run("table([new Date(0)]);");
    expect((error as Error).message).toBe(
      'The JSON copy that table(rows) sends to the page is not valid: table(rows) expects each row to be an object of column values such as [{ model: "step-3", layers: 61 }], but row 0 is the string "1970-01-01T00:00:00.000Z".',
    );
  });

  it("cyclic table row names the helper", async () => {
    const { error } = await run("const row = { a: 1 }; row.self = row; table([row]);");
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toContain("table(rows) could not copy its argument to the page as JSON:");
  });

  it("table and chart send JSON", async () => {
    const { blocks } = await run('table([{ big: 2n, gone: undefined }]); chart({ type: "line", labels: [1, 2], series: [{ name: "s", values: [1, NaN] }] });');

    expect(blocks).toEqual([
      { kind: "table", rows: [{ big: "2" }] },
      { kind: "chart", spec: { type: "line", labels: [1, 2], series: [{ name: "s", values: [1, null] }] } },
    ]);
  });

  it("svg sends valid markup unchanged", async () => {
    const markup = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="2" height="2"/></svg>';
    const { blocks, error } = await run(`svg(${JSON.stringify(markup)});`);

    expect(error).toBeUndefined();
    expect(blocks).toEqual([{ kind: "svg", markup }]);
  });
});

describe("print", () => {
  it("formats typed arrays and Map", async () => {
    const { blocks } = await run("print(new Float32Array([1.5, 2]), new Map([[1, 2]]));");
    expect(blocks).toEqual([{ kind: "text", text: "Float32Array(2) [1.5, 2] Map(1) { 1 => 2 }" }]);
  });
});

describe("example console", () => {
  it("routes console calls to output", async () => {
    const { blocks, error } = await run('console.log("plain", 1); console.info("info"); console.warn("careful"); console.error(new Error("x"));');

    expect(error).toBeUndefined();
    expect(blocks).toEqual([
      { kind: "text", text: "plain 1" },
      { kind: "text", text: "info" },
      { kind: "text", text: "careful", level: "warn" },
      { kind: "text", text: "Error: x", level: "error" },
    ]);
  });

  it("applies format directives", async () => {
    const { blocks } = await run('console.log("%s on %d GPUs", "2A2F", 32);');
    expect(blocks).toEqual([{ kind: "text", text: "2A2F on 32 GPUs" }]);
  });
});

describe("example console methods", () => {
  it("console.table shows rows as a table", async () => {
    const { blocks, error } = await run("console.table([{ a: 1, b: 2 }]); console.table([{ a: 1, b: 2 }], [\"b\"]);");
    expect(error).toBeUndefined();
    expect(blocks).toEqual([
      { kind: "table", rows: [{ a: 1, b: 2 }] },
      { kind: "table", rows: [{ b: 2 }] },
    ]);
  });

  it("console.table prints other values", async () => {
    const { blocks, error } = await run("console.table(5);");
    expect(error).toBeUndefined();
    expect(blocks).toEqual([{ kind: "text", text: "5" }]);
  });

  it("console.dir prints the value", async () => {
    const { blocks, error } = await run("console.dir({ a: 1 });");
    expect(error).toBeUndefined();
    expect(blocks).toEqual([{ kind: "text", text: "{ a: 1 }" }]);
  });

  it("console.assert reports falsy conditions", async () => {
    const { blocks, error } = await run('console.assert(true, "hidden"); console.assert(false, "gpus %d", 3); console.assert(0);');
    expect(error).toBeUndefined();
    expect(blocks).toEqual([
      { kind: "text", text: "Assertion failed: gpus 3", level: "error" },
      { kind: "text", text: "Assertion failed", level: "error" },
    ]);
  });

  it("console.count and group", async () => {
    const { blocks, error } = await run('console.count(); console.count(); console.countReset(); console.count("x"); console.group("outer"); console.log("a\\nb"); console.groupEnd(); console.log("c");');
    expect(error).toBeUndefined();
    expect(blocks.map((block) => (block.kind === "text" ? block.text : block.kind))).toEqual(["default: 1", "default: 2", "x: 1", "outer", "  a\n  b", "c"]);
  });

  it("console.time measures and warns on unknown labels", async () => {
    const { blocks, error } = await run('console.time("t"); console.timeEnd("t"); console.timeEnd("t"); console.trace("here"); console.clear();');
    expect(error).toBeUndefined();
    expect(blocks[0]).toMatchObject({ kind: "text" });
    expect((blocks[0] as { text: string }).text).toMatch(/^t: \d+\.\d{3} ms$/);
    expect(blocks[1]).toEqual({ kind: "text", text: 'console.timeEnd(): no timer named "t" was started with console.time().', level: "warn" });
    expect(blocks[2]).toEqual({ kind: "text", text: "Trace: here" });
    expect(blocks).toHaveLength(3);
  });
});

describe("describeError", () => {
  it("names errors and other values", () => {
    expect(describeError(new RangeError("bad value 7"))).toBe("RangeError: bad value 7");
    expect(describeError("plain message")).toBe("plain message");
    expect(describeError(42)).toBe("42");
    expect(describeError(undefined)).toBe("undefined");
    expect(describeError({ code: 7 })).toBe("{ code: 7 }");
  });
});

describe("describeError of unreadable values", () => {
  it("describes a revoked proxy", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(describeError(proxy)).toMatch(/^\[Object: could not be read: .*revoked.*\]$/);
  });

  it("describes an error whose message getter throws", () => {
    const error = new Error("boom");
    Object.defineProperty(error, "message", {
      get() {
        throw new Error("message getter");
      },
    });
    expect(describeError(error)).toBe("[Error: could not be read: message getter]");
  });
});
