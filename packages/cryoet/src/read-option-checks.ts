// Checks of the options shared by every read, so that a misspelt value fails instead of silently
// choosing a behaviour.
import { checkBooleanOption } from "./boolean-option.js";
import { MrcError } from "./errors.js";
import type { ReadOptions } from "./layout.js";

const MODE0_SIGNS: readonly unknown[] = ["signed", "unsigned", "auto"];

/**
 * Throws `INVALID_ARGUMENT` for a `mode0Sign` other than `signed`, `unsigned` or `auto`, for a
 * `maxDataBytes` that is not a non-negative number (Infinity is allowed), and for a `permissive`
 * that is not a boolean. Without this check a
 * misspelt sign read mode-0 bytes as unsigned, and a NaN limit allowed any allocation.
 */
export function checkReadOptions(options: ReadOptions): void {
  checkBooleanOption("permissive", options.permissive);
  if (options.mode0Sign !== undefined && !MODE0_SIGNS.includes(options.mode0Sign)) {
    throw new MrcError("INVALID_ARGUMENT", `Invalid mode0Sign ${JSON.stringify(options.mode0Sign)}: expected "signed", "unsigned" or "auto".`, { field: "mode0Sign", value: options.mode0Sign });
  }
  const limit: unknown = options.maxDataBytes;
  if (limit !== undefined && !(typeof limit === "number" && limit >= 0)) {
    throw new MrcError("INVALID_ARGUMENT", `Invalid maxDataBytes ${String(limit)}: expected a non-negative number of bytes, such as 4294967296 (4 GiB).`, { field: "maxDataBytes", value: limit });
  }
}
