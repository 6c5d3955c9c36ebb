import type { AcceleratorDescriptor } from "./accelerator.js";
import { BUILTIN_ACCELERATORS } from "./accelerators/index.js";
import { describeValue } from "./describe-value.js";
import { CatalogError } from "./errors.js";
import type { ModelDescriptor } from "./model.js";
import { BUILTIN_MODELS } from "./models/index.js";

/** Returns the ids of the built-in models, in catalog order. */
export function listModelIds(): string[] {
  return BUILTIN_MODELS.map((model) => model.id);
}

/** Returns the ids of the built-in accelerators, in catalog order. */
export function listAcceleratorIds(): string[] {
  return BUILTIN_ACCELERATORS.map((accelerator) => accelerator.id);
}

/** Returns the built-in model `id`, or throws `UNKNOWN_MODEL` listing the known ids. */
export function getModel(id: string): ModelDescriptor {
  const model = BUILTIN_MODELS.find((candidate) => candidate.id === id);
  if (model !== undefined) return model;
  throw new CatalogError(
    "UNKNOWN_MODEL",
    `Unknown model ${describeValue(id)}.${caseHint(id, listModelIds())} Known models: ${listModelIds().join(", ")}. For another model, import its config.json with importHfConfig or importHfConfigText.`,
    { field: "model", value: id },
  );
}

/** Returns the built-in accelerator `id`, or throws `UNKNOWN_ACCELERATOR` listing the known ids. */
export function getAccelerator(id: string): AcceleratorDescriptor {
  const accelerator = BUILTIN_ACCELERATORS.find((candidate) => candidate.id === id);
  if (accelerator !== undefined) return accelerator;
  throw new CatalogError(
    "UNKNOWN_ACCELERATOR",
    `Unknown accelerator ${describeValue(id)}.${caseHint(id, listAcceleratorIds())} Known accelerators: ${listAcceleratorIds().join(", ")}.`,
    { field: "hardware", value: id },
  );
}

/** Suggests the known id that `id` matches apart from case and surrounding spaces, such as "h800" for "H800". */
function caseHint(id: unknown, known: readonly string[]): string {
  if (typeof id !== "string") return "";
  const match = known.find((candidate) => candidate === id.trim().toLowerCase());
  return match === undefined ? "" : ` Did you mean "${match}"? Ids are lower case.`;
}

/**
 * Returns a copy of `accelerator` whose server has `gbpsPerServer` Gbit/s of NIC bandwidth in
 * total, over the same number of NICs (for `--nic-gbps`).
 */
export function withServerNicBandwidth(accelerator: AcceleratorDescriptor, gbpsPerServer: number): AcceleratorDescriptor {
  if (!Number.isFinite(gbpsPerServer) || gbpsPerServer <= 0) {
    throw new CatalogError(
      "INVALID_DESCRIPTOR",
      `Invalid NIC bandwidth ${describeValue(gbpsPerServer)} for "${accelerator.id}": expected a positive number of Gbit/s per server${notANumberHint(gbpsPerServer)}.`,
      { field: "nicBandwidthGbps", value: gbpsPerServer },
    );
  }
  return {
    ...accelerator,
    nicBandwidthGbps: gbpsPerServer / accelerator.nicsPerServer,
    source: `${accelerator.source}; NIC bandwidth supplied by the user`,
  };
}

/** Returns a copy of `accelerator` with another price in USD per card-hour (for `--price`). */
export function withPrice(accelerator: AcceleratorDescriptor, priceUsdPerHour: number): AcceleratorDescriptor {
  if (!Number.isFinite(priceUsdPerHour) || priceUsdPerHour <= 0) {
    throw new CatalogError(
      "INVALID_DESCRIPTOR",
      `Invalid price ${describeValue(priceUsdPerHour)} for "${accelerator.id}": expected a positive number of USD per card-hour${notANumberHint(priceUsdPerHour)}.`,
      { field: "priceUsdPerHour", value: priceUsdPerHour },
    );
  }
  return { ...accelerator, priceUsdPerHour, source: `${accelerator.source}; price supplied by the user` };
}

/** Names the type of a value that is not a number, such as a price read from a text field and never converted. */
function notANumberHint(value: unknown): string {
  if (typeof value === "number") return "";
  if (value === null) return ", not null";
  const type = typeof value === "string" ? "a string" : `a value of type ${typeof value}`;
  return `, not ${type}. Convert it with Number() first`;
}
