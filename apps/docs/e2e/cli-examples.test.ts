// Runs every command example of the docs and READMEs that shows its output, and compares that
// output with the real one line by line. An example is a ```sh block followed, after blank lines
// only, by a ```text block. The commands run against the built CLIs (apps/*/dist/cli.js, which the
// turbo test task builds first) as child processes in the repository root, where the docs run
// them. The shown text is what a terminal shows: standard output and standard error in write
// order, without the build's lines that the pnpm scripts print first.
//
// Markers:
// - A text line that is only "…" stands for one or more omitted output lines. Every other line
//   must equal its output line exactly.
// - <!-- cli-example exit=N --> on the line above the ```sh block: each command exits with N
//   (default 0).
// - <!-- cli-example skip="reason" --> on the line above the ```sh block: the block is not run.
//   The test lists skipped blocks with their reasons as skipped tests and in a summary line.
//
// Output paths: a command's output files (planner --plot, mrc --png, --output, -o and the output
// directory of mrc zarr) are rewritten into a temporary directory that the test creates, and that
// directory's path is removed again from the printed output before the comparison, so that
// "--png slice.png" writes <temporary>/slice.png and the output still reads "slice.png".
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { resolveInvocation, withOutputsIn } from "./cli-examples/cli-invocation.js";
import { documentedFiles } from "./cli-examples/documented-files.js";
import { isMarkerLine, parseMarker } from "./cli-examples/example-marker.js";
import type { ExampleMarker } from "./cli-examples/example-marker.js";
import { compareExcerpt, outputLines } from "./cli-examples/excerpt.js";
import { documentedExamples, fencedBlocks } from "./cli-examples/markdown-examples.js";
import type { DocumentedExample } from "./cli-examples/markdown-examples.js";
import { runCli } from "./cli-examples/run-cli.js";
import { shellCommands } from "./cli-examples/shell-commands.js";

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** Maximum run time of one example block. The trace simulation, the slowest, takes about 6 s on one core. */
const EXAMPLE_TIMEOUT_MS = 240_000;

/** An example with the file it is in and its marker. */
interface LocatedExample extends DocumentedExample {
  file: string;
  marker: ExampleMarker;
}

/** Reads the pnpm version of the root package.json's packageManager field. */
function repositoryPnpmVersion(): string {
  const { packageManager } = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { packageManager: string };
  return packageManager.replace(/^pnpm@/, "");
}

const files = documentedFiles(REPO_ROOT);
const markdownOf = new Map(files.map((file) => [file, readFileSync(join(REPO_ROOT, file), "utf8")]));
const examples: LocatedExample[] = files.flatMap((file) =>
  documentedExamples(markdownOf.get(file)!).map((example) => ({ ...example, file, marker: parseMarker(example.lineBefore) })),
);
const skipped = examples.filter((example) => example.marker.skipReason !== undefined);
const pnpmVersion = repositoryPnpmVersion();

/** Names an example by its place and its first command. */
function exampleName(example: LocatedExample): string {
  const commandText = example.commandLines.join("\n").replace(/\\\n\s*/g, "");
  const firstCommand = commandText.split("\n").find((line) => line.trim() !== "")?.trim() ?? "";
  return `${example.file}:${example.line} ${firstCommand.replace(/^npx -y pnpm@\S+ -s /, "")}`;
}

let workDir: string | undefined;

beforeAll(() => {
  for (const script of ["apps/planner/dist/cli.js", "apps/mrc/dist/cli.js"]) {
    if (!existsSync(join(REPO_ROOT, script))) throw new Error(`${script} not found: build the CLIs first (npx -y pnpm@10.34.9 build).`);
  }
  workDir = mkdtempSync(join(tmpdir(), "docs-cli-examples-"));
});

afterAll(() => {
  // Unset when beforeAll stopped at a missing build, whose error is the one to read.
  if (workDir !== undefined) rmSync(workDir, { recursive: true, force: true });
});

describe("documented CLI examples", () => {
  it("summary lists skipped blocks", () => {
    const list = skipped.map((example) => `\n  skipped ${example.file}:${example.line}: ${example.marker.skipReason}`).join("");
    console.info(`Documented CLI examples: ${examples.length - skipped.length} checked, ${skipped.length} skipped.${list}`);

    expect(examples.length).toBeGreaterThan(0);
  });

  it("every text block is an example's output", () => {
    const exampleOutputs = new Set(examples.map((example) => `${example.file}:${example.outputLine}`));
    const orphans = files.flatMap((file) =>
      fencedBlocks(markdownOf.get(file)!)
        .filter((block) => block.language === "text")
        .map((block) => `${file}:${block.line}`)
        .filter((place) => !exampleOutputs.has(place)),
    );

    expect(orphans, "```text blocks that follow no ```sh block, so the test cannot check them").toEqual([]);
  });

  it("every marker is above an example", () => {
    const misplaced = files.flatMap((file) =>
      markdownOf
        .get(file)!
        .split("\n")
        .flatMap((line, index) => (isMarkerLine(line) ? [index + 1] : []))
        .filter((markerLine) => !examples.some((example) => example.file === file && example.line === markerLine + 1))
        .map((markerLine) => `${file}:${markerLine}`),
    );

    expect(misplaced, "cli-example markers not directly above a ```sh block that has a ```text block").toEqual([]);
  });

  examples.forEach((example, index) => {
    if (example.marker.skipReason !== undefined) {
      it.skip(`${exampleName(example)} (skipped: ${example.marker.skipReason})`, () => {});
      return;
    }

    it(exampleName(example), { timeout: EXAMPLE_TIMEOUT_MS }, () => {
      const exampleDir = join(workDir!, `example-${index}`);
      const writesDir = join(exampleDir, "files");
      mkdirSync(writesDir, { recursive: true });

      let output = "";
      shellCommands(example.commandLines).forEach((words, commandIndex) => {
        const invocation = withOutputsIn(resolveInvocation(words, pnpmVersion), writesDir);
        const run = runCli(invocation, REPO_ROOT, join(exampleDir, `output-${commandIndex}.txt`));

        expect(run.exitCode, `exit code of ${words.join(" ")}, which printed:\n${run.output}`).toBe(example.marker.exitCode);
        output += run.output.split(`${writesDir}${sep}`).join("");
      });

      const comparison = compareExcerpt(example.outputLines, outputLines(output));
      if (!comparison.matches) expect.fail(`${example.file}:${example.line}: ${comparison.reason}\n\nThe commands printed:\n${output}`);
    });
  });
});
