/** Stable codes of {@link PrfaasError}. */
export type PrfaasErrorCode =
  /** A trace row that cannot be read: the error names the line, the field and the value. */
  | "MALFORMED_TRACE"
  /** An option or preset parameter outside its valid range. */
  | "INVALID_OPTION"
  /**
   * A profile table that cannot be interpolated (too few rows, unsorted, non-positive), or a
   * prefill cost model whose sizes or lookups in a simulation are not finite numbers of at least 0.
   */
  | "INVALID_PROFILE"
  /** An operation on an empty input, such as a percentile of no samples. */
  | "EMPTY_INPUT"
  /** An id that names no preset or policy. */
  | "UNKNOWN_ID";

/** Fields that locate the bad value of a {@link PrfaasError}. */
export interface PrfaasErrorOptions {
  /** The option, parameter or trace column at fault. */
  field?: string;
  /** The value that was rejected. */
  value?: unknown;
  /** 1-based line of a trace file, for `MALFORMED_TRACE`. */
  line?: number;
  cause?: unknown;
}

/**
 * The error `@modelsys/prfaas` throws for malformed trace rows, invalid options and profiles,
 * empty inputs and unknown ids. The message names the value, where it came from and the fix.
 */
export class PrfaasError extends Error {
  override readonly name = "PrfaasError";
  readonly code: PrfaasErrorCode;
  readonly field: string | undefined;
  readonly value: unknown;
  readonly line: number | undefined;

  constructor(code: PrfaasErrorCode, message: string, options: PrfaasErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.field = options.field;
    this.value = options.value;
    this.line = options.line;
  }
}

/** Returns true when `error` is a {@link PrfaasError}, across bundle copies too. */
export function isPrfaasError(error: unknown): error is PrfaasError {
  return error instanceof Error && error.name === "PrfaasError" && "code" in error;
}

/** Throws `INVALID_OPTION` unless `value` is a finite number greater than 0. */
export function requirePositive(field: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new PrfaasError("INVALID_OPTION", `Invalid ${field} ${String(value)}: expected a finite number greater than 0.`, {
      field,
      value,
    });
  }
  return value;
}

/**
 * Throws `INVALID_OPTION` unless `value` is a finite number from `minimum` to `maximum`.
 * `expected` describes the valid range in the message, such as "a period of at least 1 ms".
 */
export function requireInRange(field: string, value: number, minimum: number, maximum: number, expected: string): number {
  if (!Number.isFinite(value) || value < minimum || value > maximum) {
    throw new PrfaasError("INVALID_OPTION", `Invalid ${field} ${String(value)}: expected ${expected}.`, { field, value });
  }
  return value;
}

/**
 * Largest token count of one request: 2^31 − 1. The simulator's per-request log stores token
 * counts as 32-bit integers, so a larger count would wrap around instead of being measured.
 */
export const MAX_REQUEST_TOKENS = 2 ** 31 - 1;

/** Throws `INVALID_OPTION` unless `value` is an integer of at least `minimum`. */
export function requireInteger(field: string, value: number, minimum = 0): number {
  if (!Number.isSafeInteger(value) || value < minimum) {
    throw new PrfaasError("INVALID_OPTION", `Invalid ${field} ${String(value)}: expected a whole number of at least ${minimum}.`, {
      field,
      value,
    });
  }
  return value;
}
