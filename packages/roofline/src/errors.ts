/** Stable codes of {@link RooflineError}. */
export type RooflineErrorCode = "INVALID_OPTION" | "NO_PRICE";

/**
 * The error `@modelsys/roofline` throws for invalid options, or for a cost asked of an
 * accelerator without a price. `field` and `value` name what was rejected.
 */
export class RooflineError extends Error {
  override readonly name = "RooflineError";
  readonly code: RooflineErrorCode;
  readonly field: string | undefined;
  readonly value: unknown;

  constructor(code: RooflineErrorCode, message: string, options: { field?: string; value?: unknown; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.field = options.field;
    this.value = options.value;
  }
}

/** Returns true when `error` is a {@link RooflineError}, across bundle copies too. */
export function isRooflineError(error: unknown): error is RooflineError {
  return error instanceof Error && error.name === "RooflineError" && "code" in error;
}
