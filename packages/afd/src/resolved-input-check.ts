import { describeValue } from "@modelsys/catalog";

import { AfdError } from "./errors.js";
import type { ResolvedAfdInput } from "./options.js";

/** The object fields of a resolved input that the checked functions read between them. */
const OBJECT_FIELDS = ["model", "attentionAccelerator", "ffnAccelerator", "efficiency"] as const;

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

/**
 * Checks that `input` looks like the result of `resolveAfdInput`: an object whose `model`,
 * `attentionAccelerator`, `ffnAccelerator` and `efficiency` are objects. Anything else, such as
 * the planner options passed before resolving, is `INVALID_OPTION` naming `field`.
 */
export function checkResolvedInput(field: string, input: unknown): asserts input is ResolvedAfdInput {
  const missing = isObject(input) ? OBJECT_FIELDS.find((name) => !isObject((input as Record<string, unknown>)[name])) : undefined;
  if (isObject(input) && missing === undefined) return;

  const detail = missing === undefined ? "" : ` (its ${missing} is ${describeValue((input as Record<string, unknown>)[missing])})`;
  throw new AfdError(
    "INVALID_OPTION",
    `Invalid ${field} ${describeValue(input)}${detail}: expected the result of resolveAfdInput(options). Pass the planAfd options through resolveAfdInput first.`,
    { field, value: input },
  );
}
