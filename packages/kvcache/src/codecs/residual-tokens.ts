import { describeValue } from "../describe-value.js";
import { KvCacheError } from "../errors.js";

/**
 * Returns the encoder's default residual split for a plane of `tokens` tokens with residual
 * length `residualLength` (KIVI keeps the most recent tokens in full precision): values keep
 * `min(T, R)` tokens, keys keep `T − G·floor(max(T − R, 0) / G)` so quantised keys fill whole
 * groups. Pass 0 for a chunk that is not the tail of its sequence. Arguments of the wrong kind
 * throw `INVALID_ARGUMENT`, because the formula would return NaN for them.
 */
export function defaultResidualTokens(tokens: number, residualLength: number, groupSize: number, groupsAlongTokens: boolean): number {
  checkCount("tokens", tokens, 0);
  checkCount("residualLength", residualLength, 0);
  checkCount("groupSize", groupSize, 1);
  if (typeof groupsAlongTokens !== "boolean") {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid groupsAlongTokens ${describeValue(groupsAlongTokens)}: expected true for keys (groups along tokens) or false for values.`, {
      field: "groupsAlongTokens",
      value: groupsAlongTokens,
    });
  }

  if (!groupsAlongTokens) return Math.min(tokens, residualLength);
  return tokens - groupSize * Math.floor(Math.max(tokens - residualLength, 0) / groupSize);
}

function checkCount(field: string, value: unknown, minimum: number): void {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= minimum) return;
  throw new KvCacheError("INVALID_ARGUMENT", `Invalid ${field} ${describeValue(value)}: expected an integer of at least ${minimum}.`, { field, value });
}
