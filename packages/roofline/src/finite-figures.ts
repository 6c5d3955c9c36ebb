import { describeValue } from "@modelsys/catalog";

import { RooflineError } from "./errors.js";

/** One input of a computed figure, named by the path a caller sets it at. */
export interface FigureInput {
  field: string;
  value: unknown;
}

/**
 * Returns `value` when it is finite, else throws `INVALID_OPTION` naming the first of `inputs`.
 * Each input is checked to be finite on its own, so a figure overflows only when an input is far
 * out of scale, such as an HBM bandwidth of 1e-300 bytes per second or a price of 1e308 USD.
 */
export function requireFiniteFigure(figure: string, value: number, inputs: readonly FigureInput[]): number {
  if (Number.isFinite(value)) return value;
  const first = inputs[0]!;
  const listed = inputs.map((input) => `${input.field} = ${describeValue(input.value)}`).join(", ");
  throw new RooflineError(
    "INVALID_OPTION",
    `Invalid ${first.field} ${describeValue(first.value)}: ${figure} is ${describeValue(value)} with ${listed}. ` +
      "Give peaks in FLOP/s, bandwidth in bytes per second, prices in USD per card-hour and efficiencies as fractions, such as those of getAccelerator(\"h800\") from @modelsys/catalog.",
    { field: first.field, value: first.value },
  );
}
