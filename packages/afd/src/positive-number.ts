import { describeValue } from "@modelsys/catalog";

import { AfdError } from "./errors.js";

/** Returns `value` when it is a finite positive number, else throws `INVALID_OPTION` naming `field`. */
export function checkPositive(field: string, value: number): number {
  if (typeof value !== "number" || !(Number.isFinite(value) && value > 0)) {
    throw new AfdError("INVALID_OPTION", `Invalid ${field} ${describeValue(value)}: expected a positive number.`, { field, value });
  }
  return value;
}

/** Returns `value` when it is a positive safe integer, such as a layer or stage count, else throws `INVALID_OPTION` naming `field`. */
export function checkPositiveCount(field: string, value: number): number {
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new AfdError("INVALID_OPTION", `Invalid ${field} ${describeValue(value)}: expected a positive integer.`, { field, value });
  }
  return value;
}
