import type { MoeFfn } from "../model.js";
import type { ConfigReader } from "./config-reader.js";

/** The config.json fields that give a MoE layer's experts per token and its routed expert count. */
export interface ExpertCountFields {
  active: string;
  routed: string;
}

/**
 * Checks that a token's experts (`fields.active`) are no more than the routed experts
 * (`fields.routed`) it picks them from, and returns `moe`. A violation is `INVALID_MODEL_CONFIG`
 * naming both config fields and the file, not a descriptor error in the catalog's own terms.
 */
export function checkActiveExperts<T extends MoeFfn>(reader: ConfigReader, moe: T, fields: ExpertCountFields): T {
  if (moe.numRoutedExperts === null || moe.numActiveExperts <= moe.numRoutedExperts) return moe;
  throw reader.invalid(
    fields.active,
    moe.numActiveExperts,
    `at most ${fields.routed} (${moe.numRoutedExperts}), because each token picks its experts among the routed ones. Check both fields against the model's published config.json`,
  );
}
