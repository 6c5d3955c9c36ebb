import { KvCacheError } from "../errors.js";
import { layoutSections } from "../sections.js";

/**
 * Checks that a payload given to a codec's decoder has exactly the size of its sections, so a
 * short or long payload fails with a typed error instead of decoding garbage or reading past
 * the view. Frames check this before decoding; direct callers of `decode` rely on it here.
 */
export function checkPayloadSize(codec: string, sectionSizes: readonly number[], payload: Uint8Array): void {
  const expected = layoutSections(sectionSizes).size;
  if (payload.length !== expected) {
    throw new KvCacheError(
      "INVALID_ARGUMENT",
      `Invalid payload for the ${codec} codec: expected ${expected} bytes for this plane's sections, got ${payload.length}. Pass the whole payload of one chunk.`,
      { field: "payload", value: payload.length },
    );
  }
}
