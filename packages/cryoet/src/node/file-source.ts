import { Buffer } from "node:buffer";
import { readSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";

import { checkRange, type ByteRange, type ByteSource } from "../byte-source.js";
import { MrcError } from "../errors.js";
import { MAX_READS_IN_FLIGHT, readAt } from "./positioned-read.js";

/**
 * Ranges up to this length are read with synchronous reads in {@link FileSource.visitRanges}: one
 * system call costs less than a round trip through the thread pool (tens of microseconds).
 */
const SYNC_READ_MAX_BYTES = 64 * 1024;

/** Maximum bytes of read buffers that {@link FileSource.visitRanges} keeps at once. */
const MAX_BUFFERED_BYTES = 16 * 2 ** 20;

/**
 * Allocates a byte array without zero-filling it, because reads overwrite it. A short read throws
 * `READ_FAILED` before the array reaches the caller, so old memory never does.
 */
function uninitializedBytes(length: number): Uint8Array {
  const buffer = Buffer.allocUnsafeSlow(length);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
}

/** A byte source over a Node file handle, reading with positioned reads. */
export class FileSource implements ByteSource {
  private constructor(
    private readonly handle: FileHandle,
    readonly size: number,
    readonly name: string,
  ) {}

  /** Opens `path` for reading. */
  static async open(path: string): Promise<FileSource> {
    let handle: FileHandle;
    try {
      handle = await open(path, "r");
    } catch (error) {
      throw new MrcError("READ_FAILED", `Cannot open ${path}: ${(error as Error).message}`, { field: "path", value: path, file: path, cause: error });
    }
    const stats = await handle.stat();
    return new FileSource(handle, stats.size, path);
  }

  /**
   * Reads `length` bytes at `offset`, clipped at the size the file had when it was opened. Throws
   * `READ_FAILED` when the file now ends before that size, because it was truncated.
   */
  async read(offset: number, length: number): Promise<Uint8Array> {
    const bytes = uninitializedBytes(this.clippedLength(offset, length));
    const filled = await readAt(this.handle, bytes, offset).catch((error: unknown) => {
      throw this.readError(offset, bytes.length, error);
    });
    if (filled < bytes.length) throw this.shortReadError(offset, bytes.length, filled);
    return bytes;
  }

  /**
   * Reads many ranges with synchronous positioned reads on the open descriptor: one system call
   * each, without a round trip through the thread pool per range (x slices read one voxel per
   * row). All ranges share one buffer.
   */
  async readRanges(ranges: readonly ByteRange[]): Promise<Uint8Array[]> {
    const fd = this.handle.fd;
    const lengths = ranges.map(({ offset, length }) => this.clippedLength(offset, length));
    const total = lengths.reduce((sum, length) => sum + length, 0);
    const storage = uninitializedBytes(total);
    let position = 0;
    return ranges.map(({ offset }, index) => {
      const bytes = storage.subarray(position, position + lengths[index]!);
      position += bytes.length;
      let filled = 0;
      try {
        while (filled < bytes.length) {
          const count = readSync(fd, bytes, filled, bytes.length - filled, offset + filled);
          if (count === 0) break;
          filled += count;
        }
      } catch (error) {
        throw this.readError(offset, bytes.length, error);
      }
      if (filled < bytes.length) throw this.shortReadError(offset, bytes.length, filled);
      return bytes;
    });
  }

  /**
   * Reads every range into a few reused buffers and calls `visit` with each range's bytes, in any
   * order. Ranges up to 64 KiB are read synchronously into one buffer, larger ones with up to four
   * asynchronous reads in flight, each into its own buffer, so the copies from the page cache run
   * on several cores. A failed read rejects with `READ_FAILED` and stops the remaining reads.
   */
  async visitRanges(ranges: readonly ByteRange[], visit: (bytes: Uint8Array, index: number) => void): Promise<void> {
    const lengths = ranges.map(({ offset, length }) => this.clippedLength(offset, length));
    const large: number[] = [];
    const small: number[] = [];
    lengths.forEach((length, index) => (length > SYNC_READ_MAX_BYTES ? large : small).push(index));

    // The asynchronous reads start first, so that the thread pool copies while this thread reads the small ranges.
    const largest = large.reduce((longest, index) => Math.max(longest, lengths[index]!), 0);
    const readers = Math.max(1, Math.min(MAX_READS_IN_FLIGHT, large.length, Math.floor(MAX_BUFFERED_BYTES / Math.max(1, largest))));
    const state = { next: 0, failed: false };
    const asynchronous = large.length === 0 ? [] : Array.from({ length: readers }, () => this.visitQueue(ranges, lengths, large, state, visit));
    try {
      this.visitSynchronously(ranges, lengths, small, visit);
    } catch (error) {
      state.failed = true;
      await Promise.allSettled(asynchronous);
      throw error;
    }
    await Promise.all(asynchronous);
  }

  private visitSynchronously(ranges: readonly ByteRange[], lengths: number[], indices: number[], visit: (bytes: Uint8Array, index: number) => void): void {
    const buffer = uninitializedBytes(indices.reduce((longest, index) => Math.max(longest, lengths[index]!), 0));
    // Ranges of one length (one run per row) share one view, so a slice does not allocate one per row.
    let view = buffer.subarray(0, 0);
    for (const index of indices) {
      const offset = ranges[index]!.offset;
      const length = lengths[index]!;
      let filled = 0;
      try {
        while (filled < length) {
          const count = readSync(this.handle.fd, buffer, filled, length - filled, offset + filled);
          if (count === 0) break;
          filled += count;
        }
      } catch (error) {
        throw this.readError(offset, length, error);
      }
      if (filled < length) throw this.shortReadError(offset, length, filled);
      if (view.length !== filled) view = buffer.subarray(0, filled);
      visit(view, index);
    }
  }

  /** Reads ranges `indices[state.next++]` one after another into one buffer until none is left or another reader failed. */
  private async visitQueue(ranges: readonly ByteRange[], lengths: number[], indices: number[], state: { next: number; failed: boolean }, visit: (bytes: Uint8Array, index: number) => void): Promise<void> {
    let buffer: Uint8Array = new Uint8Array(0);
    try {
      while (!state.failed && state.next < indices.length) {
        const index = indices[state.next++]!;
        const length = lengths[index]!;
        if (buffer.length < length) buffer = uninitializedBytes(length);
        const bytes = buffer.subarray(0, length);
        const offset = ranges[index]!.offset;
        const filled = await readAt(this.handle, bytes, offset).catch((error: unknown) => {
          throw this.readError(offset, length, error);
        });
        if (filled < length) throw this.shortReadError(offset, length, filled);
        if (!state.failed) visit(bytes, index);
      }
    } catch (error) {
      state.failed = true;
      throw error;
    }
  }

  private clippedLength(offset: number, length: number): number {
    checkRange(this, offset, length);
    return Math.max(0, Math.min(this.size, offset + length) - offset);
  }

  private readError(offset: number, length: number, cause: unknown): MrcError {
    return new MrcError("READ_FAILED", `Cannot read bytes ${offset}-${offset + length - 1} of ${this.name}: ${(cause as Error).message}`, { field: "range", value: { offset, length }, file: this.name, cause });
  }

  /** Builds the error for a read that ended before `length` bytes, although the file had `this.size` bytes when it was opened. */
  private shortReadError(offset: number, length: number, filled: number): MrcError {
    return new MrcError(
      "READ_FAILED",
      `Read ${filled} of ${length} bytes at offset ${offset} of ${this.name}: the file ended early, so it was truncated after it was opened (it was ${this.size} bytes then).`,
      { field: "range", value: { offset, length, filled }, file: this.name },
    );
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
