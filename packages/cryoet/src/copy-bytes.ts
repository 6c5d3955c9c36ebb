// Copying byte arrays that may be Node Buffers, whose own slice() returns a view.

/**
 * Returns a copy of `bytes[start, end)` in a new ArrayBuffer of its own. It calls
 * `Uint8Array.prototype.slice` directly because Node's `Buffer#slice` returns a view that shares
 * the caller's memory, so a later byte swap or write would change the caller's bytes.
 */
export function copyBytes(bytes: Uint8Array, start = 0, end = bytes.length): Uint8Array {
  return Uint8Array.prototype.slice.call(bytes, start, end);
}
