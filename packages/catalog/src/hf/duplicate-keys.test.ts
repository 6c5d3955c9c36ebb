import { describe, expect, it } from "vitest";

import { findDuplicateKey } from "./duplicate-keys.js";

describe("findDuplicateKey", () => {
  it("none in distinct keys", () => {
    expect(findDuplicateKey('{"a": 1, "b": {"a": 2}, "c": [{"a": 3}, {"a": 4}]}')).toBeUndefined();
  });

  it("top-level repeat with the raw values", () => {
    expect(findDuplicateKey('{"a": 1, "b": 2, "a": [1, 2]}')).toEqual({ path: "a", first: "1", last: "[1, 2]" });
  });

  it("repeat inside an array element", () => {
    expect(findDuplicateKey('{"list": [{"x": 1}, {"x": 1, "x": 2}]}')?.path).toBe("list[1].x");
  });

  it("equal values are not a conflict", () => {
    expect(findDuplicateKey('{"a": 1.0, "a": 1, "b": {"c": [1, 2]}, "b": {"c": [1,2]}}')).toBeUndefined();
  });

  it("strings with brackets, quotes and escapes", () => {
    expect(findDuplicateKey('{"a": "}]\\"{", "b\\"": 1, "b\\"": 2}')).toEqual({ path: 'b"', first: "1", last: "2" });
  });

  it("the first conflict in document order", () => {
    expect(findDuplicateKey('{"a": {"b": 1, "b": 2}, "a": 3}')?.path).toBe("a.b");
  });

  it("deep nesting without a stack overflow", () => {
    const depth = 200_000;
    const text = `{"deep": ${"[".repeat(depth)}${"]".repeat(depth)}, "k": 1, "k": 2}`;

    expect(findDuplicateKey(text)?.path).toBe("k");
  });
});
