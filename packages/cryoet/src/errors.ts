/** Stable codes of {@link MrcError}. */
export type MrcErrorCode =
  | "FILE_TOO_SHORT"
  | "NOT_MRC"
  | "UNKNOWN_BYTE_ORDER"
  | "UNKNOWN_MODE"
  | "INVALID_DIMENSIONS"
  | "INVALID_AXIS_MAPPING"
  | "FILE_SIZE_MISMATCH"
  | "INVALID_EXTENDED_HEADER"
  | "INVALID_VOLUME_STACK"
  | "DATA_TOO_LARGE"
  | "DECOMPRESSION_FAILED"
  | "INVALID_ARGUMENT"
  | "OUT_OF_RANGE"
  | "READ_FAILED"
  | "WRITE_FAILED";

/** Options of {@link MrcError}: the header field and value at fault, the check, the file and the cause. */
export interface MrcErrorOptions {
  field?: string;
  value?: unknown;
  /** Number of the validation check (1-14) that failed, when the error comes from one. */
  check?: number;
  file?: string;
  cause?: unknown;
}

/**
 * The error `@modelsys/cryoet` throws for an MRC file it cannot read or write and for invalid
 * arguments. `code` is stable; `field` and `value` name the header field or argument at fault.
 */
export class MrcError extends Error {
  override readonly name = "MrcError";
  readonly code: MrcErrorCode;
  readonly field: string | undefined;
  readonly value: unknown;
  readonly check: number | undefined;
  readonly file: string | undefined;

  constructor(code: MrcErrorCode, message: string, options: MrcErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.field = options.field;
    this.value = options.value;
    this.check = options.check;
    this.file = options.file;
  }
}

/** Returns true when `error` is an {@link MrcError}, across bundle copies too. */
export function isMrcError(error: unknown): error is MrcError {
  return error instanceof Error && error.name === "MrcError" && "code" in error;
}

/** Stable codes of {@link ShrecError}. */
export type ShrecErrorCode = "INVALID_PARTICLE_LINE" | "UNKNOWN_CLASS" | "MISSING_COLUMN" | "INVALID_STAR" | "INVALID_OCCUPANCY" | "INVALID_ARGUMENT";

/** Options of {@link ShrecError}: the file, the 1-based line number, the field and value at fault. */
export interface ShrecErrorOptions {
  file?: string;
  line?: number;
  field?: string;
  value?: unknown;
  cause?: unknown;
}

/** The error thrown for an invalid particle list, STAR file or SHREC evaluation input. */
export class ShrecError extends Error {
  override readonly name = "ShrecError";
  readonly code: ShrecErrorCode;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly field: string | undefined;
  readonly value: unknown;

  constructor(code: ShrecErrorCode, message: string, options: ShrecErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.file = options.file;
    this.line = options.line;
    this.field = options.field;
    this.value = options.value;
  }
}

/** Returns true when `error` is a {@link ShrecError}, across bundle copies too. */
export function isShrecError(error: unknown): error is ShrecError {
  return error instanceof Error && error.name === "ShrecError" && "code" in error;
}
