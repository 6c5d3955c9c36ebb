/** Stable codes of {@link AttentionError}, one per kind of invalid input. */
export type AttentionErrorCode =
  | "INVALID_DESCRIPTOR"
  | "INVALID_CONTEXT_LENGTH"
  | "UNKNOWN_ELEMENT_TYPE"
  | "UNKNOWN_OPTION"
  | "INVALID_SHAPE"
  | "INVALID_ARGUMENT"
  | "NON_FINITE_INPUT"
  | "BACKEND_UNAVAILABLE";

/** Options of {@link AttentionError}: the field at fault, its value and the underlying error. */
export interface AttentionErrorOptions {
  field?: string;
  value?: unknown;
  cause?: unknown;
}

/**
 * The error every public function of `@modelsys/attention` throws for invalid input.
 * `code` is stable across releases; `field` and `value` name what was rejected.
 * It extends `RangeError` because the kernels' contract rejects out-of-range shapes, windows
 * and non-finite inputs with a `RangeError`.
 */
export class AttentionError extends RangeError {
  override readonly name = "AttentionError";
  readonly code: AttentionErrorCode;
  readonly field: string | undefined;
  readonly value: unknown;

  constructor(code: AttentionErrorCode, message: string, options: AttentionErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.field = options.field;
    this.value = options.value;
  }
}

/** Returns true when `error` is an {@link AttentionError}, across bundle copies too. */
export function isAttentionError(error: unknown): error is AttentionError {
  return error instanceof Error && error.name === "AttentionError" && "code" in error;
}
