import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { encodeMrc, readMrc, type ReadMrcOptions } from "./index.js";

const gzipped = readFileSync(fileURLToPath(new URL("../fixtures/emd_3197.map.gz", import.meta.url)));
const plain = encodeMrc({ data: new Int8Array([-1, 2, 3, 4]), shape: [2, 2], stampLabel: false }).bytes;

describe("read option checks", () => {
  const rejected: [string, Record<string, unknown>, string][] = [
    ["misspelt mode0Sign", { mode0Sign: "sigend" }, "mode0Sign"],
    ["NaN maxDataBytes", { maxDataBytes: Number.NaN }, "maxDataBytes"],
    ["negative maxDataBytes", { maxDataBytes: -1 }, "maxDataBytes"],
    ["string maxDataBytes", { maxDataBytes: "4096" }, "maxDataBytes"],
    ["string permissive", { permissive: "false" }, "permissive"],
  ];

  it.each(rejected)("rejects %s", (_name, options, field) => {
    for (const bytes of [plain, gzipped]) {
      expect(() => readMrc(bytes, options as ReadMrcOptions)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field }));
    }
  });

  it("accepts valid values", () => {
    expect(readMrc(plain, { mode0Sign: "signed", maxDataBytes: 4 }).data![0]).toBe(-1);
    expect(readMrc(plain, { mode0Sign: "unsigned", maxDataBytes: Number.POSITIVE_INFINITY }).data![0]).toBe(255);
    expect(readMrc(gzipped, { maxDataBytes: 0, permissive: true }).data).toBeNull();
  });
});
