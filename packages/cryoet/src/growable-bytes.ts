// A byte buffer that grows as data arrives, up to a fixed maximum length.

/**
 * Bytes appended in order into one array that doubles its capacity as needed, never beyond
 * `maxLength`. Use it when the final length is only an upper bound from untrusted input: memory
 * follows the bytes that actually arrive, not the bound.
 */
export class GrowableBytes {
  private buffer: Uint8Array<ArrayBuffer>;
  private used = 0;

  /**
   * @param maxLength the most bytes the buffer accepts.
   * @param initialCapacity the first allocation, clipped to `maxLength`. Pass `maxLength` when
   *   the input is known to be at least that long, so the buffer is never copied.
   */
  constructor(
    readonly maxLength: number,
    initialCapacity = 1024 * 1024,
  ) {
    this.buffer = new Uint8Array(Math.min(maxLength, Math.max(0, initialCapacity)));
  }

  /** Number of bytes appended so far. */
  get length(): number {
    return this.used;
  }

  /** Appends as much of `chunk` as fits under `maxLength` and returns the number of bytes taken. */
  append(chunk: Uint8Array): number {
    const accepted = Math.min(chunk.length, this.maxLength - this.used);
    if (this.used + accepted > this.buffer.length) this.grow(this.used + accepted);
    this.buffer.set(accepted === chunk.length ? chunk : chunk.subarray(0, accepted), this.used);
    this.used += accepted;
    return accepted;
  }

  /** Returns the appended bytes: a view of the buffer, valid until the next append. */
  bytes(): Uint8Array<ArrayBuffer> {
    return this.buffer.subarray(0, this.used);
  }

  private grow(needed: number): void {
    let capacity = Math.max(1024, this.buffer.length);
    while (capacity < needed) capacity *= 2;
    const grown = new Uint8Array(Math.min(this.maxLength, capacity));
    grown.set(this.bytes());
    this.buffer = grown;
  }
}
