import { AfdError } from "./errors.js";

/** Returns the AfdError `run` throws, or fails the test when it returns. */
export function catchAfdError(run: () => unknown): AfdError {
  try {
    run();
  } catch (error) {
    if (error instanceof AfdError) return error;
    throw error;
  }
  throw new Error("expected an AfdError, but the call returned");
}
