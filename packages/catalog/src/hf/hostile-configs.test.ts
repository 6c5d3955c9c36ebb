import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { catchCatalogError } from "../catch-catalog-error.test-helpers.js";
import { importHfConfig, importHfConfigText } from "./import-config.js";

const QWEN3_32B = readFileSync(new URL("../../fixtures/hf-configs/qwen3-32b.json", import.meta.url), "utf8");

/** Qwen3-32B's config with `"key": raw` added before the closing brace, so the key may appear twice. */
function qwenWith(key: string, raw: string): string {
  return `${QWEN3_32B.trimEnd().replace(/}$/, "")}, "${key}": ${raw}}`;
}

describe("config text with a duplicated key", () => {
  it("rejects a second, different value", () => {
    const error = catchCatalogError(() => importHfConfigText(qwenWith("num_hidden_layers", "3"), { file: "dup.json" }));

    expect(error.code).toBe("INVALID_JSON");
    expect(error.field).toBe("num_hidden_layers");
    expect(error.file).toBe("dup.json");
    expect(error.message).toContain('key "num_hidden_layers" appears twice, with 64 and then 3');
    expect(error.message).toContain("remove the occurrence that is wrong");
  });

  it("names a nested key by its path", () => {
    const text = JSON.stringify({ architectures: ["Gemma3ForConditionalGeneration"], text_config: { hidden_size: 1 } }).replace(
      '"hidden_size":1',
      '"hidden_size":1,"hidden_size":2',
    );
    const error = catchCatalogError(() => importHfConfigText(text));

    expect(error.code).toBe("INVALID_JSON");
    expect(error.field).toBe("text_config.hidden_size");
  });

  it("accepts a repeat of the same value", () => {
    const { model } = importHfConfigText(qwenWith("num_hidden_layers", "64.0"));
    expect(model.layers).toHaveLength(64);
  });

  it("accepts one key in two objects", () => {
    const text = JSON.stringify({ ...JSON.parse(QWEN3_32B), rope_scaling: { factor: 4 }, extra: { factor: 8 } });
    expect(importHfConfigText(text).model.layers).toHaveLength(64);
  });
});

describe("config text that is empty", () => {
  for (const text of ["", "\uFEFF", " \n\t"]) {
    it(`says the file is empty for ${JSON.stringify(text)}`, () => {
      const error = catchCatalogError(() => importHfConfigText(text, { file: "empty.json" }));

      expect(error.code).toBe("INVALID_JSON");
      expect(error.message).toBe("Invalid JSON in empty.json: the file is empty. Pass the model's complete config.json.");
    });
  }
});

describe("config text with Python's NaN and Infinity", () => {
  const cases: [string, string, string, number][] = [
    ["hidden_size", "Infinity", "hidden_size", 3],
    ["router_aux_loss_coef", "NaN", "router_aux_loss_coef", 3],
    ["rope_scaling", '{"factor": -Infinity}', "factor", 3],
  ];

  for (const [key, raw, field, line] of cases) {
    it(`names ${field} for ${raw}`, () => {
      const text = `{\n  "architectures": ["Qwen3ForCausalLM"],\n  "${key}": ${raw}\n}`;
      const error = catchCatalogError(() => importHfConfigText(text, { file: "python.json" }));

      expect(error.code).toBe("INVALID_JSON");
      expect(error.field).toBe(field);
      expect(error.message).toContain(`"${field}" on line ${line} is ${/-?(NaN|Infinity)/.exec(raw)![0]}`);
      expect(error.message).toContain("Replace it with a number");
    });
  }

  it("a string that says NaN is not the cause", () => {
    const text = '{"note": "NaN and Infinity", "broken": }';
    const error = catchCatalogError(() => importHfConfigText(text, { file: "broken.json" }));

    expect(error.code).toBe("INVALID_JSON");
    expect(error.message).toContain("Check that the file is a complete config.json");
  });
});

describe("config text in the wrong encoding", () => {
  it("UTF-16 says to save as UTF-8", () => {
    // What readFileSync(path, "utf8") returns for a UTF-16LE file with a byte-order mark.
    const decoded = Buffer.from(`\uFEFF${QWEN3_32B}`, "utf16le").toString("utf8");
    const error = catchCatalogError(() => importHfConfigText(decoded, { file: "utf16.json" }));

    expect(error.code).toBe("INVALID_JSON");
    expect(error.message).toContain("UTF-16");
    expect(error.message).toContain("save it as UTF-8");
  });

  it("UTF-16 big-endian without a byte-order mark says to save as UTF-8", () => {
    const littleEndian = Buffer.from(QWEN3_32B, "utf16le");
    const decoded = Buffer.from(littleEndian.swap16()).toString("utf8");
    const error = catchCatalogError(() => importHfConfigText(decoded, { file: "utf16be.json" }));

    expect(error.message).toContain("save it as UTF-8");
  });

  it("a file of NUL bytes is called binary, not UTF-16", () => {
    const error = catchCatalogError(() => importHfConfigText("\u0000".repeat(4096), { file: "zeros.json" }));

    expect(error.code).toBe("INVALID_JSON");
    expect(error.message).toContain("holds NUL bytes");
    expect(error.message).not.toContain("UTF-16");
  });
});

describe("config text with a malformed key", () => {
  // The text is already invalid, so the error reporter reads keys that JSON.parse would reject.
  for (const [label, text] of [
    ["a bad escape", '{"a\\x": 1}'],
    ["a raw tab", '{"hidden\tsize": 1}'],
    ["a bad escape before NaN", '{"a\\x": NaN}'],
  ] as const) {
    it(`with ${label} is INVALID_JSON`, () => {
      const error = catchCatalogError(() => importHfConfigText(text, { file: "key.json" }));

      expect(error.code).toBe("INVALID_JSON");
      expect(error.message).toContain("Invalid JSON in key.json");
    });
  }

  it("writes control characters in a key as escapes", () => {
    const error = catchCatalogError(() => importHfConfigText('{"a\\nb\\u0000": NaN}', { file: "key.json" }));

    expect(error.message).toContain('"a\\u000ab\\u0000" on line 1 is NaN');
    expect([...error.message].some((char) => char.charCodeAt(0) < 0x20)).toBe(false);
    expect(error.field).toBe("a\nb\u0000");
  });

  it("names a malformed key as written when a NaN follows it", () => {
    const error = catchCatalogError(() => importHfConfigText('{"a\\x": NaN}', { file: "key.json" }));

    expect(error.message).toContain('"a\\x" on line 1 is NaN');
  });
});

describe("config with a text_config that is not an object", () => {
  for (const textConfig of ["text", [], 5, true]) {
    it(`names text_config for ${JSON.stringify(textConfig)}`, () => {
      const config = { architectures: ["Gemma3ForConditionalGeneration"], text_config: textConfig };
      const error = catchCatalogError(() => importHfConfig(config, { file: "mm.json" }));

      expect(error.code).toBe("INVALID_MODEL_CONFIG");
      expect(error.field).toBe("text_config");
      expect(error.value).toEqual(textConfig);
    });
  }

  it("null text_config reads the top level", () => {
    const config = { ...JSON.parse(QWEN3_32B), text_config: null };
    expect(importHfConfig(config).model.layers).toHaveLength(64);
  });
});

describe("config with integers past the exact range", () => {
  for (const [field, value] of [
    ["vocab_size", 2 ** 60],
    ["vocab_size", 1e300],
    ["hidden_size", 2 ** 53],
  ] as const) {
    it(`${field} ${value} names the maximum`, () => {
      const error = catchCatalogError(() => importHfConfig({ ...JSON.parse(QWEN3_32B), [field]: value }));

      expect(error.code).toBe("INVALID_MODEL_CONFIG");
      expect(error.field).toBe(field);
      expect(error.message).toContain("expected at most 2,147,483,647");
    });
  }
});

describe("config naming an Object.prototype member as its class", () => {
  for (const architecture of ["constructor", "toString", "__proto__"]) {
    it(`${architecture} is only unsupported`, () => {
      const error = catchCatalogError(() => importHfConfig({ architectures: [architecture] }, { file: "proto.json" }));

      expect(error.code).toBe("UNSUPPORTED_ARCHITECTURE");
      expect(error.message).toContain(`Unsupported architecture "${architecture}" in proto.json. Supported architectures:`);
      expect(error.message).not.toContain("native code");
      expect(error.message).not.toContain("[object Object]");
    });
  }
});
