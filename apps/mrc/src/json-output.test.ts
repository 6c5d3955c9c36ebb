import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { formatJson } from "./json-output.js";

describe("formatJson", () => {
  it("writes non-finite numbers as strings", () => {
    const parsed = JSON.parse(formatJson({ dmin: Number.NaN, rms: Number.POSITIVE_INFINITY, origin: [0, Number.NEGATIVE_INFINITY] }));
    expect(parsed).toEqual({ dmin: "NaN", rms: "Infinity", origin: [0, "-Infinity"] });
  });

  it("keeps null and finite numbers", () => {
    expect(formatJson({ index: null, width: 20 })).toBe('{\n  "index": null,\n  "width": 20\n}\n');
  });

  it("matches JSON.stringify on finite data", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(formatJson(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
    );
  });
});
