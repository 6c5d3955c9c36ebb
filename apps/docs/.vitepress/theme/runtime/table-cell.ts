/**
 * Formats one cell of a table() block. Integers get thousands separators. Other numbers keep
 * four significant digits, and finite ones from 1,000 up are written out with separators (21,670
 * rather than toPrecision's 2.167e+4), so a column of milliseconds reads the same in every row.
 * `null` and `undefined` are empty cells.
 */
export function formatTableCell(value: unknown): string {
  if (typeof value === "number") {
    if (Number.isInteger(value)) return value.toLocaleString("en-US");
    // Every double of magnitude 2^53 or more is an integer, so this branch never meets an exponent.
    if (Number.isFinite(value) && Math.abs(value) >= 1000) return Number(value.toPrecision(4)).toLocaleString("en-US");
    return value.toPrecision(4);
  }
  return value === null || value === undefined ? "" : String(value);
}
