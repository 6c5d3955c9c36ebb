// Copying byte arrays that may be Node Buffers, whose own slice() returns a view.

/**
 * Returns a copy of `bytes[start, end)` in a new ArrayBuffer of its own. Node's `Buffer#slice`
 * returns a view of the caller's memory, so this calls `Uint8Array.prototype.slice` directly.
 */
export function copyBytes(bytes: Uint8Array, start = 0, end = bytes.length): Uint8Array {
  return Uint8Array.prototype.slice.call(bytes, start, end);
}
