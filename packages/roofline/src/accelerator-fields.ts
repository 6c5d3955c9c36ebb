import { BUILTIN_ACCELERATORS, describeValue } from "@modelsys/catalog";

import { RooflineError } from "./errors.js";

const START_FROM = 'start from getAccelerator(id) from @modelsys/catalog, such as withPrice(getAccelerator("h100"), 2.5)';

/** A hand-built accelerator after its common fields passed {@link checkAcceleratorFields}. */
export interface CheckedAccelerator {
  /** The accelerator's fields, for the caller's checks of the peaks it reads. */
  fields: Record<string, unknown>;
  /** ` in accelerator "<id>"`, which the caller's messages append to the field. */
  owner: string;
}

/** Throws `INVALID_OPTION` naming `field`: `Missing …` when `value` is undefined, else `Invalid …`. */
export function rejectAcceleratorField(field: string, value: unknown, expected: string, owner: string): never {
  const [problem, fix] =
    value === undefined ? [`Missing ${field}`, "Set the field"] : [`Invalid ${field} ${describeValue(value)}`, "Correct the value"];
  throw new RooflineError("INVALID_OPTION", `${problem}${owner}: expected ${expected}. ${fix}, or ${START_FROM}.`, { field, value });
}

/** Returns true when `accelerator` is one of the catalog's built-in descriptors, which it checked and froze. */
export function isBuiltinAccelerator(accelerator: unknown): boolean {
  return (BUILTIN_ACCELERATORS as readonly unknown[]).includes(accelerator);
}

/** Returns true for a finite number above 0. */
export function isPositive(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value > 0;
}

/**
 * Checks the accelerator fields that pricing and the prefill estimate both read (`id`,
 * `priceUsdPerHour` and `hbmBandwidthBytesPerSecond`), naming the first missing or invalid one.
 * Returns null for a built-in accelerator, which the catalog checked and froze, so the caller
 * skips its own checks too.
 */
export function checkAcceleratorFields(accelerator: unknown): CheckedAccelerator | null {
  if (isBuiltinAccelerator(accelerator)) return null;
  if (typeof accelerator !== "object" || accelerator === null || Array.isArray(accelerator)) {
    rejectAcceleratorField("accelerator", accelerator, 'an accelerator descriptor, such as getAccelerator("h800") from @modelsys/catalog', "");
  }
  const fields = accelerator as Record<string, unknown>;
  const id = fields["id"];
  if (typeof id !== "string" || id === "") {
    rejectAcceleratorField("accelerator.id", id, 'a non-empty string that labels the result, such as "my-card"', "");
  }
  const owner = ` in accelerator ${JSON.stringify(id)}`;

  const price = fields["priceUsdPerHour"];
  if (price !== null && !isPositive(price)) {
    rejectAcceleratorField("accelerator.priceUsdPerHour", price, "USD per card-hour above 0, or null for no price", owner);
  }
  const bandwidth = fields["hbmBandwidthBytesPerSecond"];
  if (!isPositive(bandwidth)) {
    rejectAcceleratorField("accelerator.hbmBandwidthBytesPerSecond", bandwidth, "the HBM bandwidth in bytes per second above 0", owner);
  }
  return { fields, owner };
}
