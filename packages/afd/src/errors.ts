/** Stable codes of {@link AfdError}. */
export type AfdErrorCode = "INVALID_OPTION";

/**
 * The error `@modelsys/afd` throws for invalid planner options (`INVALID_OPTION`, naming the
 * option and the value). A target that no layout meets is not an error: `planAfd` returns no
 * `plans`, and `infeasible` names each layout's binding constraint.
 */
export class AfdError extends Error {
  override readonly name = "AfdError";
  readonly code: AfdErrorCode;
  readonly field: string | undefined;
  readonly value: unknown;

  constructor(code: AfdErrorCode, message: string, options: { field?: string; value?: unknown; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.field = options.field;
    this.value = options.value;
  }
}

/** Returns true when `error` is an {@link AfdError}, across bundle copies too. */
export function isAfdError(error: unknown): error is AfdError {
  return error instanceof Error && error.name === "AfdError" && "code" in error;
}
