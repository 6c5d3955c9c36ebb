import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { runMrc } from "./test-support.js";

const fixture = (name: string) => fileURLToPath(new URL(`../../../packages/cryoet/fixtures/${name}`, import.meta.url));
let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "mrc-read-warnings-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each command and the arguments after the input file; `out` stands for a fresh output path.
const commands: [string, string[]][] = [
  ["stats", []],
  ["slice", ["--axis", "x", "--index", "0", "--png", "out.png"]],
  ["convert", ["--mode", "2", "--output", "out.mrc"]],
  ["zarr", ["out.zarr"]],
];

function argumentsFor(command: string, rest: string[], input: string, tag: string): string[] {
  const outputs = rest.map((value) => (value.startsWith("out.") ? join(dir, `${command}-${tag}-${value}`) : value));
  return [command, input, ...outputs];
}

describe("read warnings on stderr", () => {
  // convert is left out: the writer rejects the invalid axis mapping that this fixture carries.
  it.each(commands.filter(([command]) => command !== "convert"))("%s states the permissive axis fallback", async (command, rest) => {
    const result = await runMrc([...argumentsFor(command, rest, fixture("parity/axes-zero.mrc"), "axes"), "--permissive"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("mrc: warning (check 6):");
    expect(result.stderr).toContain("axes-zero.mrc");
  });

  it.each(commands)("%s reports an unknown machine stamp", async (command, rest) => {
    const result = await runMrc(argumentsFor(command, rest, fixture("parity/stamp-zero.mrc"), "stamp"));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("mrc: warning (check 3):");
  });

  it.each(commands)("%s reports a file longer than its header", async (command, rest) => {
    const result = await runMrc([...argumentsFor(command, rest, fixture("parity/too-long.mrc"), "long"), "--json"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("mrc: warning (check 7):");
    expect(() => JSON.parse(result.stdout)).not.toThrow();
  });

  it.each(commands)("%s of a clean file prints no warning", async (command, rest) => {
    const result = await runMrc(argumentsFor(command, rest, fixture("EMD-3197.map"), "clean"));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe("");
  });

  it("stats names the problem behind unreadable data", async () => {
    const result = await runMrc(["stats", fixture("parity/nx-negative.mrc"), "--permissive"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("mrc: warning (check 5):");
  });
});
