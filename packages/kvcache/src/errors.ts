/** Stable codes of {@link KvCacheError}. */
export type KvCacheErrorCode =
  | "INVALID_ARGUMENT"
  | "INVALID_SCALE"
  | "NON_FINITE_INPUT"
  | "FRAME_BAD_MAGIC"
  | "FRAME_UNSUPPORTED_VERSION"
  | "FRAME_UNKNOWN_ENUM"
  | "FRAME_TRUNCATED"
  | "FRAME_LIMIT_EXCEEDED"
  | "FRAME_INVALID"
  | "FRAME_CHECKSUM_MISMATCH"
  | "FRAME_GEOMETRY_MISMATCH"
  | "WORKER_FAILED";

/** Options of {@link KvCacheError}: the field and value at fault, and the cause. */
export interface KvCacheErrorOptions {
  field?: string;
  value?: unknown;
  /** Index of the chunk at fault in the frame's chunk index, when one is. */
  chunkIndex?: number;
  cause?: unknown;
}

/**
 * The error `@modelsys/kvcache` throws for invalid arguments and for frames it rejects. `code`
 * is stable; `field` and `value` name what was rejected, and `chunkIndex` the chunk at fault.
 */
export class KvCacheError extends Error {
  override readonly name: string = "KvCacheError";
  readonly code: KvCacheErrorCode;
  readonly field: string | undefined;
  readonly value: unknown;
  readonly chunkIndex: number | undefined;

  constructor(code: KvCacheErrorCode, message: string, options: KvCacheErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.field = options.field;
    this.value = options.value;
    this.chunkIndex = options.chunkIndex;
  }
}

/**
 * A {@link KvCacheError} that is also a `RangeError`: what encoders throw for an invalid scale
 * or a non-finite value they cannot represent, so callers that catch `RangeError` see it too.
 */
export class KvCacheRangeError extends RangeError {
  override readonly name: string = "KvCacheRangeError";
  readonly code: KvCacheErrorCode;
  readonly field: string | undefined;
  readonly value: unknown;
  readonly chunkIndex: number | undefined = undefined;

  constructor(code: KvCacheErrorCode, message: string, options: KvCacheErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.field = options.field;
    this.value = options.value;
  }
}

/** Returns true when `error` is a {@link KvCacheError} or {@link KvCacheRangeError}, across bundle copies too. */
export function isKvCacheError(error: unknown): error is KvCacheError | KvCacheRangeError {
  return (
    error instanceof Error &&
    (error.name === "KvCacheError" || error.name === "KvCacheRangeError") &&
    "code" in error
  );
}
