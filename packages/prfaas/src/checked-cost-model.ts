import { PrfaasError } from "./errors.js";
import type { PrefillCostModel } from "./prefill-profile.js";

/**
 * Returns `model` with every lookup checked, for the simulator. Throws `INVALID_PROFILE`, naming
 * `field`, for `stateBytes` or `bytesPerToken` that is not a finite number of at least 0, and on
 * each lookup whose result is not. A NaN KV size would keep a transfer on the link forever, and
 * a negative prefill time would schedule an event before the clock.
 */
export function checkedCostModel(model: PrefillCostModel, field: "prfaasPrefill" | "pdPrefill"): PrefillCostModel {
  for (const property of ["stateBytes", "bytesPerToken"] as const) {
    const value = model[property];
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new PrfaasError("INVALID_PROFILE", `Invalid ${field}.${property} ${String(value)}: expected a finite number of bytes of at least 0.`, {
        field: `${field}.${property}`,
        value,
      });
    }
  }
  const checked: PrefillCostModel = {
    stateBytes: model.stateBytes,
    bytesPerToken: model.bytesPerToken,
    prefillSeconds: (tokens) => requireLookup(field, "prefillSeconds", tokens, model.prefillSeconds(tokens)),
    kvBytes: (tokens) => requireLookup(field, "kvBytes", tokens, model.kvBytes(tokens)),
  };
  return model.tableRange === undefined ? checked : { ...checked, tableRange: model.tableRange };
}

function requireLookup(field: string, lookup: "prefillSeconds" | "kvBytes", tokens: number, value: number): number {
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) return value;
  throw new PrfaasError(
    "INVALID_PROFILE",
    `Invalid ${field}.${lookup}(${tokens}) = ${String(value)}: expected a finite number of at least 0. Check the cost model at ${tokens} tokens, or the profile rows that cover that length.`,
    { field: `${field}.${lookup}`, value },
  );
}
