/** Stable codes of {@link RooflineError}. */
export type RooflineErrorCode = "INVALID_OPTION";

/**
 * The error `@modelsys/roofline` throws for invalid options. `field` and `value` name what was
 * rejected. An accelerator without a price is not an error: its costs are null.
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
