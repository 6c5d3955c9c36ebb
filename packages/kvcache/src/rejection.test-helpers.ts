// Test-only helper shared by the input-check tests.
import { isKvCacheError } from "./errors.js";

/** Runs `run` and returns the typed error's code, field and message, failing on success or an untyped error. */
export function rejection(run: () => unknown): { code: string; field: string | undefined; message: string } {
  try {
    run();
  } catch (error) {
    if (!isKvCacheError(error)) throw new Error(`expected a KvCacheError, got ${String(error)}`);
    return { code: error.code, field: error.field, message: error.message };
  }
  throw new Error("expected a KvCacheError, but the call returned");
}
