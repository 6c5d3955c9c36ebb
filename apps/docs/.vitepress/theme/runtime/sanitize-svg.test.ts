// The element walk of sanitizeSvg needs a DOM, so the site's browser test covers it. These tests
// cover the value checks that it applies to every attribute.
import { describe, expect, it } from "vitest";

import { cleanAttributeValue, cleanReference } from "./sanitize-svg.js";

const rename = (id: string) => `p-${id}`;

describe("cleanAttributeValue", () => {
  it.each([
    ["fill", "#3451b2"],
    ["font-size", "9"],
    ["d", "M0 0 L10 10 Z"],
    ["font-family", "'Inter', sans-serif"],
    ["fill", "rgb(52, 81, 178)"],
    ["stroke", "var(--vp-c-brand-1)"],
    ["transform", "translate(10 20) rotate(45) skewX(3)"],
  ])("keeps %s=%s", (name, value) => {
    expect(cleanAttributeValue(name, value, rename)).toBe(value);
  });

  it("renames local url references", () => {
    expect(cleanAttributeValue("fill", "url(#grad)", rename)).toBe("url(#p-grad)");
    expect(cleanAttributeValue("clip-path", "url( '#clip' )", rename)).toBe("url(#p-clip)");
  });

  it.each([
    ["fill", "url(https://example.com/paint.svg#a)"],
    ["fill", "url(#a) url(//example.com/b)"],
    ["mask", "image-set('https://example.com/x.png' 1x)"],
    ["fill", "u\\72l(https://example.com/x)"],
    ["fill", "url/**/(x)"],
    ["font-family", "@import"],
    ["transform", "rgb(1, 2, 3)"],
    ["fill", "expression(alert(1))"],
  ])("rejects %s=%s", (name, value) => {
    expect(cleanAttributeValue(name, value, rename)).toBeUndefined();
  });
});

describe("cleanReference", () => {
  it("renames a reference to an id", () => {
    expect(cleanReference("#shape", rename)).toBe("#p-shape");
  });

  it.each(["javascript:alert(1)", "https://example.com/a.svg#shape", "data:image/svg+xml,<svg/>", "#", ""])("rejects %s", (href) => {
    expect(cleanReference(href, rename)).toBeUndefined();
  });
});
