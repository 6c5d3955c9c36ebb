import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { runExample } from "../index.mjs";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

describe("runExample", () => {
  it("returns the standard output", () => {
    expect(runExample('console.log("ready");', packageDir)).toBe("ready\n");
  });

  it("throws with the standard error", () => {
    expect(() => runExample('throw new Error("broken example");', packageDir)).toThrow(/failed in [\s\S]*broken example/);
  });

  it("kills an example that never exits", () => {
    // The interval keeps the process alive forever, so only the time limit ends it.
    expect(() => runExample("setInterval(() => {}, 1_000);", packageDir, { timeoutMs: 2_000 })).toThrow(/timed out after 2 s and was killed/);
  });
});
