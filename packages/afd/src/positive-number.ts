import { describeValue } from "@modelsys/catalog";

import { AfdError } from "./errors.js";

/** Returns `value` when it is a finite positive number, else throws `INVALID_OPTION` naming `field`. */
export function checkPositive(field: string, value: number): number {
  if (typeof value !== "number" || !(Number.isFinite(value) && value > 0)) {
    throw new AfdError("INVALID_OPTION", `Invalid ${field} ${describeValue(value)}: expected a positive number.`, { field, value });
  }
  return value;
}
