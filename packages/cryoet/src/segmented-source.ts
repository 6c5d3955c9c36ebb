// A byte source over a file held in memory as a few separate arrays.
import { checkRange, type ByteRange, type ByteSource } from "./byte-source.js";

/** Bytes that start at `offset` of the file. */
export interface Segment {
  offset: number;
  bytes: Uint8Array;
}

/**
 * A byte source over consecutive segments in memory, such as the main header, extended header and
 * data block of a decompressed file. Keeping them apart lets a data block of up to the runtime's
 * typed-array limit (2³² bytes in Node 20) sit next to its header, which one array could not hold.
 * A read inside one segment returns a view, and a read across segments a copy. `size` may exceed
 * the stored bytes when a reader chose not to keep part of the file; reads there return fewer bytes.
 */
export class SegmentedSource implements ByteSource {
  readonly inMemory = true;

  /** @param segments consecutive segments in file order, the first at offset 0. */
  constructor(
    private readonly segments: readonly Segment[],
    readonly size: number,
    readonly name?: string,
  ) {}

  async read(offset: number, length: number): Promise<Uint8Array> {
    checkRange(this, offset, length);
    return this.readNow(offset, length);
  }

  async readRanges(ranges: readonly ByteRange[]): Promise<Uint8Array[]> {
    return ranges.map(({ offset, length }) => this.readNow(offset, length));
  }

  /** Returns the stored bytes of `[offset, offset + length)`, clipped at `size` and at the last stored byte. */
  readNow(offset: number, length: number): Uint8Array {
    const end = Math.min(this.size, offset + length);
    if (end <= offset) return new Uint8Array(0);
    const first = this.segments.find((segment) => offset >= segment.offset && offset < segment.offset + segment.bytes.length);
    if (first === undefined) return new Uint8Array(0);
    const start = offset - first.offset;
    if (end <= first.offset + first.bytes.length) return first.bytes.subarray(start, end - first.offset);

    const parts: Uint8Array[] = [];
    let position = offset;
    for (const segment of this.segments) {
      const segmentEnd = segment.offset + segment.bytes.length;
      if (segmentEnd <= position || segment.offset > position) continue;
      const part = segment.bytes.subarray(position - segment.offset, Math.min(segment.bytes.length, end - segment.offset));
      parts.push(part);
      position += part.length;
      if (position >= end) break;
    }
    const out = new Uint8Array(position - offset);
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}
