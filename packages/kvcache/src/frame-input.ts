import { KvCacheError } from "./errors.js";

/** Bytes a frame reader accepts: a `Uint8Array` (a Node `Buffer` is one) or an `ArrayBuffer`. */
export type FrameBytes = Uint8Array | ArrayBuffer;

/**
 * Returns a plain `Uint8Array` over the same memory as `input`, or throws `INVALID_ARGUMENT`.
 * A Node `Buffer` becomes a `Uint8Array` view, because `Buffer.prototype.slice` returns a view
 * where `Uint8Array.prototype.slice` copies, and the reader must never write into the caller's
 * bytes. An `ArrayBuffer` becomes a view of the whole buffer. Nothing is copied.
 */
export function frameBytes(input: FrameBytes, field: string): Uint8Array {
  // Type tags, unlike instanceof, also accept arrays and buffers from another realm, such as a
  // worker, an iframe or a vm context. A Buffer's tag is "Uint8Array".
  const tag = Object.prototype.toString.call(input);
  if (tag === "[object Uint8Array]") {
    const bytes = input as Uint8Array;
    return Object.getPrototypeOf(bytes) === Uint8Array.prototype ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  if (tag === "[object ArrayBuffer]") return new Uint8Array(input as ArrayBuffer);
  if (ArrayBuffer.isView(input)) {
    throw new KvCacheError(
      "INVALID_ARGUMENT",
      `Invalid ${field}: expected a Uint8Array or an ArrayBuffer, got a ${describe(input)}. Pass new Uint8Array(view.buffer, view.byteOffset, view.byteLength).`,
      { field, value: describe(input) },
    );
  }
  throw new KvCacheError("INVALID_ARGUMENT", `Invalid ${field}: expected a Uint8Array (a Node Buffer works) or an ArrayBuffer, got ${describe(input)}.`, {
    field,
    value: describe(input),
  });
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value !== "object") return `a ${typeof value}`;
  return (value as object).constructor?.name ?? "object";
}
