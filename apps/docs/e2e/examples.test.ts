// Runs every live example in Node with the same runtime the site's worker uses.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { EXAMPLE_MODULES } from "../.vitepress/theme/runtime/modules.js";
import type { OutputBlock } from "../.vitepress/theme/runtime/output-blocks.js";
import { outputHelpers, runExample } from "../.vitepress/theme/runtime/run-example.js";
import { EXAMPLE_EXPECTATIONS, visibleText } from "./example-expectations.js";

const examplesDir = fileURLToPath(new URL("../../../docs/examples/", import.meta.url));
const exampleIds = readdirSync(examplesDir)
  .filter((file) => file.endsWith(".ts"))
  .map((file) => file.replace(/\.ts$/, ""))
  .sort();

async function run(source: string): Promise<OutputBlock[]> {
  const blocks: OutputBlock[] = [];
  await runExample(source, EXAMPLE_MODULES, outputHelpers((block) => blocks.push(block)));
  return blocks;
}

describe("live examples", () => {
  it("each has expectations", () => {
    expect(exampleIds.filter((id) => EXAMPLE_EXPECTATIONS[id] === undefined)).toEqual([]);
  });

  for (const id of exampleIds) {
    it(`${id} shows its expected output`, async () => {
      const blocks = await run(readFileSync(`${examplesDir}${id}.ts`, "utf8"));
      const expected = EXAMPLE_EXPECTATIONS[id]!;

      for (const text of expected.texts) expect(visibleText(blocks)).toContain(text);
      for (const kind of expected.kinds) expect(blocks.some((block) => block.kind === kind)).toBe(true);
    });
  }
});

describe("edited examples", () => {
  const source = (id: string) => readFileSync(`${examplesDir}${id}.ts`, "utf8");

  for (const [change, from, to, binding] of [
    ["tpotMs: 1", "tpotMs: 50", "tpotMs: 1", "attention-memory-bandwidth"],
    ["context: 1_000_000", "context: 4096", "context: 1_000_000", "attention-hbm-capacity"],
  ] as const) {
    it(`afd-stage-timeline explains ${change}`, async () => {
      const edited = source("afd-stage-timeline").replace(from, to);
      expect(edited).not.toBe(source("afd-stage-timeline"));

      const text = visibleText(await run(edited));
      expect(text).toContain("No layout meets the");
      expect(text).toContain("Attention alone takes");
      expect(text).toContain(binding);
    });
  }

  it("roofline-decode-cost without prices", async () => {
    const edited = source("roofline-decode-cost").replace('const hardware = ["h800", "h20", "a800", "ascend-910b"];', 'const hardware = ["h100"];');
    expect(edited).not.toBe(source("roofline-decode-cost"));

    const blocks = await run(edited);
    expect(visibleText(blocks)).toContain("no priced accelerator");
    expect(blocks.some((block) => block.kind === "chart")).toBe(true);
  });
});

describe("example runtime", () => {
  it("rejects an import outside the packages", async () => {
    await expect(run('import fs from "node:fs";\nprint(fs);')).rejects.toThrow('Cannot import "node:fs"');
  });

  it("passes errors through", async () => {
    await expect(run('throw new RangeError("bad value 7");')).rejects.toThrow("bad value 7");
  });
});
