import { describe, expect, it } from "vitest";

import { describeValue } from "./describe-value.js";

describe("describeValue", () => {
  it("spells numbers JSON cannot hold", () => {
    expect(describeValue(Number.NaN)).toBe("NaN");
    expect(describeValue(Number.POSITIVE_INFINITY)).toBe("Infinity");
    expect(describeValue(-0)).toBe("-0");
    expect(describeValue(10n)).toBe("10n");
  });

  it("keeps JSON for plain data", () => {
    expect(describeValue("fp6")).toBe('"fp6"');
    expect(describeValue({ tokens: 4096 })).toBe('{"tokens":4096}');
    expect(describeValue([1, Number.NaN])).toBe('[1,"NaN"]');
  });

  it("never throws", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(describeValue(cyclic)).toBe("[object Object]");
    expect(describeValue(Symbol("x"))).toBe("Symbol(x)");
    expect(describeValue(undefined)).toBe("undefined");
  });
});
