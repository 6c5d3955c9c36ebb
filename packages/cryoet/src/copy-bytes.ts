// Copying byte arrays that may be Node Buffers, whose own slice() returns a view.

/**
 * Returns a copy of `bytes[start, end)` in a new ArrayBuffer of its own. Node's `Buffer#slice`
 * returns a view of the caller's memory, so this calls `Uint8Array.prototype.slice` directly.
 */
export function copyBytes(bytes: Uint8Array, start = 0, end = bytes.length): Uint8Array<ArrayBuffer> {
  return Uint8Array.prototype.slice.call(bytes, start, end);
}

/**
 * Returns `bytes` when an `ArrayBuffer` backs them, and otherwise (a `SharedArrayBuffer`, or an
 * `ArrayBuffer` of another realm) a copy, so that views of the result are `ArrayBuffer`-backed.
 */
export function withArrayBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : copyBytes(bytes);
}
