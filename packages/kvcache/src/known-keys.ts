import { KvCacheError } from "./errors.js";

/**
 * Throws `INVALID_ARGUMENT` naming the first own key of `object` that is not in `known`. Writers
 * call it on their inputs because a misspelt optional field, such as `scale` for `scales`, would
 * otherwise be dropped without a word and the frame written with the default.
 */
export function rejectUnknownKeys(object: object, known: readonly string[], owner: string, field: string): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) {
      throw new KvCacheError("INVALID_ARGUMENT", `Unknown field "${key}" in ${owner}: it takes ${known.join(", ")}. Correct the spelling or remove the field.`, {
        field: `${field}.${key}`,
        value: (object as Record<string, unknown>)[key],
      });
    }
  }
}
