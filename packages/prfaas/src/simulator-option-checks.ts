import { PrfaasError, requireInteger, requirePositive } from "./errors.js";
import type { SimulationConfig } from "./simulator-config.js";

const PLACEMENTS = ["bandwidth-scarce", "bandwidth-plentiful"] as const;
const TPOT_DENOMINATORS = ["n-1", "n"] as const;
const SLO_FIELDS: readonly string[] = ["ttftMs", "tpotMs", "e2eMs"];

/**
 * Throws `INVALID_OPTION` for an option of `config` that the simulator would otherwise read as
 * another value. It checks the `placement` and `tpotDenominator` strings, that
 * `link.layerwisePipelining` is a boolean, that each SLO field is known and a positive number of
 * ms, and that `progressEvery` is a whole number of at least 1.
 */
export function checkSimulationOptions(config: SimulationConfig): void {
  requireOneOf("placement", config.placement, PLACEMENTS);
  requireOneOf("tpotDenominator", config.tpotDenominator, TPOT_DENOMINATORS);
  const pipelining = config.link.layerwisePipelining;
  if (pipelining !== undefined && typeof pipelining !== "boolean") {
    throw new PrfaasError("INVALID_OPTION", `Invalid link.layerwisePipelining ${JSON.stringify(pipelining) ?? String(pipelining)}: expected true or false.`, {
      field: "link.layerwisePipelining",
      value: pipelining,
    });
  }
  checkSlo(config.slo);
  if (config.progressEvery !== undefined) requireInteger("progressEvery", config.progressEvery, 1);
}

/** Throws `INVALID_OPTION` unless `value` is undefined or one of `allowed`. */
function requireOneOf(field: string, value: unknown, allowed: readonly string[]): void {
  if (value === undefined || allowed.includes(value as string)) return;
  const expected = allowed.map((name) => JSON.stringify(name)).join(" or ");
  throw new PrfaasError("INVALID_OPTION", `Invalid ${field} ${JSON.stringify(value) ?? String(value)}: expected ${expected}.`, { field, value });
}

/**
 * Checks each SLO bound. Goodput counts a request as good when it meets every bound, so a NaN
 * or negative bound would make every request fail, and a misspelt field would count as a set
 * SLO that checks nothing.
 */
function checkSlo(slo: SimulationConfig["slo"]): void {
  if (slo === undefined) return;
  for (const [key, value] of Object.entries(slo)) {
    if (!SLO_FIELDS.includes(key)) {
      throw new PrfaasError("INVALID_OPTION", `Unknown slo field ${JSON.stringify(key)}: expected ttftMs, tpotMs or e2eMs.`, { field: `slo.${key}`, value });
    }
    if (value !== undefined) requirePositive(`slo.${key}`, value as number);
  }
}
