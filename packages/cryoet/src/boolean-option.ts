import { MrcError } from "./errors.js";

/**
 * Throws `INVALID_ARGUMENT` unless `value` is undefined, true or false. A flag read from text, such
 * as `overwrite: "false"`, would otherwise count as true, and an existing file would be replaced.
 */
export function checkBooleanOption(field: string, value: unknown): void {
  if (value === undefined || typeof value === "boolean") return;
  const printed = typeof value === "string" ? JSON.stringify(value) : String(value);
  throw new MrcError("INVALID_ARGUMENT", `Invalid ${field} ${printed}: expected true or false.`, { field, value });
}
