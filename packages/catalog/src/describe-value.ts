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
    return JSON.stringify(value, spellUnsupported) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Replaces the values JSON would drop or reject with their JavaScript spelling. */
function spellUnsupported(_key: string, inner: unknown): unknown {
  if (typeof inner === "number" && !Number.isFinite(inner)) return String(inner);
  if (typeof inner === "bigint") return `${inner}n`;
  return inner;
}
