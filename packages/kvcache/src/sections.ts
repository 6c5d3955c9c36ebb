/** Payload sections start at multiples of this many bytes from the start of the payload or frame. */
export const ALIGNMENT = 16;

/** Rounds `offset` up to the next multiple of {@link ALIGNMENT}. */
export function alignUp(offset: number): number {
  return Math.ceil(offset / ALIGNMENT) * ALIGNMENT;
}

/** Offsets of consecutive sections of the given sizes, each aligned, and the total size. */
export function layoutSections(sizes: readonly number[]): { offsets: number[]; size: number } {
  const offsets: number[] = [];
  let end = 0;
  for (const size of sizes) {
    const offset = alignUp(end);
    offsets.push(offset);
    end = offset + size;
  }
  return { offsets, size: end };
}

/**
 * Returns `bytes` itself when its address is a multiple of `alignment`, else an aligned copy.
 * The copy goes through the `Uint8Array` constructor because a Node `Buffer`'s `slice` returns
 * a view at the same misaligned address.
 */
export function aligned(bytes: Uint8Array, alignment: number): Uint8Array {
  return bytes.byteOffset % alignment === 0 ? bytes : new Uint8Array(bytes);
}
