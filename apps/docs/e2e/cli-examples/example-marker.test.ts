import { describe, expect, it } from "vitest";

import { DEFAULT_MARKER, isMarkerLine, parseMarker } from "./example-marker.js";

describe("parseMarker", () => {
  it("no marker gives the default", () => {
    expect(parseMarker(undefined)).toEqual(DEFAULT_MARKER);
    expect(parseMarker("Some prose:")).toEqual({ exitCode: 0, skipReason: undefined });
  });

  it("exit code", () => {
    expect(parseMarker("<!-- cli-example exit=1 -->")).toEqual({ exitCode: 1, skipReason: undefined });
  });

  it("skip with reason", () => {
    expect(parseMarker('<!-- cli-example skip="runs for three minutes" -->')).toEqual({ exitCode: 0, skipReason: "runs for three minutes" });
  });

  it("skip without reason throws", () => {
    expect(() => parseMarker('<!-- cli-example skip="" -->')).toThrow("needs a reason");
    expect(() => parseMarker('<!-- cli-example skip=" " -->')).toThrow("needs a reason");
  });

  it("unknown attribute throws", () => {
    expect(() => parseMarker("<!-- cli-example exits=1 -->")).toThrow('Unknown marker attribute "exits"');
  });

  it("invalid exit code throws", () => {
    expect(() => parseMarker("<!-- cli-example exit=256 -->")).toThrow('Invalid exit="256"');
    expect(() => parseMarker("<!-- cli-example exit=-1 -->")).toThrow('Invalid exit="-1"');
  });

  it("malformed marker throws", () => {
    expect(() => parseMarker("<!-- cli-example skip=runs slowly -->")).toThrow("Malformed marker");
    expect(() => parseMarker("<!-- cli-example exit=1")).toThrow("Malformed marker");
  });

  it("isMarkerLine sees malformed markers", () => {
    expect(isMarkerLine("<!-- cli-example exit=1")).toBe(true);
    expect(isMarkerLine("<!-- another comment -->")).toBe(false);
  });
});
