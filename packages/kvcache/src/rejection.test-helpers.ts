// Test-only helper shared by the input-check tests.
import { isKvCacheError } from "./errors.js";

/** Runs `run` and returns the typed error's code, field, value and message, failing on success or an untyped error. */
export function rejection(run: () => unknown): { code: string; field: string | undefined; value: unknown; message: string } {
  try {
    run();
  } catch (error) {
    if (!isKvCacheError(error)) throw new Error(`expected a KvCacheError, got ${String(error)}`);
    return { code: error.code, field: error.field, value: error.value, message: error.message };
  }
  throw new Error("expected a KvCacheError, but the call returned");
}
