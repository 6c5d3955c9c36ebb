/** Stable codes of {@link CatalogError}. */
export type CatalogErrorCode =
  | "INVALID_DESCRIPTOR"
  | "INVALID_JSON"
  | "INVALID_MODEL_CONFIG"
  | "INVALID_OPTION"
  | "MISSING_CONFIG_FIELD"
  | "UNSUPPORTED_ARCHITECTURE"
  | "UNKNOWN_MODEL"
  | "UNKNOWN_ACCELERATOR";

/** Options of {@link CatalogError}: the field and value at fault, the file, and the cause. */
export interface CatalogErrorOptions {
  field?: string;
  value?: unknown;
  file?: string;
  cause?: unknown;
}

/**
 * The error `@modelsys/catalog` throws for an invalid descriptor, an unknown id or a config file
 * it cannot import. `code` is stable; `field`, `value` and `file` name what was rejected.
 */
export class CatalogError extends Error {
  override readonly name = "CatalogError";
  readonly code: CatalogErrorCode;
  readonly field: string | undefined;
  readonly value: unknown;
  readonly file: string | undefined;

  constructor(code: CatalogErrorCode, message: string, options: CatalogErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.field = options.field;
    this.value = options.value;
    this.file = options.file;
  }
}

/** Returns true when `error` is a {@link CatalogError}, across bundle copies too. */
export function isCatalogError(error: unknown): error is CatalogError {
  return error instanceof Error && error.name === "CatalogError" && "code" in error;
}
