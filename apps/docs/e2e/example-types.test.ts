// Type-checks every live example as a TypeScript project that installs the packages would, so code
// copied from a page compiles as well as runs. The output helpers are declared with the types that
// the example runtime gives them, after the example's own lines so that line numbers match.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { typeCheckExamples } from "@modelsys/readme-example";
import { describe, expect, it } from "vitest";

const examplesDir = fileURLToPath(new URL("../../../docs/examples/", import.meta.url));
// Each example is checked as if it were a file here, so it imports the packages that this app
// depends on, by name, from their built declarations.
const docsAppDir = fileURLToPath(new URL("../", import.meta.url));

const OUTPUT_HELPERS = `
import type { ChartSpec } from "./.vitepress/theme/runtime/output-blocks.js";
declare function print(...values: unknown[]): void;
declare function table(rows: Record<string, unknown>[]): void;
declare function svg(markup: string): void;
declare function chart(spec: ChartSpec): void;
`;

/** The check took 21 s on a 2-core machine shared with other work, so the limit only catches a hang. */
const TYPE_CHECK_TIMEOUT_MS = 600_000;

describe("live example types", () => {
  it("every example type-checks", () => {
    const files = readdirSync(examplesDir).filter((file) => file.endsWith(".ts")).sort();
    const sources = files.map((file) => readFileSync(`${examplesDir}${file}`, "utf8") + OUTPUT_HELPERS);
    // Diagnostics name the examples readme-example-1.mts and on, in the order of `files`.
    const named = typeCheckExamples(sources, docsAppDir).map((line) =>
      line.replace(/readme-example-(\d+)\.mts/, (_match, index: string) => files[Number(index) - 1]!),
    );

    expect(files.length).toBeGreaterThan(0);
    expect(named).toEqual([]);
  }, TYPE_CHECK_TIMEOUT_MS);
});
