import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { catchCatalogError } from "../catch-catalog-error.test-helpers.js";
import { importHfConfigText } from "./import-config.js";
import { findTrailingComma } from "./trailing-commas.js";

const LLAMA = readFileSync(new URL("../../fixtures/hf-configs/llama-3.2-1b-instruct.json", import.meta.url), "utf8");

describe("findTrailingComma", () => {
  it("finds a comma before } or ]", () => {
    expect(findTrailingComma('{\n  "a": 1,\n}')).toEqual({ line: 2, closing: "}" });
    expect(findTrailingComma('{"a": [1, 2,\n\t]}')).toEqual({ line: 1, closing: "]" });
  });

  it("ignores commas inside strings", () => {
    expect(findTrailingComma('{"a": "x,}", "b": ",]"}')).toBeUndefined();
    expect(findTrailingComma('{"a\\",}": 1}')).toBeUndefined();
  });

  it("counts lines after an unterminated string", () => {
    expect(findTrailingComma('{"a": "x\n"b": 1,\n}')).toEqual({ line: 2, closing: "}" });
  });

  it("finds none in valid JSON", () => {
    expect(findTrailingComma(LLAMA)).toBeUndefined();
  });
});

describe("config text with a trailing comma", () => {
  it("names the line of the comma", () => {
    // The fixture's last field is "vocab_size" on the line before the closing brace.
    const lines = LLAMA.trimEnd().split("\n");
    const text = [...lines.slice(0, -2), `${lines.at(-2)},`, lines.at(-1)].join("\n");
    const error = catchCatalogError(() => importHfConfigText(text, { file: "edited.json" }));

    expect(error.code).toBe("INVALID_JSON");
    expect(error.file).toBe("edited.json");
    expect(error.message).toBe(
      `Invalid JSON in edited.json: the comma on line ${lines.length - 1} comes right before "}" (a trailing comma), which JSON does not allow. Remove that comma.`,
    );
  });
});
