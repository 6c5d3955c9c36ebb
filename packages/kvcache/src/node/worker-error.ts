import { KvCacheError, KvCacheRangeError, type KvCacheErrorCode } from "../errors.js";

/** An error as an encode worker sends it back: plain fields, because class instances lose their class in a message. */
export interface WorkerErrorMessage {
  name?: string;
  message?: string;
  code?: string;
  field?: string;
  value?: unknown;
}

/**
 * Returns the fields of an error that a worker sends to the pool. `value` is kept only when it
 * survives structured cloning, so that an uncloneable value cannot make the reply fail.
 */
export function workerErrorMessage(error: unknown): WorkerErrorMessage {
  const typed = (error ?? {}) as WorkerErrorMessage;
  const message: WorkerErrorMessage = { name: typed.name, message: typed.message ?? String(error), code: typed.code, field: typed.field };
  try {
    structuredClone(typed.value);
    message.value = typed.value;
  } catch {
    // A value that cannot be cloned stays out, but the message still names it.
  }
  return message;
}

/**
 * Rebuilds the error a worker sent as the class the single-thread encoder throws: a
 * {@link KvCacheRangeError} for a scale or a non-finite value, a {@link KvCacheError} otherwise,
 * with its code, field and value. An error without a code gets `WORKER_FAILED`.
 */
export function errorFromWorker(error: WorkerErrorMessage | undefined): KvCacheError | KvCacheRangeError {
  // An error without a code did not come from the encoder's checks, such as a failed WebAssembly load.
  const code = (error?.code ?? "WORKER_FAILED") as KvCacheErrorCode;
  const message = error?.message ?? "The encode worker failed without a message.";
  const options = { field: error?.field, value: error?.value };
  return error?.name === "KvCacheRangeError" ? new KvCacheRangeError(code, message, options) : new KvCacheError(code, message, options);
}
