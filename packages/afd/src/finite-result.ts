import { describeValue } from "@modelsys/catalog";

import { AfdError } from "./errors.js";

/** One input of a formula result, named by the option path a caller sets it at. */
export interface ResultInput {
  field: string;
  value: number;
}

/**
 * Returns `value` when it is a finite positive number, else throws `INVALID_OPTION` naming the
 * input furthest out of scale (largest |log10(value)|) and listing all of `inputs`. The formulas
 * that call it take only finite positive inputs, so a result of Infinity or 0 means that the
 * product or quotient overflowed or underflowed: an input is hundreds of orders of magnitude off.
 */
export function requirePositiveResult(formula: string, value: number, inputs: readonly ResultInput[]): number {
  if (Number.isFinite(value) && value > 0) return value;

  const blamed = furthestOutOfScale(inputs);
  const listed = inputs.map((input) => `${input.field} = ${describeValue(input.value)}`).join(", ");
  throw new AfdError(
    "INVALID_OPTION",
    `Invalid ${blamed.field} ${describeValue(blamed.value)}: ${formula} is ${describeValue(value)} with ${listed}. ` +
      "Give sizes in elements, peaks in FLOP/s, bandwidth in bytes per second and times in milliseconds, such as those of getModel and getAccelerator from @modelsys/catalog.",
    { field: blamed.field, value: blamed.value },
  );
}

/** Returns the input with the largest |log10(value)|, the first one on a tie. */
function furthestOutOfScale(inputs: readonly ResultInput[]): ResultInput {
  const magnitude = (input: ResultInput): number => Math.abs(Math.log10(input.value));
  return inputs.reduce((blamed, input) => (magnitude(input) > magnitude(blamed) ? input : blamed));
}
