/**
 * Renders a value for an error message. Strings are quoted, so that a number read from JSON or a
 * command line as `"256"` does not print like the valid number 256. Objects are named by their
 * type, and other values print as `String` gives them (NaN, Infinity, undefined).
 */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") {
    const name = (value as { constructor?: { name?: string } }).constructor?.name;
    return name === undefined || name === "Object" ? "an object" : `a ${name}`;
  }
  return String(value);
}
