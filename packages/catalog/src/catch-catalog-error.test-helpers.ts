// Test-only helper shared by the catalog's tests.
import { expect } from "vitest";

import { isCatalogError, type CatalogError } from "./errors.js";

/** Runs `call` and returns the CatalogError it throws. Fails the test if the call returns. */
export function catchCatalogError(call: () => unknown): CatalogError {
  try {
    call();
  } catch (error) {
    expect(isCatalogError(error), String(error)).toBe(true);
    return error as CatalogError;
  }
  expect.fail("expected a CatalogError, but the call returned");
}
