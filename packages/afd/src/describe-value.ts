/**
 * Renders any value for an error message: JSON where JSON is faithful, and the JavaScript
 * spelling where it is not (NaN, Infinity, -0, BigInt, undefined, symbols and functions), so a
 * message never shows `null` for a number JSON cannot hold.
 */
export function describeValue(value: unknown): string {
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "bigint") return `${value}n`;
  if (value === undefined || typeof value === "symbol" || typeof value === "function") return String(value);

  try {
    return JSON.stringify(value, (_key, inner: unknown) => (typeof inner === "number" && !Number.isFinite(inner) ? String(inner) : typeof inner === "bigint" ? `${inner}n` : inner)) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
