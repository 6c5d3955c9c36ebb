import { ELEMENT_TYPES, type ElementType } from "@modelsys/attention";
import { describeValue } from "@modelsys/catalog";

import { RooflineError } from "./errors.js";

/**
 * Throws `INVALID_OPTION` naming `field`, with the expected value: `Missing …` when `value` is
 * undefined, else `Invalid …` with the value.
 */
export function rejectOption(field: string, value: unknown, expected: string): never {
  const problem = value === undefined ? `Missing ${field}` : `Invalid ${field} ${describeValue(value)}`;
  throw new RooflineError("INVALID_OPTION", `${problem}: expected ${expected}.`, { field, value });
}

/** Throws `INVALID_OPTION` unless `options` is a plain object, such as `{ newTokens: 8192 }` in `example`. */
export function checkOptionsObject(options: unknown, example: string): asserts options is Record<string, unknown> {
  if (typeof options !== "object" || options === null || Array.isArray(options)) rejectOption("options", options, `an object such as ${example}`);
}

/**
 * Throws `INVALID_OPTION` for the first key of `options` outside `keys`, so that a misspelt
 * option is an error rather than a silently applied default.
 */
export function rejectUnknownKeys(options: Record<string, unknown>, keys: readonly string[], functionName: string): void {
  for (const key of Object.keys(options)) {
    if (keys.includes(key)) continue;
    throw new RooflineError(
      "INVALID_OPTION",
      `Unknown option "${key}" of ${functionName}: use one of ${keys.join(", ")} (case-sensitive).`,
      { field: key, value: options[key] },
    );
  }
}

/**
 * Returns `", at most Number.MAX_SAFE_INTEGER (2^53 − 1)"` for an integer beyond that bound and
 * `""` otherwise, so that a message on such a value does not only ask for a whole number.
 */
export function unsafeIntegerNote(value: unknown): string {
  return Number.isInteger(value) && !Number.isSafeInteger(value) ? ", at most Number.MAX_SAFE_INTEGER (2^53 − 1)" : "";
}

/** Returns `value` when it is a safe integer of at least `minimum`, else throws `INVALID_OPTION`. */
export function requireCount(field: string, value: unknown, minimum: number, meaning: string): number {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= minimum) return value;
  return rejectOption(field, value, `${meaning} as a whole number of at least ${minimum}${unsafeIntegerNote(value)}`);
}

/** Returns `value` when it is a fraction in (0, 1], else throws `INVALID_OPTION`. */
export function requireFraction(field: string, value: unknown, meaning: string): number {
  if (typeof value === "number" && Number.isFinite(value) && value > 0 && value <= 1) return value;
  return rejectOption(field, value, `${meaning} as a fraction greater than 0 and at most 1, such as 0.5`);
}

/** Returns `value` when it is undefined or an element type, else throws `INVALID_OPTION`. */
export function optionalElementType(field: string, value: unknown): ElementType | undefined {
  if (value === undefined || ELEMENT_TYPES.includes(value as ElementType)) return value as ElementType | undefined;
  return rejectOption(field, value, `one of ${ELEMENT_TYPES.join(", ")}, or leave it out for each layer's catalog type`);
}

/** Returns `value` when it is undefined or a boolean, else throws `INVALID_OPTION`. */
export function optionalBoolean(field: string, value: unknown): boolean | undefined {
  if (value === undefined || typeof value === "boolean") return value;
  return rejectOption(field, value, "true or false, or leave it out for false");
}
