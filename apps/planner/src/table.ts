/** Column alignment of {@link formatTable}. */
export type Align = "left" | "right";

/** Formats rows as a plain, space-aligned text table with a header and a rule under it. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (align[column] === "right" ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join("  ")
      .trimEnd();

  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [line(header), rule, ...rows.map(line)].join("\n");
}

/** Formats a number with thousands separators and a fixed number of decimals. */
export function formatNumber(value: number, decimals = 0): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/**
 * Formats a nonnegative figure like {@link formatNumber}, but with 3 significant digits when the
 * fixed decimals would keep fewer than 2 of them, so that a small nonzero figure never prints as 0.
 */
export function formatFigure(value: number, decimals: number): string {
  if (value === 0 || value >= 10 ** (1 - decimals)) return formatNumber(value, decimals);
  return value.toPrecision(3);
}
