import { describeValue } from "@modelsys/catalog";

import { RooflineError } from "./errors.js";

/** One input of a computed figure, named by the path a caller sets it at. */
export interface FigureInput {
  field: string;
  value: unknown;
}

/**
 * Returns `value` when it is finite, else throws `INVALID_OPTION` naming the input furthest out of
 * scale, the one whose magnitude |log10(value)| is largest, and listing all of `inputs`. Each input
 * is checked to be finite on its own, so a figure overflows only when an input is hundreds of
 * orders of magnitude off, such as a bandwidth of 1e-300 bytes per second or a price of 1e308 USD.
 * A real peak of about 1e15 FLOP/s is then never the one named.
 */
export function requireFiniteFigure(figure: string, value: number, inputs: readonly FigureInput[]): number {
  if (Number.isFinite(value)) return value;
  return rejectFigure(figure, value, inputs);
}

/**
 * Returns `value` when it is finite and above 0, else throws as {@link requireFiniteFigure} does.
 * It is for a figure whose numerator is always positive, such as a time to process at least one
 * token, so that 0 can only mean a denominator that overflowed, such as a peak of 1e308 FLOP/s.
 */
export function requirePositiveFigure(figure: string, value: number, inputs: readonly FigureInput[]): number {
  if (Number.isFinite(value) && value > 0) return value;
  return rejectFigure(figure, value, inputs);
}

function rejectFigure(figure: string, value: number, inputs: readonly FigureInput[]): never {
  const blamed = furthestOutOfScale(inputs);
  const listed = inputs.map((input) => `${input.field} = ${describeValue(input.value)}`).join(", ");
  throw new RooflineError(
    "INVALID_OPTION",
    `Invalid ${blamed.field} ${describeValue(blamed.value)}: ${figure} is ${describeValue(value)} with ${listed}. ` +
      "Give peaks in FLOP/s, bandwidth in bytes per second, prices in USD per card-hour and efficiencies as fractions, such as those of getAccelerator(\"h800\") from @modelsys/catalog.",
    { field: blamed.field, value: blamed.value },
  );
}

/** Returns the input with the largest |log10(value)|, the first one on a tie. */
function furthestOutOfScale(inputs: readonly FigureInput[]): FigureInput {
  const magnitude = (input: FigureInput) => (typeof input.value === "number" && input.value !== 0 ? Math.abs(Math.log10(Math.abs(input.value))) : 0);
  return inputs.reduce((blamed, input) => (magnitude(input) > magnitude(blamed) ? input : blamed));
}
