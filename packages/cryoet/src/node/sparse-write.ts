import { Buffer } from "node:buffer";
import type { FileHandle } from "node:fs/promises";

import { writeFully } from "./atomic.js";

/** Bytes compared against zeros at a time by {@link writeUnlessZero}. */
const WINDOW_BYTES = 64 * 1024;
const ZEROS = Buffer.alloc(WINDOW_BYTES);

/**
 * Writes `bytes` at `position`, skipping every 64 KiB window that is all zero bytes. A newly
 * created file reads as zeros where nothing was written, so the content is the same, while the
 * skipped windows take no disk space on file systems with sparse files. The caller must extend
 * the file to its full length (with `truncate`) when the last window may have been skipped.
 */
export async function writeUnlessZero(handle: FileHandle, bytes: Uint8Array, position: number): Promise<void> {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let runStart = 0;
  for (let start = 0; start < view.length; start += WINDOW_BYTES) {
    const end = Math.min(start + WINDOW_BYTES, view.length);
    if (!view.subarray(start, end).equals(ZEROS.subarray(0, end - start))) continue;
    if (runStart < start) await writeFully(handle, bytes.subarray(runStart, start), position + runStart);
    runStart = end;
  }
  if (runStart < view.length) await writeFully(handle, bytes.subarray(runStart), position + runStart);
}
