import { Buffer } from "node:buffer";
import { readSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";

import { checkRange, type ByteRange, type ByteSource } from "../byte-source.js";
import { MrcError } from "../errors.js";

/**
 * Allocates a byte array without zero-filling it, because reads overwrite it. Callers zero any
 * bytes past a short read, so old memory never reaches the caller.
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

  async read(offset: number, length: number): Promise<Uint8Array> {
    checkRange(this, offset, length);
    const end = Math.min(this.size, offset + length);
    const bytes = uninitializedBytes(Math.max(0, end - offset));
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await this.handle.read(bytes, filled, bytes.length - filled, offset + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    bytes.fill(0, filled);
    return filled === bytes.length ? bytes : bytes.subarray(0, filled);
  }

  /**
   * Reads many ranges with synchronous positioned reads on the open descriptor: one system call
   * each, without a round trip through the thread pool per range (x slices read one voxel per
   * row). All ranges share one buffer.
   */
  async readRanges(ranges: readonly ByteRange[]): Promise<Uint8Array[]> {
    const fd = this.handle.fd;
    const lengths = ranges.map(({ offset, length }) => {
      checkRange(this, offset, length);
      return Math.max(0, Math.min(this.size, offset + length) - offset);
    });
    const total = lengths.reduce((sum, length) => sum + length, 0);
    const storage = uninitializedBytes(total);
    let position = 0;
    return ranges.map(({ offset }, index) => {
      const bytes = storage.subarray(position, position + lengths[index]!);
      position += bytes.length;
      let filled = 0;
      while (filled < bytes.length) {
        const count = readSync(fd, bytes, filled, bytes.length - filled, offset + filled);
        if (count === 0) break;
        filled += count;
      }
      bytes.fill(0, filled);
      return bytes.subarray(0, filled);
    });
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
