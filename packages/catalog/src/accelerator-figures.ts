import { describeValue } from "./describe-value.js";
import { CatalogError } from "./errors.js";

/** The numeric figures of an accelerator descriptor that the derived quantities read. */
export type AcceleratorFigure =
  | "peakFlopsPerSecond.bf16"
  | "peakFlopsPerSecond.fp8"
  | "hbmBandwidthBytesPerSecond"
  | "nicsPerServer"
  | "nicBandwidthGbps";

/** Meaning and unit of each figure, for error messages. */
const FIGURE_MEANINGS: Readonly<Record<AcceleratorFigure, string>> = {
  "peakFlopsPerSecond.bf16": "the dense BF16 peak in FLOP/s",
  "peakFlopsPerSecond.fp8": "the dense FP8 peak in FLOP/s",
  hbmBandwidthBytesPerSecond: "the HBM bandwidth in bytes per second",
  nicsPerServer: "the NICs per server",
  nicBandwidthGbps: "the line rate of one NIC in Gbit/s",
};

/**
 * Returns `figure` of `accelerator` when it is a finite number above 0, and null for a null FP8
 * peak, which marks hardware without FP8. Otherwise throws `INVALID_DESCRIPTOR` naming the field,
 * so a hand-built descriptor never turns a derived quantity into NaN, Infinity or a `TypeError`.
 */
export function readAcceleratorFigure(accelerator: unknown, figure: "peakFlopsPerSecond.fp8"): number | null;
export function readAcceleratorFigure(accelerator: unknown, figure: Exclude<AcceleratorFigure, "peakFlopsPerSecond.fp8">): number;
export function readAcceleratorFigure(accelerator: unknown, figure: AcceleratorFigure): number | null {
  if (accelerator === null || typeof accelerator !== "object") {
    throw new CatalogError(
      "INVALID_DESCRIPTOR",
      `Invalid accelerator ${describeValue(accelerator)}: expected an accelerator descriptor, such as getAccelerator("h800") returns.`,
      { field: "accelerator", value: accelerator },
    );
  }

  let value: unknown = accelerator;
  for (const key of figure.split(".")) {
    value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  }
  if (value === null && figure === "peakFlopsPerSecond.fp8") return null;
  if (typeof value === "number" && Number.isFinite(value) && value > 0) return value;

  const id = (accelerator as { id?: unknown }).id;
  throw new CatalogError(
    "INVALID_DESCRIPTOR",
    `Invalid ${figure} ${describeValue(value)} in accelerator ${describeValue(id)}: expected ${FIGURE_MEANINGS[figure]}, a finite number above 0${figure === "peakFlopsPerSecond.fp8" ? ", or null without FP8" : ""}. Correct it, or start from getAccelerator(id) or defineAccelerator().`,
    { field: figure, value },
  );
}
