// Runs one example's TypeScript source: strips types and turns imports into lookups in a module
// table with sucrase, then executes it as an async function body with the output helpers.
import { transform } from "sucrase";

/** One piece of example output, rendered by the page. */
export type OutputBlock =
  | { kind: "text"; text: string }
  | { kind: "table"; rows: Record<string, unknown>[] }
  | { kind: "svg"; markup: string }
  | { kind: "chart"; spec: ChartSpec };

/** A bar or line chart: labels on the x axis and one or more named series. */
export interface ChartSpec {
  type: "bar" | "line";
  title?: string;
  labels: (string | number)[];
  series: { name: string; values: number[] }[];
  xLabel?: string;
  yLabel?: string;
}

/** The helpers an example calls to show results. */
export interface ExampleOutput {
  print(...values: unknown[]): void;
  table(rows: Record<string, unknown>[]): void;
  svg(markup: string): void;
  chart(spec: ChartSpec): void;
}

/** Formats a value the way the examples' `print` shows it. */
export function formatValue(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isInteger(value) ? value.toLocaleString("en-US") : String(value);
  if (typeof value === "bigint") return value.toString();
  try {
    return JSON.stringify(value, (_key, item) => (typeof item === "bigint" ? item.toString() : item), 2);
  } catch {
    return String(value);
  }
}

/** Builds output helpers that pass every block to `emit`. */
export function outputHelpers(emit: (block: OutputBlock) => void): ExampleOutput {
  return {
    print: (...values) => emit({ kind: "text", text: values.map(formatValue).join(" ") }),
    table: (rows) => emit({ kind: "table", rows: JSON.parse(JSON.stringify(rows)) as Record<string, unknown>[] }),
    svg: (markup) => emit({ kind: "svg", markup: String(markup) }),
    chart: (spec) => emit({ kind: "chart", spec: JSON.parse(JSON.stringify(spec)) as ChartSpec }),
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

  const body = new AsyncFunction("require", "exports", "print", "table", "svg", "chart", compiled);
  await body(require, {}, output.print, output.table, output.svg, output.chart);
}
