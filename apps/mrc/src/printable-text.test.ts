import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { isControlCharacter, printableText } from "./printable-text.js";

const hasControl = (text: string) => [...text].some((char) => isControlCharacter(char.charCodeAt(0)));

describe("printableText", () => {
  it("escapes escape sequences and line breaks", () => {
    expect(printableText("a\u001b[31mb")).toBe("a\\u001b[31mb");
    expect(printableText("one\ntwo\tthree\r")).toBe("one\\u000atwo\\u0009three\\u000d");
    expect(printableText("\u009b2J\u007f")).toBe("\\u009b2J\\u007f");
  });

  it("keeps printable text unchanged", () => {
    expect(printableText("::::EMDATABANK.org::::EMD-3197::::")).toBe("::::EMDATABANK.org::::EMD-3197::::");
    expect(printableText("ÿþ 90° Å")).toBe("ÿþ 90° Å");
  });

  it("leaves no control character", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const printable = printableText(text);
        expect(hasControl(printable)).toBe(false);
        if (!hasControl(text)) expect(printable).toBe(text);
      }),
    );
  });
});
