import { AttentionError, type AttentionErrorCode } from "./errors.js";

/** Returns a short description of `value` for error messages: strings quoted, objects by their type. */
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

/**
 * Returns `", at most Number.MAX_SAFE_INTEGER (2^53 − 1)"` for an integer beyond that bound and
 * `""` otherwise, so that a message on such a value does not only ask for an integer.
 */
export function unsafeIntegerNote(value: unknown): string {
  return Number.isInteger(value) && !Number.isSafeInteger(value) ? ", at most Number.MAX_SAFE_INTEGER (2^53 − 1)" : "";
}

/**
 * Checks an options object, which `where` names in messages ("the options of rmsNorm").
 * `undefined` passes unless `required`, and any other non-object throws `INVALID_ARGUMENT` with
 * `field`. A key outside `known` throws `UNKNOWN_OPTION` naming the key and the known ones,
 * because an ignored misspelt option silently runs with a default. `hints` maps a key that is a
 * common mistake to its fix.
 */
export function checkOptions(
  where: string,
  options: unknown,
  known: readonly string[],
  { required = false, field = "options", hints = {} }: { required?: boolean; field?: string; hints?: Readonly<Record<string, string>> } = {},
): void {
  if (options === undefined && !required) return;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    const subject = where.charAt(0).toUpperCase() + where.slice(1);
    throw new AttentionError("INVALID_ARGUMENT", `${subject} must be an object, but got ${describeValue(options)}: pass an object with ${required ? "" : "any of "}${known.join(", ")}.`, {
      field,
      value: options,
    });
  }
  for (const key of Object.keys(options)) {
    if (known.includes(key)) continue;
    const fix = hints[key] ?? `use one of ${known.join(", ")}`;
    throw new AttentionError("UNKNOWN_OPTION", `Unknown option "${key}" in ${where}: ${fix}.`, { field: key, value: key });
  }
}

/**
 * Checks that `value` is one of `choices`. `undefined` passes when `required` is false, so the
 * caller applies its documented default. Throws `code` (`INVALID_ARGUMENT` unless given) naming
 * the choices.
 */
export function checkChoice<T extends string>(
  field: string,
  value: unknown,
  choices: readonly T[],
  { required = false, code = "INVALID_ARGUMENT", reason = "" }: { required?: boolean; code?: AttentionErrorCode; reason?: string } = {},
): asserts value is T {
  if (value === undefined && !required) return;
  if (typeof value === "string" && (choices as readonly string[]).includes(value)) return;
  const list = choices.map((choice) => `"${choice}"`).join(", ");
  const because = reason === "" ? "" : ` ${reason}`;
  const message =
    value === undefined ? `${field} is missing: pass one of ${list}.${because}` : `${field} = ${describeValue(value)} is invalid: expected one of ${list}.${because}`;
  throw new AttentionError(code, message, { field, value });
}

/** Checks that `value` is `undefined` or a boolean, and throws `INVALID_ARGUMENT` otherwise. */
export function checkOptionalBoolean(field: string, value: unknown): void {
  if (value === undefined || typeof value === "boolean") return;
  throw new AttentionError("INVALID_ARGUMENT", `${field} = ${describeValue(value)} is invalid: pass true or false.`, { field, value });
}

/** Checks that `value` is a finite number, and throws `INVALID_ARGUMENT` naming `rule` otherwise. */
export function checkFiniteNumber(field: string, value: unknown, rule = "it must be a finite number"): asserts value is number {
  if (typeof value === "number" && Number.isFinite(value)) return;
  throw new AttentionError("INVALID_ARGUMENT", `${field} = ${describeValue(value)} is invalid: ${rule}.`, { field, value });
}
