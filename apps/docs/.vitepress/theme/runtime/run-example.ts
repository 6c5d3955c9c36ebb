// Runs one example's TypeScript source: strips types and turns imports into lookups in a module
// table with sucrase, then executes it as an async function body with the output helpers.
import { transform } from "sucrase";

import { formatNested, formatValue } from "./format-value.js";
import { createExampleConsole, type ExampleConsole } from "./example-console.js";
import type { ChartSpec, OutputBlock } from "./output-blocks.js";
import { chartSpecProblem, svgMarkupProblem, tableRowsProblem } from "./output-checks.js";


/** The helpers an example calls to show results. */
export interface ExampleOutput {
  print(...values: unknown[]): void;
  table(rows: Record<string, unknown>[]): void;
  svg(markup: string): void;
  chart(spec: ChartSpec): void;
  /** The example's `console`: log, info and debug print text, warn and error print labelled text. */
  console: ExampleConsole;
}

/**
 * Describes an error that ended a run: "Name: message" for an Error, and the value as print() shows
 * it for anything else that was thrown or rejected, such as `throw 42`.
 */
export function describeError(error: unknown): string {
  // formatNested catches every read of the value and prints a placeholder for what fails (a revoked
  // Proxy, a throwing getter), so describing a thrown value does not throw again.
  return typeof error === "string" ? error : formatNested(error);
}

function bigintAsString(_key: string, item: unknown): unknown {
  return typeof item === "bigint" ? item.toString() : item;
}

/**
 * Returns the JSON copy of `value` that the page receives: functions and undefined properties are
 * dropped, BigInts become strings and NaN becomes null. Raises a TypeError naming `call` when the
 * value has no JSON form, such as an object that contains itself.
 */
function jsonCopy(value: unknown, call: string): unknown {
  let json: string | undefined;
  try {
    json = JSON.stringify(value, bigintAsString);
  } catch (error) {
    throw new TypeError(`${call} could not copy its argument to the page as JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return json === undefined ? undefined : JSON.parse(json);
}

/**
 * Checks `value` and its JSON copy with `problemOf`, and returns the copy. The first check names the
 * type the example passed, and the second one catches values that change on the way to JSON, such
 * as a Date row that becomes a string.
 */
function checkedCopy(value: unknown, call: string, problemOf: (candidate: unknown) => string | undefined): unknown {
  const problem = problemOf(value);
  if (problem !== undefined) throw new TypeError(problem);

  const copy = jsonCopy(value, call);
  const copyProblem = problemOf(copy);
  if (copyProblem !== undefined) throw new TypeError(`The JSON copy that ${call} sends to the page is not valid: ${copyProblem}`);
  return copy;
}

/**
 * Builds output helpers that pass every block to `emit`. Each helper checks its argument and raises
 * a TypeError naming the argument and the expected shape, which ends the run like any other error.
 */
export function outputHelpers(emit: (block: OutputBlock) => void): ExampleOutput {
  const table = (rows: Record<string, unknown>[]) =>
    emit({ kind: "table", rows: checkedCopy(rows, "table(rows)", tableRowsProblem) as Record<string, unknown>[] });
  return {
    print: (...values) => emit({ kind: "text", text: values.map((value) => formatValue(value)).join(" ") }),
    console: createExampleConsole(emit, table),
    table,
    svg: (markup) => {
      const problem = svgMarkupProblem(markup);
      if (problem !== undefined) throw new TypeError(problem);
      emit({ kind: "svg", markup });
    },
    chart: (spec) => emit({ kind: "chart", spec: checkedCopy(spec, "chart(spec)", chartSpecProblem) as ChartSpec }),
  };
}

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
  ...parameters: string[]
) => (...values: unknown[]) => Promise<unknown>;

/**
 * Compiles and runs `source`. `modules` maps import specifiers (such as `@modelsys/roofline`)
 * to module namespaces; importing anything else fails with a message naming the specifier.
 */
export async function runExample(source: string, modules: Record<string, unknown>, output: ExampleOutput): Promise<void> {
  const compiled = transform(source, { transforms: ["typescript", "imports"], production: true }).code;
  const require = (specifier: string) => {
    const module = modules[specifier];
    if (module === undefined) {
      throw new Error(`Cannot import "${specifier}" here: examples can import ${Object.keys(modules).join(", ")}.`);
    }
    return module;
  };

  const body = new AsyncFunction("require", "exports", "print", "table", "svg", "chart", "console", compiled);
  await body(require, {}, output.print, output.table, output.svg, output.chart, output.console);
}
