// Exact line-by-line comparison of a documented output with the real one, where a line that is
// only "…" stands for one or more omitted lines.

/** The line that marks omitted output lines in a documented output block. */
export const OMISSION_LINE = "…";

/** Result of comparing a documented output with the real output. */
export type ExcerptComparison = { matches: true } | { matches: false; reason: string };

/** Splits program output into lines. The final newline ends the last line and adds no empty line. */
export function outputLines(output: string): string[] {
  const text = output.endsWith("\n") ? output.slice(0, -1) : output;
  return text.split("\n");
}

/**
 * Splits documented lines at omission lines into the runs of lines shown. Throws when the
 * block is empty, shows no line, or has two omission lines in a row, because such a block
 * cannot be compared exactly.
 */
function shownRuns(expected: readonly string[]): string[][] {
  if (expected.length === 0) throw new Error("The output block is empty.");

  const runs: string[][] = [[]];
  for (let index = 0; index < expected.length; index++) {
    const line = expected[index]!;
    if (line !== OMISSION_LINE) {
      runs[runs.length - 1]!.push(line);
      continue;
    }
    if (expected[index - 1] === OMISSION_LINE) {
      throw new Error(`Output block line ${index + 1}: two "${OMISSION_LINE}" lines in a row. Use one, because it already stands for one or more lines.`);
    }
    runs.push([]);
  }

  if (runs.every((run) => run.length === 0)) throw new Error(`The output block shows only "${OMISSION_LINE}".`);
  return runs;
}

/** Tells whether `run` equals `actual` from index `start` on. */
function runMatchesAt(run: readonly string[], actual: readonly string[], start: number): boolean {
  if (start < 0 || start + run.length > actual.length) return false;
  return run.every((line, offset) => actual[start + offset] === line);
}

/** Describes the first line where `run`, placed at `start`, differs from `actual`. */
function describeMismatchAt(run: readonly string[], actual: readonly string[], start: number): string {
  for (let offset = 0; offset < run.length; offset++) {
    const got = actual[start + offset];
    if (got !== run[offset]) {
      const gotText = got === undefined ? "the end of the output" : JSON.stringify(got);
      return `output line ${start + offset + 1}: expected ${JSON.stringify(run[offset])}, got ${gotText}`;
    }
  }
  return `the output has ${actual.length} lines, too few for the lines shown`;
}

/**
 * Compares documented output lines with the real output lines. Without omission lines the two
 * must be equal. Each run of shown lines must equal consecutive output lines, in order, with at
 * least one output line in place of each omission line. A block that does not start with an
 * omission line starts at the first output line, and one that does not end with an omission
 * line ends at the last output line.
 */
export function compareExcerpt(expected: readonly string[], actual: readonly string[]): ExcerptComparison {
  const runs = shownRuns(expected);
  const lastIndex = runs.length - 1;
  let next = 0;

  for (let index = 0; index <= lastIndex; index++) {
    const run = runs[index]!;
    // An omission line before this run must stand for at least one line.
    const earliest = index === 0 ? 0 : next + 1;

    if (run.length === 0) {
      // An empty run is the space before a leading or after a trailing omission line.
      if (index === lastIndex && actual.length < earliest) {
        return { matches: false, reason: `the output ends at line ${actual.length}, where "${OMISSION_LINE}" stands for at least one more line` };
      }
      next = earliest;
      continue;
    }

    if (index === 0) {
      if (!runMatchesAt(run, actual, 0)) return { matches: false, reason: describeMismatchAt(run, actual, 0) };
      if (lastIndex === 0 && actual.length !== run.length) {
        const extra = JSON.stringify(actual[run.length]);
        return { matches: false, reason: `the output has ${actual.length} lines and the block shows ${run.length}. Output line ${run.length + 1} is ${extra} (end the block with "${OMISSION_LINE}" to omit lines)` };
      }
      next = run.length;
      continue;
    }

    if (index === lastIndex) {
      const start = actual.length - run.length;
      if (start < earliest) return { matches: false, reason: `the output has too few lines for the last lines shown, starting ${JSON.stringify(run[0])}` };
      if (!runMatchesAt(run, actual, start)) return { matches: false, reason: `${describeMismatchAt(run, actual, start)} (the last lines shown must end the output)` };
      next = actual.length;
      continue;
    }

    // The leftmost match leaves the most output lines for the runs after this one.
    let start = earliest;
    while (start + run.length <= actual.length && !runMatchesAt(run, actual, start)) start++;
    if (start + run.length > actual.length) {
      return { matches: false, reason: `the lines shown from ${JSON.stringify(run[0])} on are not consecutive output lines after output line ${earliest}` };
    }
    next = start + run.length;
  }

  return { matches: true };
}
