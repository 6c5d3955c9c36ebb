import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { needsNodeTypes, runExample, typeCheckExamples, typeScriptExamples } from "../index.mjs";

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

describe("typeScriptExamples", () => {
  it("returns every block with its line", () => {
    const readme = new URL(`file://${packageDir}test/fixtures/two-examples.md`);
    expect(typeScriptExamples(readme)).toEqual([
      { source: 'const first = "a";\n', line: 3 },
      { source: 'import { readFileSync } from "node:fs";\n', line: 9 },
    ]);
  });
});

describe("needsNodeTypes", () => {
  it("Node built-in import", () => {
    expect(needsNodeTypes('import { join } from "node:path";')).toBe(true);
  });

  it("./node entry point import", () => {
    expect(needsNodeTypes('import { openMrcFile } from "@modelsys/cryoet/node";')).toBe(true);
  });

  it("main entry point import", () => {
    expect(needsNodeTypes('import { readMrc } from "@modelsys/cryoet";')).toBe(false);
  });
});

// A type check loads the ES2022 and DOM libraries, which takes seconds on a shared machine.
const TYPE_CHECK_TIMEOUT_MS = 120_000;

describe("typeCheckExamples", () => {
  it("reports a name an example does not define", () => {
    const lines = typeCheckExamples(["export const defined = 1;\n", "export const result = missingValue;\n"], packageDir);

    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^nodenext: readme-example-2\.mts:1:23 TS2304: Cannot find name 'missingValue'/);
    expect(lines[1]).toMatch(/^bundler: readme-example-2\.mts:1:23 TS2304/);
  }, TYPE_CHECK_TIMEOUT_MS);

  it("gives Node's types only to Node examples", () => {
    const usesBuffer = "export const size = Buffer.byteLength('a');\n";
    const nodeExample = `import { join } from "node:path";\n${usesBuffer}export const path = join("a", "b");\n`;

    expect(typeCheckExamples([usesBuffer], packageDir).join("\n")).toMatch(/TS2591: Cannot find name 'Buffer'/);
    expect(typeCheckExamples([nodeExample], packageDir)).toEqual([]);
  }, TYPE_CHECK_TIMEOUT_MS);
});
