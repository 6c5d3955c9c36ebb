// Positioned reads from a Node file handle into memory the caller allocated.
import type { FileHandle } from "node:fs/promises";

import { MrcError } from "../errors.js";

/**
 * Maximum number of reads in flight at once. Node runs file reads on libuv's thread pool, which has
 * four threads unless UV_THREADPOOL_SIZE sets another size, so more reads would only queue.
 */
export const MAX_READS_IN_FLIGHT = 4;

/** Smallest part of a large read that gets a thread of its own, because below it a single read is as fast. */
const MIN_PART_BYTES = 4 * 2 ** 20;

/** Largest length of one read call. Linux reads at most 0x7ffff000 bytes per call anyway. */
const MAX_CALL_BYTES = 2 ** 30;

/** Parts start at multiples of this, so that each part fills whole memory pages. */
const PART_ALIGNMENT_BYTES = 64 * 1024;

/**
 * Fills `target` with the file bytes from `position` on and returns how many bytes were read:
 * fewer than `target.length` only when the file ends first.
 */
export async function readAt(handle: FileHandle, target: Uint8Array, position: number): Promise<number> {
  let filled = 0;
  while (filled < target.length) {
    const { bytesRead } = await handle.read(target, filled, Math.min(MAX_CALL_BYTES, target.length - filled), position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled;
}

/**
 * Fills `target` with the file bytes from `position` on, in up to {@link MAX_READS_IN_FLIGHT} parts
 * read at once, so that copying from the page cache runs on several cores. Throws `READ_FAILED`
 * when a read fails or the file ends before `target` is full.
 */
export async function readExactlyAt(handle: FileHandle, target: Uint8Array, position: number, path: string): Promise<void> {
  const parts = Math.max(1, Math.min(MAX_READS_IN_FLIGHT, Math.floor(target.length / MIN_PART_BYTES)));
  const partBytes = Math.ceil(target.length / parts / PART_ALIGNMENT_BYTES) * PART_ALIGNMENT_BYTES;
  const reads: Promise<void>[] = [];
  for (let start = 0; start < target.length || reads.length === 0; start += partBytes) {
    const part = target.subarray(start, Math.min(target.length, start + partBytes));
    reads.push(readPart(handle, part, position + start, path));
  }
  await Promise.all(reads);
}

async function readPart(handle: FileHandle, part: Uint8Array, position: number, path: string): Promise<void> {
  let filled: number;
  try {
    filled = await readAt(handle, part, position);
  } catch (error) {
    throw new MrcError("READ_FAILED", `Cannot read bytes ${position}-${position + part.length - 1} of ${path}: ${(error as Error).message}`, { field: "path", value: path, file: path, cause: error });
  }
  if (filled < part.length) {
    throw new MrcError("READ_FAILED", `${path} ended at byte ${position + filled}, before byte ${position + part.length}: the file was truncated while it was read.`, {
      field: "file size",
      value: position + filled,
      file: path,
    });
  }
}
