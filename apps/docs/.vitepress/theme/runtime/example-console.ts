// The `console` that example code calls. Every method writes to the run's output, so nothing reaches
// the browser's developer console. The worker also installs it as the global console of the run.
import { formatLogArguments } from "./format-value.js";
import type { OutputBlock, TextLevel } from "./output-blocks.js";

/** Console methods that example code can call. Each one writes to the example's output or does nothing visible. */
export type ExampleConsole = Pick<
  Console,
  | "log"
  | "info"
  | "debug"
  | "warn"
  | "error"
  | "trace"
  | "table"
  | "dir"
  | "dirxml"
  | "assert"
  | "count"
  | "countReset"
  | "group"
  | "groupCollapsed"
  | "groupEnd"
  | "time"
  | "timeLog"
  | "timeEnd"
  | "clear"
>;

/** Returns whether `rows` is an array of plain objects, which console.table() shows as a table. */
function isRowArray(rows: unknown): rows is Record<string, unknown>[] {
  return Array.isArray(rows) && rows.length > 0 && rows.every((row) => typeof row === "object" && row !== null && !Array.isArray(row));
}

/** Keeps only `columns` of each row, in that order, as console.table(data, columns) does. */
function pickColumns(rows: Record<string, unknown>[], columns: readonly unknown[]): Record<string, unknown>[] {
  return rows.map((row) => Object.fromEntries(columns.map((column) => [String(column), row[String(column)]])));
}

/**
 * Builds the example console. `emit` receives each text block and `table` is the table() helper.
 * group() indents later lines by two spaces per level, and count() and time() keep their state
 * for this console only.
 */
export function createExampleConsole(emit: (block: OutputBlock) => void, table: (rows: Record<string, unknown>[]) => void): ExampleConsole {
  let indent = "";
  const counts = new Map<string, number>();
  const timers = new Map<string, number>();

  const write = (text: string, level?: TextLevel) => {
    const indented = indent === "" ? text : `${indent}${text.replace(/\n/g, `\n${indent}`)}`;
    emit(level === undefined ? { kind: "text", text: indented } : { kind: "text", text: indented, level });
  };
  const log =
    (level?: TextLevel) =>
    (...values: unknown[]) =>
      write(formatLogArguments(values), level);
  const elapsed = (label: string, method: string): string | undefined => {
    const start = timers.get(label);
    if (start === undefined) {
      write(`console.${method}(): no timer named "${label}" was started with console.time().`, "warn");
      return undefined;
    }
    return `${label}: ${(performance.now() - start).toFixed(3)} ms`;
  };

  return {
    log: log(),
    info: log(),
    debug: log(),
    warn: log("warn"),
    error: log("error"),
    trace: (...values: unknown[]) => write(`Trace${values.length === 0 ? "" : `: ${formatLogArguments(values)}`}`),
    dir: (value?: unknown) => write(formatLogArguments([value])),
    dirxml: log(),
    table: (data?: unknown, columns?: readonly string[]) => {
      if (!isRowArray(data)) {
        write(formatLogArguments([data]));
        return;
      }
      table(Array.isArray(columns) ? pickColumns(data, columns) : data);
    },
    assert: (condition?: boolean, ...values: unknown[]) => {
      if (condition) return;
      write(values.length === 0 ? "Assertion failed" : `Assertion failed: ${formatLogArguments(values)}`, "error");
    },
    count: (label = "default") => {
      const count = (counts.get(label) ?? 0) + 1;
      counts.set(label, count);
      write(`${label}: ${count}`);
    },
    countReset: (label = "default") => {
      counts.delete(label);
    },
    group: (...values: unknown[]) => {
      if (values.length > 0) write(formatLogArguments(values));
      indent += "  ";
    },
    groupCollapsed: (...values: unknown[]) => {
      if (values.length > 0) write(formatLogArguments(values));
      indent += "  ";
    },
    groupEnd: () => {
      indent = indent.slice(2);
    },
    time: (label = "default") => {
      timers.set(label, performance.now());
    },
    timeLog: (label = "default", ...values: unknown[]) => {
      const text = elapsed(label, "timeLog");
      if (text !== undefined) write(values.length === 0 ? text : `${text} ${formatLogArguments(values)}`);
    },
    timeEnd: (label = "default") => {
      const text = elapsed(label, "timeEnd");
      if (text !== undefined) write(text);
      timers.delete(label);
    },
    // The output cannot be cleared while a run prints, so clear() does nothing.
    clear: () => undefined,
  };
}
