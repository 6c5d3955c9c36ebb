import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

describe("embedded WebAssembly module", () => {
  it("matches a fresh assembly of attention-simd.wat", () => {
    const script = fileURLToPath(new URL("../../scripts/build-wasm.mjs", import.meta.url));
    const output = execFileSync(process.execPath, [script, "--check"], { encoding: "utf8" });
    expect(output).toContain("matches");
  });
});
