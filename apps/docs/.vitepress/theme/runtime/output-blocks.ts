// The output blocks an example sends from its worker to the page.

/** Chart types that `chart()` draws. */
export const CHART_TYPES = ["bar", "line"] as const;

/** A bar or line chart: labels on the x axis and one or more named series; null values are gaps. */
export interface ChartSpec {
  type: (typeof CHART_TYPES)[number];
  title?: string;
  labels: (string | number)[];
  series: { name: string; values: (number | null)[] }[];
  xLabel?: string;
  yLabel?: string;
}

/** Console levels that the page marks: console.warn() and console.error() output. */
export const TEXT_LEVELS = ["warn", "error"] as const;

/** The console level of a text block; print() and console.log() text has none. */
export type TextLevel = (typeof TEXT_LEVELS)[number];

/**
 * One piece of example output, rendered by the page. A `notice` comes from the runtime, not from
 * the example: it marks truncated output or a block the page could not show.
 */
export type OutputBlock =
  | { kind: "text"; text: string; level?: TextLevel }
  | { kind: "table"; rows: Record<string, unknown>[] }
  | { kind: "svg"; markup: string }
  | { kind: "chart"; spec: ChartSpec }
  | { kind: "notice"; text: string };
