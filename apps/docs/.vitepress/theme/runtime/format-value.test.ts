import { describe, expect, it } from "vitest";

import { DEFAULT_FORMAT_LIMITS, formatLogArguments, formatNested, formatValue } from "./format-value.js";

describe("formatValue", () => {
  it("keeps strings and separates integers", () => {
    expect(formatValue("plain text")).toBe("plain text");
    expect(formatValue(287834112)).toBe("287,834,112");
    expect(formatValue(0.055)).toBe("0.055");
  });

  it("separates only safe integers", () => {
    expect(formatValue(Number.MAX_SAFE_INTEGER)).toBe("9,007,199,254,740,991");
    expect(formatValue(-Number.MAX_SAFE_INTEGER)).toBe("-9,007,199,254,740,991");
    expect(formatValue(2 ** 53)).toBe("9007199254740992");
    expect(formatValue(1e21)).toBe("1e+21");
    expect(formatValue(1.5e300)).toBe("1.5e+300");
    expect(formatValue(Number.MAX_VALUE)).toBe("1.7976931348623157e+308");
  });

  it("shows primitives as code writes them", () => {
    expect(formatValue(undefined)).toBe("undefined");
    expect(formatValue(null)).toBe("null");
    expect(formatValue(Number.NaN)).toBe("NaN");
    expect(formatValue(Number.POSITIVE_INFINITY)).toBe("Infinity");
    expect(formatValue(Number.NEGATIVE_INFINITY)).toBe("-Infinity");
    expect(formatValue(-0)).toBe("-0");
    expect(formatValue(10n)).toBe("10n");
    expect(formatValue(true)).toBe("true");
    expect(formatValue(Symbol("tag"))).toBe("Symbol(tag)");
  });

  it("names functions and classes", () => {
    function planLayout(): void {}
    class Planner {}
    expect(formatValue(planLayout)).toBe("[Function planLayout]");
    expect(formatValue(() => 1)).toBe("[Function (anonymous)]");
    expect(formatValue(async function load() {})).toBe("[AsyncFunction load]");
    expect(formatValue(Planner)).toBe("[class Planner]");
  });

  it("shows typed arrays with type and length", () => {
    expect(formatValue(new Float32Array([1.5, 2]))).toBe("Float32Array(2) [1.5, 2]");
    expect(formatValue(new Uint8Array(0))).toBe("Uint8Array(0) []");
    expect(formatValue(new BigInt64Array([3n]))).toBe("BigInt64Array(1) [3n]");
  });

  it("caps long typed arrays", () => {
    const text = formatValue(new Float64Array(1000).map((_, index) => index));
    expect(text.startsWith("Float64Array(1000) [0, 1, 2,")).toBe(true);
    expect(text).toContain(", 99, … 900 more]");
    expect(text).not.toContain("\n");
  });

  it("keeps undefined and NaN in arrays", () => {
    expect(formatValue([1, undefined, Number.NaN])).toBe("[1, undefined, NaN]");
    const sparse = [1];
    sparse[2] = 3;
    expect(formatValue(sparse)).toBe("[1, <1 empty item>, 3]");
  });

  it("lists Map and Set entries", () => {
    expect(formatValue(new Map<unknown, unknown>([["h800", 80], [2, [1, 2]]]))).toBe('Map(2) { "h800" => 80, 2 => [1, 2] }');
    expect(formatValue(new Set(["a", 1]))).toBe('Set(2) { "a", 1 }');
    expect(formatValue(new Map())).toBe("Map(0) {}");
  });

  it("shows Error as name and message", () => {
    expect(formatValue(new Error("boom"))).toBe("Error: boom");
    expect(formatValue(new RangeError("bad value 7"))).toBe("RangeError: bad value 7");
    expect(formatValue(new TypeError("outer", { cause: new Error("inner") }))).toBe("TypeError: outer (cause: Error: inner)");
    expect(formatValue([new Error("in array")])).toBe("[Error: in array]");
  });

  it("formats objects with unquoted keys", () => {
    expect(formatValue({ model: "step-3", layers: 61, "kv bytes": 2n })).toBe('{ model: "step-3", layers: 61, "kv bytes": 2n }');
    expect(formatValue({})).toBe("{}");
    class Plan {
      gpus = 32;
    }
    expect(formatValue(new Plan())).toBe("Plan { gpus: 32 }");
  });

  it("breaks wide objects over lines", () => {
    const row = { attentionInstances: 2, ffnInstances: 2, gpus: 32, totalBatchTokens: 6144, binding: "network" };
    expect(formatValue(row)).toBe(
      ["{", "  attentionInstances: 2,", "  ffnInstances: 2,", "  gpus: 32,", "  totalBatchTokens: 6144,", '  binding: "network"', "}"].join("\n"),
    );
  });

  it("marks cycles and depth", () => {
    const node: Record<string, unknown> = { name: "root" };
    node["self"] = node;
    expect(formatValue(node)).toBe('{ name: "root", self: [Circular] }');
    expect(formatValue({ a: { b: { c: { d: { e: 1 } } } } })).toBe("{ a: { b: { c: { d: [Object] } } } }");
  });

  it("names getters without calling them", () => {
    let calls = 0;
    const value = {
      get count() {
        calls += 1;
        return calls;
      },
    };
    expect(formatValue(value)).toBe("{ count: [Getter] }");
    expect(calls).toBe(0);
  });

  it("reports a proxy that throws", () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("no keys");
        },
      },
    );
    expect(formatValue(hostile)).toBe("[Object: could not be read: no keys]");
  });

  it("shows unreadable objects as placeholders", () => {
    const { proxy, revoke } = Proxy.revocable({ a: 1 }, {});
    revoke();
    expect(formatValue(proxy)).toMatch(/^\[Object: could not be read: .*revoked.*\]$/);
    expect(formatValue([proxy])).toContain("[Object: could not be read: Cannot perform");

    const throwingPrototype = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error("proto trap");
        },
      },
    );
    expect(formatValue(throwingPrototype)).toBe("[Object: could not be read: proto trap]");

    const throwingConstructor = Object.create({
      get constructor() {
        throw new Error("ctor getter");
      },
    }) as object;
    expect(formatValue(throwingConstructor)).toBe("[Object: could not be read: ctor getter]");
  });

  it("shows errors with throwing getters as placeholders", () => {
    for (const field of ["message", "name", "cause"]) {
      const error = new Error("boom");
      Object.defineProperty(error, field, {
        get() {
          throw new Error(`${field} getter`);
        },
      });
      expect(formatValue(error)).toBe(`[Error: could not be read: ${field} getter]`);
    }
  });

  it("shows a revoked function proxy", () => {
    const { proxy, revoke } = Proxy.revocable(function plan() {}, {});
    revoke();
    expect(formatValue(proxy)).toMatch(/^\[Function: could not be read: .*revoked.*\]$/);
  });

  it("caps items and characters", () => {
    const limits = { ...DEFAULT_FORMAT_LIMITS, maxItems: 3 };
    expect(formatValue([1, 2, 3, 4, 5], limits)).toBe("[1, 2, 3, … 2 more]");
    expect(formatValue(new Set([1, 2, 3, 4]), limits)).toBe("Set(4) { 1, 2, 3, … 1 more }");
    expect(formatValue({ a: 1, b: 2, c: 3, d: 4 }, limits)).toBe("{ a: 1, b: 2, c: 3, … 1 more }");

    const huge = Array.from({ length: 200 }, () => Array.from({ length: 100 }, (_, index) => index));
    const text = formatValue(huge, { ...DEFAULT_FORMAT_LIMITS, maxCharacters: 5_000 });
    expect(text.length).toBeLessThan(6_000);
    expect(text).toContain("more");
  });

  it("quotes nested strings only", () => {
    expect(formatNested("a\"b")).toBe('"a\\"b"');
    expect(formatValue(["x"])).toBe('["x"]');
  });
});

describe("formatLogArguments", () => {
  it("joins arguments with spaces", () => {
    expect(formatLogArguments(["tokens", 6144, [1, 2]])).toBe("tokens 6,144 [1, 2]");
  });

  it("applies substitutions", () => {
    expect(formatLogArguments(["%s uses %d GPUs (%f%%)", "2A2F", 32.7, 12.5])).toBe("2A2F uses 32 GPUs (12.5%)");
    expect(formatLogArguments(["%o and %c", { a: 1 }, "color: red"])).toBe("{ a: 1 } and ");
    expect(formatLogArguments(["%s left over", "x", "extra"])).toBe("x left over extra");
    expect(formatLogArguments(["%d", Symbol("s")])).toBe("NaN");
    expect(formatLogArguments(["100% %s"])).toBe("100% %s");
  });

  it("parses %d, %i and %f as parseInt and parseFloat", () => {
    expect(formatLogArguments(["%i px", "12.9px"])).toBe("12 px");
    expect(formatLogArguments(["%d px", "12.9px"])).toBe("12 px");
    expect(formatLogArguments(["%f px", "12.9px"])).toBe("12.9 px");
    expect(formatLogArguments(["%d", -7.8])).toBe("-7");
    expect(formatLogArguments(["%i", 5n])).toBe("5n");
    expect(formatLogArguments(["%d", "abc"])).toBe("NaN");
    expect(formatLogArguments(["%f", Symbol("s")])).toBe("NaN");
  });
});
