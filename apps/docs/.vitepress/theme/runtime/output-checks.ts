// Shape checks of the output helpers' arguments. The worker raises their messages as errors, and
// the page runs the same checks on every block it receives before rendering it.
import { CHART_TYPES, TEXT_LEVELS } from "./output-blocks.js";

const TABLE_EXAMPLE = '[{ model: "step-3", layers: 61 }]';
const CHART_EXAMPLE = '{ type: "bar", labels: ["a", "b"], series: [{ name: "tokens/s", values: [1, 2] }] }';
const SVG_EXAMPLE = '\'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50">…</svg>\'';
const CHART_KEYS = ["type", "title", "labels", "series", "xLabel", "yLabel"];
const SHOWN_CHARACTERS = 40;

/** Describes a value for an error message: its type and, for primitives, a short form of it. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (typeof value === "string") return `the string ${JSON.stringify(shorten(value))}`;
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return `the ${typeof value} ${String(value)}`;
  if (typeof value === "function") return "a function";
  if (typeof value === "symbol") return "a symbol";

  const className = (Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null)?.constructor?.name;
  if (className === undefined || className === "" || className === "Object") return "an object";
  return /^[AEIOU]/.test(className) ? `an ${className}` : `a ${className}`;
}

function shorten(text: string): string {
  return text.length > SHOWN_CHARACTERS ? `${text.slice(0, SHOWN_CHARACTERS)}…` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Returns why `rows` cannot be a `table()` argument, or undefined when it can. */
export function tableRowsProblem(rows: unknown): string | undefined {
  if (!Array.isArray(rows)) {
    return `table(rows) expects an array of row objects such as ${TABLE_EXAMPLE}, but got ${describeValue(rows)}.`;
  }
  const badIndex = rows.findIndex((row) => !isRecord(row));
  if (badIndex >= 0) {
    return `table(rows) expects each row to be an object of column values such as ${TABLE_EXAMPLE}, but row ${badIndex} is ${describeValue(rows[badIndex])}.`;
  }
  return undefined;
}

/** Returns why `markup` cannot be an `svg()` argument, or undefined when it can. */
export function svgMarkupProblem(markup: unknown): string | undefined {
  if (typeof markup !== "string") {
    return `svg(markup) expects a string of SVG markup such as ${SVG_EXAMPLE}, but got ${describeValue(markup)}.`;
  }
  // An XML declaration, comments and a doctype may come before the root element.
  const prologue = /^\s*(?:<\?xml[^>]*>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)\s*)*/i.exec(markup)![0];
  if (!/^<svg[\s/>]/i.test(markup.slice(prologue.length))) {
    return `svg(markup) expects markup whose root element is <svg>, but it starts with ${JSON.stringify(shorten(markup.trimStart()))}.`;
  }
  return undefined;
}

/** Returns why `spec` cannot be a `chart()` argument, or undefined when it can. */
export function chartSpecProblem(spec: unknown): string | undefined {
  if (!isRecord(spec)) return `chart(spec) expects an object such as ${CHART_EXAMPLE}, but got ${describeValue(spec)}.`;

  const unknownKey = Object.keys(spec).find((key) => !CHART_KEYS.includes(key));
  if (unknownKey !== undefined) {
    return `chart(spec) has an unknown key ${JSON.stringify(unknownKey)}. The known keys are ${CHART_KEYS.join(", ")}.`;
  }
  if (!(CHART_TYPES as readonly unknown[]).includes(spec["type"])) {
    return `chart(spec) expects spec.type to be ${CHART_TYPES.map((type) => `"${type}"`).join(" or ")}, but got ${describeValue(spec["type"])}.`;
  }
  for (const key of ["title", "xLabel", "yLabel"]) {
    if (spec[key] !== undefined && typeof spec[key] !== "string") {
      return `chart(spec) expects spec.${key} to be a string when given, but got ${describeValue(spec[key])}.`;
    }
  }
  return chartLabelsProblem(spec["labels"]) ?? chartSeriesProblem(spec["series"], (spec["labels"] as unknown[]).length);
}

function chartLabelsProblem(labels: unknown): string | undefined {
  if (!Array.isArray(labels)) {
    return `chart(spec) expects spec.labels to be an array of strings or numbers, one per x position, but got ${describeValue(labels)}.`;
  }
  const badIndex = labels.findIndex((label) => typeof label !== "string" && typeof label !== "number");
  if (badIndex >= 0) {
    return `chart(spec) expects spec.labels to contain strings or numbers, but labels[${badIndex}] is ${describeValue(labels[badIndex])}.`;
  }
  return undefined;
}

function chartSeriesProblem(series: unknown, labelCount: number): string | undefined {
  if (!Array.isArray(series) || series.length === 0) {
    return `chart(spec) expects spec.series to be a non-empty array of { name, values } objects, but got ${describeValue(series)}.`;
  }
  for (const [index, item] of series.entries()) {
    const where = `spec.series[${index}]`;
    if (!isRecord(item)) return `chart(spec) expects ${where} to be an object { name, values }, but got ${describeValue(item)}.`;
    if (typeof item["name"] !== "string") return `chart(spec) expects ${where}.name to be a string, but got ${describeValue(item["name"])}.`;

    const problem = chartValuesProblem(item["values"], `${where}.values`, labelCount);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

function chartValuesProblem(values: unknown, where: string, labelCount: number): string | undefined {
  if (!Array.isArray(values)) {
    const hint = ArrayBuffer.isView(values) ? ": convert it with Array.from(values)" : "";
    return `chart(spec) expects ${where} to be an array of numbers, but got ${describeValue(values)}${hint}.`;
  }
  // null marks a gap in the line or bar series, and JSON turns NaN into null.
  const badIndex = values.findIndex((value) => typeof value !== "number" && value !== null);
  if (badIndex >= 0) {
    return `chart(spec) expects ${where} to contain numbers, but element ${badIndex} is ${describeValue(values[badIndex])}.`;
  }
  if (values.length !== labelCount) {
    return `chart(spec) expects ${where} to have one value per label (${labelCount}), but it has ${values.length}.`;
  }
  return undefined;
}

/** Returns why `block` is not an output block the page can render, or undefined when it is one. */
export function outputBlockProblem(block: unknown): string | undefined {
  if (!isRecord(block)) return `an output block must be an object, but got ${describeValue(block)}.`;

  switch (block["kind"]) {
    case "text":
      if (block["level"] !== undefined && !(TEXT_LEVELS as readonly unknown[]).includes(block["level"])) {
        return `a text block's level must be ${TEXT_LEVELS.map((level) => `"${level}"`).join(" or ")} when given, but got ${describeValue(block["level"])}.`;
      }
      return typeof block["text"] === "string" ? undefined : `a text block needs a string text, but got ${describeValue(block["text"])}.`;
    case "notice":
      return typeof block["text"] === "string" ? undefined : `a notice block needs a string text, but got ${describeValue(block["text"])}.`;
    case "table":
      return tableRowsProblem(block["rows"]);
    case "svg":
      return svgMarkupProblem(block["markup"]);
    case "chart":
      return chartSpecProblem(block["spec"]);
    default:
      return `an output block has an unknown kind, ${describeValue(block["kind"])}. The kinds are text, table, svg, chart and notice.`;
  }
}
