// Test support shared by the roofline test files: catching the typed error of a call.
import { expect } from "vitest";

import { isRooflineError, type RooflineError } from "./errors.js";

/** Runs `call` and returns the RooflineError it throws. Fails the test if the call returns or throws another error. */
export function catchRooflineError(call: () => unknown): RooflineError {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    expect(isRooflineError(error), String(error)).toBe(true);
    return error as RooflineError;
  }
  return expect.fail(`expected a RooflineError, but the call returned ${JSON.stringify(result)?.slice(0, 300)}`);
}
